-- aidledger totals views. Plain SQL over the tables of 010_tables.sql and 020_fx.sql and the
-- views of 050_events.sql: they work in any DuckDB client, with or without the aidledger package.
-- Every view is CREATE OR REPLACE.
--
-- Materialised (issue 8): each by_* view reads a small table (totals_by_*) that holds what its
-- compute_by_* view computes from pledge_events; the store refreshes the tables together with
-- events (named query refresh_totals of sql/queries/store.sql), so a totals view answers in
-- milliseconds whatever the size of the ledger. The compute_by_* views always compute afresh.
-- The rules are table macros over a set of events (totals_of_*(src)): compute_by_* applies them
-- to every event; after a small write the store applies them to the events of the groups the
-- write changed only (refresh_events_by_*, named query refresh_totals_scoped).
--
-- Totals count *events* (pledge_events: mentions of the same pledge grouped), not mentions.
-- n_records = events, n_mentions = the mentions behind them, n_sources = distinct documents.
-- Quantities add events in their quantity_unit per status, running totals left out (they are
-- never summed). Money adds pledged, delivered and funded events (not considering or refused),
-- each converted at its first mention's date, leaving out running totals and the components of
-- a package whose total is counted (is_component).

-- Totals per donor. Quantities count items (quantity_unit = 'units') per status; rounds of
-- ammunition are summed apart.
CREATE OR REPLACE MACRO totals_of_donor(src) AS TABLE
WITH sources AS (
    -- distinct documents per group from the events' doc_ids: a hash aggregate that spills
    -- under a memory limit (a list of lists per group would not)
    SELECT s_0, count(*) AS n_sources
    FROM (SELECT DISTINCT donor AS s_0, unnest(doc_ids) AS doc_id FROM query_table(src))
    GROUP BY ALL
)
SELECT
    donor,
    count(*) AS n_records,
    CAST(sum(n_mentions) AS BIGINT) AS n_mentions,
    any_value(s.n_sources) AS n_sources,
    any_value(s.n_sources) AS n_documents,
    coalesce(sum(quantity) FILTER (WHERE quantity_unit = 'units' AND status = 'pledged' AND NOT is_running_total), 0)
        AS pledged,
    coalesce(sum(quantity) FILTER (WHERE quantity_unit = 'units' AND status = 'delivered' AND NOT is_running_total),
             0) AS delivered,
    coalesce(sum(quantity) FILTER (WHERE quantity_unit = 'units' AND status = 'funded' AND NOT is_running_total), 0)
        AS funded,
    coalesce(sum(quantity) FILTER (WHERE quantity_unit = 'units' AND status = 'considering'
                                   AND NOT is_running_total), 0) AS considering,
    coalesce(sum(quantity) FILTER (WHERE quantity_unit = 'units' AND status = 'refused' AND NOT is_running_total), 0)
        AS refused,
    coalesce(sum(quantity) FILTER (WHERE quantity_unit = 'rounds' AND status IN ('pledged', 'delivered', 'funded')
                                   AND NOT is_running_total), 0) AS rounds,
    coalesce(sum(amount_eur) FILTER (WHERE status IN ('pledged', 'delivered', 'funded')
                                     AND NOT is_component AND NOT is_running_total), 0) AS amount_eur,
    coalesce(sum(amount_usd) FILTER (WHERE status IN ('pledged', 'delivered', 'funded')
                                     AND NOT is_component AND NOT is_running_total), 0) AS amount_usd,
    min(effective_date) AS first_date,
    max(last_effective_date) AS last_date
FROM query_table(src) AS e
LEFT JOIN sources AS s ON s.s_0 IS NOT DISTINCT FROM e.donor
GROUP BY e.donor;
CREATE OR REPLACE VIEW compute_by_donor AS SELECT * FROM totals_of_donor(pledge_events);
-- The events of the groups of by_donor that a scoped refresh changed (refresh_changed_groups).
CREATE OR REPLACE VIEW refresh_events_by_donor AS
SELECT * FROM events AS e
WHERE EXISTS (SELECT 1 FROM refresh_changed_groups AS c WHERE c.donor IS NOT DISTINCT FROM e.donor);

