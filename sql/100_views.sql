-- aidledger totals views. Plain SQL over the tables of 010_tables.sql and 020_fx.sql and the
-- views of 050_events.sql: they work in any DuckDB client, with or without the aidledger package.
-- Every view is CREATE OR REPLACE.
--
-- Materialised (issue 8): each by_* view reads a small table (totals_by_*) that holds what its
-- compute_by_* view computes from pledge_events; the store refreshes the tables together with
-- events (named query refresh_totals of sql/queries/refresh.sql), so a totals view answers in
-- milliseconds whatever the size of the ledger. The compute_by_* views always compute afresh.
-- The rules are table macros over a set of events (totals_of_*(src)): compute_by_* applies them
-- to every event; after a small write the store applies them to the events of the groups the
-- write changed only (refresh_events_by_*, named query refresh_totals_scoped).
--
-- The counting rules (docs/methodology.md, "Totals a researcher can cite"), the same in every view:
-- - totals count *events* (pledge_events: mentions of the same pledge grouped): n_events events,
--   n_mentions the mentions behind them, n_sources distinct documents, event_ids their ids;
-- - running totals are never summed; a package's components are not added to its total;
-- - pledged = events with status pledged or funded (funded is a pledge of money to buy the item);
--   delivered = delivered events; committed = per donor and catalog family
--   greatest(delivered, pledged + uncovered) (internal.family_sides and committed_of of
--   sql/030_committed.sql, the one definition): a delivery fulfils a pledge, it is a share of
--   what is committed, never added to it, except that a pledge of more ("12 more", "another":
--   is_additional) is on top of the deliveries before it; considering and refused are never in
--   committed;
-- - items are counted per category (and quantity unit), never summed across kinds;
-- - money is committed_eur / committed_usd and its share delivered_eur / delivered_usd; unknown
--   money is NULL, never 0: a total whose events could not all be converted says so in
--   n_unconverted (events with an amount but no amount_eur or amount_usd) and unconverted (their
--   original amounts, summed per currency). A sum is NULL when none of its events converts.

-- Amounts of a list of {currency, amount} summed per currency (the unconverted money of a total).
CREATE OR REPLACE MACRO sum_by_currency(l) AS
    coalesce([struct_pack(currency := c, amount := list_sum([x.amount FOR x IN l IF x.currency = c]))
              FOR c IN list_sort(list_distinct([x.currency FOR x IN l]))], []);

