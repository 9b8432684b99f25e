-- The audit as an analyst would write it in DuckDB SQL over the CSV exports: the
-- findings of the compliance rules as of a day D, and nothing else (no validation,
-- no store, no reports). It assumes clean canonical exports, such as those of
-- `quickfreeze generate`, with unique register and request id. The runner
-- replaces :files (a list of CSV paths), :as_of (D) and :out (the findings CSV).
-- L1 = 60, L2 = 90 (60 for a European Preservation Order not extended), W = 14.

CREATE TEMP TABLE request AS
SELECT register, request_id, party, direction, counterpart,
       CAST(requested_on AS DATE) AS requested_on,
       CAST(NULLIF(executed_on, '') AS DATE) AS executed_on,
       CAST(NULLIF(extended_until, '') AS DATE) AS extended_until,
       status, NULLIF(follows_up, '') AS follows_up,
       NULLIF(lower(trim(case_reference)), '') AS case_key,
       COALESCE(NULLIF(instrument, ''), 'BUDAPEST') AS instrument,
       COALESCE(NULLIF(request_type, ''),
                CASE instrument WHEN 'EPOC_PR' THEN 'PRESERVATION' WHEN 'EPOC' THEN 'MLA_STORED_DATA' END)
           AS request_type
FROM (
    SELECT * FROM read_csv(:files, header = true, all_varchar = true, union_by_name = true)
    -- the optional columns a register may not export at all
    UNION ALL BY NAME
    SELECT NULL::VARCHAR AS executed_on, NULL::VARCHAR AS extended_until, NULL::VARCHAR AS follows_up,
           NULL::VARCHAR AS case_reference, NULL::VARCHAR AS instrument
    WHERE false
)
WHERE CAST(requested_on AS DATE) <= DATE :as_of;

CREATE TEMP TABLE preservation AS
SELECT *,
       CASE WHEN executed_on <= DATE :as_of THEN executed_on ELSE requested_on END AS start_on,
       CASE WHEN instrument = 'EPOC_PR' AND extended_until IS NULL THEN 60 ELSE 90 END AS l2
FROM request
WHERE request_type IN ('PRESERVATION', 'TRAFFIC_DISCLOSURE');

CREATE TEMP TABLE mla AS
SELECT * FROM request
WHERE request_type IN ('MLA_STORED_DATA', 'MLA_REALTIME_TRAFFIC', 'MLA_INTERCEPTION');

-- An MLA request naming a preservation follows it up by that link only: REGISTER/REQUEST_ID
-- when that names a preservation, else a request id of its own register.
CREATE TEMP TABLE link AS
WITH named AS (
    SELECT m.register AS m_register, m.request_id AS m_id, m.requested_on AS m_on,
           p.register AS p_register, p.request_id AS p_id, 1 AS form
    FROM mla m JOIN preservation p ON m.follows_up = p.register || '/' || p.request_id
    UNION ALL
    SELECT m.register, m.request_id, m.requested_on, p.register, p.request_id, 2
    FROM mla m JOIN preservation p ON m.follows_up = p.request_id AND m.register = p.register
)
SELECT m_register, m_id, m_on, p_register, p_id, 'EXPLICIT' AS link, 0 AS kind
FROM named
QUALIFY form = min(form) OVER (PARTITION BY m_register, m_id)
UNION ALL
SELECT m.register, m.request_id, m.requested_on, p.register, p.request_id, 'CASE_REFERENCE', 1
FROM mla m JOIN preservation p
  ON m.case_key = p.case_key AND m.party = p.party AND m.direction = p.direction
 AND m.counterpart = p.counterpart AND m.requested_on >= p.requested_on
WHERE m.follows_up IS NULL;

CREATE TEMP TABLE follow_up AS
SELECT p_register, p_id, m_register, m_id, m_on, link
FROM link
QUALIFY row_number() OVER (PARTITION BY p_register, p_id ORDER BY m_on, kind, m_register, m_id) = 1;

CREATE TEMP TABLE finding AS
SELECT p.*, f.m_register, f.m_id, f.m_on, f.link,
       CASE WHEN f.m_on IS NULL THEN NULL ELSE greatest(0, f.m_on - p.start_on) END AS delay_days,
       DATE :as_of - p.start_on AS age
FROM preservation p LEFT JOIN follow_up f ON f.p_register = p.register AND f.p_id = p.request_id;

CREATE TEMP TABLE stated AS
SELECT *,
       CASE
           WHEN status IN ('REFUSED', 'WITHDRAWN') THEN 'EXCLUDED'
           WHEN delay_days IS NOT NULL AND delay_days <= 60 THEN 'ON_TIME'
           WHEN delay_days IS NOT NULL AND delay_days <= l2 THEN 'LATE'
           WHEN delay_days IS NOT NULL THEN 'AFTER_LIMIT'
           WHEN 60 - age > 14 THEN 'PENDING'
           WHEN 60 - age >= 0 THEN 'DUE_SOON'
           WHEN age <= l2 THEN 'OVERDUE'
           WHEN extended_until >= DATE :as_of THEN 'EXTENDED'
           ELSE 'LAPSED'
       END AS state
FROM finding;

COPY (
    SELECT register, request_id, party, direction, counterpart, requested_on, start_on,
           m_register AS follow_up_register, m_id AS follow_up_id, m_on AS follow_up_on, link, delay_days,
           CASE WHEN state IN ('PENDING', 'DUE_SOON', 'OVERDUE', 'EXTENDED', 'LAPSED') THEN age END AS age_days,
           CASE WHEN state IN ('PENDING', 'DUE_SOON', 'OVERDUE', 'EXTENDED', 'LAPSED') THEN 60 - age END AS days_left,
           state,
           CASE state WHEN 'LAPSED' THEN 'critical' WHEN 'OVERDUE' THEN 'warning' WHEN 'EXTENDED' THEN 'warning'
                      WHEN 'DUE_SOON' THEN 'notice' END AS severity
    FROM stated
    ORDER BY list_position(['LAPSED', 'OVERDUE', 'EXTENDED', 'DUE_SOON', 'PENDING', 'AFTER_LIMIT', 'LATE',
                            'ON_TIME', 'EXCLUDED'], state), start_on, register, request_id
) TO :out (HEADER, DELIMITER ',');
