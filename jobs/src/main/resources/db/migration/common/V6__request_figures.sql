-- The parties, durations and volumes of a run, computed in the audit's scan of
-- the store, so that the output step (and its restart) does not scan it again.
CREATE TABLE request_figures (
    job_instance_id BIGINT PRIMARY KEY,
    figures         VARCHAR(10000000) NOT NULL
);