-- Money per group of events, by the rule of every totals view: per donor and catalog family the
-- money pledged (pledged or funded) and delivered, committed by internal.family_sides
-- (sql/030_committed.sql), delivered a share of it (pledged_*: the pledges alone; amount_*: all
-- the money counted); components and running totals left out; unknown money NULL, counted in
-- n_unconverted and listed per currency in unconverted. keys: a regular expression naming the
-- columns of src that make a group ('^(donor)$'); one row per group holding money (has_money).
-- The money counted is that of the statuses pledged, funded and delivered, or of every status
-- when every_status (by_status).
CREATE OR REPLACE MACRO internal.money_of(src, keys, every_status := false) AS TABLE
WITH ev AS (
    SELECT struct_pack(*COLUMNS(keys)) AS k, donor, family, status, is_additional, effective_date, event_id,
        amount, currency, amount_eur, amount_usd
    FROM query_table(src)
    WHERE amount IS NOT NULL AND NOT is_component AND NOT is_running_total
      AND (every_status OR status IN ('pledged', 'funded', 'delivered'))
),
in_eur AS (SELECT k, donor, family, status, is_additional, effective_date, event_id, amount_eur AS v FROM ev),
in_usd AS (SELECT k, donor, family, status, is_additional, effective_date, event_id, amount_usd AS v FROM ev),
fam AS (
    SELECT e.k, e.n_pledged AS n_p, e.n_delivered AS n_d,
        e.pledged AS p_eur, e.delivered AS d_eur, e.committed AS c_eur,
        u.pledged AS p_usd, u.delivered AS d_usd, u.committed AS c_usd
    FROM internal.family_sides(in_eur) AS e
    JOIN internal.family_sides(in_usd) AS u
        ON u.k IS NOT DISTINCT FROM e.k AND u.donor IS NOT DISTINCT FROM e.donor
        AND u.family IS NOT DISTINCT FROM e.family
),
sides AS (
    SELECT k,
        CASE WHEN sum(n_p) = 0 THEN 0 ELSE sum(p_eur) FILTER (WHERE n_p > 0) END AS pledged_eur,
        CASE WHEN sum(n_p) = 0 THEN 0 ELSE sum(p_usd) FILTER (WHERE n_p > 0) END AS pledged_usd,
        sum(c_eur) AS committed_eur, CASE WHEN sum(n_d) = 0 THEN 0 ELSE sum(d_eur) FILTER (WHERE n_d > 0) END AS delivered_eur,
        sum(c_usd) AS committed_usd, CASE WHEN sum(n_d) = 0 THEN 0 ELSE sum(d_usd) FILTER (WHERE n_d > 0) END AS delivered_usd
    FROM fam
    GROUP BY k
),
money AS (
    SELECT k, sum(amount_eur) AS amount_eur, sum(amount_usd) AS amount_usd,
        count(*) FILTER (WHERE amount_eur IS NULL OR amount_usd IS NULL) AS n_unconverted,
        sum_by_currency(list(struct_pack(currency := currency, amount := amount))
                        FILTER (WHERE amount_eur IS NULL OR amount_usd IS NULL)) AS unconverted
    FROM ev
    GROUP BY k
)
SELECT unnest(m.k), true AS has_money,
    CASE WHEN s.k IS NULL THEN 0 ELSE s.pledged_eur END AS pledged_eur,
    CASE WHEN s.k IS NULL THEN 0 ELSE s.pledged_usd END AS pledged_usd,
    m.amount_eur, m.amount_usd,
    CASE WHEN s.k IS NULL THEN 0 ELSE s.committed_eur END AS committed_eur,
    CASE WHEN s.k IS NULL THEN 0 ELSE s.delivered_eur END AS delivered_eur,
    CASE WHEN s.k IS NULL THEN 0 ELSE s.committed_usd END AS committed_usd,
    CASE WHEN s.k IS NULL THEN 0 ELSE s.delivered_usd END AS delivered_usd,
    CAST(m.n_unconverted AS BIGINT) AS n_unconverted, m.unconverted
FROM money AS m
LEFT JOIN sides AS s ON s.k IS NOT DISTINCT FROM m.k;

