-- add a NOT NULL column with a default
ALTER TABLE "user" ADD COLUMN "quantity" INTEGER DEFAULT 0 NOT NULL;

-- add a nullable column
ALTER TABLE "user" ADD COLUMN "nickname" VARCHAR(30);

-- drop column
ALTER TABLE "user" DROP COLUMN "nickname";

-- change type
ALTER TABLE "user" ALTER COLUMN "quantity" TYPE BIGINT USING "quantity"::BIGINT;

-- make nullable
ALTER TABLE "user" ALTER COLUMN "quantity" DROP NOT NULL;

-- make NOT NULL
ALTER TABLE "user" ALTER COLUMN "quantity" SET NOT NULL;

-- set default
ALTER TABLE "user" ALTER COLUMN "quantity" SET DEFAULT 1;

-- drop default
ALTER TABLE "user" ALTER COLUMN "quantity" DROP DEFAULT;

-- rename column
ALTER TABLE "user" RENAME COLUMN "quantity" TO "amount";

-- change type, nullability, default and name at once
ALTER TABLE "user" ALTER COLUMN "quantity" DROP DEFAULT;
ALTER TABLE "user" ALTER COLUMN "quantity" TYPE VARCHAR(10) USING "quantity"::VARCHAR(10);
ALTER TABLE "user" ALTER COLUMN "quantity" DROP NOT NULL;
ALTER TABLE "user" ALTER COLUMN "quantity" SET DEFAULT 'none';
ALTER TABLE "user" RENAME COLUMN "quantity" TO "amount";

