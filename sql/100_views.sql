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
-- write changed only (refresh_events_by_*, named query refresh_totals_scoped). A ledger of up to
-- 100,000 mentions computes the six tables in one statement (totals_of_tagged: view
-- compute_totals, refresh_events_by_table; named queries refresh_totals_in_one and
-- refresh_totals_scoped_in_one): the same rows, one plan instead of six.
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
--   Money is summed exact, as DECIMAL (internal.exact of sql/030_committed.sql: each converted
--   amount rounded to a millionth of a unit), and shown as DOUBLE: a total is the same whatever
--   the order of its events, so a scoped refresh gives the rows of a full one bit for bit.

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
-- each amount summed as internal.exact: the sums are exact, in any order
in_eur AS (SELECT k, donor, family, status, is_additional, effective_date, event_id, internal.exact(amount_eur) AS v FROM ev),
in_usd AS (SELECT k, donor, family, status, is_additional, effective_date, event_id, internal.exact(amount_usd) AS v FROM ev),
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
    SELECT k, sum(internal.exact(amount_eur)) AS amount_eur, sum(internal.exact(amount_usd)) AS amount_usd,
        count(*) FILTER (WHERE amount_eur IS NULL OR amount_usd IS NULL) AS n_unconverted,
        sum_by_currency(list(struct_pack(currency := currency, amount := amount))
                        FILTER (WHERE amount_eur IS NULL OR amount_usd IS NULL)) AS unconverted
    FROM ev
    GROUP BY k
)
SELECT unnest(m.k), true AS has_money,  -- the exact sums shown as DOUBLE
    CAST(CASE WHEN s.k IS NULL THEN 0 ELSE s.pledged_eur END AS DOUBLE) AS pledged_eur,
    CAST(CASE WHEN s.k IS NULL THEN 0 ELSE s.pledged_usd END AS DOUBLE) AS pledged_usd,
    CAST(m.amount_eur AS DOUBLE) AS amount_eur, CAST(m.amount_usd AS DOUBLE) AS amount_usd,
    CAST(CASE WHEN s.k IS NULL THEN 0 ELSE s.committed_eur END AS DOUBLE) AS committed_eur,
    CAST(CASE WHEN s.k IS NULL THEN 0 ELSE s.delivered_eur END AS DOUBLE) AS delivered_eur,
    CAST(CASE WHEN s.k IS NULL THEN 0 ELSE s.committed_usd END AS DOUBLE) AS committed_usd,
    CAST(CASE WHEN s.k IS NULL THEN 0 ELSE s.delivered_usd END AS DOUBLE) AS delivered_usd,
    CAST(m.n_unconverted AS BIGINT) AS n_unconverted, m.unconverted
FROM money AS m
LEFT JOIN sides AS s ON s.k IS NOT DISTINCT FROM m.k;

-- The group of an event in the totals table tbl: a struct of the table's name and every key of
-- every table (donor, system, category, quantity_unit, month, status), NULL where the table has
-- not that key. One type for every table, so that a table's groups are the same values (and
-- hash alike) whether its totals are computed alone (totals_of_donor, ...) or with the other
-- tables' (totals_of_tagged). (That alone did not make the sums add their terms in the same order:
-- the money of a total is summed exact, internal.exact, so that no order matters.)
CREATE OR REPLACE MACRO internal.group_key(tbl, d, s, c, u, m, st) AS
    struct_pack(totals_table := CAST(tbl AS VARCHAR), donor := CAST(d AS VARCHAR), system := CAST(s AS VARCHAR),
                category := CAST(c AS VARCHAR), quantity_unit := CAST(u AS VARCHAR), month := CAST(m AS DATE),
                status := CAST(st AS VARCHAR));

-- The group (internal.group_key) of an event of the given donor, system, category, quantity_unit,
-- effective date and status in the totals table tbl: the table's keys kept, the others NULL.
CREATE OR REPLACE MACRO internal.table_group(tbl, d, s, c, u, day, st) AS
    internal.group_key(tbl,
        CASE WHEN tbl IN ('donor', 'donor_system') THEN d END,
        CASE WHEN tbl IN ('donor_system', 'system') THEN s END,
        CASE WHEN tbl IN ('donor_system', 'system', 'category') THEN c END,
        CASE WHEN tbl IN ('donor_system', 'system', 'category') THEN u END,
        CASE WHEN tbl = 'month' THEN date_trunc('month', day) END,
        CASE WHEN tbl = 'status' THEN st END);