-- Totals per group of events (keys: a regular expression naming the columns of src that make a
-- group, as for money_of): the group's columns, then n_donors, n_events, n_mentions, n_sources,
-- items pledged, delivered and committed (per donor and family, internal.family_sides), considering,
-- refused, its money (money_of; every_status as there), first_date, last_date, donors and
-- event_ids. Every totals view is its columns for its keys (by_donor with its items per category).
CREATE OR REPLACE MACRO internal.totals_of_group(src, keys, every_status := false) AS TABLE
WITH ev AS (SELECT struct_pack(*COLUMNS(keys)) AS k, * FROM query_table(src)),
sources AS (
    -- distinct documents per group from the events' doc_ids: a hash aggregate that spills
    -- under a memory limit (a list of lists per group would not)
    SELECT k, count(*) AS n_sources
    FROM (SELECT DISTINCT k, unnest(doc_ids) AS doc_id FROM ev)
    GROUP BY ALL
),
counted AS (
    -- the events that count items, per group and quantity unit (for the groups whose keys leave
    -- the unit out: items of different units are never netted against each other)
    SELECT struct_pack(g := k, unit := quantity_unit) AS k, donor, family, status, is_additional, effective_date,
        event_id, quantity AS v
    FROM ev
    WHERE quantity IS NOT NULL AND NOT is_running_total AND status IN ('pledged', 'funded', 'delivered')
),
items AS (
    -- per group: pledged (pledged or funded), delivered and committed, summed over its donors'
    -- families (internal.family_sides, sql/030_committed.sql)
    SELECT k.g AS k, sum(pledged) AS pledged, sum(delivered) AS delivered, sum(committed) AS committed
    FROM internal.family_sides(counted)
    GROUP BY k.g
),
unknown AS (
    -- per group: events of items whose count is unknown (no quantity; money left out), counted
    -- nowhere in pledged, delivered and committed
    SELECT k, count(*) AS n_unknown_quantity
    FROM ev
    WHERE quantity IS NULL AND category <> 'money' AND NOT is_running_total
      AND status IN ('pledged', 'funded', 'delivered')
    GROUP BY k
),
money AS (SELECT struct_pack(*COLUMNS(keys)) AS k, * FROM internal.money_of(src, keys, every_status := every_status)),
base AS (
    SELECT k, COLUMNS(keys), count(DISTINCT donor) AS n_donors, count(*) AS n_events,
        CAST(sum(n_mentions) AS BIGINT) AS n_mentions,
        coalesce(sum(quantity) FILTER (WHERE status = 'considering' AND NOT is_running_total), 0) AS considering,
        coalesce(sum(quantity) FILTER (WHERE status = 'refused' AND NOT is_running_total), 0) AS refused,
        min(effective_date) AS first_date, max(last_effective_date) AS last_date,
        list(DISTINCT donor ORDER BY donor) AS donors,
        list_sort(list(event_id)) AS event_ids
    FROM ev
    GROUP BY ALL
)
SELECT
    b.* EXCLUDE (k, considering, refused, first_date, last_date, donors, event_ids), s.n_sources,
    -- items: 0 when the group holds none, NULL (unknown, never 0) when every item of it has an
    -- unknown count (n_unknown_quantity says how many events are left out of the sums)
    CASE WHEN i.k IS NULL AND u.k IS NOT NULL THEN NULL ELSE coalesce(i.pledged, 0) END AS pledged,
    CASE WHEN i.k IS NULL AND u.k IS NOT NULL THEN NULL ELSE coalesce(i.delivered, 0) END AS delivered,
    CASE WHEN i.k IS NULL AND u.k IS NOT NULL THEN NULL ELSE coalesce(i.committed, 0) END AS committed,
    coalesce(u.n_unknown_quantity, 0) AS n_unknown_quantity,
    b.considering, b.refused,
    CASE WHEN m.has_money IS NULL THEN 0 ELSE m.committed_eur END AS committed_eur,
    CASE WHEN m.has_money IS NULL THEN 0 ELSE m.delivered_eur END AS delivered_eur,
    CASE WHEN m.has_money IS NULL THEN 0 ELSE m.committed_usd END AS committed_usd,
    CASE WHEN m.has_money IS NULL THEN 0 ELSE m.delivered_usd END AS delivered_usd,
    CASE WHEN m.has_money IS NULL THEN 0 ELSE m.pledged_eur END AS pledged_eur,
    CASE WHEN m.has_money IS NULL THEN 0 ELSE m.pledged_usd END AS pledged_usd,
    CASE WHEN m.has_money IS NULL THEN 0 ELSE m.amount_eur END AS amount_eur,
    CASE WHEN m.has_money IS NULL THEN 0 ELSE m.amount_usd END AS amount_usd,
    coalesce(m.n_unconverted, 0) AS n_unconverted,
    coalesce(m.unconverted, []) AS unconverted,
    b.first_date, b.last_date, b.donors, b.event_ids
FROM base AS b
LEFT JOIN sources AS s ON s.k IS NOT DISTINCT FROM b.k
LEFT JOIN items AS i ON i.k IS NOT DISTINCT FROM b.k
LEFT JOIN unknown AS u ON u.k IS NOT DISTINCT FROM b.k
LEFT JOIN money AS m ON m.k IS NOT DISTINCT FROM b.k;

