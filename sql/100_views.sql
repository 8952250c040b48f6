-- aidledger views. Plain SQL over the tables of 010_tables.sql and 020_fx.sql: they work in any
-- DuckDB client, with or without the aidledger package. Every view is CREATE OR REPLACE.
--
-- Money conversion: an as-of join on fx_rates. A pledge's rate is the latest ECB rate published
-- on or before its fx_date (weekends and holidays take the previous working day), where
-- fx_date = the announcement date, or the document's publication date when the text gives none.
-- A date outside the currency's range of rates (fx_bounds) gives NULL amounts and an fx_note.
-- amount_eur = amount / per_eur(currency); amount_usd = amount_eur * per_eur('USD').

-- Each pledge with its amount in EUR and USD, and how the rate was chosen.
CREATE OR REPLACE VIEW pledges_fx AS
WITH base AS (
    SELECT
        p.*,
        CASE WHEN p.amount IS NULL THEN NULL ELSE coalesce(p.date, p.published) END AS fx_date,
        CASE
            WHEN p.amount IS NULL THEN 'none'
            WHEN p.date IS NOT NULL THEN 'announcement'
            WHEN p.published IS NOT NULL THEN 'publication'
            ELSE 'none'
        END AS fx_basis
    FROM pledges AS p
),
with_cur AS (
    SELECT b.*, r.date AS cur_rate_date, r.per_eur AS cur_per_eur
    FROM base AS b
    ASOF LEFT JOIN fx_rates AS r ON r.currency = b.currency AND b.fx_date >= r.date
),
with_usd AS (
    SELECT c.*, u.date AS usd_rate_date, u.per_eur AS usd_per_eur_raw
    FROM with_cur AS c
    ASOF LEFT JOIN (SELECT date, per_eur FROM fx_rates WHERE currency = 'USD') AS u
        ON c.fx_date >= u.date
),
checked AS (
    SELECT
        w.*,
        cb.first_date AS cur_first, cb.last_date AS cur_last,
        ub.first_date AS usd_first, ub.last_date AS usd_last,
        (w.currency = 'EUR' OR (cb.currency IS NOT NULL AND w.fx_date BETWEEN cb.first_date AND cb.last_date))
            AS cur_ok,
        (ub.currency IS NOT NULL AND w.fx_date BETWEEN ub.first_date AND ub.last_date) AS usd_ok
    FROM with_usd AS w
    LEFT JOIN fx_bounds AS cb ON cb.currency = w.currency
    LEFT JOIN fx_bounds AS ub ON ub.currency = 'USD'
)
SELECT
    pledge_id, doc_id, donor, recipient, system, category, quantity, quantity_unit,
    amount, currency, status, date, published, quote, span_start, span_end,
    stated_amount, stated_currency, item_text, notes,
    CASE WHEN cur_ok THEN
        CASE WHEN currency = 'EUR' THEN CAST(amount AS DOUBLE) ELSE CAST(amount AS DOUBLE) / cur_per_eur END
    END AS amount_eur,
    CASE WHEN cur_ok AND usd_ok THEN
        CASE WHEN currency = 'EUR' THEN CAST(amount AS DOUBLE) ELSE CAST(amount AS DOUBLE) / cur_per_eur END
        * usd_per_eur_raw
    END AS amount_usd,
    fx_date,
    CASE WHEN cur_ok THEN
        CASE WHEN currency = 'EUR' THEN (CASE WHEN usd_ok THEN usd_rate_date END) ELSE cur_rate_date END
    END AS fx_rate_date,
    CASE WHEN cur_ok THEN CASE WHEN currency = 'EUR' THEN 1.0 ELSE cur_per_eur END END AS per_eur,
    CASE WHEN usd_ok THEN usd_per_eur_raw END AS usd_per_eur,
    fx_basis,
    CASE
        WHEN amount IS NULL THEN NULL
        WHEN currency IS NULL THEN 'no currency'
        WHEN fx_date IS NULL THEN 'no date: announcement and publication dates unknown'
        WHEN currency <> 'EUR' AND cur_first IS NULL THEN 'no ECB rates for ' || currency
        WHEN NOT cur_ok THEN 'date outside the ECB rates for ' || currency || ' ('
            || CAST(cur_first AS VARCHAR) || ' to ' || CAST(cur_last AS VARCHAR) || ')'
        WHEN NOT usd_ok THEN 'date outside the ECB rates for USD ('
            || coalesce(CAST(usd_first AS VARCHAR), '?') || ' to ' || coalesce(CAST(usd_last AS VARCHAR), '?')
            || '): no amount_usd'
    END AS fx_note
FROM checked;

-- Totals per donor. Quantities count items (quantity_unit = 'units') per status; rounds of
-- ammunition are summed apart. Money counts pledged, delivered and funded records (not
-- considering or refused), converted at each record's own date.
CREATE OR REPLACE VIEW by_donor AS
SELECT
    donor,
    count(*) AS n_records,
    count(DISTINCT doc_id) AS n_documents,
    coalesce(sum(quantity) FILTER (WHERE quantity_unit = 'units' AND status = 'pledged'), 0) AS pledged,
    coalesce(sum(quantity) FILTER (WHERE quantity_unit = 'units' AND status = 'delivered'), 0) AS delivered,
    coalesce(sum(quantity) FILTER (WHERE quantity_unit = 'units' AND status = 'funded'), 0) AS funded,
    coalesce(sum(quantity) FILTER (WHERE quantity_unit = 'units' AND status = 'considering'), 0) AS considering,
    coalesce(sum(quantity) FILTER (WHERE quantity_unit = 'units' AND status = 'refused'), 0) AS refused,
    coalesce(sum(quantity) FILTER (WHERE quantity_unit = 'rounds'
                                   AND status IN ('pledged', 'delivered', 'funded')), 0) AS rounds,
    coalesce(sum(amount_eur) FILTER (WHERE status IN ('pledged', 'delivered', 'funded')), 0) AS amount_eur,
    coalesce(sum(amount_usd) FILTER (WHERE status IN ('pledged', 'delivered', 'funded')), 0) AS amount_usd,
    min(coalesce(date, published)) AS first_date,
    max(coalesce(date, published)) AS last_date
