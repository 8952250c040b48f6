-- What is committed of a donor's catalog family: the one netting rule of every total that sets
-- deliveries against pledges (the totals views of 100_views.sql, the lifecycle views of
-- 050_events.sql and 200_analytics.sql, the charts of aidledger/plot.py, which run these macros
-- on their frame). Macros only, over no table: any DuckDB connection can create them.
--
-- The rule (docs/methodology.md, "What is committed"). Per donor and family (and the group of a
-- total), with pledged = events of status pledged or funded and delivered = delivered events:
--
--   committed = greatest(delivered, pledged + uncovered)
--
-- - A delivery is a share of what is committed, never added to it: with no pledge of *more*,
--   uncovered = 0 and committed = greatest(pledged, delivered) (a pledge of 12 and a delivery of
--   18 of the same guns: 18 committed; the 12 may be part of the 18).
-- - A pledge whose words mark it as new ("12 more", "another", "a further", "additional":
--   pledges.is_additional, carried to its event) is on top of everything delivered before it:
--   deliveries not covered by the pledges before it are then a commitment of their own.
--   uncovered = the largest (delivered before - pledged before) at a pledge of more, floored at
--   0; "before" follows the events' effective dates, and on the same day deliveries come first,
--   then pledges, then pledges of more (a pledge of more is on top of what is known that day).
--   So "18 already delivered, 12 more promised": uncovered 18, committed 30, delivered 18, 12
--   outstanding.
-- - Deliveries after the pledge of more may fulfil it: "18 pledged, 18 delivered, 12 more
--   pledged, then 12 more delivered" is 30 committed (uncovered 0 at the pledge of more), not 42.
--   When every delivery comes before the pledges of more, the rule is
--   delivered + additional pledged + max(other pledged - delivered, 0).
-- - committed >= delivered and committed >= pledged, always; outstanding = committed - delivered.
-- - Money: a side (pledged, delivered) is NULL when it has events but none of them converts;
--   committed is then NULL (unknown, never 0). The totals give v as internal.exact (below): the
--   sums are then exact, whatever the order of the events; the macros keep the type of v.

CREATE SCHEMA IF NOT EXISTS internal;

-- A number as it is summed in a total: DECIMAL(38, 6), so that a sum of them is exact and the
-- same in any order (a sum of DOUBLE depends on the order of its terms, which DuckDB does not fix:
-- threads, hash tables, a scoped refresh that adds a group's events in another order than a full
-- one). Money converted at a rate (amount_eur, amount_usd: DOUBLE) is rounded to a millionth of a
-- currency unit, far below the cent the amounts are stated in, and up to 10^32 units fit; counts
-- of items are whole numbers, kept as they are. The sums are cast back to DOUBLE (the nearest
-- double of the exact sum) where a view shows them, so the columns keep their type.
CREATE OR REPLACE MACRO internal.exact(x) AS CAST(x AS DECIMAL(38, 6));

-- What is committed of a family when p is pledged (pledged or funded), d delivered and u the
-- deliveries left uncovered at a pledge of more (internal.family_sides; 0 when none): the larger
-- of d and p + u. Unknown (NULL) when p or d is.
CREATE OR REPLACE MACRO committed_of(p, d, u := 0) AS
    CASE WHEN p IS NULL OR d IS NULL THEN NULL ELSE greatest(d, p + greatest(coalesce(u, 0), 0)) END;

-- The sides of each family of src and what is committed of it. src: one row per event, with the
-- columns k (the group of the total, any type), donor, family, status, is_additional,
-- effective_date, event_id (the order of events of one day) and v (the quantity or the money
-- counted; NULL for money that does not convert). Rows of other statuses than pledged, funded
-- and delivered are left out. One row per k, donor and family: n_pledged and n_delivered (events),
-- pledged, delivered (NULL when the side has events and none has a v), additional (pledged by
-- pledges of more), uncovered (see the header) and committed (committed_of).
CREATE OR REPLACE MACRO internal.family_sides(src) AS TABLE
WITH marked AS (
    SELECT
        k, donor, family, v, effective_date, event_id,
        status IN ('pledged', 'funded') AS is_pledge,
        status = 'delivered' AS is_delivery,
        status IN ('pledged', 'funded') AND coalesce(is_additional, false) AS is_more
    FROM query_table(src)
    WHERE status IN ('pledged', 'funded', 'delivered')
),
sides AS (
    SELECT
        k, donor, family,
        count(*) FILTER (WHERE is_pledge) AS n_pledged,
        count(*) FILTER (WHERE is_delivery) AS n_delivered,
        CASE WHEN count(*) FILTER (WHERE is_pledge) > 0 THEN sum(v) FILTER (WHERE is_pledge) ELSE 0 END AS pledged,
        CASE WHEN count(*) FILTER (WHERE is_delivery) > 0 THEN sum(v) FILTER (WHERE is_delivery) ELSE 0 END
            AS delivered,
        coalesce(sum(v) FILTER (WHERE is_more), 0) AS additional,
        count(*) FILTER (WHERE is_more) AS n_more
    FROM marked
    GROUP BY k, donor, family
),
ordered AS (
    -- the events of the families that hold a pledge of more (the others have nothing uncovered:
    -- no sort for them), each with what was delivered and pledged before it
    SELECT
        m.*,
        sum(CASE WHEN m.is_delivery THEN m.v END) OVER w AS delivered_before,
        sum(CASE WHEN m.is_pledge THEN m.v END) OVER w AS pledged_before
    FROM marked AS m
    SEMI JOIN (SELECT k, donor, family FROM sides WHERE n_more > 0) AS f
        ON f.k IS NOT DISTINCT FROM m.k AND f.donor IS NOT DISTINCT FROM m.donor
        AND f.family IS NOT DISTINCT FROM m.family
    WINDOW w AS (
        PARTITION BY m.k, m.donor, m.family
        ORDER BY m.effective_date NULLS LAST, CASE WHEN m.is_delivery THEN 0 WHEN m.is_more THEN 2 ELSE 1 END,
            m.event_id
        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
),
uncovered AS (
    SELECT k, donor, family,
        greatest(coalesce(max(coalesce(delivered_before, 0) - coalesce(pledged_before, 0))
                              FILTER (WHERE is_more AND v IS NOT NULL), 0), 0) AS uncovered
    FROM ordered
    GROUP BY k, donor, family
)
SELECT s.k, s.donor, s.family, s.n_pledged, s.n_delivered, s.pledged, s.delivered, s.additional,
    coalesce(u.uncovered, 0) AS uncovered,
    committed_of(s.pledged, s.delivered, coalesce(u.uncovered, 0)) AS committed
FROM sides AS s
LEFT JOIN uncovered AS u
    ON u.k IS NOT DISTINCT FROM s.k AND u.donor IS NOT DISTINCT FROM s.donor AND u.family IS NOT DISTINCT FROM s.family;