-- Totals per donor: the columns of totals_of_group for the donor, with items committed per category
-- (units; ammunition also in rounds) in place of pledged, delivered and committed.
CREATE OR REPLACE MACRO internal.totals_of_donor(src) AS TABLE
WITH counted AS (
    SELECT struct_pack(category := category, quantity_unit := quantity_unit) AS k, donor, family, status,
        is_additional, effective_date, event_id, quantity AS v
    FROM query_table(src)
    WHERE quantity IS NOT NULL AND NOT is_running_total AND status IN ('pledged', 'funded', 'delivered')
),
fam AS (
    -- per donor, category, unit and family: what is committed (sql/030_committed.sql)
    SELECT donor, family, k.category AS category, k.quantity_unit AS quantity_unit, committed
    FROM internal.family_sides(counted)
),
items AS (
    SELECT donor,
        sum(committed) FILTER (WHERE quantity_unit = 'units' AND category = 'tank') AS tank,
        sum(committed) FILTER (WHERE quantity_unit = 'units' AND category = 'ifv_apc') AS ifv_apc,
        sum(committed) FILTER (WHERE quantity_unit = 'units' AND category = 'artillery')
            AS artillery,
        sum(committed) FILTER (WHERE quantity_unit = 'units' AND category = 'mlrs') AS mlrs,
        sum(committed) FILTER (WHERE quantity_unit = 'units' AND category = 'air_defence')
            AS air_defence,
        sum(committed) FILTER (WHERE quantity_unit = 'units' AND category = 'aircraft')
            AS aircraft,
        sum(committed) FILTER (WHERE quantity_unit = 'units' AND category = 'helicopter')
            AS helicopter,
        sum(committed) FILTER (WHERE quantity_unit = 'units' AND category = 'drone') AS drone,
        sum(committed) FILTER (WHERE quantity_unit = 'units' AND category = 'missile') AS missile,
        sum(committed) FILTER (WHERE quantity_unit = 'units' AND category = 'vehicle') AS vehicle,
        sum(committed) FILTER (WHERE quantity_unit = 'units' AND category = 'naval') AS naval,
        sum(committed) FILTER (WHERE quantity_unit = 'units' AND category = 'small_arms')
            AS small_arms,
        sum(committed) FILTER (WHERE quantity_unit = 'units' AND category = 'ammunition')
            AS ammunition,
        sum(committed) FILTER (WHERE quantity_unit = 'units' AND category = 'other_equipment')
            AS other_equipment,
        sum(committed) FILTER (WHERE quantity_unit = 'rounds') AS rounds
    FROM fam
    GROUP BY donor
),
unknown AS (
    -- per donor and category: events of items whose count is unknown (no quantity)
    SELECT donor, category, count(*) AS n
    FROM query_table(src)
    WHERE quantity IS NULL AND category <> 'money' AND NOT is_running_total
      AND status IN ('pledged', 'funded', 'delivered')
    GROUP BY donor, category
),
unknown_of_donor AS (
    SELECT donor, CAST(sum(n) AS BIGINT) AS n_unknown_quantity, list(category) AS categories
    FROM unknown GROUP BY donor
)
SELECT
    g.donor, g.n_events, g.n_mentions, g.n_sources,
    -- a category of items: 0 when the donor has none, NULL (unknown, never 0) when every item of
    -- it has an unknown count (n_unknown_quantity: the events left out of these columns)
    CASE WHEN i.tank IS NULL AND list_contains(u.categories, 'tank') THEN NULL ELSE coalesce(i.tank, 0) END AS tank,
    CASE WHEN i.ifv_apc IS NULL AND list_contains(u.categories, 'ifv_apc') THEN NULL ELSE coalesce(i.ifv_apc, 0) END AS ifv_apc,
    CASE WHEN i.artillery IS NULL AND list_contains(u.categories, 'artillery') THEN NULL ELSE coalesce(i.artillery, 0) END AS artillery,
    CASE WHEN i.mlrs IS NULL AND list_contains(u.categories, 'mlrs') THEN NULL ELSE coalesce(i.mlrs, 0) END AS mlrs,
    CASE WHEN i.air_defence IS NULL AND list_contains(u.categories, 'air_defence') THEN NULL ELSE coalesce(i.air_defence, 0) END AS air_defence,
    CASE WHEN i.aircraft IS NULL AND list_contains(u.categories, 'aircraft') THEN NULL ELSE coalesce(i.aircraft, 0) END AS aircraft,
    CASE WHEN i.helicopter IS NULL AND list_contains(u.categories, 'helicopter') THEN NULL ELSE coalesce(i.helicopter, 0) END AS helicopter,
    CASE WHEN i.drone IS NULL AND list_contains(u.categories, 'drone') THEN NULL ELSE coalesce(i.drone, 0) END AS drone,
    CASE WHEN i.missile IS NULL AND list_contains(u.categories, 'missile') THEN NULL ELSE coalesce(i.missile, 0) END AS missile,
    CASE WHEN i.vehicle IS NULL AND list_contains(u.categories, 'vehicle') THEN NULL ELSE coalesce(i.vehicle, 0) END AS vehicle,
    CASE WHEN i.naval IS NULL AND list_contains(u.categories, 'naval') THEN NULL ELSE coalesce(i.naval, 0) END AS naval,
    CASE WHEN i.small_arms IS NULL AND list_contains(u.categories, 'small_arms') THEN NULL ELSE coalesce(i.small_arms, 0) END AS small_arms,
    CASE WHEN i.ammunition IS NULL AND list_contains(u.categories, 'ammunition') THEN NULL ELSE coalesce(i.ammunition, 0) END AS ammunition,
    CASE WHEN i.other_equipment IS NULL AND list_contains(u.categories, 'other_equipment') THEN NULL ELSE coalesce(i.other_equipment, 0) END AS other_equipment,
    coalesce(i.rounds, 0) AS rounds, coalesce(u.n_unknown_quantity, 0) AS n_unknown_quantity,
    g.committed_eur, g.delivered_eur, g.committed_usd, g.delivered_usd, g.n_unconverted, g.unconverted,
    g.first_date, g.last_date, g.event_ids
