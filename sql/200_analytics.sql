-- Analytics views for researchers (issue 6). Plain SQL over the tables and views of the files
-- before this one: they work in any DuckDB client (duckdb CLI, Python, R) without the package.
-- Every view is CREATE OR REPLACE; the table gdp is filled by 210_gdp.sql (from aidledger/data/gdp.csv).
--
-- Counting rules shared by every view below (documented in docs/methodology.md):
-- - they read counted_pledges: pledge events (not mentions), running totals left out, a package's
--   components not added to money twice; money per donor and family through internal.money_of
--   (100_views.sql) over pledge_events, which leaves out the same events;
-- - items are quantities with quantity_unit = 'units'; other units (rounds) are never added to them;
-- - pledged = pledged or funded; committed per donor and family = greatest(delivered, pledged +
--   uncovered) (internal.family_sides of sql/030_committed.sql: a delivery is a share of what is
--   committed, never added to it, except that a pledge of "12 more" is on top of the deliveries
--   before it); the same for money, each event converted at the ECB rate of its own date (pledges_fx)
--   and summed exact (internal.exact: the same total in any order), shown as DOUBLE;
-- - unknown money is NULL, never 0; n_unconverted and unconverted say what a total leaves out.

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
-- at the ECB rate of the event's first mention; effective_date = announcement, else publication date;
-- is_additional: a pledge of more, which deliveries before it do not cover (sql/030_committed.sql).
CREATE OR REPLACE VIEW counted_pledges AS
SELECT
    event_id,
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
    package_event_id,
    is_additional
FROM pledge_events
WHERE NOT is_running_total;

-- Lifecycle per donor and system: items pledged (and funded), delivered, committed, still to
-- deliver and the delivery ratio. Items only (quantity_unit = 'units'). committed: per donor and
-- system by the rule of every total (internal.family_sides, sql/030_committed.sql); remainder =
-- committed - delivered. The same per catalog family, with running totals taken into account, is
-- donor_family_lifecycle (050_events.sql).
CREATE OR REPLACE VIEW lifecycle AS
WITH ev AS (
    SELECT * FROM counted_pledges
    WHERE quantity IS NOT NULL AND quantity_unit = 'units' AND status IN ('pledged', 'funded', 'delivered')
),
t AS (
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
    FROM ev
    GROUP BY donor, system
),
per_system AS (
    SELECT system AS k, donor, system AS family, status, is_additional, effective_date, event_id, quantity AS v
    FROM ev
),
sides AS (SELECT k AS system, donor, committed FROM internal.family_sides(per_system))
SELECT
    t.donor, t.system, t.family, t.category, t.pledged, t.delivered,
    s.committed - t.delivered                              AS remainder,
    CASE WHEN t.pledged > 0 THEN t.delivered / t.pledged END AS delivery_ratio,
    s.committed,
    t.n_events, t.first_pledged, t.last_delivered
FROM t
JOIN sides AS s ON s.donor IS NOT DISTINCT FROM t.donor AND s.system IS NOT DISTINCT FROM t.system
ORDER BY t.donor, t.category, t.system;

-- Money per donor, in EUR and in USD at the ECB rate of each event's date: pledged (pledged or
-- funded), delivered (a share of it) and committed (per family, internal.money_of).
CREATE OR REPLACE VIEW money_by_donor AS
WITH ev AS (
    SELECT * FROM counted_pledges
    WHERE amount IS NOT NULL AND NOT is_component AND status IN ('pledged', 'delivered', 'funded')
),
per_donor AS (SELECT * FROM internal.money_of(pledge_events, '^(donor)$')),  -- the events of ev
meta AS (
    SELECT donor,
        count(*) AS n_events,
        count(*) FILTER (WHERE amount_eur IS NULL OR amount_usd IS NULL) AS n_unconverted,
        sum_by_currency(list(struct_pack(currency := currency, amount := amount))
                        FILTER (WHERE amount_eur IS NULL OR amount_usd IS NULL)) AS unconverted,
        list(DISTINCT currency ORDER BY currency) AS currencies,
        min(fx_rate_date) AS first_rate_date,
        max(fx_rate_date) AS last_rate_date,
        list_sort(list(event_id)) AS event_ids
    FROM ev
    GROUP BY donor
)
SELECT
    m.donor, m.n_events,
    p.pledged_eur, p.delivered_eur, p.committed_eur, p.pledged_usd, p.delivered_usd, p.committed_usd,
    m.n_unconverted, m.unconverted, m.currencies, m.first_rate_date, m.last_rate_date, m.event_ids
