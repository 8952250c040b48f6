-- What aid is worth (issue 15): a value for every pledge event, from money the text states or
-- from the count times a published unit price (table prices, sql/400_prices.sql), and totals of
-- money plus value. Plain SQL over pledge_events (sql/050_events.sql), fx_rates and prices: the
-- views work in any DuckDB client. The rules are documented in docs/methodology.md ("What aid is
-- worth").
--
-- Basis of an event's value (event_values.basis):
--   stated     the text attaches money to the event (pledge_events.amount): that amount at the ECB
--              rate of its first mention. Stated money always wins over an estimate.
--   estimated  count x unit price: quantity x prices.price (the system's own row, else its
--              family's), with low and high from prices.low and prices.high; the price is
--              brought from its year to the year of the event's effective date with the HICP
--              series (price_factor = hicp_index of the event's year / hicp_index of the price
--              year; a year before the series counts as its first year, a year after it as its
--              last; 1 when the price is of the event's year or later) and converted from its
--              currency at the ECB rate of the event's effective date.
--              price_basis says whether the row is a published price of the system (own) or a
--              price by analogy with a comparable system (analogy, price_analog names it);
--              the totals count the estimates by analogy apart as well (n_by_analogy,
--              by_analogy_eur), so that a reader can leave them out.
--   in_package the event is part of a money package whose total is counted (a package part, or an
--              item named in the document of a package total of the same donor): its value is in
--              the package total (valued_in), so it is never valued a second time.
--   unvalued   none of the above (no price, no count, a count in another unit, no exchange rate,
--              or a running total): value columns are NULL, never 0, and reason says why.
-- An event counts in the totals (counted) when its status is pledged, delivered or funded, it is
-- not a running total and not in a package. Estimates follow the "committed" rule of every total
-- (sql/030_committed.sql): per donor and family, the value committed = greatest(value delivered,
-- value pledged (and funded) + the value of the deliveries left uncovered at a pledge of more),
-- so a delivery that fulfils a pledge is not valued twice and a pledge of "12 more" is valued on
-- top of the deliveries before it. Each estimate counts with its counted_share, so that the family
-- adds up to that value. Stated money follows the money totals of 200_analytics.sql (money_by_donor:
-- pledged, delivered and funded).

-- The HICP rates of sql/405_hicp.sql chained into an index: the first year of the series = 100,
-- each next year x (1 + rate / 100). It brings unit prices to their event's year (event_values)
-- and values to one year (value_by_donor_constant, sql/420_constant_eur.sql).
CREATE OR REPLACE VIEW hicp_index AS
SELECT
    year,
    annual_rate,
    100 * exp(sum(CASE WHEN year > (SELECT min(year) FROM hicp) THEN ln(1 + CAST(annual_rate AS DOUBLE) / 100)
                       ELSE 0 END) OVER (ORDER BY year)) AS hicp_index,
    source_publisher,
    source_url
FROM hicp
ORDER BY year;

-- Each pledge event with its value, basis and price.
CREATE OR REPLACE VIEW event_values AS
WITH e AS (
    SELECT ev.*, ev.effective_date AS value_date
    FROM pledge_events AS ev
),
package_docs AS (
    -- the documents holding a money package total, per donor, with the total's event
    SELECT p.doc_id, p.donor, min(me.package_event_id) AS package_event_id
    FROM internal.mention_events AS me
    JOIN pledges AS p ON p.pledge_id = me.package_pledge_id
    WHERE me.package_pledge_id IS NOT NULL
    GROUP BY p.doc_id, p.donor
),
priced AS (
    SELECT
        e.*,
        pd.package_event_id AS document_package_event_id,
        coalesce(own.system, fam.system) AS price_system,
        coalesce(own.condition, fam.condition) AS price_condition,
        coalesce(own.quantity_unit, fam.quantity_unit) AS price_quantity_unit,
        CAST(coalesce(own.price, fam.price) AS DOUBLE) AS unit_price,
        CAST(coalesce(own.low, fam.low) AS DOUBLE) AS unit_low,
        CAST(coalesce(own.high, fam.high) AS DOUBLE) AS unit_high,
        coalesce(own.currency, fam.currency) AS price_currency,
        coalesce(own.price_year, fam.price_year) AS price_year,
        coalesce(own.source_url, fam.source_url) AS price_source_url,
        coalesce(own.basis, fam.basis) AS price_basis,
        coalesce(own.analog, fam.analog) AS price_analog
    FROM e
    LEFT JOIN prices AS own ON own.system = e.system
    LEFT JOIN prices AS fam ON fam.system = e.family AND own.system IS NULL
    LEFT JOIN package_docs AS pd ON pd.doc_id = e.first_doc_id AND pd.donor = e.donor
        AND pd.package_event_id IS DISTINCT FROM e.event_id
),
with_rate AS (
    SELECT p.*, r.per_eur AS price_per_eur, r.date AS price_rate_date
    FROM priced AS p
    ASOF LEFT JOIN fx_rates AS r ON r.currency = p.price_currency AND p.value_date >= r.date
),
with_usd AS (
    SELECT w.*, u.per_eur AS usd_per_eur_raw, u.date AS usd_rate_date
    FROM with_rate AS w
    ASOF LEFT JOIN (SELECT date, per_eur FROM fx_rates WHERE currency = 'USD') AS u ON w.value_date >= u.date
),
checked AS (
    SELECT
        w.*,
        (w.price_currency = 'EUR' OR (cb.currency IS NOT NULL AND w.value_date BETWEEN cb.first_date AND cb.last_date))
            AS price_fx_ok,
        (ub.currency IS NOT NULL AND w.value_date BETWEEN ub.first_date AND ub.last_date) AS usd_ok
    FROM with_usd AS w
    LEFT JOIN fx_bounds AS cb ON cb.currency = w.price_currency
    LEFT JOIN fx_bounds AS ub ON ub.currency = 'USD'
),
classified AS (
    SELECT
        c.*,
        CASE
            WHEN is_running_total THEN 'unvalued'
            WHEN is_component THEN 'in_package'
            WHEN amount IS NOT NULL THEN 'stated'
            WHEN document_package_event_id IS NOT NULL THEN 'in_package'
            WHEN unit_price IS NULL OR quantity IS NULL OR quantity <= 0
                 OR quantity_unit IS DISTINCT FROM price_quantity_unit
                 OR value_date IS NULL OR NOT price_fx_ok OR NOT usd_ok THEN 'unvalued'
            ELSE 'estimated'
        END AS basis,
        CASE
            WHEN is_running_total THEN 'running total: never summed'
            WHEN is_component THEN 'a part of a money package: valued by its total'
            WHEN amount IS NOT NULL AND amount_eur IS NULL THEN 'stated money without an exchange rate'
            WHEN amount IS NOT NULL THEN NULL
            WHEN document_package_event_id IS NOT NULL THEN 'named in the document of a package total: valued by it'
            WHEN unit_price IS NULL THEN 'no price for ' || coalesce(family, system)
            WHEN quantity IS NULL OR quantity <= 0 THEN 'no count'
            WHEN quantity_unit IS DISTINCT FROM price_quantity_unit
                THEN 'counted in ' || coalesce(quantity_unit, '?') || ', priced per ' || price_quantity_unit
            WHEN value_date IS NULL THEN 'no date: announcement and publication dates unknown'
            WHEN NOT price_fx_ok THEN 'no ECB rate for ' || price_currency || ' on ' || CAST(value_date AS VARCHAR)
            WHEN NOT usd_ok THEN 'no ECB rate for USD on ' || CAST(value_date AS VARCHAR)
        END AS reason
    FROM checked AS c
),
series AS (
    SELECT min(year) AS first_year, max(year) AS last_year FROM hicp
),
factored AS (
    -- price_factor: a price of its year in money of the event's year (HICP), never below 1: a
    -- price of the event's year or later is taken as it is
    SELECT
        k.*,
        CASE WHEN k.basis <> 'estimated' THEN NULL
             WHEN k.price_year >= year(k.value_date) THEN 1.0
             ELSE coalesce(ie.hicp_index / ip.hicp_index, 1.0) END AS price_factor
    FROM classified AS k
    CROSS JOIN series AS s
    LEFT JOIN hicp_index AS ie ON ie.year = least(greatest(year(k.value_date), s.first_year), s.last_year)
    LEFT JOIN hicp_index AS ip ON ip.year = least(greatest(k.price_year, s.first_year), s.last_year)
),
valued AS (
    SELECT
        k.*,
        CASE WHEN basis = 'estimated' THEN quantity * unit_price * price_factor
                  / CASE WHEN price_currency = 'EUR' THEN 1.0 ELSE price_per_eur END END AS est_eur,
        CASE WHEN basis = 'estimated' THEN quantity * unit_low * price_factor
                  / CASE WHEN price_currency = 'EUR' THEN 1.0 ELSE price_per_eur END END AS est_low_eur,
        CASE WHEN basis = 'estimated' THEN quantity * unit_high * price_factor
                  / CASE WHEN price_currency = 'EUR' THEN 1.0 ELSE price_per_eur END END AS est_high_eur
    FROM factored AS k
),
estimates AS (
    -- (v: internal.exact, so that a family's sums are the same in any order)
    SELECT recipient AS k, donor, family, status, is_additional, effective_date, event_id, internal.exact(est_eur) AS v
    FROM valued
    WHERE basis = 'estimated'
),
family_sides AS (
    -- per donor x family, the estimated value pledged (or funded), delivered, left uncovered at a
    -- pledge of more and committed: the rule of every total (internal.family_sides,
    -- sql/030_committed.sql)
    SELECT k AS recipient, donor, family, pledged AS pledged_eur, delivered AS delivered_eur,
        uncovered AS uncovered_eur
    FROM internal.family_sides(estimates)
),
shared AS (
    -- share: the part of an estimate the totals add, so that a family adds up to what is committed
    -- of it. When the deliveries outweigh the pledges and what they leave uncovered, the
    -- deliveries count (1) and the pledges not (0); otherwise the pledges count (1) and of the
    -- deliveries the part left uncovered by them (uncovered / delivered: 0 without a pledge of
    -- more). Stated money always counts whole (1).
    SELECT
        v.*,
        CASE
            WHEN v.basis <> 'estimated' THEN 1.0
            WHEN fs.delivered_eur > fs.pledged_eur + fs.uncovered_eur THEN CASE WHEN v.status = 'delivered' THEN 1.0 ELSE 0.0 END
            WHEN v.status = 'delivered' THEN coalesce(fs.uncovered_eur / nullif(fs.delivered_eur, 0), 0.0)
            ELSE 1.0
        END AS share
    FROM valued AS v
    LEFT JOIN family_sides AS fs
        ON fs.donor = v.donor AND fs.recipient IS NOT DISTINCT FROM v.recipient
        AND fs.family IS NOT DISTINCT FROM v.family AND v.basis = 'estimated'
),
counting AS (
    SELECT
        *,
        status IN ('pledged', 'delivered', 'funded') AND NOT is_running_total AND basis <> 'in_package'
            AND share > 0 AS counted
    FROM shared
)
SELECT
    v.event_id,
    v.donor,
    v.recipient,
    v.system,
    v.family,
    v.category,
    v.status,
    v.quantity,
    v.quantity_unit,
    v.amount,
    v.currency,
    v.effective_date,
    CAST(date_trunc('month', v.effective_date) AS DATE) AS month,
    v.basis,
    CASE WHEN v.basis = 'stated' THEN v.amount_eur ELSE v.est_eur END AS value_eur,
    CASE WHEN v.basis = 'stated' THEN v.amount_usd ELSE v.est_eur * v.usd_per_eur_raw END AS value_usd,
    CASE WHEN v.basis = 'stated' THEN v.amount_eur ELSE v.est_low_eur END AS low_eur,
    CASE WHEN v.basis = 'stated' THEN v.amount_eur ELSE v.est_high_eur END AS high_eur,
    CASE WHEN v.basis = 'stated' THEN v.amount_usd ELSE v.est_low_eur * v.usd_per_eur_raw END AS low_usd,
    CASE WHEN v.basis = 'stated' THEN v.amount_usd ELSE v.est_high_eur * v.usd_per_eur_raw END AS high_usd,
    CASE WHEN v.basis = 'stated' THEN v.amount_eur END AS stated_eur,
    CASE WHEN v.basis = 'stated' THEN v.amount_usd END AS stated_usd,
    v.est_eur AS estimated_eur,
    v.est_eur * v.usd_per_eur_raw AS estimated_usd,
    v.counted,
    CASE WHEN v.counted THEN v.share ELSE 0.0 END AS counted_share,
    CASE WHEN v.basis = 'in_package' THEN coalesce(v.package_event_id, v.document_package_event_id) END AS valued_in,
    v.price_system,
    v.price_condition,
    v.unit_price,
    v.unit_low,
    v.unit_high,
    v.price_currency,
    v.price_year,
    v.price_factor,
    v.price_source_url,
    v.price_basis,
    v.price_analog,
    CASE WHEN v.basis = 'estimated' THEN coalesce(v.price_rate_date, v.usd_rate_date) END AS price_rate_date,
    v.reason,
    v.n_mentions,
    v.first_doc_id,
    v.quote
FROM counting AS v;

COMMENT ON VIEW event_values IS 'Each pledge event with its value in EUR and USD and its basis: stated (money in the text), estimated (count x unit price of the table prices, with low and high), in_package (valued by its package total) or unvalued (reason says why; values NULL, never 0).';
COMMENT ON COLUMN event_values.event_id IS 'pledge_events.event_id';
COMMENT ON COLUMN event_values.donor IS 'ISO 3166-1 alpha-3, or EU / NATO';
COMMENT ON COLUMN event_values.recipient IS 'ISO 3166-1 alpha-3 (UKR)';
COMMENT ON COLUMN event_values.system IS 'catalog name or generic item name';
COMMENT ON COLUMN event_values.family IS 'catalog family (variants sum to it)';
COMMENT ON COLUMN event_values.category IS 'tank, artillery, ..., money';
COMMENT ON COLUMN event_values.status IS 'pledged, delivered, funded, considering, refused';
COMMENT ON COLUMN event_values.quantity IS 'how many, in quantity_unit';
COMMENT ON COLUMN event_values.quantity_unit IS 'units or rounds';
COMMENT ON COLUMN event_values.amount IS 'money stated in the text, in currency';
COMMENT ON COLUMN event_values.currency IS 'ISO 4217 code of amount';
COMMENT ON COLUMN event_values.effective_date IS 'announcement date, else publication date: the date of the exchange rate';
COMMENT ON COLUMN event_values.month IS 'first day of the month of effective_date';
COMMENT ON COLUMN event_values.basis IS 'stated, estimated, in_package or unvalued';
COMMENT ON COLUMN event_values.value_eur IS 'the value in EUR (stated or estimated); NULL when unknown';
COMMENT ON COLUMN event_values.value_usd IS 'the value in USD at the ECB rate of the same day; NULL when unknown';
COMMENT ON COLUMN event_values.low_eur IS 'low end of the value in EUR (count x low unit price; stated money: the amount)';
COMMENT ON COLUMN event_values.high_eur IS 'high end of the value in EUR (count x high unit price; stated money: the amount)';
COMMENT ON COLUMN event_values.low_usd IS 'low end of the value in USD';
COMMENT ON COLUMN event_values.high_usd IS 'high end of the value in USD';
COMMENT ON COLUMN event_values.stated_eur IS 'the value when its basis is stated, EUR';
COMMENT ON COLUMN event_values.stated_usd IS 'the value when its basis is stated, USD';
COMMENT ON COLUMN event_values.estimated_eur IS 'the value when its basis is estimated (count x unit price), EUR';
COMMENT ON COLUMN event_values.estimated_usd IS 'the value when its basis is estimated, USD';
COMMENT ON COLUMN event_values.counted IS 'true when the totals add this event, or a part of it (pledged, delivered or funded; not a running total, not in a package; for estimates, counted_share > 0)';
COMMENT ON COLUMN event_values.counted_share IS 'the part of the value the totals add: 1 for stated money; for estimates, so that a donor and family add up to what is committed of it (sql/030_committed.sql); 0 when not counted';
COMMENT ON COLUMN event_values.valued_in IS 'for basis in_package: the event_id of the package total that carries the value';
COMMENT ON COLUMN event_values.price_system IS 'the row of prices used: the system itself or its family';
COMMENT ON COLUMN event_values.price_condition IS 'new, used or refurbished: what the unit price is for';
COMMENT ON COLUMN event_values.unit_price IS 'price of one item, in price_currency of price_year';
COMMENT ON COLUMN event_values.price_factor IS 'for estimates: the unit price brought from price_year to the year of effective_date with the HICP series (hicp_index of that year / of price_year; a year outside the series counts as its nearest end; 1 when the price is of that year or later)';
COMMENT ON COLUMN event_values.unit_low IS 'low bound of the unit price, price_currency';
COMMENT ON COLUMN event_values.unit_high IS 'high bound of the unit price, price_currency';
COMMENT ON COLUMN event_values.price_currency IS 'ISO 4217 code of the unit price';
COMMENT ON COLUMN event_values.price_year IS 'the year the unit price is of';
COMMENT ON COLUMN event_values.price_source_url IS 'where the unit price comes from (prices.source_url)';
COMMENT ON COLUMN event_values.price_basis IS 'own (a published price of the system or its family) or analogy (the price of a comparable system)';
COMMENT ON COLUMN event_values.price_analog IS 'for price_basis analogy: the system whose published price is used';
COMMENT ON COLUMN event_values.price_rate_date IS 'date of the ECB rate that converted the unit price (estimated values)';
COMMENT ON COLUMN event_values.reason IS 'why the event has no value of its own (NULL when it has one)';
COMMENT ON COLUMN event_values.n_mentions IS 'mentions grouped into the event';
COMMENT ON COLUMN event_values.first_doc_id IS 'document of the first mention';
COMMENT ON COLUMN event_values.quote IS 'the first mention''s quote';

-- The totals. value_cells aggregates event_values once per donor, category and month; the
-- value_by_* views add its cells up. stated_* add stated money, estimated_* the estimates (with
-- their low and high ends), total_* both; each is NULL (never 0) when no counted event of the group
-- has that kind of value. share_valued = events valued (stated, estimated or in a package) / events
-- with status pledged, delivered or funded that are not running totals. Money and values are summed
-- exact (internal.exact of sql/030_committed.sql: the same total in any order) and shown as DOUBLE.
CREATE OR REPLACE VIEW value_cells AS
SELECT
    donor, category, month,
    count(*) FILTER (WHERE countable) AS n_events,
    count(*) FILTER (WHERE countable AND basis = 'stated' AND value_eur IS NOT NULL) AS n_stated,
    count(*) FILTER (WHERE countable AND basis = 'estimated') AS n_estimated,
    count(*) FILTER (WHERE countable AND basis = 'estimated' AND price_basis = 'analogy') AS n_by_analogy,
    count(*) FILTER (WHERE countable AND basis = 'in_package') AS n_in_package,
    count(*) FILTER (WHERE countable AND basis <> 'in_package' AND value_eur IS NULL) AS n_unvalued,
    CAST(sum(internal.exact(stated_eur)) FILTER (WHERE counted) AS DOUBLE) AS stated_eur,
    CAST(sum(internal.exact(estimated_eur * counted_share)) FILTER (WHERE counted) AS DOUBLE) AS estimated_eur,
    CAST(sum(internal.exact(low_eur * counted_share)) FILTER (WHERE counted AND basis = 'estimated') AS DOUBLE) AS estimated_low_eur,
    CAST(sum(internal.exact(high_eur * counted_share)) FILTER (WHERE counted AND basis = 'estimated') AS DOUBLE) AS estimated_high_eur,
    CAST(sum(internal.exact(estimated_eur * counted_share)) FILTER (WHERE counted AND price_basis = 'analogy') AS DOUBLE) AS by_analogy_eur,
    CAST(sum(internal.exact(stated_usd)) FILTER (WHERE counted) AS DOUBLE) AS stated_usd,
    CAST(sum(internal.exact(estimated_usd * counted_share)) FILTER (WHERE counted) AS DOUBLE) AS estimated_usd,
    CAST(sum(internal.exact(low_usd * counted_share)) FILTER (WHERE counted AND basis = 'estimated') AS DOUBLE) AS estimated_low_usd,
    CAST(sum(internal.exact(high_usd * counted_share)) FILTER (WHERE counted AND basis = 'estimated') AS DOUBLE) AS estimated_high_usd,
    CAST(sum(internal.exact(estimated_usd * counted_share)) FILTER (WHERE counted AND price_basis = 'analogy') AS DOUBLE) AS by_analogy_usd
FROM (
    SELECT *, status IN ('pledged', 'delivered', 'funded') AND reason IS DISTINCT FROM 'running total: never summed'
        AS countable
    FROM event_values
)
GROUP BY donor, category, month;

COMMENT ON VIEW value_cells IS 'What the value_by_* views add up: event_values aggregated per donor, category and month (month NULL: undated events).';
COMMENT ON COLUMN value_cells.donor IS 'ISO 3166-1 alpha-3, or EU / NATO';
COMMENT ON COLUMN value_cells.category IS 'tank, artillery, ..., money';
COMMENT ON COLUMN value_cells.month IS 'first day of the month of the events'' effective date (NULL: undated)';
COMMENT ON COLUMN value_cells.n_events IS 'events with status pledged, delivered or funded that are not running totals';
COMMENT ON COLUMN value_cells.n_stated IS 'of them, events valued by stated money';
COMMENT ON COLUMN value_cells.n_estimated IS 'of them, events valued by an estimate (count x unit price)';
COMMENT ON COLUMN value_cells.n_by_analogy IS 'of the estimated events, those priced by analogy with a comparable system (prices.basis analogy)';
COMMENT ON COLUMN value_cells.n_in_package IS 'of them, events valued by the total of their package';
COMMENT ON COLUMN value_cells.n_unvalued IS 'of them, events without a value (event_values.reason says why)';
COMMENT ON COLUMN value_cells.stated_eur IS 'stated money of the counted events, EUR (NULL: none)';
COMMENT ON COLUMN value_cells.estimated_eur IS 'estimated value of the counted events, EUR (NULL: none)';
COMMENT ON COLUMN value_cells.estimated_low_eur IS 'low end of the estimated value, EUR';
COMMENT ON COLUMN value_cells.estimated_high_eur IS 'high end of the estimated value, EUR';
COMMENT ON COLUMN value_cells.by_analogy_eur IS 'the part of estimated_eur priced by analogy, EUR (NULL: none)';
COMMENT ON COLUMN value_cells.stated_usd IS 'stated money, USD at the ECB rate of each event''s day';
COMMENT ON COLUMN value_cells.estimated_usd IS 'estimated value, USD';
COMMENT ON COLUMN value_cells.estimated_low_usd IS 'low end of the estimated value, USD';
COMMENT ON COLUMN value_cells.estimated_high_usd IS 'high end of the estimated value, USD';
COMMENT ON COLUMN value_cells.by_analogy_usd IS 'the part of estimated_usd priced by analogy, USD';

-- The totals of value_cells per group, with total_* and share_valued. keys: a regular expression
-- naming the grouping columns ('^(donor|category)$'); dated: leave undated events (month NULL) out.
CREATE OR REPLACE MACRO value_totals(keys, dated) AS TABLE
WITH g AS (
    SELECT COLUMNS(keys), CAST(sum(COLUMNS('^n_')) AS BIGINT), CAST(sum(internal.exact(COLUMNS('_(eur|usd)$'))) AS DOUBLE)
    FROM value_cells
    WHERE month IS NOT NULL OR NOT dated
    GROUP BY ALL
)
SELECT
    *,
    CASE WHEN stated_eur IS NULL AND estimated_eur IS NULL THEN NULL
         ELSE coalesce(stated_eur, 0) + coalesce(estimated_eur, 0) END AS total_eur,
    CASE WHEN stated_eur IS NULL AND estimated_low_eur IS NULL THEN NULL
         ELSE coalesce(stated_eur, 0) + coalesce(estimated_low_eur, 0) END AS total_low_eur,
    CASE WHEN stated_eur IS NULL AND estimated_high_eur IS NULL THEN NULL
         ELSE coalesce(stated_eur, 0) + coalesce(estimated_high_eur, 0) END AS total_high_eur,
    CASE WHEN stated_usd IS NULL AND estimated_usd IS NULL THEN NULL
         ELSE coalesce(stated_usd, 0) + coalesce(estimated_usd, 0) END AS total_usd,
    CASE WHEN stated_usd IS NULL AND estimated_low_usd IS NULL THEN NULL
         ELSE coalesce(stated_usd, 0) + coalesce(estimated_low_usd, 0) END AS total_low_usd,
    CASE WHEN stated_usd IS NULL AND estimated_high_usd IS NULL THEN NULL
         ELSE coalesce(stated_usd, 0) + coalesce(estimated_high_usd, 0) END AS total_high_usd,
    CASE WHEN n_events > 0 THEN (n_stated + n_estimated + n_in_package) / n_events END AS share_valued
FROM g;

CREATE OR REPLACE VIEW value_by_donor AS
SELECT * FROM value_totals('^(donor)$', false)
ORDER BY total_eur DESC NULLS LAST, donor;

COMMENT ON VIEW value_by_donor IS 'Money plus value per donor: stated money and estimated value side by side, the low-high range of the estimate, the total, and the share of events valued (event_values).';
COMMENT ON COLUMN value_by_donor.donor IS 'ISO 3166-1 alpha-3, or EU / NATO';
COMMENT ON COLUMN value_by_donor.n_events IS 'events with status pledged, delivered or funded that are not running totals';
COMMENT ON COLUMN value_by_donor.n_stated IS 'of them, events valued by stated money';
COMMENT ON COLUMN value_by_donor.n_estimated IS 'of them, events valued by an estimate (count x unit price)';
COMMENT ON COLUMN value_by_donor.n_by_analogy IS 'of the estimated events, those priced by analogy with a comparable system (prices.basis analogy)';
COMMENT ON COLUMN value_by_donor.n_in_package IS 'of them, events valued by the total of their package';
COMMENT ON COLUMN value_by_donor.n_unvalued IS 'of them, events without a value (event_values.reason says why)';
COMMENT ON COLUMN value_by_donor.stated_eur IS 'stated money of the counted events, EUR (NULL: none)';
COMMENT ON COLUMN value_by_donor.estimated_eur IS 'estimated value of the counted events, EUR (NULL: none)';
COMMENT ON COLUMN value_by_donor.estimated_low_eur IS 'low end of the estimated value, EUR';
COMMENT ON COLUMN value_by_donor.estimated_high_eur IS 'high end of the estimated value, EUR';
COMMENT ON COLUMN value_by_donor.by_analogy_eur IS 'the part of estimated_eur priced by analogy, EUR (NULL: none)';
COMMENT ON COLUMN value_by_donor.stated_usd IS 'stated money, USD at the ECB rate of each event''s day';
COMMENT ON COLUMN value_by_donor.estimated_usd IS 'estimated value, USD';
COMMENT ON COLUMN value_by_donor.estimated_low_usd IS 'low end of the estimated value, USD';
COMMENT ON COLUMN value_by_donor.estimated_high_usd IS 'high end of the estimated value, USD';
COMMENT ON COLUMN value_by_donor.by_analogy_usd IS 'the part of estimated_usd priced by analogy, USD';
COMMENT ON COLUMN value_by_donor.total_eur IS 'stated money plus estimated value, EUR (NULL when neither is known)';
COMMENT ON COLUMN value_by_donor.total_low_eur IS 'stated money plus the low estimate, EUR';
COMMENT ON COLUMN value_by_donor.total_high_eur IS 'stated money plus the high estimate, EUR';
COMMENT ON COLUMN value_by_donor.total_usd IS 'stated money plus estimated value, USD';
COMMENT ON COLUMN value_by_donor.total_low_usd IS 'stated money plus the low estimate, USD';
COMMENT ON COLUMN value_by_donor.total_high_usd IS 'stated money plus the high estimate, USD';
COMMENT ON COLUMN value_by_donor.share_valued IS '(n_stated + n_estimated + n_in_package) / n_events';

CREATE OR REPLACE VIEW value_by_donor_category AS
SELECT * FROM value_totals('^(donor|category)$', false)
ORDER BY donor, category;

COMMENT ON VIEW value_by_donor_category IS 'Money plus value per donor and category (the columns of value_by_donor).';
COMMENT ON COLUMN value_by_donor_category.category IS 'tank, artillery, ..., money';

CREATE OR REPLACE VIEW value_by_month AS
SELECT * FROM value_totals('^(month)$', true)
ORDER BY month;

COMMENT ON VIEW value_by_month IS 'Money plus value per calendar month of the events'' effective date (the columns of value_by_donor; undated events left out).';
COMMENT ON COLUMN value_by_month.month IS 'first day of the calendar month of the events'' effective date';

CREATE OR REPLACE VIEW value_by_donor_month AS
SELECT * FROM value_totals('^(donor|month)$', true)
ORDER BY donor, month;

COMMENT ON VIEW value_by_donor_month IS 'Money plus value per donor and calendar month (the columns of value_by_donor; undated events left out).';
COMMENT ON COLUMN value_by_donor_month.month IS 'first day of the calendar month';

-- Money plus value per donor as a share of the donor's GDP (table gdp, sql/210_gdp.sql).
CREATE OR REPLACE VIEW value_share_gdp AS
SELECT
    v.donor,
    g.name AS donor_name,
    v.stated_eur,
    v.estimated_eur,
    v.total_eur,
    v.total_low_eur,
    v.total_high_eur,
    CAST(g.gdp_eur_bn AS DOUBLE) * 1e9 AS gdp_eur,
    g.year AS gdp_year,
    100 * v.total_eur / (CAST(g.gdp_eur_bn AS DOUBLE) * 1e9) AS pct_of_gdp,
    100 * v.total_low_eur / (CAST(g.gdp_eur_bn AS DOUBLE) * 1e9) AS pct_of_gdp_low,
    100 * v.total_high_eur / (CAST(g.gdp_eur_bn AS DOUBLE) * 1e9) AS pct_of_gdp_high,
    g.source AS gdp_source
FROM value_by_donor AS v
LEFT JOIN gdp AS g ON g.donor = v.donor
ORDER BY pct_of_gdp DESC NULLS LAST, v.donor;

COMMENT ON VIEW value_share_gdp IS 'Money plus estimated value per donor as a percentage of its GDP, with the low-high range (GDP: table gdp, year and source per row; NULL for donors without one).';
COMMENT ON COLUMN value_share_gdp.donor IS 'ISO 3166-1 alpha-3, or EU / NATO';
COMMENT ON COLUMN value_share_gdp.donor_name IS 'the country''s common English name (table gdp)';
COMMENT ON COLUMN value_share_gdp.stated_eur IS 'stated money, EUR (value_by_donor)';
COMMENT ON COLUMN value_share_gdp.estimated_eur IS 'estimated value, EUR (value_by_donor)';
COMMENT ON COLUMN value_share_gdp.total_eur IS 'stated money plus estimated value, EUR';
COMMENT ON COLUMN value_share_gdp.total_low_eur IS 'stated money plus the low estimate, EUR';
COMMENT ON COLUMN value_share_gdp.total_high_eur IS 'stated money plus the high estimate, EUR';
COMMENT ON COLUMN value_share_gdp.gdp_eur IS 'GDP of gdp_year, EUR, current prices';
COMMENT ON COLUMN value_share_gdp.gdp_year IS 'the year of the GDP figure';
COMMENT ON COLUMN value_share_gdp.pct_of_gdp IS '100 x total_eur / gdp_eur';
COMMENT ON COLUMN value_share_gdp.pct_of_gdp_low IS '100 x total_low_eur / gdp_eur';
COMMENT ON COLUMN value_share_gdp.pct_of_gdp_high IS '100 x total_high_eur / gdp_eur';
COMMENT ON COLUMN value_share_gdp.gdp_source IS 'where the GDP figure comes from';

-- The ledger's money plus value next to Kiel's military commitments (tracker_money, imported
-- from data_explorer.csv) per donor and month, for the donors the ledger holds and the months
-- from its first to its last dated event.
CREATE OR REPLACE VIEW kiel_value_comparison AS
WITH l AS (
    SELECT donor, month, stated_eur, estimated_eur, total_eur, total_low_eur, total_high_eur
    FROM value_by_donor_month
),
k AS (
    SELECT donor, CAST(date AS DATE) AS month, CAST(military_amount AS DOUBLE) AS kiel_military_eur,
           CAST(commitments_amount AS DOUBLE) AS kiel_commitments_eur
    FROM tracker_money
    WHERE tracker = 'kiel' AND donor IS NOT NULL
),
span AS (
    SELECT min(month) AS first_month, max(month) AS last_month FROM l
)
SELECT
    coalesce(l.donor, k.donor) AS donor,
    coalesce(l.month, k.month) AS month,
    l.stated_eur AS ledger_money_eur,
    l.estimated_eur AS ledger_value_eur,
    l.total_eur AS ledger_total_eur,
    l.total_low_eur AS ledger_low_eur,
    l.total_high_eur AS ledger_high_eur,
    k.kiel_military_eur,
    k.kiel_commitments_eur,
    CASE WHEN k.kiel_military_eur > 0 THEN l.total_eur / k.kiel_military_eur END AS ratio
FROM l
FULL JOIN k ON k.donor = l.donor AND k.month = l.month
CROSS JOIN span
WHERE coalesce(l.month, k.month) BETWEEN span.first_month AND span.last_month
  AND coalesce(l.donor, k.donor) IN (SELECT DISTINCT donor FROM l)
ORDER BY donor, month;

COMMENT ON VIEW kiel_value_comparison IS 'Per donor and month: the ledger''s stated money plus estimated value beside the military aid of Kiel''s data_explorer.csv (imported with aidledger import kiel), for the ledger''s donors and months.';
COMMENT ON COLUMN kiel_value_comparison.donor IS 'ISO 3166-1 alpha-3';
COMMENT ON COLUMN kiel_value_comparison.month IS 'first day of the month';
COMMENT ON COLUMN kiel_value_comparison.ledger_money_eur IS 'stated money of the ledger, EUR (NULL: none)';
COMMENT ON COLUMN kiel_value_comparison.ledger_value_eur IS 'estimated value of the ledger, EUR (NULL: none)';
COMMENT ON COLUMN kiel_value_comparison.ledger_total_eur IS 'money plus value, EUR';
COMMENT ON COLUMN kiel_value_comparison.ledger_low_eur IS 'money plus the low estimate, EUR';
COMMENT ON COLUMN kiel_value_comparison.ledger_high_eur IS 'money plus the high estimate, EUR';
COMMENT ON COLUMN kiel_value_comparison.kiel_military_eur IS 'Kiel: military aid of the donor and month, EUR (data_explorer.csv column military)';
COMMENT ON COLUMN kiel_value_comparison.kiel_commitments_eur IS 'Kiel: all commitments of the donor and month, EUR (column commitments)';
COMMENT ON COLUMN kiel_value_comparison.ratio IS 'ledger_total_eur / kiel_military_eur (NULL when Kiel has none)';