-- Totals per group of events, the one computation of every totals table. src: events (the columns
-- of pledge_events) with k, a struct naming each event's group: its first field totals_table names
-- the table (donor, donor_system, system, category, month, status), the others are the table's
-- keys. One row per group: the fields of k (unnest), then n_donors, n_events, n_mentions,
-- n_sources, items pledged, delivered and committed (per donor and family, internal.family_sides),
-- n_unknown_quantity, considering, refused, the money of money_of (committed_eur, delivered_eur,
-- committed_usd, delivered_usd, pledged_eur, pledged_usd, amount_eur, amount_usd, n_unconverted,
-- unconverted; of every status for the table status, else of pledged, funded and delivered
-- events), first_date, last_date, donors, event_ids, and for the table donor the items committed
-- per category (tank, ..., other_equipment in units, rounds) in place of pledged, delivered and
-- committed. Planned as few operators: one internal.family_sides for the items (per group and
-- quantity unit, or per category and unit) and the money in EUR and in USD (each side a field of
-- the struct k of family_sides, so the three never mix), and one aggregate for the counts, the
-- unknown quantities and the money amounts (docs/benchmarks.md, tenth session).
CREATE OR REPLACE MACRO internal.totals_of_keyed(src) AS TABLE
WITH ev AS (
    SELECT *,
        k.totals_table = 'status' AS every_status, k.totals_table = 'donor' AS by_category,
        -- the money counted (money_of): components and running totals left out
        amount IS NOT NULL AND NOT is_component AND NOT is_running_total
            AND (every_status OR status IN ('pledged', 'funded', 'delivered')) AS is_money,
        -- items whose count is unknown (no quantity; money left out), counted nowhere in pledged,
        -- delivered and committed
        quantity IS NULL AND category <> 'money' AND NOT is_running_total
            AND status IN ('pledged', 'funded', 'delivered') AS is_unknown
    FROM query_table(src)
),
sources AS (
    -- distinct documents per group from the events' doc_ids: a hash aggregate that spills
    -- under a memory limit (a list of lists per group would not)
    SELECT k, count(*) AS n_sources
    FROM (SELECT DISTINCT k, unnest(doc_ids) AS doc_id FROM ev)
    GROUP BY ALL
),
counted AS (
    -- side 'i': the events that count items, per group and quantity unit (items of different units
    -- are never netted against each other); side 'c' in place of 'i' when by_category: per group,
    -- category and unit; sides 'e' and 'u': the money counted, in EUR and in USD
    -- (v: internal.exact, so that every sum of family_sides and of sides is exact, in any order;
    -- the counts of items are whole numbers, unchanged by it)
    SELECT struct_pack(g := k, side := CASE WHEN by_category THEN 'c' ELSE 'i' END, unit := quantity_unit,
            category := CASE WHEN by_category THEN category END) AS k,
        donor, family, status, is_additional, effective_date, event_id, internal.exact(quantity) AS v
    FROM ev
    WHERE quantity IS NOT NULL AND NOT is_running_total AND status IN ('pledged', 'funded', 'delivered')
    UNION ALL
    SELECT struct_pack(g := k, side := 'e', unit := CAST(NULL AS VARCHAR), category := CAST(NULL AS VARCHAR)),
        donor, family, status, is_additional, effective_date, event_id, internal.exact(amount_eur)
    FROM ev
    WHERE is_money
    UNION ALL
    SELECT struct_pack(g := k, side := 'u', unit := CAST(NULL AS VARCHAR), category := CAST(NULL AS VARCHAR)),
        donor, family, status, is_additional, effective_date, event_id, internal.exact(amount_usd)
    FROM ev
    WHERE is_money
),
sides AS (
    -- per group: the sides of its donors' families (internal.family_sides, sql/030_committed.sql)
    -- summed; a money side sums only the families that have events on it (as money_of); the exact
    -- sums (internal.exact) shown as DOUBLE
    SELECT k.g AS k,
        count(*) FILTER (WHERE k.side = 'i') AS n_item_families,
        CAST(sum(pledged) FILTER (WHERE k.side = 'i') AS DOUBLE) AS pledged,
        CAST(sum(delivered) FILTER (WHERE k.side = 'i') AS DOUBLE) AS delivered,
        CAST(sum(committed) FILTER (WHERE k.side = 'i') AS DOUBLE) AS committed,
        count(*) FILTER (WHERE k.side = 'e') AS n_money_families,
        sum(n_pledged) FILTER (WHERE k.side = 'e') AS n_money_pledged,
        sum(n_delivered) FILTER (WHERE k.side = 'e') AS n_money_delivered,
        CAST(sum(pledged) FILTER (WHERE k.side = 'e' AND n_pledged > 0) AS DOUBLE) AS pledged_eur,
        CAST(sum(pledged) FILTER (WHERE k.side = 'u' AND n_pledged > 0) AS DOUBLE) AS pledged_usd,
        CAST(sum(delivered) FILTER (WHERE k.side = 'e' AND n_delivered > 0) AS DOUBLE) AS delivered_eur,
        CAST(sum(delivered) FILTER (WHERE k.side = 'u' AND n_delivered > 0) AS DOUBLE) AS delivered_usd,
        CAST(sum(committed) FILTER (WHERE k.side = 'e') AS DOUBLE) AS committed_eur,
        CAST(sum(committed) FILTER (WHERE k.side = 'u') AS DOUBLE) AS committed_usd,
        CAST(sum(committed) FILTER (WHERE k.side = 'c' AND k.unit = 'units' AND k.category = 'tank') AS DOUBLE) AS tank,
        CAST(sum(committed) FILTER (WHERE k.side = 'c' AND k.unit = 'units' AND k.category = 'ifv_apc') AS DOUBLE) AS ifv_apc,
        CAST(sum(committed) FILTER (WHERE k.side = 'c' AND k.unit = 'units' AND k.category = 'artillery') AS DOUBLE) AS artillery,
        CAST(sum(committed) FILTER (WHERE k.side = 'c' AND k.unit = 'units' AND k.category = 'mlrs') AS DOUBLE) AS mlrs,
        CAST(sum(committed) FILTER (WHERE k.side = 'c' AND k.unit = 'units' AND k.category = 'air_defence') AS DOUBLE) AS air_defence,
        CAST(sum(committed) FILTER (WHERE k.side = 'c' AND k.unit = 'units' AND k.category = 'aircraft') AS DOUBLE) AS aircraft,
        CAST(sum(committed) FILTER (WHERE k.side = 'c' AND k.unit = 'units' AND k.category = 'helicopter') AS DOUBLE) AS helicopter,
        CAST(sum(committed) FILTER (WHERE k.side = 'c' AND k.unit = 'units' AND k.category = 'drone') AS DOUBLE) AS drone,
        CAST(sum(committed) FILTER (WHERE k.side = 'c' AND k.unit = 'units' AND k.category = 'missile') AS DOUBLE) AS missile,
        CAST(sum(committed) FILTER (WHERE k.side = 'c' AND k.unit = 'units' AND k.category = 'vehicle') AS DOUBLE) AS vehicle,
        CAST(sum(committed) FILTER (WHERE k.side = 'c' AND k.unit = 'units' AND k.category = 'naval') AS DOUBLE) AS naval,
        CAST(sum(committed) FILTER (WHERE k.side = 'c' AND k.unit = 'units' AND k.category = 'small_arms') AS DOUBLE) AS small_arms,
        CAST(sum(committed) FILTER (WHERE k.side = 'c' AND k.unit = 'units' AND k.category = 'ammunition') AS DOUBLE) AS ammunition,
        CAST(sum(committed) FILTER (WHERE k.side = 'c' AND k.unit = 'units' AND k.category = 'other_equipment') AS DOUBLE)
            AS other_equipment,
        CAST(sum(committed) FILTER (WHERE k.side = 'c' AND k.unit = 'rounds') AS DOUBLE) AS rounds
    FROM internal.family_sides(counted)
    GROUP BY k.g
),
base AS (
    SELECT k, count(DISTINCT donor) AS n_donors, count(*) AS n_events,
        CAST(sum(n_mentions) AS BIGINT) AS n_mentions,
        count(*) FILTER (WHERE is_unknown) AS n_unknown_quantity,
        list(DISTINCT category) FILTER (WHERE is_unknown) AS unknown_categories,
        coalesce(sum(quantity) FILTER (WHERE status = 'considering' AND NOT is_running_total), 0) AS considering,
        coalesce(sum(quantity) FILTER (WHERE status = 'refused' AND NOT is_running_total), 0) AS refused,
        count(*) FILTER (WHERE is_money) AS n_money,
        CAST(sum(internal.exact(amount_eur)) FILTER (WHERE is_money) AS DOUBLE) AS amount_eur,
        CAST(sum(internal.exact(amount_usd)) FILTER (WHERE is_money) AS DOUBLE) AS amount_usd,
        count(*) FILTER (WHERE is_money AND (amount_eur IS NULL OR amount_usd IS NULL)) AS n_unconverted,
        sum_by_currency(list(struct_pack(currency := currency, amount := amount))
                        FILTER (WHERE is_money AND (amount_eur IS NULL OR amount_usd IS NULL))) AS unconverted,
        min(effective_date) AS first_date, max(last_effective_date) AS last_date,
        list(DISTINCT donor ORDER BY donor) AS donors,
        list_sort(list(event_id)) AS event_ids
    FROM ev
    GROUP BY k
)
SELECT
    unnest(b.k), b.n_donors, b.n_events, b.n_mentions, s.n_sources,
    -- items: 0 when the group holds none, NULL (unknown, never 0) when every item of it has an
    -- unknown count (n_unknown_quantity says how many events are left out of the sums)
    CASE WHEN coalesce(f.n_item_families, 0) = 0 AND b.n_unknown_quantity > 0 THEN NULL ELSE coalesce(f.pledged, 0) END
        AS pledged,
    CASE WHEN coalesce(f.n_item_families, 0) = 0 AND b.n_unknown_quantity > 0 THEN NULL ELSE coalesce(f.delivered, 0) END
        AS delivered,
    CASE WHEN coalesce(f.n_item_families, 0) = 0 AND b.n_unknown_quantity > 0 THEN NULL ELSE coalesce(f.committed, 0) END
        AS committed,
    b.n_unknown_quantity, b.considering, b.refused,
    -- money: 0 when the group holds none (or none pledged, funded or delivered), NULL when none
    -- of it converts
    CASE WHEN coalesce(f.n_money_families, 0) = 0 THEN 0 ELSE f.committed_eur END AS committed_eur,
    CASE WHEN coalesce(f.n_money_families, 0) = 0 OR f.n_money_delivered = 0 THEN 0 ELSE f.delivered_eur END
        AS delivered_eur,
    CASE WHEN coalesce(f.n_money_families, 0) = 0 THEN 0 ELSE f.committed_usd END AS committed_usd,
    CASE WHEN coalesce(f.n_money_families, 0) = 0 OR f.n_money_delivered = 0 THEN 0 ELSE f.delivered_usd END
        AS delivered_usd,
    CASE WHEN coalesce(f.n_money_families, 0) = 0 OR f.n_money_pledged = 0 THEN 0 ELSE f.pledged_eur END AS pledged_eur,
    CASE WHEN coalesce(f.n_money_families, 0) = 0 OR f.n_money_pledged = 0 THEN 0 ELSE f.pledged_usd END AS pledged_usd,
    CASE WHEN b.n_money = 0 THEN 0 ELSE b.amount_eur END AS amount_eur,
    CASE WHEN b.n_money = 0 THEN 0 ELSE b.amount_usd END AS amount_usd,
    b.n_unconverted, coalesce(b.unconverted, []) AS unconverted,
    b.first_date, b.last_date, b.donors, b.event_ids,
    -- a category of items (by_category): 0 when the group has none, NULL (unknown, never 0) when
    -- every item of it has an unknown count
    CASE WHEN f.tank IS NULL AND list_contains(b.unknown_categories, 'tank') THEN NULL ELSE coalesce(f.tank, 0) END AS tank,
    CASE WHEN f.ifv_apc IS NULL AND list_contains(b.unknown_categories, 'ifv_apc') THEN NULL ELSE coalesce(f.ifv_apc, 0) END AS ifv_apc,
    CASE WHEN f.artillery IS NULL AND list_contains(b.unknown_categories, 'artillery') THEN NULL ELSE coalesce(f.artillery, 0) END AS artillery,
    CASE WHEN f.mlrs IS NULL AND list_contains(b.unknown_categories, 'mlrs') THEN NULL ELSE coalesce(f.mlrs, 0) END AS mlrs,
    CASE WHEN f.air_defence IS NULL AND list_contains(b.unknown_categories, 'air_defence') THEN NULL ELSE coalesce(f.air_defence, 0) END AS air_defence,
    CASE WHEN f.aircraft IS NULL AND list_contains(b.unknown_categories, 'aircraft') THEN NULL ELSE coalesce(f.aircraft, 0) END AS aircraft,
    CASE WHEN f.helicopter IS NULL AND list_contains(b.unknown_categories, 'helicopter') THEN NULL ELSE coalesce(f.helicopter, 0) END AS helicopter,
    CASE WHEN f.drone IS NULL AND list_contains(b.unknown_categories, 'drone') THEN NULL ELSE coalesce(f.drone, 0) END AS drone,
    CASE WHEN f.missile IS NULL AND list_contains(b.unknown_categories, 'missile') THEN NULL ELSE coalesce(f.missile, 0) END AS missile,
    CASE WHEN f.vehicle IS NULL AND list_contains(b.unknown_categories, 'vehicle') THEN NULL ELSE coalesce(f.vehicle, 0) END AS vehicle,
    CASE WHEN f.naval IS NULL AND list_contains(b.unknown_categories, 'naval') THEN NULL ELSE coalesce(f.naval, 0) END AS naval,
    CASE WHEN f.small_arms IS NULL AND list_contains(b.unknown_categories, 'small_arms') THEN NULL ELSE coalesce(f.small_arms, 0) END AS small_arms,
    CASE WHEN f.ammunition IS NULL AND list_contains(b.unknown_categories, 'ammunition') THEN NULL ELSE coalesce(f.ammunition, 0) END AS ammunition,
    CASE WHEN f.other_equipment IS NULL AND list_contains(b.unknown_categories, 'other_equipment') THEN NULL ELSE coalesce(f.other_equipment, 0) END AS other_equipment,
    coalesce(f.rounds, 0) AS rounds
