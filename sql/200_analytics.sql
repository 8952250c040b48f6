-- Analytics views for researchers (issue 6). Plain SQL over the tables and views of the files
-- before this one: they work in any DuckDB client (duckdb CLI, Python, R) without the package.
-- Every view is CREATE OR REPLACE; the table gdp is filled by 210_gdp.sql (from aidledger/data/gdp.csv).
--
-- Counting rules shared by every view below (documented in docs/methodology.md):
-- - they read counted_pledges: pledge events (not mentions), running totals left out, a package's
--   components not added to money twice;
-- - items are quantities with quantity_unit = 'units'; other units (rounds) are never added to them;
-- - money adds pledged, delivered and funded records (not considering or refused), each converted
--   at the ECB rate of its own date (pledges_fx);
-- - "committed" items per donor and family = the larger of (pledged + funded) and delivered, so a
--   delivery that fulfils an earlier pledge is not counted twice.

-- GDP of donors (rows from 210_gdp.sql): the denominator of money_share_gdp.
CREATE TABLE IF NOT EXISTS gdp (
    donor      VARCHAR PRIMARY KEY,      -- ISO 3166-1 alpha-3, as pledges.donor
    name       VARCHAR NOT NULL,         -- the country's common English name
    year       INTEGER NOT NULL,         -- the year of the figure
    gdp_eur_bn DECIMAL(18, 3) NOT NULL,  -- GDP in EUR billion, current prices
    source     VARCHAR NOT NULL          -- where the figure comes from
);

-- The records that totals add up: one row per pledge event (pledge_events of 050_events.sql:
-- mentions of the same pledge in many articles grouped), running totals left out, and the money
-- of a package's components set to NULL (the package total counts it once). Money is converted
-- at the ECB rate of the event's first mention; effective_date = announcement, else publication date.
CREATE OR REPLACE VIEW counted_pledges AS
SELECT
    event_id                                                   AS record_id,
    donor,
    recipient,
    system,
    family,
    category,
    status,
    quantity,
    quantity_unit,
    amount,
    currency,
    CASE WHEN is_component THEN NULL ELSE amount_eur END       AS amount_eur,
    CASE WHEN is_component THEN NULL ELSE amount_usd END       AS amount_usd,
    fx_rate_date,
    date,
    effective_date,
    n_mentions,
    n_sources,
    first_doc_id                                               AS doc_id,
    quote,
    is_component,
    package_event_id
FROM pledge_events
WHERE NOT is_running_total;

-- Lifecycle per donor and system: items pledged (and funded), delivered, still to deliver and
-- the delivery ratio. Items only (quantity_unit = 'units'). The same per catalog family, with
-- running totals taken into account, is donor_family_lifecycle (050_events.sql).
CREATE OR REPLACE VIEW lifecycle AS
WITH t AS (
    SELECT
        donor,
        system,
        any_value(family)                                                          AS family,
        any_value(category)                                                        AS category,
        coalesce(sum(quantity) FILTER (WHERE status IN ('pledged', 'funded')), 0) AS pledged,
        coalesce(sum(quantity) FILTER (WHERE status = 'delivered'), 0)            AS delivered,
        count(*)                                                                   AS n_events,
        min(effective_date) FILTER (WHERE status IN ('pledged', 'funded'))         AS first_pledged,
        max(effective_date) FILTER (WHERE status = 'delivered')                    AS last_delivered
    FROM counted_pledges
    WHERE quantity IS NOT NULL AND quantity_unit = 'units'
      AND status IN ('pledged', 'funded', 'delivered')
    GROUP BY donor, system
)
SELECT
    donor, system, family, category, pledged, delivered,
    greatest(pledged - delivered, 0)                   AS remainder,
    CASE WHEN pledged > 0 THEN delivered / pledged END AS delivery_ratio,
    greatest(pledged, delivered)                       AS committed,
    n_events, first_pledged, last_delivered
FROM t
ORDER BY donor, category, system;

-- Money per donor, in EUR and in USD at the ECB rate of each record's date, per status.
CREATE OR REPLACE VIEW money_by_donor AS
SELECT
    donor,
    count(*)                                                                    AS n_events,
    coalesce(sum(amount_eur) FILTER (WHERE status = 'pledged'), 0)             AS pledged_eur,
    coalesce(sum(amount_eur) FILTER (WHERE status = 'delivered'), 0)           AS delivered_eur,
    coalesce(sum(amount_eur) FILTER (WHERE status = 'funded'), 0)              AS funded_eur,
    coalesce(sum(amount_eur), 0)                                                AS amount_eur,
    coalesce(sum(amount_usd) FILTER (WHERE status = 'pledged'), 0)             AS pledged_usd,
    coalesce(sum(amount_usd) FILTER (WHERE status = 'delivered'), 0)           AS delivered_usd,
    coalesce(sum(amount_usd) FILTER (WHERE status = 'funded'), 0)              AS funded_usd,
    coalesce(sum(amount_usd), 0)                                                AS amount_usd,
    count(*) FILTER (WHERE NOT is_component
                     AND (amount_eur IS NULL OR amount_usd IS NULL))            AS n_unconverted,
    list(DISTINCT currency ORDER BY currency)                                   AS currencies,
    min(fx_rate_date)                                                           AS first_rate_date,
    max(fx_rate_date)                                                           AS last_rate_date