-- Totals per donor and system (one row per donor, system and quantity unit).
CREATE OR REPLACE MACRO totals_of_donor_system(src) AS TABLE
WITH sources AS (
    -- distinct documents per group from the events' doc_ids: a hash aggregate that spills
    -- under a memory limit (a list of lists per group would not)
    SELECT s_0, s_1, s_2, s_3, count(*) AS n_sources
    FROM (SELECT DISTINCT donor AS s_0, system AS s_1, category AS s_2, quantity_unit AS s_3, unnest(doc_ids) AS doc_id FROM query_table(src))
    GROUP BY ALL
)
SELECT
    donor, system, category, quantity_unit,
    count(*) AS n_records,
    CAST(sum(n_mentions) AS BIGINT) AS n_mentions,
    any_value(s.n_sources) AS n_sources,
    coalesce(sum(quantity) FILTER (WHERE status = 'pledged' AND NOT is_running_total), 0) AS pledged,
    coalesce(sum(quantity) FILTER (WHERE status = 'delivered' AND NOT is_running_total), 0) AS delivered,
    coalesce(sum(quantity) FILTER (WHERE status = 'funded' AND NOT is_running_total), 0) AS funded,
    coalesce(sum(quantity) FILTER (WHERE status = 'considering' AND NOT is_running_total), 0) AS considering,
    coalesce(sum(quantity) FILTER (WHERE status = 'refused' AND NOT is_running_total), 0) AS refused,
    coalesce(sum(amount_eur) FILTER (WHERE status IN ('pledged', 'delivered', 'funded')
                                     AND NOT is_component AND NOT is_running_total), 0) AS amount_eur,
    coalesce(sum(amount_usd) FILTER (WHERE status IN ('pledged', 'delivered', 'funded')
                                     AND NOT is_component AND NOT is_running_total), 0) AS amount_usd,
    min(effective_date) AS first_date,
    max(last_effective_date) AS last_date
FROM query_table(src) AS e
LEFT JOIN sources AS s ON s.s_0 IS NOT DISTINCT FROM e.donor AND s.s_1 IS NOT DISTINCT FROM e.system AND s.s_2 IS NOT DISTINCT FROM e.category AND s.s_3 IS NOT DISTINCT FROM e.quantity_unit
GROUP BY e.donor, e.system, e.category, e.quantity_unit;
CREATE OR REPLACE VIEW compute_by_donor_system AS SELECT * FROM totals_of_donor_system(pledge_events);
-- The events of the groups of by_donor_system that a scoped refresh changed (refresh_changed_groups).
CREATE OR REPLACE VIEW refresh_events_by_donor_system AS
SELECT * FROM events AS e
WHERE EXISTS (SELECT 1 FROM refresh_changed_groups AS c WHERE c.donor IS NOT DISTINCT FROM e.donor
    AND c.system IS NOT DISTINCT FROM e.system
    AND c.category IS NOT DISTINCT FROM e.category
    AND c.quantity_unit IS NOT DISTINCT FROM e.quantity_unit);

-- Totals per system, over all donors.
CREATE OR REPLACE MACRO totals_of_system(src) AS TABLE
WITH sources AS (
    -- distinct documents per group from the events' doc_ids: a hash aggregate that spills
    -- under a memory limit (a list of lists per group would not)
    SELECT s_0, s_1, s_2, count(*) AS n_sources
    FROM (SELECT DISTINCT system AS s_0, category AS s_1, quantity_unit AS s_2, unnest(doc_ids) AS doc_id FROM query_table(src))
    GROUP BY ALL
)
SELECT
    system, category, quantity_unit,
    count(DISTINCT donor) AS n_donors,
    count(*) AS n_records,
    CAST(sum(n_mentions) AS BIGINT) AS n_mentions,
    any_value(s.n_sources) AS n_sources,
    coalesce(sum(quantity) FILTER (WHERE status = 'pledged' AND NOT is_running_total), 0) AS pledged,
    coalesce(sum(quantity) FILTER (WHERE status = 'delivered' AND NOT is_running_total), 0) AS delivered,
    coalesce(sum(quantity) FILTER (WHERE status = 'funded' AND NOT is_running_total), 0) AS funded,
    coalesce(sum(quantity) FILTER (WHERE status = 'considering' AND NOT is_running_total), 0) AS considering,
    coalesce(sum(quantity) FILTER (WHERE status = 'refused' AND NOT is_running_total), 0) AS refused,
    coalesce(sum(amount_eur) FILTER (WHERE status IN ('pledged', 'delivered', 'funded')
                                     AND NOT is_component AND NOT is_running_total), 0) AS amount_eur,
    coalesce(sum(amount_usd) FILTER (WHERE status IN ('pledged', 'delivered', 'funded')
                                     AND NOT is_component AND NOT is_running_total), 0) AS amount_usd,
    list(DISTINCT donor ORDER BY donor) AS donors