FROM base AS b
LEFT JOIN sources AS s ON s.k IS NOT DISTINCT FROM b.k
LEFT JOIN sides AS f ON f.k IS NOT DISTINCT FROM b.k;

-- The columns of each totals table from rows of internal.totals_of_keyed (r), those of the table only.
CREATE OR REPLACE MACRO internal.columns_of_donor(r) AS TABLE
SELECT donor, n_events, n_mentions, n_sources, tank, ifv_apc, artillery, mlrs, air_defence, aircraft, helicopter, drone,
    missile, vehicle, naval, small_arms, ammunition, other_equipment, rounds, n_unknown_quantity,
    committed_eur, delivered_eur, committed_usd, delivered_usd, n_unconverted, unconverted,
    first_date, last_date, event_ids
FROM query_table(r) WHERE totals_table = 'donor';
CREATE OR REPLACE MACRO internal.columns_of_donor_system(r) AS TABLE
SELECT donor, system, category, quantity_unit, n_events, n_mentions, n_sources, pledged, delivered, committed,
    n_unknown_quantity, considering, refused, committed_eur, delivered_eur, committed_usd, delivered_usd, n_unconverted, unconverted,
    first_date, last_date, event_ids
FROM query_table(r) WHERE totals_table = 'donor_system';
CREATE OR REPLACE MACRO internal.columns_of_system(r) AS TABLE
SELECT system, category, quantity_unit, n_donors, n_events, n_mentions, n_sources, pledged, delivered, committed,
    n_unknown_quantity, considering, refused, committed_eur, delivered_eur, committed_usd, delivered_usd, n_unconverted, unconverted,
    first_date, last_date, donors, event_ids
