-- European Preservation and Production Orders (Regulation (EU) 2023/1543): the
-- instrument of a request (the Convention when empty), the service provider it was
-- addressed to, whether it was an emergency, the day the enforcing authority was
-- notified, and the ground of a refusal. Rows stored before are Convention requests.
ALTER TABLE case_request ADD COLUMN instrument VARCHAR(10) DEFAULT 'BUDAPEST' NOT NULL;
ALTER TABLE case_request ADD COLUMN addressee VARCHAR(32000);
ALTER TABLE case_request ADD COLUMN emergency VARCHAR(3);
ALTER TABLE case_request ADD COLUMN notified_on DATE;
ALTER TABLE case_request ADD COLUMN refusal_ground VARCHAR(32000);