FROM query_table(src) AS e
LEFT JOIN sources AS s ON s.s_0 IS NOT DISTINCT FROM e.system AND s.s_1 IS NOT DISTINCT FROM e.category AND s.s_2 IS NOT DISTINCT FROM e.quantity_unit
GROUP BY e.system, e.category, e.quantity_unit;
CREATE OR REPLACE VIEW compute_by_system AS SELECT * FROM totals_of_system(pledge_events);
-- The events of the groups of by_system that a scoped refresh changed (refresh_changed_groups).
CREATE OR REPLACE VIEW refresh_events_by_system AS
SELECT * FROM events AS e
WHERE EXISTS (SELECT 1 FROM refresh_changed_groups AS c WHERE c.system IS NOT DISTINCT FROM e.system
    AND c.category IS NOT DISTINCT FROM e.category
    AND c.quantity_unit IS NOT DISTINCT FROM e.quantity_unit);

-- Totals per category (tank, artillery, ..., money).
CREATE OR REPLACE MACRO totals_of_category(src) AS TABLE
WITH sources AS (
    -- distinct documents per group from the events' doc_ids: a hash aggregate that spills
    -- under a memory limit (a list of lists per group would not)
    SELECT s_0, s_1, count(*) AS n_sources
    FROM (SELECT DISTINCT category AS s_0, quantity_unit AS s_1, unnest(doc_ids) AS doc_id FROM query_table(src))
    GROUP BY ALL
)
SELECT
    category, quantity_unit,
    count(DISTINCT donor) AS n_donors,
    count(*) AS n_records,
    CAST(sum(n_mentions) AS BIGINT) AS n_mentions,
    any_value(s.n_sources) AS n_sources,
    coalesce(sum(quantity) FILTER (WHERE status = 'pledged' AND NOT is_running_total), 0) AS pledged,
    coalesce(sum(quantity) FILTER (WHERE status = 'delivered' AND NOT is_running_total), 0) AS delivered,
    coalesce(sum(quantity) FILTER (WHERE status = 'funded' AND NOT is_running_total), 0) AS funded,
    coalesce(sum(quantity) FILTER (WHERE status = 'considering' AND NOT is_running_total), 0) AS considering,
    coalesce(sum(quantity) FILTER (WHERE status = 'refused' AND NOT is_running_total), 0) AS refused,
    coalesce(sum(amount_eur) FILTER (WHERE status IN ('pledged', 'delivered', 'funded')
                                     AND NOT is_component AND NOT is_running_total), 0) AS amount_eur,
    coalesce(sum(amount_usd) FILTER (WHERE status IN ('pledged', 'delivered', 'funded')
                                     AND NOT is_component AND NOT is_running_total), 0) AS amount_usd
FROM query_table(src) AS e
LEFT JOIN sources AS s ON s.s_0 IS NOT DISTINCT FROM e.category AND s.s_1 IS NOT DISTINCT FROM e.quantity_unit
GROUP BY e.category, e.quantity_unit;
CREATE OR REPLACE VIEW compute_by_category AS SELECT * FROM totals_of_category(pledge_events);
-- The events of the groups of by_category that a scoped refresh changed (refresh_changed_groups).
CREATE OR REPLACE VIEW refresh_events_by_category AS
SELECT * FROM events AS e
WHERE EXISTS (SELECT 1 FROM refresh_changed_groups AS c WHERE c.category IS NOT DISTINCT FROM e.category
    AND c.quantity_unit IS NOT DISTINCT FROM e.quantity_unit);

