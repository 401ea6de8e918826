-- create index
CREATE INDEX "ix_user_email" ON "user" ("email");

-- create unique index on two columns
CREATE UNIQUE INDEX "ux_user_email_group" ON "user" ("email", "group");

-- drop index
DROP INDEX "ix_user_email";

