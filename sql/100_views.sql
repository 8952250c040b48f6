-- aidledger totals views. Plain SQL over the tables of 010_tables.sql and 020_fx.sql and the
-- views of 050_events.sql: they work in any DuckDB client, with or without the aidledger package.
-- Every view is CREATE OR REPLACE.
--
-- Totals count *events* (pledge_events: mentions of the same pledge grouped), not mentions.
-- n_records = events, n_mentions = the mentions behind them, n_sources = distinct documents.
-- Quantities add events in their quantity_unit per status, running totals left out (they are
-- never summed). Money adds pledged, delivered and funded events (not considering or refused),
-- each converted at its first mention's date, leaving out running totals and the components of
-- a package whose total is counted (is_component).

-- Totals per donor. Quantities count items (quantity_unit = 'units') per status; rounds of
-- ammunition are summed apart.
CREATE OR REPLACE VIEW by_donor AS
SELECT
    donor,
    count(*) AS n_records,
    CAST(sum(n_mentions) AS BIGINT) AS n_mentions,
    len(list_distinct(flatten(list(doc_ids)))) AS n_sources,
    len(list_distinct(flatten(list(doc_ids)))) AS n_documents,
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
FROM pledge_events
GROUP BY donor
ORDER BY amount_eur DESC, pledged + delivered + funded DESC, donor;

-- Totals per donor and system (one row per donor, system and quantity unit).
CREATE OR REPLACE VIEW by_donor_system AS
SELECT
    donor, system, category, quantity_unit,
    count(*) AS n_records,
    CAST(sum(n_mentions) AS BIGINT) AS n_mentions,
    len(list_distinct(flatten(list(doc_ids)))) AS n_sources,
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
FROM pledge_events
GROUP BY donor, system, category, quantity_unit
ORDER BY donor, category, system, quantity_unit;

-- Totals per system, over all donors.
CREATE OR REPLACE VIEW by_system AS
SELECT
    system, category, quantity_unit,
    count(DISTINCT donor) AS n_donors,
    count(*) AS n_records,
    CAST(sum(n_mentions) AS BIGINT) AS n_mentions,
    len(list_distinct(flatten(list(doc_ids)))) AS n_sources,
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
FROM pledge_events
GROUP BY system, category, quantity_unit
ORDER BY pledged + delivered + funded DESC, amount_eur DESC, system;

-- Totals per category (tank, artillery, ..., money).
CREATE OR REPLACE VIEW by_category AS
SELECT
    category, quantity_unit,
    count(DISTINCT donor) AS n_donors,
    count(*) AS n_records,
    CAST(sum(n_mentions) AS BIGINT) AS n_mentions,
    len(list_distinct(flatten(list(doc_ids)))) AS n_sources,
    coalesce(sum(quantity) FILTER (WHERE status = 'pledged' AND NOT is_running_total), 0) AS pledged,
    coalesce(sum(quantity) FILTER (WHERE status = 'delivered' AND NOT is_running_total), 0) AS delivered,
    coalesce(sum(quantity) FILTER (WHERE status = 'funded' AND NOT is_running_total), 0) AS funded,
    coalesce(sum(quantity) FILTER (WHERE status = 'considering' AND NOT is_running_total), 0) AS considering,
    coalesce(sum(quantity) FILTER (WHERE status = 'refused' AND NOT is_running_total), 0) AS refused,
    coalesce(sum(amount_eur) FILTER (WHERE status IN ('pledged', 'delivered', 'funded')
                                     AND NOT is_component AND NOT is_running_total), 0) AS amount_eur,
    coalesce(sum(amount_usd) FILTER (WHERE status IN ('pledged', 'delivered', 'funded')
                                     AND NOT is_component AND NOT is_running_total), 0) AS amount_usd
FROM pledge_events
GROUP BY category, quantity_unit
ORDER BY category, quantity_unit;

-- Totals per calendar month of the event's first effective date (announcement, else publication).
CREATE OR REPLACE VIEW by_month AS
SELECT
    CAST(date_trunc('month', effective_date) AS DATE) AS month,
    count(*) AS n_records,
    CAST(sum(n_mentions) AS BIGINT) AS n_mentions,
    len(list_distinct(flatten(list(doc_ids)))) AS n_sources,
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
FROM pledge_events
GROUP BY ALL
ORDER BY month NULLS LAST;

-- Totals per status (money of every event of the status, components and running totals left out).
CREATE OR REPLACE VIEW by_status AS
SELECT
    status, quantity_unit,
    count(*) AS n_records,
    CAST(sum(n_mentions) AS BIGINT) AS n_mentions,
    len(list_distinct(flatten(list(doc_ids)))) AS n_sources,
    count(DISTINCT donor) AS n_donors,
    coalesce(sum(quantity) FILTER (WHERE NOT is_running_total), 0) AS quantity,
    coalesce(sum(amount_eur) FILTER (WHERE NOT is_component AND NOT is_running_total), 0) AS amount_eur,
    coalesce(sum(amount_usd) FILTER (WHERE NOT is_component AND NOT is_running_total), 0) AS amount_usd
FROM pledge_events
GROUP BY status, quantity_unit
ORDER BY status, quantity_unit;

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