-- Totals per calendar month of the event's first effective date (announcement, else publication).
CREATE OR REPLACE MACRO totals_of_month(src) AS TABLE
WITH sources AS (
    -- distinct documents per group from the events' doc_ids: a hash aggregate that spills
    -- under a memory limit (a list of lists per group would not)
    SELECT s_0, count(*) AS n_sources
    FROM (SELECT DISTINCT CAST(date_trunc('month', effective_date) AS DATE) AS s_0, unnest(doc_ids) AS doc_id FROM query_table(src))
    GROUP BY ALL
)
SELECT
    CAST(date_trunc('month', effective_date) AS DATE) AS month,
    count(*) AS n_records,
    CAST(sum(n_mentions) AS BIGINT) AS n_mentions,
    any_value(s.n_sources) AS n_sources,
    count(DISTINCT donor) AS n_donors,
    coalesce(sum(quantity) FILTER (WHERE quantity_unit = 'units' AND status = 'pledged' AND NOT is_running_total), 0)
        AS pledged,
    coalesce(sum(quantity) FILTER (WHERE quantity_unit = 'units' AND status = 'delivered' AND NOT is_running_total),
             0) AS delivered,
    coalesce(sum(quantity) FILTER (WHERE quantity_unit = 'units' AND status = 'funded' AND NOT is_running_total), 0)
        AS funded,
    coalesce(sum(amount_eur) FILTER (WHERE status IN ('pledged', 'delivered', 'funded')
                                     AND NOT is_component AND NOT is_running_total), 0) AS amount_eur,
    coalesce(sum(amount_usd) FILTER (WHERE status IN ('pledged', 'delivered', 'funded')
                                     AND NOT is_component AND NOT is_running_total), 0) AS amount_usd
FROM query_table(src) AS e
LEFT JOIN sources AS s ON s.s_0 IS NOT DISTINCT FROM CAST(date_trunc('month', e.effective_date) AS DATE)
GROUP BY CAST(date_trunc('month', e.effective_date) AS DATE);
CREATE OR REPLACE VIEW compute_by_month AS SELECT * FROM totals_of_month(pledge_events);
-- The events of the groups of by_month that a scoped refresh changed (refresh_changed_groups).
CREATE OR REPLACE VIEW refresh_events_by_month AS
SELECT * FROM events AS e
WHERE EXISTS (SELECT 1 FROM refresh_changed_groups AS c WHERE c.month IS NOT DISTINCT FROM CAST(date_trunc('month', e.effective_date) AS DATE));

-- Totals per status (money of every event of the status, components and running totals left out).
CREATE OR REPLACE MACRO totals_of_status(src) AS TABLE
WITH sources AS (
    -- distinct documents per group from the events' doc_ids: a hash aggregate that spills
    -- under a memory limit (a list of lists per group would not)
    SELECT s_0, s_1, count(*) AS n_sources
    FROM (SELECT DISTINCT status AS s_0, quantity_unit AS s_1, unnest(doc_ids) AS doc_id FROM query_table(src))
    GROUP BY ALL
)
SELECT
    status, quantity_unit,
    count(*) AS n_records,
    CAST(sum(n_mentions) AS BIGINT) AS n_mentions,
    any_value(s.n_sources) AS n_sources,
    count(DISTINCT donor) AS n_donors,
    coalesce(sum(quantity) FILTER (WHERE NOT is_running_total), 0) AS quantity,
    coalesce(sum(amount_eur) FILTER (WHERE NOT is_component AND NOT is_running_total), 0) AS amount_eur,
    coalesce(sum(amount_usd) FILTER (WHERE NOT is_component AND NOT is_running_total), 0) AS amount_usd
FROM query_table(src) AS e
LEFT JOIN sources AS s ON s.s_0 IS NOT DISTINCT FROM e.status AND s.s_1 IS NOT DISTINCT FROM e.quantity_unit
GROUP BY e.status, e.quantity_unit;
CREATE OR REPLACE VIEW compute_by_status AS SELECT * FROM totals_of_status(pledge_events);
-- The events of the groups of by_status that a scoped refresh changed (refresh_changed_groups).
CREATE OR REPLACE VIEW refresh_events_by_status AS
SELECT * FROM events AS e
WHERE EXISTS (SELECT 1 FROM refresh_changed_groups AS c WHERE c.status IS NOT DISTINCT FROM e.status
    AND c.quantity_unit IS NOT DISTINCT FROM e.quantity_unit);

