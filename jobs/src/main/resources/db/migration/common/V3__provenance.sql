-- Which register mapping a file was read through, and whether it was a workbook.
ALTER TABLE source_file ADD COLUMN mapping VARCHAR(200);
ALTER TABLE source_file ADD COLUMN workbook BOOLEAN DEFAULT FALSE NOT NULL;