FROM internal.totals_of_group(src, '^(donor)$') AS g
LEFT JOIN items AS i ON i.donor IS NOT DISTINCT FROM g.donor
LEFT JOIN unknown_of_donor AS u ON u.donor IS NOT DISTINCT FROM g.donor;
CREATE OR REPLACE VIEW internal.compute_by_donor AS SELECT * FROM internal.totals_of_donor(pledge_events);
-- The events of the groups of by_donor that a scoped refresh changed (refresh_changed_groups).
CREATE OR REPLACE VIEW internal.refresh_events_by_donor AS
SELECT * FROM internal.events AS e
WHERE EXISTS (SELECT 1 FROM internal.refresh_changed_groups AS c WHERE c.donor IS NOT DISTINCT FROM e.donor);

-- Totals per donor and system (one row per donor, system and quantity unit).
CREATE OR REPLACE MACRO internal.totals_of_donor_system(src) AS TABLE
SELECT donor, system, category, quantity_unit, n_events, n_mentions, n_sources, pledged, delivered, committed,
    n_unknown_quantity, considering, refused, committed_eur, delivered_eur, committed_usd, delivered_usd, n_unconverted, unconverted,
    first_date, last_date, event_ids
FROM internal.totals_of_group(src, '^(donor|system|category|quantity_unit)$');
CREATE OR REPLACE VIEW internal.compute_by_donor_system AS SELECT * FROM internal.totals_of_donor_system(pledge_events);
-- The events of the groups of by_donor_system that a scoped refresh changed (refresh_changed_groups).
CREATE OR REPLACE VIEW internal.refresh_events_by_donor_system AS
SELECT * FROM internal.events AS e
WHERE EXISTS (SELECT 1 FROM internal.refresh_changed_groups AS c WHERE c.donor IS NOT DISTINCT FROM e.donor
    AND c.system IS NOT DISTINCT FROM e.system
    AND c.category IS NOT DISTINCT FROM e.category
    AND c.quantity_unit IS NOT DISTINCT FROM e.quantity_unit);

