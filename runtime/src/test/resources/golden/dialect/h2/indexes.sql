-- create index
CREATE INDEX "IX_USER_EMAIL" ON "USER" ("EMAIL");

-- create unique index on two columns
CREATE UNIQUE INDEX "UX_USER_EMAIL_GROUP" ON "USER" ("EMAIL", "GROUP");

-- drop index
DROP INDEX "IX_USER_EMAIL";