FROM counted_pledges
WHERE amount IS NOT NULL AND status IN ('pledged', 'delivered', 'funded')
GROUP BY donor
ORDER BY amount_eur DESC, donor;

-- Money per donor as a share of the donor's GDP (table gdp: year and source stated per row).
-- Donors without a GDP row (EU, NATO, unknown) have NULL shares.
CREATE OR REPLACE VIEW money_share_gdp AS
SELECT
    m.donor,
    g.name                                            AS donor_name,
    m.amount_eur,
    CAST(g.gdp_eur_bn AS DOUBLE) * 1e9                AS gdp_eur,
    g.year                                            AS gdp_year,
    m.amount_eur / (CAST(g.gdp_eur_bn AS DOUBLE) * 1e9)       AS share_of_gdp,
    100 * m.amount_eur / (CAST(g.gdp_eur_bn AS DOUBLE) * 1e9) AS pct_of_gdp,
    g.source                                          AS gdp_source
FROM money_by_donor AS m
LEFT JOIN gdp AS g ON g.donor = m.donor
ORDER BY share_of_gdp DESC NULLS LAST, m.donor;

-- Per donor and category: events, items committed (per donor and family the larger of pledged and
-- delivered, from donor_family_lifecycle) and money. The heatmap's data.
CREATE OR REPLACE VIEW by_donor_category AS
WITH items AS (
    SELECT donor, category, sum(greatest(pledged, delivered)) AS items
    FROM donor_family_lifecycle
    WHERE quantity_unit = 'units'
    GROUP BY donor, category
),
recs AS (
    SELECT
        donor, category,
        count(*)                                                                          AS n_events,
        coalesce(sum(amount_eur) FILTER (WHERE status IN ('pledged', 'delivered', 'funded')), 0) AS amount_eur,
        coalesce(sum(amount_usd) FILTER (WHERE status IN ('pledged', 'delivered', 'funded')), 0) AS amount_usd
    FROM counted_pledges
    GROUP BY donor, category
)
SELECT r.donor, r.category, r.n_events, coalesce(i.items, 0) AS items, r.amount_eur, r.amount_usd
FROM recs AS r
LEFT JOIN items AS i USING (donor, category)
ORDER BY r.donor, r.category;

-- A monthly time series, every month from the first to the last, with running (cumulative) totals.
-- The month of a record is the month of its effective date; records without a date are left out.
CREATE OR REPLACE VIEW by_month_cumulative AS
WITH m AS (
    SELECT
        CAST(date_trunc('month', effective_date) AS DATE)                                       AS month,
        count(*)                                                                                 AS n_events,
        coalesce(sum(quantity) FILTER (WHERE quantity_unit = 'units'
                                       AND status IN ('pledged', 'funded')), 0)                 AS pledged,
        coalesce(sum(quantity) FILTER (WHERE quantity_unit = 'units' AND status = 'delivered'), 0) AS delivered,
        coalesce(sum(amount_eur) FILTER (WHERE status IN ('pledged', 'delivered', 'funded')), 0) AS amount_eur,
        coalesce(sum(amount_usd) FILTER (WHERE status IN ('pledged', 'delivered', 'funded')), 0) AS amount_usd
    FROM counted_pledges
    WHERE effective_date IS NOT NULL
    GROUP BY ALL
),
months AS (
    SELECT CAST(unnest(generate_series(min(month), max(month), INTERVAL 1 MONTH)) AS DATE) AS month
    FROM m
)
SELECT
    months.month,
    coalesce(m.n_events, 0)                                    AS n_events,
    coalesce(m.pledged, 0)                                     AS pledged,
    coalesce(m.delivered, 0)                                   AS delivered,
    coalesce(m.amount_eur, 0)                                  AS amount_eur,
    coalesce(m.amount_usd, 0)                                  AS amount_usd,
    sum(coalesce(m.pledged, 0)) OVER (ORDER BY months.month)    AS cum_pledged,
    sum(coalesce(m.delivered, 0)) OVER (ORDER BY months.month)  AS cum_delivered,
    sum(coalesce(m.amount_eur, 0)) OVER (ORDER BY months.month) AS cum_amount_eur,
    sum(coalesce(m.amount_usd, 0)) OVER (ORDER BY months.month) AS cum_amount_usd
FROM months
LEFT JOIN m USING (month)
ORDER BY months.month;

-- Every pledge record (mention) with its source: the quote and its span, the document it comes
-- from, and the event it belongs to (pledge_events.event_id).
CREATE OR REPLACE VIEW pledge_sources AS
SELECT
    p.pledge_id,
    m.event_id,
    p.donor,
    p.system,
    p.status,
    p.quantity,
    p.quantity_unit,
    p.amount,
    p.currency,
    p.date,
    p.quote,
    p.span_start,
    p.span_end,
    p.doc_id,
    d.published,
    d.outlet,
    d.url,
    d.title,
    d.source AS document_source
FROM pledges AS p
LEFT JOIN documents AS d USING (doc_id)
LEFT JOIN (SELECT pledge_id, event_id FROM pledge_mentions) AS m USING (pledge_id)
ORDER BY p.doc_id, p.span_start, p.pledge_id;