FROM query_table(r) WHERE totals_table = 'system';
CREATE OR REPLACE MACRO internal.columns_of_category(r) AS TABLE
SELECT category, quantity_unit, n_donors, n_events, n_mentions, n_sources, pledged, delivered, committed,
    n_unknown_quantity, considering, refused, committed_eur, delivered_eur, committed_usd, delivered_usd, n_unconverted, unconverted,
    first_date, last_date, event_ids
FROM query_table(r) WHERE totals_table = 'category';
CREATE OR REPLACE MACRO internal.columns_of_month(r) AS TABLE
SELECT month, n_events, n_mentions, n_sources, n_donors, pledged_eur, delivered_eur, pledged_usd, delivered_usd,
    n_unconverted, unconverted, event_ids
FROM query_table(r) WHERE totals_table = 'month';
CREATE OR REPLACE MACRO internal.columns_of_status(r) AS TABLE
SELECT status, n_events, n_mentions, n_sources, n_donors, amount_eur, amount_usd, n_unconverted, unconverted, event_ids
FROM query_table(r) WHERE totals_table = 'status';

-- The totals of every table in one statement (one plan: a scoped refresh, and tests/test_refresh.py's
-- checks). src: events with the column totals_table naming the table each row counts in (an event
-- may be in several: once per table). k holds the keys of every table, NULL where the row's table
-- has not that key (internal.group_key), so each group is that of the table's own macro
-- (totals_of_donor, ...; benchmarks/totals_equivalence.py and tests/test_refresh.py compare them).
CREATE OR REPLACE MACRO internal.totals_of_tagged(src) AS TABLE
WITH ev AS (
    SELECT internal.table_group(totals_table, donor, system, category, quantity_unit, effective_date, status) AS k,
        * EXCLUDE (totals_table)
    FROM query_table(src)
)
SELECT * FROM internal.totals_of_keyed(ev);
-- Every event of src in each of the six tables, and their totals.
CREATE OR REPLACE MACRO internal.totals_of_tables(src) AS TABLE
WITH tagged AS (
    SELECT t.totals_table, e.*
    FROM query_table(src) AS e
    CROSS JOIN (SELECT unnest(['donor', 'donor_system', 'system', 'category', 'month', 'status']) AS totals_table) AS t
)
SELECT * FROM internal.totals_of_tagged(tagged);
-- The totals of every table computed afresh (the compute_by_* views in one statement).
CREATE OR REPLACE VIEW internal.compute_totals AS SELECT * FROM internal.totals_of_tables(pledge_events);