-- Conversions stated in the text ("EUR 200 million ($217 million)") checked against the ECB rate
-- of the pledge's fx_date. flagged = the stated amount differs from the computed one by more
-- than 5 % (problem code AL301).
CREATE OR REPLACE VIEW conversion_checks AS
WITH s AS (
    SELECT f.*, r.per_eur AS stated_per_eur, r.date AS stated_rate_date, b.first_date, b.last_date
    FROM (SELECT * FROM pledges_fx WHERE stated_amount IS NOT NULL AND amount IS NOT NULL) AS f
    ASOF LEFT JOIN fx_rates AS r ON r.currency = f.stated_currency AND f.fx_date >= r.date
    LEFT JOIN fx_bounds AS b ON b.currency = f.stated_currency
),
c AS (
    SELECT
        pledge_id, doc_id, donor, system, status, quote, fx_date,
        amount, currency, stated_amount, stated_currency,
        CASE
            WHEN stated_currency = 'EUR' THEN amount_eur
            WHEN fx_date BETWEEN first_date AND last_date THEN amount_eur * stated_per_eur
        END AS computed_amount,
        CASE WHEN stated_currency = 'EUR' THEN fx_rate_date ELSE stated_rate_date END AS fx_rate_date
    FROM s
)
SELECT
    *,
    CAST(stated_amount AS DOUBLE) / computed_amount - 1 AS relative_difference,
    coalesce(abs(CAST(stated_amount AS DOUBLE) / computed_amount - 1) > 0.05, false) AS flagged
FROM c;

-- The FX problems of each pledge (what the store writes into problems): AL301 where a conversion
-- stated in the text differs from the ECB rate of the day by more than 5 % (conversion_checks
-- .flagged), AL302 where a money amount has no rate for its currency and date (pledges_fx.fx_note).
CREATE OR REPLACE VIEW fx_problems AS
SELECT
    c.doc_id, 'AL301' AS code,
    'stated ' || c.stated_currency || ' ' || CAST(c.stated_amount AS VARCHAR) || ' differs from '
        || CAST(round(c.computed_amount, 2) AS VARCHAR) || ' at the ECB rate of '
        || CAST(c.fx_rate_date AS VARCHAR) || ' by ' || CAST(round(100 * c.relative_difference, 1) AS VARCHAR)
        || ' %' AS message,
    p.span_start, p.span_end, p.quote
FROM conversion_checks AS c
JOIN pledges AS p USING (pledge_id)
WHERE c.flagged
UNION ALL
SELECT doc_id, 'AL302' AS code,
       fx_note || ' (' || coalesce(currency, '?') || ' on ' || coalesce(CAST(fx_date AS VARCHAR), 'no date') || ')'
           AS message,
       span_start, span_end, quote
FROM pledges_fx
WHERE amount IS NOT NULL AND fx_note IS NOT NULL;

-- The totals as last refreshed (tables: derived data, recreated empty when this file is applied again;
-- the store refreshes them), and the by_* views over them, in the order of the compute_by_* views.
CREATE OR REPLACE TABLE totals_by_donor AS SELECT * FROM compute_by_donor LIMIT 0;
CREATE OR REPLACE TABLE totals_by_donor_system AS SELECT * FROM compute_by_donor_system LIMIT 0;
CREATE OR REPLACE TABLE totals_by_system AS SELECT * FROM compute_by_system LIMIT 0;
CREATE OR REPLACE TABLE totals_by_category AS SELECT * FROM compute_by_category LIMIT 0;
CREATE OR REPLACE TABLE totals_by_month AS SELECT * FROM compute_by_month LIMIT 0;
CREATE OR REPLACE TABLE totals_by_status AS SELECT * FROM compute_by_status LIMIT 0;
CREATE OR REPLACE VIEW by_donor AS SELECT * FROM totals_by_donor ORDER BY amount_eur DESC, pledged + delivered + funded DESC, donor;
CREATE OR REPLACE VIEW by_donor_system AS SELECT * FROM totals_by_donor_system ORDER BY donor, category, system, quantity_unit;
CREATE OR REPLACE VIEW by_system AS SELECT * FROM totals_by_system ORDER BY pledged + delivered + funded DESC, amount_eur DESC, system;
CREATE OR REPLACE VIEW by_category AS SELECT * FROM totals_by_category ORDER BY category, quantity_unit;
CREATE OR REPLACE VIEW by_month AS SELECT * FROM totals_by_month ORDER BY month NULLS LAST;
CREATE OR REPLACE VIEW by_status AS SELECT * FROM totals_by_status ORDER BY status, quantity_unit;
