-- create table user (reserved word), unique constraint and index
CREATE TABLE `user` (
    `id` INTEGER NOT NULL,
    `email` VARCHAR(200) NOT NULL,
    `group` VARCHAR(50),
    PRIMARY KEY (`id`),
    CONSTRAINT `uq_user_email` UNIQUE (`email`)
);
CREATE INDEX `ix_user_group` ON `user` (`group`);

-- create table order (reserved word), foreign key with ON DELETE CASCADE, check, unique, composite index
CREATE TABLE `order` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `user_id` INTEGER NOT NULL,
    `reference` VARCHAR(40) NOT NULL,
    `total` DECIMAL(12, 2) DEFAULT 0 NOT NULL,
    `state` VARCHAR(20) DEFAULT 'open',
    PRIMARY KEY (`id`),
    CONSTRAINT `uq_order_reference` UNIQUE (`reference`),
    CONSTRAINT `ck_order_total` CHECK (total >= 0),
    CONSTRAINT `fk_order_user` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);
CREATE INDEX `ix_order_user_state` ON `order` (`user_id`, `state`);

-- rename table
RENAME TABLE `order` TO `purchase`;

-- drop table
DROP TABLE `purchase`;

-- create the version table
CREATE TABLE IF NOT EXISTS `retort_version` (`version_num` VARCHAR(32) NOT NULL, PRIMARY KEY (`version_num`));

