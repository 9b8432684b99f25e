-- A finding keeps the case reference and offence it was found with, so that the
-- output step reads the findings alone; the audit reads the whole store in one scan.
ALTER TABLE finding ADD COLUMN case_reference VARCHAR(400);
ALTER TABLE finding ADD COLUMN offence VARCHAR(32000);
DROP INDEX case_request_requested;
