-- Mentions and events (issue 7). Plain SQL over the tables of 010_tables.sql and 020_fx.sql and
-- the systems catalog: any DuckDB client can read these views. Every view is CREATE OR REPLACE.
--
-- A row of `pledges` is a *mention*: one extracted record with its document, quote and span. The
-- same pledge is reported many times (wire copy, rewrites, follow-ups), so mentions are grouped
-- into *events* (pledge_events), and the totals views of 100_views.sql count events. The rules
-- are documented in docs/methodology-events.md.
--
-- Materialised (issue 8): grouping 10M mentions into events takes tens of seconds (window sorts),
-- so the grouping is computed by the views compute_mention_events and compute_events and stored in
-- the tables mention_events and events; pledge_mentions and pledge_events read those tables. The
-- store refreshes them in the same transaction as every write to pledges, documents, systems or
-- fx_rates: all of them (named query refresh_events of sql/queries/refresh.sql), or after a small
-- write only what it touched (refresh_events_scoped; see the macros below). A client that writes
-- to pledges itself runs the statements of refresh_events and refresh_totals. The tables
-- are derived data: applying this file again recreates them empty (with the columns of the views),
-- and the store refreshes them after any migration.
--
-- Money conversion (pledges_fx): an as-of join on fx_rates. A pledge's rate is the latest ECB
-- rate published on or before its fx_date (weekends and holidays take the previous working
-- day), where fx_date = the announcement date, or the document's publication date when the text
-- gives none. A date outside the currency's range of rates (fx_bounds) gives NULL amounts and an
-- fx_note. amount_eur = amount / per_eur(currency); amount_usd = amount_eur * per_eur('USD').
-- An amount already in EUR (USD) is its own amount_eur (amount_usd), dated or
-- not. Undated money (neither an announcement nor a publication date) is converted to nothing
-- else: NULL, and an fx_note. Unknown money is NULL, never 0, in every view.
-- Only rows with an amount go through the as-of joins; the others (most rows: equipment) are
-- appended with NULL fx columns (UNION ALL).

