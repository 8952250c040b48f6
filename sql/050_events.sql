-- Mentions and events (issue 7). Plain SQL over the tables of 010_tables.sql and 020_fx.sql and
-- the systems catalog: any DuckDB client can read these views. Every view is CREATE OR REPLACE.
--
-- A row of `pledges` is a *mention*: one extracted record with its document, quote and span. The
-- same pledge is reported many times (wire copy, rewrites, follow-ups), so mentions are grouped
-- into *events* (pledge_events), and the totals views of 100_views.sql count events. The rules
-- are documented in docs/methodology-events.md.
--
-- Money conversion (pledges_fx): an as-of join on fx_rates. A pledge's rate is the latest ECB
-- rate published on or before its fx_date (weekends and holidays take the previous working
-- day), where fx_date = the announcement date, or the document's publication date when the text
-- gives none. A date outside the currency's range of rates (fx_bounds) gives NULL amounts and an
-- fx_note. amount_eur = amount / per_eur(currency); amount_usd = amount_eur * per_eur('USD').

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

-- Each mention (a row of pledges: one extracted record with its document, quote and span) with
-- what groups it into an event, the event it belongs to, and its place in a money package.
--
-- The grouping rule (docs/methodology-events.md):
--   key            = donor, recipient, family (systems.family, else the system name), status,
--                    running total or not, quantity_unit, quantity, amount, currency
--                    (NULLs compare equal: "France will send tanks" twice is one key);
--   effective_date = the announcement date, else the document's publication date;
--   within a key, mentions are ordered by effective_date and a new event starts where the gap to
--   the previous mention is more than 30 days (so a chain of mentions each < 30 days apart is one
--   event). Undated mentions (no date, no publication date) of a key form one event of their own.
--   event_id = md5 of the key and the event's first effective_date ('undated' when none).
CREATE OR REPLACE VIEW pledge_mentions AS
WITH m AS (
    SELECT
        f.*,
        s.family AS catalog_family,
        coalesce(s.family, f.system) AS family,
        coalesce(f.date, f.published) AS effective_date,
        coalesce(f.notes ILIKE '%running-total%' OR f.notes ILIKE '%cumulative%', false) AS is_running_total,
        coalesce(f.notes ILIKE '%component%' OR f.notes ILIKE '%package-part%', false) AS stated_part
    FROM pledges_fx AS f
    LEFT JOIN systems AS s ON s.name = f.system
),
ordered AS (
    SELECT
        m.*,
        row_number() OVER k AS key_rank,
        lag(effective_date) OVER k AS prev_date
    FROM m
    WINDOW k AS (PARTITION BY donor, recipient, family, status, is_running_total, quantity_unit, quantity,
                              amount, currency
                 ORDER BY effective_date NULLS LAST, doc_id, span_start, pledge_id)
),
starts AS (
    SELECT
        o.*,
        CASE
            WHEN key_rank = 1 THEN 1
            WHEN effective_date IS NULL THEN (CASE WHEN prev_date IS NULL THEN 0 ELSE 1 END)
            WHEN effective_date - prev_date > 30 THEN 1
            ELSE 0
        END AS starts_event
    FROM ordered AS o
),
grouped AS (
    SELECT
        s.*,
        sum(starts_event) OVER (
            PARTITION BY donor, recipient, family, status, is_running_total, quantity_unit, quantity, amount,
                         currency
            ORDER BY effective_date NULLS LAST, doc_id, span_start, pledge_id
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS event_no
    FROM starts AS s
),
keyed AS (
    SELECT
        g.*,
        md5(concat_ws('|',
            coalesce(donor, ''), coalesce(recipient, ''), coalesce(family, ''), coalesce(status, ''),
            CASE WHEN is_running_total THEN 'running' ELSE '' END,
            coalesce(quantity_unit, ''), coalesce(CAST(quantity AS VARCHAR), ''),
            coalesce(CAST(amount AS VARCHAR), ''), coalesce(currency, ''),
            coalesce(CAST(min(effective_date) OVER e AS VARCHAR), 'undated'))) AS event_id,
        row_number() OVER (e ORDER BY effective_date NULLS LAST, doc_id, span_start, pledge_id) AS mention_rank
    FROM grouped AS g
    WINDOW e AS (PARTITION BY donor, recipient, family, status, is_running_total, quantity_unit, quantity,
                              amount, currency, event_no)
),
-- Money packages: in one document, for one donor and currency, the largest amount is a package
-- total when the other (distinct, smaller) amounts add up to it within 1 %, or when the
-- extractor noted a mention as a part (notes "component" / "package-part").
money AS (
    SELECT * FROM keyed
    WHERE amount IS NOT NULL AND NOT is_running_total AND status IN ('pledged', 'delivered', 'funded')
),
totals AS (
    SELECT
        doc_id, donor, currency,
        max(amount) AS total,
        arg_max(event_id, amount) AS total_event_id,
        arg_max(pledge_id, amount) AS total_pledge_id,
        sum(DISTINCT amount) - max(amount) AS parts,
        count(DISTINCT amount) AS n_amounts,
        bool_or(stated_part) AS any_stated_part
    FROM money
    GROUP BY doc_id, donor, currency
),
packages AS (
    SELECT * FROM totals
    WHERE n_amounts >= 2
      AND (any_stated_part OR (n_amounts >= 3 AND abs(parts - total) <= total * 0.01))
),
parts AS (
    SELECT mo.pledge_id, p.total_event_id, p.total_pledge_id
    FROM money AS mo
    JOIN packages AS p USING (doc_id, donor, currency)
    WHERE mo.amount < p.total
      AND (mo.stated_part OR (p.n_amounts >= 3 AND abs(p.parts - p.total) <= p.total * 0.01))
)
SELECT
    k.* EXCLUDE (catalog_family, stated_part, key_rank, prev_date, starts_event, event_no),
    pa.pledge_id IS NOT NULL AS is_component,
    pa.total_pledge_id AS package_pledge_id,
    pa.total_event_id AS package_event_id
FROM keyed AS k
LEFT JOIN parts AS pa USING (pledge_id);

-- Pledge events: one row per group of mentions of the same pledge (see pledge_mentions for the
-- rule). Money is converted at the first mention's date. Totals count events, not mentions:
-- components of a package (is_component) are left out of money sums, and running totals
-- (is_running_total) are never summed.
CREATE OR REPLACE VIEW pledge_events AS
SELECT
    event_id,
    any_value(donor) AS donor,
    any_value(recipient) AS recipient,
    CASE WHEN count(DISTINCT system) = 1 THEN any_value(system) ELSE any_value(family) END AS system,
    any_value(family) AS family,
    any_value(category) FILTER (WHERE mention_rank = 1) AS category,
    any_value(status) AS status,
    any_value(quantity) AS quantity,
    any_value(quantity_unit) AS quantity_unit,
    any_value(amount) AS amount,
    any_value(currency) AS currency,
    min(date) AS date,
    min(effective_date) AS effective_date,
    max(effective_date) AS last_effective_date,
    count(*) AS n_mentions,
    count(DISTINCT doc_id) AS n_sources,
    list(DISTINCT doc_id ORDER BY doc_id) AS doc_ids,
    list(pledge_id ORDER BY mention_rank) AS pledge_ids,
    any_value(doc_id) FILTER (WHERE mention_rank = 1) AS first_doc_id,
    any_value(pledge_id) FILTER (WHERE mention_rank = 1) AS first_pledge_id,
    any_value(quote) FILTER (WHERE mention_rank = 1) AS quote,
    bool_or(is_component) AS is_component,
    min(package_event_id) AS package_event_id,
    any_value(is_running_total) AS is_running_total,
    any_value(amount_eur) FILTER (WHERE mention_rank = 1) AS amount_eur,
    any_value(amount_usd) FILTER (WHERE mention_rank = 1) AS amount_usd,
    any_value(fx_rate_date) FILTER (WHERE mention_rank = 1) AS fx_rate_date
FROM pledge_mentions
GROUP BY event_id;

-- Each delivered event with the pledged (or funded) event it fulfils, where one exists: the
-- latest pledged event of the same donor, recipient, family and quantity unit whose effective
-- date is on or before the delivery's (an as-of join). pledge_event_id is NULL when none.
CREATE OR REPLACE VIEW event_lifecycle AS
WITH d AS (
    SELECT * FROM pledge_events
    WHERE status = 'delivered' AND effective_date IS NOT NULL
),
p AS (
    SELECT * FROM pledge_events
    WHERE status IN ('pledged', 'funded') AND effective_date IS NOT NULL
)
SELECT
    d.event_id AS delivery_event_id,
    d.donor, d.recipient, d.family, d.system, d.category, d.quantity_unit,
    d.quantity AS delivered,
    d.effective_date AS delivered_date,
    d.is_running_total,
    p.event_id AS pledge_event_id,
    p.quantity AS pledged,
    p.effective_date AS pledged_date,
    d.effective_date - p.effective_date AS days_to_delivery
FROM d
ASOF LEFT JOIN p
    ON p.donor = d.donor AND p.recipient = d.recipient AND p.family = d.family
    AND p.quantity_unit IS NOT DISTINCT FROM d.quantity_unit
    AND d.effective_date >= p.effective_date;

-- Pledged, delivered and the remainder per donor x family (quantities in quantity_unit).
-- pledged = pledged and funded events summed, or the largest running total when that is more;
-- delivered likewise; remainder = pledged - delivered, floored at 0; delivery_ratio =
-- delivered / pledged (NULL when nothing is pledged).
CREATE OR REPLACE VIEW donor_family_lifecycle AS
WITH e AS (
    SELECT
        donor, recipient, family, quantity_unit,
        any_value(category) AS category,
        coalesce(sum(quantity) FILTER (WHERE status IN ('pledged', 'funded') AND NOT is_running_total), 0)
            AS pledged_sum,
        coalesce(max(quantity) FILTER (WHERE status IN ('pledged', 'funded') AND is_running_total), 0)
            AS pledged_running,
        coalesce(sum(quantity) FILTER (WHERE status = 'delivered' AND NOT is_running_total), 0) AS delivered_sum,
        coalesce(max(quantity) FILTER (WHERE status = 'delivered' AND is_running_total), 0) AS delivered_running,
        count(*) FILTER (WHERE status IN ('pledged', 'funded')) AS n_pledge_events,
        count(*) FILTER (WHERE status = 'delivered') AS n_delivery_events,
        min(effective_date) FILTER (WHERE status IN ('pledged', 'funded')) AS first_pledged,
        max(effective_date) FILTER (WHERE status = 'delivered') AS last_delivered
    FROM pledge_events
    WHERE quantity IS NOT NULL AND status IN ('pledged', 'funded', 'delivered')
    GROUP BY donor, recipient, family, quantity_unit
)
SELECT
    donor, recipient, family, category, quantity_unit,
    greatest(pledged_sum, pledged_running) AS pledged,
    greatest(delivered_sum, delivered_running) AS delivered,
    greatest(greatest(pledged_sum, pledged_running) - greatest(delivered_sum, delivered_running), 0) AS remainder,
    CASE WHEN greatest(pledged_sum, pledged_running) > 0
         THEN greatest(delivered_sum, delivered_running) / greatest(pledged_sum, pledged_running) END
        AS delivery_ratio,
    n_pledge_events, n_delivery_events, first_pledged, last_delivered
FROM e
ORDER BY donor, family, quantity_unit;
