-- Other trackers (issue 7): rows imported from the Kiel Ukraine Support Tracker and from Oryx-style
-- donated-equipment lists, and views that set them beside the ledger per donor x catalog family.
-- The rows are the frames of aidledger.trackers.kiel.read_weapons / oryx.read_donated (same column
-- names; columns one tracker lacks stay NULL) and kiel.read_data_explorer. Plain SQL: the views
-- work in any DuckDB client. aidledger.trackers.compare computes the same counts in polars and
-- adds a likely reason to each difference.

-- One row per system named by a tracker (Kiel: one per item of a packed weapons_list;
-- Oryx: one per row). A re-import of a file replaces the rows with its source_file.
CREATE TABLE IF NOT EXISTS tracker_items (
    tracker             VARCHAR NOT NULL,  -- kiel, oryx
    donor               VARCHAR,           -- ISO 3166-1 alpha-3, EU or NATO; NULL when not recognised
    donor_name          VARCHAR,           -- as the file writes it
    recipient           VARCHAR,           -- ISO alpha-3 (UKR)
    name                VARCHAR NOT NULL,  -- the system as the file writes it
    "count"             BIGINT,            -- NULL when unknown (Oryx writes 0)
    tracker_category    VARCHAR,           -- the file's own category (Kiel category, Oryx vehicle_type)
    system              VARCHAR,           -- catalog name; NULL when matched at family level only
    family              VARCHAR,           -- catalog family (variants sum to it)
    category            VARCHAR,           -- catalog category
    counting_unit       VARCHAR,           -- unit, battery, round (from the catalog)
    match               VARCHAR,           -- exact, cleaned, find, family, fuzzy; NULL when unmatched
    source_file         VARCHAR NOT NULL,
    source_line         BIGINT NOT NULL,   -- line of the record in source_file (1 = header)
    item                BIGINT,            -- Kiel: position in the packed list
    row_total           BIGINT,            -- Kiel: number_of_weapons of the category row
    monetary_value      DECIMAL(38, 2),    -- Kiel: value of the whole category row
    currency            VARCHAR,           -- Kiel: EUR
    oryx_id             BIGINT,            -- Oryx: the id column
    donor_abbr          VARCHAR,           -- Oryx: supplier_abbr (not ISO)
    recipient_name      VARCHAR,
    recipient_abbr      VARCHAR,
    is_delivered        BOOLEAN,           -- Oryx
    is_soviet           BOOLEAN,           -- Oryx
    count_unknown       BOOLEAN,           -- Oryx: count 0 in the file
    suspect_count       BOOLEAN,           -- Oryx: count equals a digit run of the name
    duplicate_of        BIGINT,            -- Oryx: source_line of an earlier identical row
    proof               VARCHAR,           -- Oryx: photo link
    year_first_produced BIGINT             -- Oryx
);

-- Money per donor and month from Kiel's data_explorer.csv (EUR billion in the file, full EUR here).
CREATE TABLE IF NOT EXISTS tracker_money (
    tracker                VARCHAR NOT NULL,  -- kiel
    donor                  VARCHAR,
    donor_name             VARCHAR,
    year                   BIGINT NOT NULL,
    month                  BIGINT NOT NULL,
    date                   DATE NOT NULL,     -- first day of the month
    total_amount           DECIMAL(38, 2),
    financial_amount       DECIMAL(38, 2),
    humanitarian_amount    DECIMAL(38, 2),
    military_amount        DECIMAL(38, 2),
    commitments_amount     DECIMAL(38, 2),
    to_be_allocated_amount DECIMAL(38, 2),
    gdp_amount             DECIMAL(38, 2),    -- the donor's 2021 GDP
    currency               VARCHAR,           -- EUR
    pct_gdp                DOUBLE,
    source_file            VARCHAR NOT NULL,
    source_line            BIGINT NOT NULL
);