FROM pledges_fx
GROUP BY donor
ORDER BY amount_eur DESC, pledged + delivered + funded DESC, donor;

-- Totals per donor and system (one row per donor, system and quantity unit).
CREATE OR REPLACE VIEW by_donor_system AS
SELECT
    donor, system, category, quantity_unit,
    count(*) AS n_records,
    coalesce(sum(quantity) FILTER (WHERE status = 'pledged'), 0) AS pledged,
    coalesce(sum(quantity) FILTER (WHERE status = 'delivered'), 0) AS delivered,
    coalesce(sum(quantity) FILTER (WHERE status = 'funded'), 0) AS funded,
    coalesce(sum(quantity) FILTER (WHERE status = 'considering'), 0) AS considering,
    coalesce(sum(quantity) FILTER (WHERE status = 'refused'), 0) AS refused,
    coalesce(sum(amount_eur) FILTER (WHERE status IN ('pledged', 'delivered', 'funded')), 0) AS amount_eur,
    coalesce(sum(amount_usd) FILTER (WHERE status IN ('pledged', 'delivered', 'funded')), 0) AS amount_usd,
    min(coalesce(date, published)) AS first_date,
    max(coalesce(date, published)) AS last_date
FROM pledges_fx
GROUP BY donor, system, category, quantity_unit
ORDER BY donor, category, system, quantity_unit;

-- Totals per system, over all donors.
CREATE OR REPLACE VIEW by_system AS
SELECT
    system, category, quantity_unit,
    count(DISTINCT donor) AS n_donors,
    count(*) AS n_records,
    coalesce(sum(quantity) FILTER (WHERE status = 'pledged'), 0) AS pledged,
    coalesce(sum(quantity) FILTER (WHERE status = 'delivered'), 0) AS delivered,
    coalesce(sum(quantity) FILTER (WHERE status = 'funded'), 0) AS funded,
    coalesce(sum(quantity) FILTER (WHERE status = 'considering'), 0) AS considering,
    coalesce(sum(quantity) FILTER (WHERE status = 'refused'), 0) AS refused,
    coalesce(sum(amount_eur) FILTER (WHERE status IN ('pledged', 'delivered', 'funded')), 0) AS amount_eur,
    coalesce(sum(amount_usd) FILTER (WHERE status IN ('pledged', 'delivered', 'funded')), 0) AS amount_usd,
    list(DISTINCT donor ORDER BY donor) AS donors
FROM pledges_fx
GROUP BY system, category, quantity_unit
ORDER BY pledged + delivered + funded DESC, amount_eur DESC, system;

-- Totals per category (tank, artillery, ..., money).
CREATE OR REPLACE VIEW by_category AS
SELECT
    category, quantity_unit,
    count(DISTINCT donor) AS n_donors,
    count(*) AS n_records,
    coalesce(sum(quantity) FILTER (WHERE status = 'pledged'), 0) AS pledged,
    coalesce(sum(quantity) FILTER (WHERE status = 'delivered'), 0) AS delivered,
    coalesce(sum(quantity) FILTER (WHERE status = 'funded'), 0) AS funded,
    coalesce(sum(quantity) FILTER (WHERE status = 'considering'), 0) AS considering,
    coalesce(sum(quantity) FILTER (WHERE status = 'refused'), 0) AS refused,
    coalesce(sum(amount_eur) FILTER (WHERE status IN ('pledged', 'delivered', 'funded')), 0) AS amount_eur,
    coalesce(sum(amount_usd) FILTER (WHERE status IN ('pledged', 'delivered', 'funded')), 0) AS amount_usd
FROM pledges_fx
GROUP BY category, quantity_unit
ORDER BY category, quantity_unit;

-- Totals per calendar month of the announcement (publication date when the text gives none).
CREATE OR REPLACE VIEW by_month AS
SELECT
    CAST(date_trunc('month', coalesce(date, published)) AS DATE) AS month,
    count(*) AS n_records,
    count(DISTINCT donor) AS n_donors,
    coalesce(sum(quantity) FILTER (WHERE quantity_unit = 'units' AND status = 'pledged'), 0) AS pledged,
    coalesce(sum(quantity) FILTER (WHERE quantity_unit = 'units' AND status = 'delivered'), 0) AS delivered,
    coalesce(sum(quantity) FILTER (WHERE quantity_unit = 'units' AND status = 'funded'), 0) AS funded,
    coalesce(sum(amount_eur) FILTER (WHERE status IN ('pledged', 'delivered', 'funded')), 0) AS amount_eur,
    coalesce(sum(amount_usd) FILTER (WHERE status IN ('pledged', 'delivered', 'funded')), 0) AS amount_usd
FROM pledges_fx
GROUP BY ALL
ORDER BY month NULLS LAST;

-- Totals per status.
CREATE OR REPLACE VIEW by_status AS
SELECT
    status, quantity_unit,
    count(*) AS n_records,
    count(DISTINCT donor) AS n_donors,
    coalesce(sum(quantity), 0) AS quantity,
    coalesce(sum(amount_eur), 0) AS amount_eur,
    coalesce(sum(amount_usd), 0) AS amount_usd
FROM pledges_fx
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
