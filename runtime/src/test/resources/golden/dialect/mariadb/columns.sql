-- add a NOT NULL column with a default
ALTER TABLE `user` ADD COLUMN `quantity` INTEGER DEFAULT 0 NOT NULL;

-- add a nullable column
ALTER TABLE `user` ADD COLUMN `nickname` VARCHAR(30);

-- drop column
ALTER TABLE `user` DROP COLUMN `nickname`;

-- change type
ALTER TABLE `user` MODIFY COLUMN `quantity` BIGINT DEFAULT 0 NOT NULL;

-- make nullable
ALTER TABLE `user` MODIFY COLUMN `quantity` INTEGER DEFAULT 0;

-- make NOT NULL
ALTER TABLE `user` MODIFY COLUMN `quantity` INTEGER DEFAULT 0 NOT NULL;

-- set default
ALTER TABLE `user` ALTER COLUMN `quantity` SET DEFAULT 1;

-- drop default
ALTER TABLE `user` ALTER COLUMN `quantity` DROP DEFAULT;

-- rename column
ALTER TABLE `user` RENAME COLUMN `quantity` TO `amount`;

-- change type, nullability, default and name at once
ALTER TABLE `user` MODIFY COLUMN `quantity` VARCHAR(10) DEFAULT 'none';
ALTER TABLE `user` RENAME COLUMN `quantity` TO `amount`;