-- Totals per system, over all donors (committed: per donor and family, summed).
CREATE OR REPLACE MACRO internal.totals_of_system(src) AS TABLE
SELECT system, category, quantity_unit, n_donors, n_events, n_mentions, n_sources, pledged, delivered, committed,
    n_unknown_quantity, considering, refused, committed_eur, delivered_eur, committed_usd, delivered_usd, n_unconverted, unconverted,
    first_date, last_date, donors, event_ids
FROM internal.totals_of_group(src, '^(system|category|quantity_unit)$');
CREATE OR REPLACE VIEW internal.compute_by_system AS SELECT * FROM internal.totals_of_system(pledge_events);
-- The events of the groups of by_system that a scoped refresh changed (refresh_changed_groups).
CREATE OR REPLACE VIEW internal.refresh_events_by_system AS
SELECT * FROM internal.events AS e
WHERE EXISTS (SELECT 1 FROM internal.refresh_changed_groups AS c WHERE c.system IS NOT DISTINCT FROM e.system
    AND c.category IS NOT DISTINCT FROM e.category
    AND c.quantity_unit IS NOT DISTINCT FROM e.quantity_unit);

-- Totals per category (tank, artillery, ..., money) and quantity unit.
CREATE OR REPLACE MACRO internal.totals_of_category(src) AS TABLE
SELECT category, quantity_unit, n_donors, n_events, n_mentions, n_sources, pledged, delivered, committed,
    n_unknown_quantity, considering, refused, committed_eur, delivered_eur, committed_usd, delivered_usd, n_unconverted, unconverted,
    first_date, last_date, event_ids
FROM internal.totals_of_group(src, '^(category|quantity_unit)$');
CREATE OR REPLACE VIEW internal.compute_by_category AS SELECT * FROM internal.totals_of_category(pledge_events);
-- The events of the groups of by_category that a scoped refresh changed (refresh_changed_groups).
CREATE OR REPLACE VIEW internal.refresh_events_by_category AS
SELECT * FROM internal.events AS e
WHERE EXISTS (SELECT 1 FROM internal.refresh_changed_groups AS c WHERE c.category IS NOT DISTINCT FROM e.category
    AND c.quantity_unit IS NOT DISTINCT FROM e.quantity_unit);

-- Totals per calendar month of the event's first effective date (announcement, else publication;
-- NULL: undated events): events and money pledged (pledged or funded) and delivered in the month.
-- Items of different kinds are not added up here (see by_donor_system, by_category).
CREATE OR REPLACE MACRO internal.totals_of_month(src) AS TABLE
WITH month_events AS (SELECT *, CAST(date_trunc('month', effective_date) AS DATE) AS month FROM query_table(src))
SELECT month, n_events, n_mentions, n_sources, n_donors, pledged_eur, delivered_eur, pledged_usd, delivered_usd,
    n_unconverted, unconverted, event_ids
FROM internal.totals_of_group(month_events, '^(month)$');
CREATE OR REPLACE VIEW internal.compute_by_month AS SELECT * FROM internal.totals_of_month(pledge_events);
-- The events of the groups of by_month that a scoped refresh changed (refresh_changed_groups).
CREATE OR REPLACE VIEW internal.refresh_events_by_month AS
SELECT * FROM internal.events AS e
WHERE EXISTS (SELECT 1 FROM internal.refresh_changed_groups AS c WHERE c.month IS NOT DISTINCT FROM CAST(date_trunc('month', e.effective_date) AS DATE));