-- Each pledge with its amount in EUR and USD, and how the rate was chosen.
CREATE OR REPLACE VIEW pledges_fx AS
WITH base AS (
    SELECT
        p.*,
        coalesce(p.date, p.published) AS fx_date,
        CASE
            WHEN p.date IS NOT NULL THEN 'announcement'
            WHEN p.published IS NOT NULL THEN 'publication'
            ELSE 'none'
        END AS fx_basis
    FROM pledges AS p
    WHERE p.amount IS NOT NULL
),
-- The rates are looked up once per currency and day of the money rows (days), in the rates of
-- those currencies (and USD) only, and joined back to the rows: the as-of joins neither sort nor
-- scan the rest of the ECB history, nor carry every column of every row (on a small ledger that
-- was most of the cost of this view; docs/benchmarks.md). fx_rates is scanned once (rates): the
-- as-of joins and the range of each currency's rates (bounds: what fx_bounds gives for it) read
-- that scan's rows, not the whole history again.
days AS (
    SELECT DISTINCT currency, coalesce(date, published) AS fx_date
    FROM pledges
    WHERE amount IS NOT NULL
),
rates AS MATERIALIZED (
    SELECT date, currency, per_eur
    FROM fx_rates
    WHERE currency IN (SELECT currency FROM days UNION ALL SELECT 'USD' WHERE EXISTS (SELECT 1 FROM days))
),
bounds AS (
    SELECT currency, min(date) AS first_date, max(date) AS last_date FROM rates GROUP BY currency
),
cur_rates AS (
    SELECT d.currency, d.fx_date, r.date AS cur_rate_date, r.per_eur AS cur_per_eur
    FROM days AS d
    ASOF LEFT JOIN rates AS r
        ON r.currency = d.currency AND d.fx_date >= r.date
),
usd_rates AS (
    SELECT d.fx_date, u.date AS usd_rate_date, u.per_eur AS usd_per_eur_raw
    FROM (SELECT DISTINCT fx_date FROM days) AS d
    ASOF LEFT JOIN (SELECT date, per_eur FROM rates WHERE currency = 'USD') AS u
        ON d.fx_date >= u.date
),
checked AS (
    SELECT
        w.*,
        c.cur_rate_date, c.cur_per_eur, u.usd_rate_date, u.usd_per_eur_raw,
        cb.first_date AS cur_first, cb.last_date AS cur_last,
        ub.first_date AS usd_first, ub.last_date AS usd_last,
        (w.currency = 'EUR' OR (cb.currency IS NOT NULL AND w.fx_date BETWEEN cb.first_date AND cb.last_date))
            AS cur_ok,
        (ub.currency IS NOT NULL AND w.fx_date BETWEEN ub.first_date AND ub.last_date) AS usd_ok
    FROM base AS w
    LEFT JOIN cur_rates AS c ON c.currency IS NOT DISTINCT FROM w.currency AND c.fx_date IS NOT DISTINCT FROM w.fx_date
    LEFT JOIN usd_rates AS u ON u.fx_date IS NOT DISTINCT FROM w.fx_date
    LEFT JOIN bounds AS cb ON cb.currency = w.currency
    LEFT JOIN bounds AS ub ON ub.currency = 'USD'
)
SELECT
    pledge_id, doc_id, donor, recipient, system, category, quantity, quantity_unit,
    amount, currency, status, date, published, quote, span_start, span_end,
    stated_amount, stated_currency, item_text, notes, is_additional,
    -- an amount already in the target currency needs no rate (whatever its date)
    CASE
        WHEN currency = 'EUR' THEN CAST(amount AS DOUBLE)
        WHEN cur_ok THEN CAST(amount AS DOUBLE) / cur_per_eur
    END AS amount_eur,
    CASE
        WHEN currency = 'USD' THEN CAST(amount AS DOUBLE)
        WHEN currency = 'EUR' AND usd_ok THEN CAST(amount AS DOUBLE) * usd_per_eur_raw
        WHEN cur_ok AND usd_ok THEN CAST(amount AS DOUBLE) / cur_per_eur * usd_per_eur_raw
    END AS amount_usd,
    fx_date,
    CASE
        WHEN currency = 'EUR' THEN (CASE WHEN usd_ok THEN usd_rate_date END)
        WHEN cur_ok THEN cur_rate_date
    END AS fx_rate_date,
    CASE WHEN currency = 'EUR' THEN 1.0 WHEN cur_ok THEN cur_per_eur END AS per_eur,
    CASE WHEN usd_ok THEN usd_per_eur_raw END AS usd_per_eur,
    fx_basis,
    CASE
        WHEN currency IS NULL THEN 'no currency'
        WHEN fx_date IS NULL AND currency IN ('EUR', 'USD')
            THEN 'no date: announcement and publication dates unknown; kept in ' || currency || ' only'
        WHEN fx_date IS NULL THEN 'no date: announcement and publication dates unknown; not converted'
        WHEN currency <> 'EUR' AND cur_first IS NULL THEN 'no ECB rates for ' || currency
        WHEN NOT cur_ok THEN 'date outside the ECB rates for ' || currency || ' ('
            || CAST(cur_first AS VARCHAR) || ' to ' || CAST(cur_last AS VARCHAR) || ')'
        WHEN NOT usd_ok AND currency <> 'USD' THEN 'date outside the ECB rates for USD ('
            || coalesce(CAST(usd_first AS VARCHAR), '?') || ' to ' || coalesce(CAST(usd_last AS VARCHAR), '?')
            || '): no amount_usd'
    END AS fx_note
FROM checked
UNION ALL
SELECT
    pledge_id, doc_id, donor, recipient, system, category, quantity, quantity_unit,
    amount, currency, status, date, published, quote, span_start, span_end,
    stated_amount, stated_currency, item_text, notes, is_additional,
    CAST(NULL AS DOUBLE) AS amount_eur, CAST(NULL AS DOUBLE) AS amount_usd, CAST(NULL AS DATE) AS fx_date,
    CAST(NULL AS DATE) AS fx_rate_date, CAST(NULL AS DOUBLE) AS per_eur, CAST(NULL AS DOUBLE) AS usd_per_eur,
    'none' AS fx_basis, CAST(NULL AS VARCHAR) AS fx_note
FROM pledges
WHERE amount IS NULL;

