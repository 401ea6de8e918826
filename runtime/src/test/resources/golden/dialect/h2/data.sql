-- execute with parameters
UPDATE accounts SET quantity = ? WHERE email = ? AND born < ?;
-- parameters: 5, 'it''s', DATE '2026-11-26'

-- bulk insert: one statement per run of rows with the same columns
INSERT INTO "USER" ("ID", "EMAIL", "GROUP") VALUES
    (?, ?, ?),
    (?, ?, ?);
-- parameters: 1, 'ann@example.com', NULL, 2, 'o''brien@example.com', NULL
INSERT INTO "USER" ("ID") VALUES (?);
-- parameters: 3

-- bulk insert with a decimal
INSERT INTO "ORDER" ("TOTAL") VALUES (?);
-- parameters: 12.50