-- Totals per donor: the columns of totals_of_keyed for the donor, with items committed per category
-- (units; ammunition also in rounds) in place of pledged, delivered and committed.
CREATE OR REPLACE MACRO internal.totals_of_donor(src) AS TABLE
WITH ev AS (SELECT internal.group_key('donor', donor, NULL, NULL, NULL, NULL, NULL) AS k, * FROM query_table(src)),
r AS (SELECT * FROM internal.totals_of_keyed(ev))
SELECT * FROM internal.columns_of_donor(r);
CREATE OR REPLACE VIEW internal.compute_by_donor AS SELECT * FROM internal.totals_of_donor(pledge_events);
-- The events of the groups of by_donor that a scoped refresh changed (refresh_changed_groups).
CREATE OR REPLACE VIEW internal.refresh_events_by_donor AS
SELECT * FROM internal.events AS e
WHERE EXISTS (SELECT 1 FROM internal.refresh_changed_groups AS c WHERE c.donor IS NOT DISTINCT FROM e.donor);

-- Totals per donor and system (one row per donor, system and quantity unit).
CREATE OR REPLACE MACRO internal.totals_of_donor_system(src) AS TABLE
WITH ev AS (SELECT internal.group_key('donor_system', donor, system, category, quantity_unit, NULL, NULL) AS k, * FROM query_table(src)),
r AS (SELECT * FROM internal.totals_of_keyed(ev))
SELECT * FROM internal.columns_of_donor_system(r);
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
WITH ev AS (SELECT internal.group_key('system', NULL, system, category, quantity_unit, NULL, NULL) AS k, * FROM query_table(src)),
r AS (SELECT * FROM internal.totals_of_keyed(ev))
SELECT * FROM internal.columns_of_system(r);
CREATE OR REPLACE VIEW internal.compute_by_system AS SELECT * FROM internal.totals_of_system(pledge_events);
-- The events of the groups of by_system that a scoped refresh changed (refresh_changed_groups).
CREATE OR REPLACE VIEW internal.refresh_events_by_system AS
SELECT * FROM internal.events AS e
WHERE EXISTS (SELECT 1 FROM internal.refresh_changed_groups AS c WHERE c.system IS NOT DISTINCT FROM e.system
    AND c.category IS NOT DISTINCT FROM e.category
    AND c.quantity_unit IS NOT DISTINCT FROM e.quantity_unit);