-- Totals per status: events and the money of the status (components and running totals left
-- out). Quantities of different kinds are not added up here.
CREATE OR REPLACE MACRO internal.totals_of_status(src) AS TABLE
SELECT status, n_events, n_mentions, n_sources, n_donors, amount_eur, amount_usd, n_unconverted, unconverted, event_ids
FROM internal.totals_of_group(src, '^(status)$', every_status := true);
CREATE OR REPLACE VIEW internal.compute_by_status AS SELECT * FROM internal.totals_of_status(pledge_events);
-- The events of the groups of by_status that a scoped refresh changed (refresh_changed_groups).
CREATE OR REPLACE VIEW internal.refresh_events_by_status AS
SELECT * FROM internal.events AS e
WHERE EXISTS (SELECT 1 FROM internal.refresh_changed_groups AS c WHERE c.status IS NOT DISTINCT FROM e.status);

-- Conversions stated in the text ("EUR 200 million ($217 million)") checked against the ECB rate
-- of the pledge's fx_date. flagged = the stated amount differs from the computed one by more
-- than 5 % (problem code AL301).
CREATE OR REPLACE VIEW conversion_checks AS
WITH stated AS (
    -- the currencies stated: only their rates are joined (the rest of the ECB history is neither
    -- sorted nor scanned, as in pledges_fx)
    SELECT DISTINCT stated_currency FROM pledges WHERE stated_amount IS NOT NULL AND amount IS NOT NULL
),
s AS (
    SELECT f.*, r.per_eur AS stated_per_eur, r.date AS stated_rate_date, b.first_date, b.last_date
    FROM (SELECT * FROM pledges_fx WHERE stated_amount IS NOT NULL AND amount IS NOT NULL) AS f
    ASOF LEFT JOIN (SELECT * FROM fx_rates WHERE currency IN (SELECT stated_currency FROM stated)) AS r
        ON r.currency = f.stated_currency AND f.fx_date >= r.date
    LEFT JOIN (SELECT * FROM fx_bounds WHERE currency IN (SELECT stated_currency FROM stated)) AS b
        ON b.currency = f.stated_currency
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
CREATE OR REPLACE TABLE internal.totals_by_donor AS SELECT * FROM internal.compute_by_donor LIMIT 0;
CREATE OR REPLACE TABLE internal.totals_by_donor_system AS SELECT * FROM internal.compute_by_donor_system LIMIT 0;
CREATE OR REPLACE TABLE internal.totals_by_system AS SELECT * FROM internal.compute_by_system LIMIT 0;
CREATE OR REPLACE TABLE internal.totals_by_category AS SELECT * FROM internal.compute_by_category LIMIT 0;
CREATE OR REPLACE TABLE internal.totals_by_month AS SELECT * FROM internal.compute_by_month LIMIT 0;
CREATE OR REPLACE TABLE internal.totals_by_status AS SELECT * FROM internal.compute_by_status LIMIT 0;
CREATE OR REPLACE VIEW by_donor AS SELECT * FROM internal.totals_by_donor ORDER BY committed_eur DESC NULLS FIRST, n_events DESC, donor;
CREATE OR REPLACE VIEW by_donor_system AS SELECT * FROM internal.totals_by_donor_system ORDER BY donor, category, system, quantity_unit;
CREATE OR REPLACE VIEW by_system AS SELECT * FROM internal.totals_by_system ORDER BY committed DESC, committed_eur DESC NULLS FIRST, system;
CREATE OR REPLACE VIEW by_category AS SELECT * FROM internal.totals_by_category ORDER BY category, quantity_unit;
CREATE OR REPLACE VIEW by_month AS SELECT * FROM internal.totals_by_month ORDER BY month NULLS LAST;
CREATE OR REPLACE VIEW by_status AS SELECT * FROM internal.totals_by_status ORDER BY status;