-- How each mention is grouped into an event. The rule (docs/methodology-events.md):
--   key            = donor, recipient, family (systems.family, else the system name), status,
--                    running total or not, quantity_unit, quantity, amount, currency
--                    (NULLs compare equal: "France will send tanks" twice is one key);
--   effective_date = the announcement date, else the document's publication date;
--   within a key, mentions are ordered by effective_date; repeating a figure is not a new pledge,
--   so a new event starts only where a mention's words mark a new pledge ("another", "a further",
--   "12 more", "a new package": pledges.is_additional, aidledger/additional.py) and the previous
--   mention is unmarked, or marked and more than 30 days earlier (the 30-day window only tells
--   re-reports of one marked pledge from a second one), in another document.
--   event_id = md5 of the key and the event's first effective date ('undated' when none; '#n'
--   for the n-th event of the key starting that day).
--
-- Money packages: in one document, for one donor and currency, the largest amount is a package
-- total when the other (distinct, smaller) amounts add up to it within 1 %, or when the
-- extractor noted a mention as a part (notes "component" / "package-part"). When the total is
-- stated twice, the mention with the smallest pledge_id is the one the parts point to.
--
-- The grouping depends only on the mentions of one key, and the packages only on the mentions of
-- one document. So the rules are written as table macros over a set of mentions (src: a table or
-- view with the columns of mention_keys), and a write refreshes only the keys and documents it
-- touched (named query refresh_events_scoped of sql/queries/refresh.sql); the compute_* views apply
-- the same macros to every mention.

-- Each mention with what the grouping reads: its family, effective date, flags and event key.
CREATE OR REPLACE VIEW internal.mention_keys AS
WITH flags AS (
    SELECT
        p.pledge_id, p.doc_id, p.span_start, p.donor, p.recipient, p.system, p.status, p.quantity,
        p.quantity_unit, p.amount, p.currency,
        coalesce(s.family, p.system) AS family,
        coalesce(p.date, p.published) AS effective_date,
        coalesce(p.notes ILIKE '%running-total%' OR p.notes ILIKE '%cumulative%', false) AS is_running_total,
        coalesce(p.notes ILIKE '%component%' OR p.notes ILIKE '%package-part%', false) AS stated_part,
        coalesce(p.is_additional, false) AS is_additional
    FROM pledges AS p
    LEFT JOIN systems AS s ON s.name = p.system
)
SELECT
    f.*,
    concat_ws('|',
        coalesce(donor, ''), coalesce(recipient, ''), coalesce(family, ''), coalesce(status, ''),
        CASE WHEN is_running_total THEN 'running' ELSE '' END,
        coalesce(quantity_unit, ''), coalesce(CAST(quantity AS VARCHAR), ''),
        coalesce(CAST(amount AS VARCHAR), ''), coalesce(currency, '')) AS event_key
FROM flags AS f;

