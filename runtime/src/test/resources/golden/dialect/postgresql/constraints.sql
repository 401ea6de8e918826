-- create unique constraint
ALTER TABLE "user" ADD CONSTRAINT "uq_user_email" UNIQUE ("email");

-- create check constraint
ALTER TABLE "order" ADD CONSTRAINT "ck_order_total" CHECK (total >= 0);

-- create foreign key ON DELETE CASCADE ON UPDATE SET NULL
ALTER TABLE "order" ADD CONSTRAINT "fk_order_user" FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE SET NULL;

-- create foreign key without rules
ALTER TABLE "order" ADD CONSTRAINT "fk_order_user" FOREIGN KEY ("user_id") REFERENCES "user" ("id");

-- drop foreign key
ALTER TABLE "order" DROP CONSTRAINT "fk_order_user";

-- drop unique constraint
ALTER TABLE "user" DROP CONSTRAINT "uq_user_email";

-- drop check constraint
ALTER TABLE "order" DROP CONSTRAINT "ck_order_total";