-- Totals per category (tank, artillery, ..., money) and quantity unit.
CREATE OR REPLACE MACRO internal.totals_of_category(src) AS TABLE
WITH ev AS (SELECT internal.group_key('category', NULL, NULL, category, quantity_unit, NULL, NULL) AS k, * FROM query_table(src)),
r AS (SELECT * FROM internal.totals_of_keyed(ev))
SELECT * FROM internal.columns_of_category(r);
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
WITH ev AS (SELECT internal.group_key('month', NULL, NULL, NULL, NULL, date_trunc('month', effective_date), NULL) AS k, * FROM query_table(src)),
r AS (SELECT * FROM internal.totals_of_keyed(ev))
SELECT * FROM internal.columns_of_month(r);
CREATE OR REPLACE VIEW internal.compute_by_month AS SELECT * FROM internal.totals_of_month(pledge_events);
-- The events of the groups of by_month that a scoped refresh changed (refresh_changed_groups).
CREATE OR REPLACE VIEW internal.refresh_events_by_month AS
SELECT * FROM internal.events AS e
WHERE EXISTS (SELECT 1 FROM internal.refresh_changed_groups AS c WHERE c.month IS NOT DISTINCT FROM CAST(date_trunc('month', e.effective_date) AS DATE));

-- Totals per status: events and the money of the status (components and running totals left
-- out). Quantities of different kinds are not added up here.
CREATE OR REPLACE MACRO internal.totals_of_status(src) AS TABLE
WITH ev AS (SELECT internal.group_key('status', NULL, NULL, NULL, NULL, NULL, status) AS k, * FROM query_table(src)),
r AS (SELECT * FROM internal.totals_of_keyed(ev))
SELECT * FROM internal.columns_of_status(r);
CREATE OR REPLACE VIEW internal.compute_by_status AS SELECT * FROM internal.totals_of_status(pledge_events);
-- The events of the groups of by_status that a scoped refresh changed (refresh_changed_groups).
CREATE OR REPLACE VIEW internal.refresh_events_by_status AS
SELECT * FROM internal.events AS e
WHERE EXISTS (SELECT 1 FROM internal.refresh_changed_groups AS c WHERE c.status IS NOT DISTINCT FROM e.status);