FROM meta AS m
JOIN per_donor AS p USING (donor)
ORDER BY p.committed_eur DESC NULLS FIRST, m.donor;

-- Money per donor as a share of the donor's GDP (table gdp: year and source stated per row).
-- Donors without a GDP row (EU, NATO, unknown) have NULL shares.
CREATE OR REPLACE VIEW money_share_gdp AS
SELECT
    m.donor,
    g.name                                            AS donor_name,
    m.committed_eur,
    m.n_unconverted,
    CAST(g.gdp_eur_bn AS DOUBLE) * 1e9                AS gdp_eur,
    g.year                                            AS gdp_year,
    m.committed_eur / (CAST(g.gdp_eur_bn AS DOUBLE) * 1e9)       AS share_of_gdp,
    100 * m.committed_eur / (CAST(g.gdp_eur_bn AS DOUBLE) * 1e9) AS pct_of_gdp,
    g.source                                          AS gdp_source
FROM money_by_donor AS m
LEFT JOIN gdp AS g ON g.donor = m.donor
ORDER BY share_of_gdp DESC NULLS LAST, m.donor;

-- Per donor and category: events, items committed (per donor and family, from
-- donor_family_lifecycle; units only) and money committed. The heatmap's data.
CREATE OR REPLACE VIEW by_donor_category AS
WITH items AS (
    SELECT donor, category, sum(committed) AS items
    FROM donor_family_lifecycle
    WHERE quantity_unit = 'units'
    GROUP BY donor, category
),
money AS (SELECT * FROM internal.money_of(pledge_events, '^(donor|category)$')),  -- counted_pledges' events
recs AS (
    SELECT donor, category, count(*) AS n_events, list_sort(list(event_id)) AS event_ids
    FROM counted_pledges
    GROUP BY donor, category
)
SELECT
    r.donor, r.category, r.n_events, coalesce(i.items, 0) AS items,
    CASE WHEN m.donor IS NULL THEN 0 ELSE m.committed_eur END AS committed_eur,
    CASE WHEN m.donor IS NULL THEN 0 ELSE m.committed_usd END AS committed_usd,
    coalesce(m.n_unconverted, 0) AS n_unconverted,
    r.event_ids
FROM recs AS r
LEFT JOIN items AS i USING (donor, category)
LEFT JOIN money AS m USING (donor, category)
ORDER BY r.donor, r.category;

