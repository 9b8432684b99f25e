-- Rows go straight into case_request; a repeated request id is caught while reading.
DROP TABLE staged_request;

-- Valid rows that lost to a stored row of a later file: kept so that a restarted
-- read still knows their request ids were already seen in their file.
CREATE TABLE superseded_row (
    file_id    BIGINT       NOT NULL,
    line       BIGINT       NOT NULL,
    register   VARCHAR(200) NOT NULL,
    request_id VARCHAR(64)  NOT NULL,
    PRIMARY KEY (file_id, line)
);