-- The events of every table's groups that a scoped refresh changed, each with its table (the rows
-- of the six refresh_events_by_* views, found in one join: internal.totals_of_tagged,
-- refresh_totals_scoped_in_one).
CREATE OR REPLACE VIEW internal.refresh_events_by_table AS
WITH tables AS (SELECT unnest(['donor', 'donor_system', 'system', 'category', 'month', 'status']) AS totals_table),
changed AS (
    SELECT DISTINCT internal.table_group(t.totals_table, c.donor, c.system, c.category, c.quantity_unit, c.month,
                                         c.status) AS k
    FROM internal.refresh_changed_groups AS c CROSS JOIN tables AS t
)
SELECT t.totals_table, e.*
FROM internal.events AS e
CROSS JOIN tables AS t
SEMI JOIN changed AS c
    ON c.k IS NOT DISTINCT FROM internal.table_group(t.totals_table, e.donor, e.system, e.category, e.quantity_unit,
                                                      e.effective_date, e.status);

-- Conversions stated in the text ("EUR 200 million ($217 million)") checked against the ECB rate
-- of the pledge's fx_date. flagged = the stated amount differs from the computed one by more
-- than 5 % (problem code AL301).
CREATE OR REPLACE VIEW conversion_checks AS
WITH stated AS (
    -- the currencies stated: only their rates are joined (the rest of the ECB history is neither
    -- sorted nor scanned, as in pledges_fx)
    SELECT DISTINCT stated_currency FROM pledges WHERE stated_amount IS NOT NULL AND amount IS NOT NULL
),
rates AS MATERIALIZED (  -- fx_rates scanned once: the as-of join and each currency's range (fx_bounds) read these
    SELECT date, currency, per_eur FROM fx_rates WHERE currency IN (SELECT stated_currency FROM stated)
),
bounds AS (
    SELECT currency, min(date) AS first_date, max(date) AS last_date FROM rates GROUP BY currency
),
s AS (
    SELECT f.*, r.per_eur AS stated_per_eur, r.date AS stated_rate_date, b.first_date, b.last_date
    FROM (SELECT * FROM pledges_fx WHERE stated_amount IS NOT NULL AND amount IS NOT NULL) AS f
    ASOF LEFT JOIN rates AS r
        ON r.currency = f.stated_currency AND f.fx_date >= r.date
    LEFT JOIN bounds AS b
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
