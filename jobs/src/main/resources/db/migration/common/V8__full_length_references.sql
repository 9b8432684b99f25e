-- A cell may hold up to 32,000 characters (CsvLimits). follows_up and case_reference
-- were stored in 400 and cut there without a word, so two references that differ only
-- after their 400th character matched; they are now kept whole, as is the reason of
-- an unresolved link, which quotes its follows_up. A file's default register comes
-- from its name, which may be longer than a register may be: it is kept whole too
-- (the file is then unusable, with that reason).
ALTER TABLE case_request ALTER COLUMN follows_up SET DATA TYPE VARCHAR(32000);
ALTER TABLE case_request ALTER COLUMN case_reference SET DATA TYPE VARCHAR(32000);
ALTER TABLE unresolved_link ALTER COLUMN follows_up SET DATA TYPE VARCHAR(32000);
ALTER TABLE unresolved_link ALTER COLUMN reason SET DATA TYPE VARCHAR(40000);
ALTER TABLE source_file ALTER COLUMN default_register SET DATA TYPE VARCHAR(1000);