-- Tracker counts per donor x catalog family (rows for Ukraine with a known donor and family;
-- Oryx duplicates dropped). "count" is NULL when no row of the pair has a known count.
CREATE OR REPLACE VIEW tracker_family_counts AS
SELECT
    tracker,
    donor,
    family,
    any_value(category)                                  AS category,
    CASE WHEN bool_or(counting_unit = 'battery') THEN 'battery'
         ELSE any_value(counting_unit) END              AS counting_unit,  -- battery wins
    sum("count")::BIGINT                                 AS "count",
    (sum("count") FILTER (WHERE coalesce(is_delivered, tracker = 'kiel')))::BIGINT AS delivered_count,
    count(*)                                             AS rows,
    bool_or("count" IS NULL)                             AS unknown,
    bool_or(coalesce(suspect_count, false))              AS suspect,
    string_agg(DISTINCT name, '; ' ORDER BY name)        AS names,
    string_agg(DISTINCT coalesce(system, '*'), '; ' ORDER BY coalesce(system, '*')) AS systems
FROM tracker_items
WHERE donor IS NOT NULL AND family IS NOT NULL AND recipient = 'UKR' AND duplicate_of IS NULL
GROUP BY tracker, donor, family;

-- Ledger counts per donor x catalog family (quantities in units), over pledge events
-- (050_events.sql): a pledge reported by several articles counts once, running totals are left
-- out. ledger_pledged (pledged or funded) and ledger_delivered are NULL when the ledger holds no
-- event of that side; ledger_committed is what is committed of the family by the rule of every
-- total (internal.family_sides of sql/030_committed.sql: a delivery is a share of the pledges, a
-- pledge of "12 more" is on top of the deliveries before it): the ledger's side of Kiel, which
-- counts commitments. ledger_additional: pledged by pledges of more.
CREATE OR REPLACE VIEW ledger_family_counts AS
WITH counted AS (
    SELECT
        0 AS k, e.donor, s.family, s.category, e.status, e.is_additional, e.effective_date, e.event_id,
        e.quantity AS v
    FROM pledge_events AS e
    JOIN pledges AS p ON p.pledge_id = e.first_pledge_id
    JOIN systems AS s ON s.name = p.system
    WHERE e.quantity IS NOT NULL
      AND coalesce(e.quantity_unit, 'units') = 'units'
      AND e.status IN ('pledged', 'funded', 'delivered')
      AND e.recipient = 'UKR'
      AND NOT e.is_running_total
      AND s.family IS NOT NULL
),
categories AS (
    SELECT donor, family, any_value(category) AS category FROM counted GROUP BY donor, family
)
SELECT
    f.donor,
    f.family,
    c.category,
    CASE WHEN f.n_pledged > 0 THEN f.pledged END      AS ledger_pledged,
    CASE WHEN f.n_delivered > 0 THEN f.delivered END  AS ledger_delivered,
    f.committed                                       AS ledger_committed,
    f.additional                                      AS ledger_additional
FROM internal.family_sides(counted) AS f
JOIN categories AS c ON c.donor = f.donor AND c.family = f.family;

-- The ledger, Kiel and Oryx side by side per donor x family (aidledger compare, without reasons).
CREATE OR REPLACE VIEW tracker_comparison AS
WITH k AS (SELECT * FROM tracker_family_counts WHERE tracker = 'kiel'),
     o AS (SELECT * FROM tracker_family_counts WHERE tracker = 'oryx'),
     keys AS (
        SELECT donor, family FROM tracker_family_counts
        UNION
        SELECT donor, family FROM ledger_family_counts
     )
SELECT
    keys.donor,
    keys.family,
    coalesce(k.category, o.category, l.category)  AS category,
    l.ledger_pledged,
    l.ledger_delivered,
    l.ledger_committed,
    k."count"                                     AS kiel_count,
    o."count"                                     AS oryx_count,
    o.delivered_count                             AS oryx_delivered,
    k.names                                       AS kiel_names,
    o.names                                       AS oryx_names,
    coalesce(o.unknown, false)                    AS oryx_unknown,
    coalesce(o.suspect, false)                    AS oryx_suspect,
    l.donor IS NOT NULL                           AS in_ledger,
    k.donor IS NOT NULL                           AS in_kiel,
    o.donor IS NOT NULL                           AS in_oryx,
    k."count" - o."count"                         AS kiel_minus_oryx,
    l.ledger_committed - k."count"                AS ledger_minus_kiel
FROM keys
LEFT JOIN k USING (donor, family)
LEFT JOIN o USING (donor, family)
LEFT JOIN ledger_family_counts AS l USING (donor, family)
ORDER BY keys.donor, keys.family;
