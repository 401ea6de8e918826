-- create a table with a column of every portable type
CREATE TABLE `everything` (
    `id` BIGINT NOT NULL AUTO_INCREMENT,
    `small` SMALLINT,
    `quantity` INTEGER DEFAULT 0 NOT NULL,
    `amount` DECIMAL(10, 2) DEFAULT 1.50,
    `ratio` FLOAT,
    `score` DOUBLE,
    `active` BOOLEAN DEFAULT TRUE NOT NULL,
    `code` VARCHAR(20) DEFAULT 'new',
    `country` CHAR(2),
    `body` TEXT,
    `document` LONGTEXT,
    `born` DATE,
    `wakes` TIME,
    `wakes_precisely` TIME(3),
    `created` DATETIME,
    `created_precisely` DATETIME(6),
    `happened` DATETIME,
    `external_id` UUID,
    `digest` VARBINARY(32),
    `payload` LONGBLOB,
    `settings` JSON,
    `status` ENUM('NEW', 'SHIPPED'),
    `legacy` DECIMAL(5, 1),
    PRIMARY KEY (`id`)
);