-- A monthly time series, every month from the first to the last, with running (cumulative) totals.
-- The month of an event is the month of its effective date; undated events are left out (by_month
-- has them in its NULL month). heavy_pledged / heavy_delivered: items of the heavy-weapon
-- categories of the Kiel tracker (tank, ifv_apc, artillery, mlrs, air_defence, aircraft), in units;
-- money pledged (pledged or funded) and delivered. Money that could not be converted is not in
-- the sums: n_unconverted counts its events.
CREATE OR REPLACE VIEW by_month_cumulative AS
WITH m AS (
    SELECT
        CAST(date_trunc('month', effective_date) AS DATE)                                AS month,
        count(*)                                                                          AS n_events,
        coalesce(sum(quantity) FILTER (WHERE quantity_unit = 'units' AND status IN ('pledged', 'funded')
            AND category IN ('tank', 'ifv_apc', 'artillery', 'mlrs', 'air_defence', 'aircraft')), 0) AS heavy_pledged,
        coalesce(sum(quantity) FILTER (WHERE quantity_unit = 'units' AND status = 'delivered'
            AND category IN ('tank', 'ifv_apc', 'artillery', 'mlrs', 'air_defence', 'aircraft')), 0) AS heavy_delivered,
        -- money: 0 when the month holds none, NULL (unknown, never 0) when none of it converts;
        -- summed exact (internal.exact, sql/030_committed.sql: in any order the same), shown as DOUBLE
        CASE WHEN count(amount) FILTER (WHERE status IN ('pledged', 'funded') AND NOT is_component) = 0 THEN 0
             ELSE sum(internal.exact(amount_eur)) FILTER (WHERE status IN ('pledged', 'funded') AND NOT is_component) END AS pledged_eur,
        CASE WHEN count(amount) FILTER (WHERE status = 'delivered' AND NOT is_component) = 0 THEN 0
             ELSE sum(internal.exact(amount_eur)) FILTER (WHERE status = 'delivered' AND NOT is_component) END     AS delivered_eur,
        CASE WHEN count(amount) FILTER (WHERE status IN ('pledged', 'funded') AND NOT is_component) = 0 THEN 0
             ELSE sum(internal.exact(amount_usd)) FILTER (WHERE status IN ('pledged', 'funded') AND NOT is_component) END AS pledged_usd,
        CASE WHEN count(amount) FILTER (WHERE status = 'delivered' AND NOT is_component) = 0 THEN 0
             ELSE sum(internal.exact(amount_usd)) FILTER (WHERE status = 'delivered' AND NOT is_component) END     AS delivered_usd,
        count(*) FILTER (WHERE amount IS NOT NULL AND NOT is_component
                         AND status IN ('pledged', 'funded', 'delivered')
                         AND (amount_eur IS NULL OR amount_usd IS NULL))                  AS n_unconverted
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
    coalesce(m.n_events, 0)                                          AS n_events,
    coalesce(m.heavy_pledged, 0)                                     AS heavy_pledged,
    coalesce(m.heavy_delivered, 0)                                   AS heavy_delivered,
    -- a month without events holds no money (0); a month whose money does not convert is NULL
    CAST(CASE WHEN m.month IS NULL THEN 0 ELSE m.pledged_eur END AS DOUBLE)   AS pledged_eur,
    CAST(CASE WHEN m.month IS NULL THEN 0 ELSE m.delivered_eur END AS DOUBLE) AS delivered_eur,
    CAST(CASE WHEN m.month IS NULL THEN 0 ELSE m.pledged_usd END AS DOUBLE)   AS pledged_usd,
    CAST(CASE WHEN m.month IS NULL THEN 0 ELSE m.delivered_usd END AS DOUBLE) AS delivered_usd,
    coalesce(m.n_unconverted, 0)                                     AS n_unconverted,
    sum(coalesce(m.heavy_pledged, 0)) OVER (ORDER BY months.month)   AS cum_heavy_pledged,
    sum(coalesce(m.heavy_delivered, 0)) OVER (ORDER BY months.month) AS cum_heavy_delivered,
    CAST(sum(coalesce(m.pledged_eur, 0)) OVER (ORDER BY months.month) AS DOUBLE) AS cum_pledged_eur,
    CAST(sum(coalesce(m.pledged_usd, 0)) OVER (ORDER BY months.month) AS DOUBLE) AS cum_pledged_usd,
    -- the events of money left out of the cumulative sums so far (not converted)
    sum(coalesce(m.n_unconverted, 0)) OVER (ORDER BY months.month)   AS cum_n_unconverted
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

-- Where a number comes from: every mention of every event, with its event's status and figure,
-- the sentence (quote) and the document's outlet, date and url (aidledger sources, api.sources).
CREATE OR REPLACE VIEW event_sources AS
SELECT
    e.event_id, e.donor, e.family, e.system AS event_system, e.category, e.status,
    e.quantity, e.quantity_unit, e.amount, e.currency, e.amount_eur, e.amount_usd,
    e.effective_date, e.n_mentions, e.is_running_total, e.is_component,
    p.pledge_id, p.system, p.doc_id, d.outlet, d.published, d.url, d.title,
    p.quote, p.span_start, p.span_end
FROM internal.events AS e
JOIN internal.mention_events AS m ON m.event_id = e.event_id
JOIN pledges AS p ON p.pledge_id = m.pledge_id
LEFT JOIN documents AS d ON d.doc_id = p.doc_id
ORDER BY e.donor, e.family, e.effective_date NULLS LAST, e.event_id, d.published NULLS LAST, p.doc_id, p.span_start;
