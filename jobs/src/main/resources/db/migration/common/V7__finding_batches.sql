-- Findings are kept in batches of lines (see Findings): a few hundred rows per run
-- instead of one per preservation. The findings kept by earlier versions only
-- served the restart of a failed output step; they are dropped, so a run that
-- failed before this version is run again with --force rather than restarted.
DROP TABLE finding;

CREATE TABLE finding_batch (
    job_instance_id BIGINT            NOT NULL,
    seq             INTEGER           NOT NULL,
    findings        VARCHAR(10000000) NOT NULL,
    PRIMARY KEY (job_instance_id, seq)
);