-- The events of the mentions of src (every mention of each of its keys must be in src).
CREATE OR REPLACE MACRO internal.group_mentions(src) AS TABLE
WITH ordered AS (
    SELECT
        m.*,
        row_number() OVER k AS key_rank,
        lag(effective_date) OVER k AS prev_date,
        lag(is_additional) OVER k AS prev_additional,
        lag(doc_id) OVER k AS prev_doc_id
    FROM query_table(src) AS m
    WINDOW k AS (PARTITION BY event_key ORDER BY effective_date NULLS LAST, doc_id, span_start, pledge_id)
),
starts AS (
    -- A mention starts an event when it is the key's first, or when its words mark a new pledge
    -- (is_additional) in another document than the previous mention and that mention is not
    -- marked, or is marked and more than 30 days earlier (the window tells the re-reports of one
    -- "another 14 tanks" from a second one). An unmarked repeat never starts an event.
    SELECT
        o.*,
        (key_rank = 1 OR coalesce(
            is_additional AND doc_id <> prev_doc_id
            AND (NOT prev_additional OR effective_date - prev_date > 30), false)) AS is_start
    FROM ordered AS o
),
labelled AS (
    -- start_label: the event's first effective date ('undated' when none), with '#n' for the n-th
    -- event of the key that starts on the same day; NULL when the mention continues an event.
    SELECT
        s.*,
        CASE WHEN is_start THEN
            coalesce(CAST(effective_date AS VARCHAR), 'undated')
            || CASE WHEN day_starts > 1 THEN '#' || lpad(CAST(day_starts AS VARCHAR), 6, '0') ELSE '' END
        END AS start_label,
        CASE WHEN is_start THEN key_rank END AS start_rank
    FROM (
        SELECT st.*,
               sum(CASE WHEN is_start THEN 1 ELSE 0 END) OVER (
                   PARTITION BY event_key, effective_date ORDER BY key_rank
                   ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS day_starts
        FROM starts AS st
    ) AS s
),
runs AS (
    -- Along a key, start labels only grow (ISO dates in order, '#n' after the date, then
    -- 'undated'), so the running maximum is the label of the event the mention belongs to;
    -- likewise the start's rank.
    SELECT
        s.*,
        md5(event_key || '|' || max(start_label) OVER r) AS event_id,
        key_rank - max(start_rank) OVER r + 1 AS mention_rank,
        -- the event has this mention only: it starts one, and the next mention of the key (if
        -- any) starts another
        (start_rank IS NOT NULL AND (lead(key_rank) OVER r IS NULL OR lead(start_rank) OVER r IS NOT NULL))
            AS is_single
    FROM labelled AS s
    WINDOW r AS (PARTITION BY event_key ORDER BY key_rank ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
)
SELECT
    pledge_id, doc_id, event_id, mention_rank, family, effective_date, is_running_total, is_single, event_key
FROM runs;

-- The parts of money packages among the mentions of src (every mention of each of its documents
-- must be in src): pledge_id of the part, total_pledge_id of the package total it belongs to.
CREATE OR REPLACE MACRO internal.package_parts(src) AS TABLE
WITH money AS (
    SELECT pledge_id, doc_id, donor, currency, amount, stated_part
    FROM query_table(src)
    WHERE amount IS NOT NULL AND NOT is_running_total AND status IN ('pledged', 'delivered', 'funded')
),
totals AS (
    SELECT
        doc_id, donor, currency,
        max(amount) AS total,
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
heads AS (
    SELECT
        pk.doc_id, pk.donor, pk.currency, pk.total, pk.parts, pk.n_amounts,
        min(mo.pledge_id) AS total_pledge_id
    FROM packages AS pk
    JOIN money AS mo ON mo.doc_id = pk.doc_id AND mo.donor = pk.donor AND mo.currency = pk.currency
        AND mo.amount = pk.total
    GROUP BY pk.doc_id, pk.donor, pk.currency, pk.total, pk.parts, pk.n_amounts
)
SELECT mo.pledge_id, h.total_pledge_id
FROM money AS mo
JOIN heads AS h USING (doc_id, donor, currency)
WHERE mo.amount < h.total
  AND (mo.stated_part OR (h.n_amounts >= 3 AND abs(h.parts - h.total) <= h.total * 0.01));

-- How each mention is grouped into an event (computed afresh over every mention): the event it
-- belongs to, its rank in the event, and its place in a money package (package_event_id: the
-- event of the package total).
CREATE OR REPLACE VIEW internal.compute_mention_events AS
WITH g AS MATERIALIZED (
    SELECT * FROM internal.group_mentions(internal.mention_keys)
)
SELECT
    g.pledge_id,
    g.doc_id,
    g.event_id,
    g.mention_rank,
    g.family,
    g.effective_date,
    g.is_running_total,
    g.is_single,
    pa.pledge_id IS NOT NULL AS is_component,
    pa.total_pledge_id AS package_pledge_id,
    t.event_id AS package_event_id,
    g.event_key
FROM g
LEFT JOIN internal.package_parts(internal.mention_keys) AS pa ON pa.pledge_id = g.pledge_id
LEFT JOIN g AS t ON t.pledge_id = pa.total_pledge_id;

-- The grouping of every mention, as last refreshed (see the header of this file).
CREATE OR REPLACE TABLE internal.mention_events AS SELECT * FROM internal.compute_mention_events LIMIT 0;

-- What a scoped refresh (refresh_events_scoped) works on: the documents whose pledges were
-- written or deleted (filled by the writer), the mentions to group again, and the events to
-- build again. Empty outside a refresh.
CREATE OR REPLACE TABLE internal.refresh_docs (doc_id VARCHAR);
CREATE OR REPLACE TABLE internal.refresh_keys (event_key VARCHAR);
CREATE OR REPLACE TABLE internal.refresh_pledges (pledge_id VARCHAR);
CREATE OR REPLACE TABLE internal.refresh_event_ids (event_id VARCHAR);
-- the groups of the totals (sql/100_views.sql) of the events deleted and inserted
CREATE OR REPLACE TABLE internal.refresh_changed_groups (
    donor VARCHAR, system VARCHAR, category VARCHAR, quantity_unit VARCHAR, status VARCHAR, month DATE);
CREATE OR REPLACE VIEW internal.refresh_doc_mentions AS
SELECT * FROM internal.mention_keys WHERE doc_id IN (SELECT doc_id FROM internal.refresh_docs);
CREATE OR REPLACE VIEW internal.refresh_key_mentions AS
SELECT * FROM internal.mention_keys WHERE pledge_id IN (SELECT pledge_id FROM internal.refresh_pledges);
CREATE OR REPLACE VIEW internal.refresh_mention_events AS
SELECT * FROM internal.mention_events WHERE event_id IN (SELECT event_id FROM internal.refresh_event_ids);

-- Each mention (a row of pledges: one extracted record with its document, quote and span, with
-- its converted money) with the event it belongs to and its place in a money package.
CREATE OR REPLACE VIEW pledge_mentions AS
SELECT
    f.*,
    m.family,
    m.effective_date,
    m.is_running_total,
    m.event_id,
    m.mention_rank,
    m.is_component,
    m.package_pledge_id,
    m.package_event_id
FROM pledges_fx AS f
LEFT JOIN internal.mention_events AS m ON m.pledge_id = f.pledge_id;

-- The money rows of pledges_fx with what an event carries of them (fx: the macros
-- single_events and grouped_events take it as a relation, so that one statement computing both
-- can run pledges_fx once).
CREATE OR REPLACE VIEW internal.money_fx AS
SELECT pledge_id, amount_eur, amount_usd, fx_rate_date FROM pledges_fx WHERE amount IS NOT NULL;

-- Pledge events built from the grouped mentions of src (rows of mention_events; every mention of
-- each of its events must be in src): one row per group of mentions of the same pledge. Money is
-- converted at the first mention's date. Totals count events, not mentions: components of a
-- package (is_component) are left out of money sums, and running totals (is_running_total) are
-- never summed. is_additional: the first mention's words mark a new pledge ("12 more", "another":
-- pledges.is_additional), so that deliveries before it do not cover it (committed_of,
-- sql/030_committed.sql). Two macros (events of one mention, events of several) so that a refresh
-- can run them as two statements, each within the ingest's memory limit.
CREATE OR REPLACE MACRO internal.single_events(src, fx) AS TABLE
SELECT
    me.event_id, p.donor, p.recipient, p.system, me.family, p.category, p.status, p.quantity,
    p.quantity_unit, p.amount, p.currency, p.date, me.effective_date,
    me.effective_date AS last_effective_date, CAST(1 AS BIGINT) AS n_mentions,
    CAST(1 AS BIGINT) AS n_sources, [p.doc_id] AS doc_ids, [p.pledge_id] AS pledge_ids,
    p.doc_id AS first_doc_id, p.pledge_id AS first_pledge_id, p.quote, me.is_component,
    me.package_event_id, me.is_running_total,
    fx.amount_eur, fx.amount_usd, fx.fx_rate_date, coalesce(p.is_additional, false) AS is_additional
FROM query_table(src) AS me
JOIN pledges AS p ON p.pledge_id = me.pledge_id
LEFT JOIN query_table(fx) AS fx
    ON fx.pledge_id = me.pledge_id
WHERE me.is_single;

CREATE OR REPLACE MACRO internal.grouped_events(src, fx) AS TABLE
WITH several AS (
    SELECT * FROM query_table(src) WHERE NOT is_single
),
firsts AS (
    -- The first mention of each event of several: the key and what "first" means come from it.
    SELECT me.event_id, me.family, me.is_running_total, p.*
    FROM several AS me
    JOIN pledges AS p ON p.pledge_id = me.pledge_id
    WHERE me.mention_rank = 1
),
aggregated AS (
    -- Small aggregate states only (DuckDB spills them under a memory limit); lists are built
    -- unordered and sorted afterwards (ordered aggregates cost 4x at 10M rows).
    SELECT
        me.event_id,
        min(p.system) AS min_system,
        max(p.system) AS max_system,
        min(p.date) AS date,
        min(me.effective_date) AS effective_date,
        max(me.effective_date) AS last_effective_date,
        count(*) AS n_mentions,
        bool_or(me.is_component) AS is_component,
        min(me.package_event_id) AS package_event_id
    FROM several AS me
    JOIN pledges AS p ON p.pledge_id = me.pledge_id
    GROUP BY me.event_id
),
listed AS (
    SELECT
        me.event_id,
        list_sort(list_distinct(list(me.doc_id))) AS doc_ids,
        list_sort(list(struct_pack(r := me.mention_rank, p := me.pledge_id))) AS ranked
    FROM several AS me
    GROUP BY me.event_id
)
SELECT
    f.event_id, f.donor, f.recipient,
    CASE WHEN a.min_system = a.max_system THEN a.min_system ELSE f.family END AS system,
    f.family, f.category, f.status, f.quantity, f.quantity_unit, f.amount, f.currency, a.date,
    a.effective_date, a.last_effective_date, a.n_mentions, CAST(len(l.doc_ids) AS BIGINT) AS n_sources,
    l.doc_ids, [x.p FOR x IN l.ranked] AS pledge_ids, f.doc_id AS first_doc_id,
    f.pledge_id AS first_pledge_id, f.quote, a.is_component, a.package_event_id, f.is_running_total,
    fx.amount_eur, fx.amount_usd, fx.fx_rate_date, coalesce(f.is_additional, false) AS is_additional
FROM firsts AS f
JOIN aggregated AS a ON a.event_id = f.event_id
JOIN listed AS l ON l.event_id = f.event_id
LEFT JOIN query_table(fx) AS fx
    ON fx.pledge_id = f.pledge_id;

-- Pledge events computed afresh from mention_events.
CREATE OR REPLACE VIEW internal.compute_events AS
WITH fx AS MATERIALIZED (SELECT * FROM internal.money_fx)  -- pledges_fx planned and run once, not once per macro
SELECT * FROM internal.single_events(internal.mention_events, fx)
UNION ALL
SELECT * FROM internal.grouped_events(internal.mention_events, fx);

-- The events, as last refreshed (see the header of this file).
CREATE OR REPLACE TABLE internal.events AS SELECT * FROM internal.compute_events LIMIT 0;

-- The groups of the totals (sql/100_views.sql) of the events in refresh_event_ids: what a scoped
-- refresh notes in refresh_changed_groups before it deletes those events and after it builds them.
CREATE OR REPLACE VIEW internal.refresh_event_groups AS
SELECT donor, system, category, quantity_unit, status, CAST(date_trunc('month', effective_date) AS DATE) AS month
FROM internal.events
WHERE event_id IN (SELECT event_id FROM internal.refresh_event_ids);

-- Pledge events: one row per group of mentions of the same pledge (see compute_mention_events
-- for the rule): the table events.
CREATE OR REPLACE VIEW pledge_events AS
SELECT * FROM internal.events;

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

-- Pledged, delivered, committed and the remainder per donor x family (quantities in quantity_unit).
-- pledged = pledged and funded events summed, or the largest running total when that is more;
-- delivered likewise; committed = what is committed of the family by the rule of every total
-- (internal.family_sides of sql/030_committed.sql over the events that are not running totals: a
-- delivery is a share of the pledges, a pledge of "12 more" is on top of the deliveries before
-- it), and never less than pledged or delivered (a running total is a floor); remainder =
-- committed - delivered (still to deliver); delivery_ratio = delivered / pledged (NULL when
-- nothing is pledged).
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
),
summed AS (
    SELECT struct_pack(recipient := recipient, quantity_unit := quantity_unit) AS k, donor, family, status,
        is_additional, effective_date, event_id, quantity AS v
    FROM pledge_events
    WHERE quantity IS NOT NULL AND NOT is_running_total
),
sides AS (
    SELECT k.recipient AS recipient, k.quantity_unit AS quantity_unit, donor, family, committed
    FROM internal.family_sides(summed)
),
c AS (
    SELECT
        e.*,
        greatest(pledged_sum, pledged_running) AS pledged,
        greatest(delivered_sum, delivered_running) AS delivered,
        greatest(coalesce(s.committed, 0), pledged_sum, pledged_running, delivered_sum, delivered_running)
            AS committed
    FROM e
    LEFT JOIN sides AS s
        ON s.donor IS NOT DISTINCT FROM e.donor AND s.recipient IS NOT DISTINCT FROM e.recipient
        AND s.family IS NOT DISTINCT FROM e.family AND s.quantity_unit IS NOT DISTINCT FROM e.quantity_unit
)
SELECT
    donor, recipient, family, category, quantity_unit, pledged, delivered, committed,
    committed - delivered AS remainder,
    CASE WHEN pledged > 0 THEN delivered / pledged END AS delivery_ratio,
    n_pledge_events, n_delivery_events, first_pledged, last_delivered
FROM c
ORDER BY donor, family, quantity_unit;
