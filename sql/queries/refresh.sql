-- Refreshing what is derived from pledges: FX problems, events and totals (whole or scoped).
-- Named queries of aidledger.store, loaded by aiosql (aidledger/store/queries.py).

-- name: refresh_events#
-- Recompute the materialised events (sql/050_events.sql) and totals (sql/100_views.sql) of every
-- mention from pledges, systems and fx_rates: mention_events, then events, then the totals_by_*
-- tables. Runs in the caller's transaction; any DuckDB client can run the same statements after
-- writing to pledges itself. Written as steps (grouping, packages, events of one mention, events
-- of several) rather than one INSERT of compute_mention_events and compute_events: each step
-- fits in the ingest's memory limit, where the joined plan does not (docs/benchmarks.md).
DELETE FROM internal.mention_events;
INSERT INTO internal.mention_events BY NAME
SELECT g.*, false AS is_component, CAST(NULL AS VARCHAR) AS package_pledge_id,
       CAST(NULL AS VARCHAR) AS package_event_id
FROM internal.group_mentions(internal.mention_keys) AS g;
CREATE OR REPLACE TEMP TABLE refresh_parts AS SELECT * FROM internal.package_parts(internal.mention_keys);
UPDATE internal.mention_events SET is_component = true, package_pledge_id = pa.total_pledge_id
FROM refresh_parts AS pa WHERE mention_events.pledge_id = pa.pledge_id;
UPDATE internal.mention_events SET package_event_id = t.event_id
FROM (SELECT m.pledge_id, m.event_id FROM internal.mention_events AS m JOIN refresh_parts AS pa ON pa.total_pledge_id = m.pledge_id)
    AS t
WHERE mention_events.package_pledge_id = t.pledge_id;
DROP TABLE refresh_parts;
DELETE FROM internal.events;
INSERT INTO internal.events BY NAME SELECT * FROM internal.single_events(internal.mention_events, internal.money_fx);
INSERT INTO internal.events BY NAME SELECT * FROM internal.grouped_events(internal.mention_events, internal.money_fx);

-- name: refresh_events_scoped#
-- Bring mention_events and events up to date after the pledges of the documents in refresh_docs
-- (filled by the writer) were written or deleted, touching only what those documents can change:
-- the keys of their old and new mentions are grouped again (with every other mention of those
-- keys), the packages of those documents are found again, and the events of all those mentions
-- (and of parts whose package total moved to another event) are built again. The result is the
-- same as refresh_events (tests/test_refresh.py). The groups of the totals whose events changed are
-- left in refresh_changed_groups for refresh_totals_scoped. Runs in the caller's transaction;
-- leaves the other refresh_* tables empty.
DELETE FROM internal.refresh_keys;
DELETE FROM internal.refresh_pledges;
DELETE FROM internal.refresh_event_ids;
INSERT INTO internal.refresh_keys
    SELECT event_key FROM internal.mention_events WHERE doc_id IN (SELECT doc_id FROM internal.refresh_docs)
    UNION
    SELECT event_key FROM internal.refresh_doc_mentions;
-- the mentions to group again: the documents' pledges and every other stored mention of their keys
INSERT INTO internal.refresh_pledges
    SELECT pledge_id FROM internal.mention_events
    WHERE event_key IN (SELECT event_key FROM internal.refresh_keys) AND doc_id NOT IN (SELECT doc_id FROM internal.refresh_docs)
    UNION ALL
    SELECT pledge_id FROM pledges WHERE doc_id IN (SELECT doc_id FROM internal.refresh_docs);
-- their events before (to delete) ...
INSERT INTO internal.refresh_event_ids
    SELECT DISTINCT event_id FROM internal.mention_events WHERE event_key IN (SELECT event_key FROM internal.refresh_keys);
-- ... and the package fields of the mentions outside the documents (packages are per document)
CREATE OR REPLACE TEMP TABLE refresh_kept AS
    SELECT pledge_id, is_component, package_pledge_id, package_event_id FROM internal.mention_events
    WHERE event_key IN (SELECT event_key FROM internal.refresh_keys) AND doc_id NOT IN (SELECT doc_id FROM internal.refresh_docs);
DELETE FROM internal.mention_events WHERE event_key IN (SELECT event_key FROM internal.refresh_keys);
INSERT INTO internal.mention_events BY NAME
WITH pa AS (SELECT * FROM internal.package_parts(internal.refresh_doc_mentions))
SELECT g.*,
       coalesce(k.is_component, pa.pledge_id IS NOT NULL) AS is_component,
       coalesce(k.package_pledge_id, pa.total_pledge_id) AS package_pledge_id,
       k.package_event_id
FROM internal.group_mentions(internal.refresh_key_mentions) AS g
LEFT JOIN pa ON pa.pledge_id = g.pledge_id
LEFT JOIN refresh_kept AS k ON k.pledge_id = g.pledge_id;
DROP TABLE refresh_kept;
-- parts whose package total was grouped again point to the total's (new) event
INSERT INTO internal.refresh_event_ids
    SELECT event_id FROM internal.mention_events WHERE package_pledge_id IN (SELECT pledge_id FROM internal.refresh_pledges);
UPDATE internal.mention_events SET package_event_id = t.event_id
FROM (SELECT pledge_id, event_id FROM internal.mention_events WHERE pledge_id IN (SELECT pledge_id FROM internal.refresh_pledges)) AS t
WHERE mention_events.package_pledge_id = t.pledge_id;
-- the events after
INSERT INTO internal.refresh_event_ids
    SELECT event_id FROM internal.mention_events WHERE pledge_id IN (SELECT pledge_id FROM internal.refresh_pledges);
DELETE FROM internal.refresh_changed_groups;
INSERT INTO internal.refresh_changed_groups BY NAME SELECT * FROM internal.refresh_event_groups;
DELETE FROM internal.events WHERE event_id IN (SELECT event_id FROM internal.refresh_event_ids);
-- both kinds of events in one statement: pledges_fx (the money rows' rates) planned and run once
INSERT INTO internal.events BY NAME
WITH fx AS MATERIALIZED (SELECT * FROM internal.money_fx)
SELECT * FROM internal.single_events(internal.refresh_mention_events, fx)
UNION ALL
SELECT * FROM internal.grouped_events(internal.refresh_mention_events, fx);
INSERT INTO internal.refresh_changed_groups BY NAME SELECT * FROM internal.refresh_event_groups;
DELETE FROM internal.refresh_docs;
DELETE FROM internal.refresh_keys;
DELETE FROM internal.refresh_pledges;
DELETE FROM internal.refresh_event_ids;

-- name: refresh_totals_scoped#
-- Recompute the rows of the totals_by_* tables whose groups are in refresh_changed_groups (left by
-- refresh_events_scoped) from the events of those groups, then empty refresh_changed_groups. The
-- same rows as refresh_totals (tests/test_refresh.py). Runs in the caller's transaction.
DELETE FROM internal.totals_by_donor AS t
WHERE EXISTS (SELECT 1 FROM internal.refresh_changed_groups AS c WHERE c.donor IS NOT DISTINCT FROM t.donor);
INSERT INTO internal.totals_by_donor BY NAME SELECT * FROM internal.totals_of_donor(internal.refresh_events_by_donor);
DELETE FROM internal.totals_by_donor_system AS t
WHERE EXISTS (SELECT 1 FROM internal.refresh_changed_groups AS c WHERE c.donor IS NOT DISTINCT FROM t.donor
    AND c.system IS NOT DISTINCT FROM t.system
    AND c.category IS NOT DISTINCT FROM t.category
    AND c.quantity_unit IS NOT DISTINCT FROM t.quantity_unit);
INSERT INTO internal.totals_by_donor_system BY NAME SELECT * FROM internal.totals_of_donor_system(internal.refresh_events_by_donor_system);
DELETE FROM internal.totals_by_system AS t
WHERE EXISTS (SELECT 1 FROM internal.refresh_changed_groups AS c WHERE c.system IS NOT DISTINCT FROM t.system
    AND c.category IS NOT DISTINCT FROM t.category
    AND c.quantity_unit IS NOT DISTINCT FROM t.quantity_unit);
INSERT INTO internal.totals_by_system BY NAME SELECT * FROM internal.totals_of_system(internal.refresh_events_by_system);
DELETE FROM internal.totals_by_category AS t
WHERE EXISTS (SELECT 1 FROM internal.refresh_changed_groups AS c WHERE c.category IS NOT DISTINCT FROM t.category
    AND c.quantity_unit IS NOT DISTINCT FROM t.quantity_unit);
INSERT INTO internal.totals_by_category BY NAME SELECT * FROM internal.totals_of_category(internal.refresh_events_by_category);
DELETE FROM internal.totals_by_month AS t
WHERE EXISTS (SELECT 1 FROM internal.refresh_changed_groups AS c WHERE c.month IS NOT DISTINCT FROM t.month);
INSERT INTO internal.totals_by_month BY NAME SELECT * FROM internal.totals_of_month(internal.refresh_events_by_month);
DELETE FROM internal.totals_by_status AS t
WHERE EXISTS (SELECT 1 FROM internal.refresh_changed_groups AS c WHERE c.status IS NOT DISTINCT FROM t.status);
INSERT INTO internal.totals_by_status BY NAME SELECT * FROM internal.totals_of_status(internal.refresh_events_by_status);
DELETE FROM internal.refresh_changed_groups;

-- name: refresh_totals_scoped_in_one#
-- refresh_totals_scoped in one statement for the six tables (internal.totals_of_tagged over
-- refresh_events_by_table: one plan instead of six, the same rows), then the rows of each table
-- replaced. For ledgers small enough that the six tables' events fit in memory at once
-- (aidledger/store/refresh.py, TOTALS_IN_ONE_MAX_MENTIONS). Runs in the caller's transaction.
CREATE OR REPLACE TEMP TABLE refreshed_totals AS SELECT * FROM internal.totals_of_tagged(internal.refresh_events_by_table);
DELETE FROM internal.totals_by_donor AS t
WHERE EXISTS (SELECT 1 FROM internal.refresh_changed_groups AS c WHERE c.donor IS NOT DISTINCT FROM t.donor);
INSERT INTO internal.totals_by_donor BY NAME SELECT * FROM internal.columns_of_donor(refreshed_totals);
DELETE FROM internal.totals_by_donor_system AS t
WHERE EXISTS (SELECT 1 FROM internal.refresh_changed_groups AS c WHERE c.donor IS NOT DISTINCT FROM t.donor
    AND c.system IS NOT DISTINCT FROM t.system
    AND c.category IS NOT DISTINCT FROM t.category
    AND c.quantity_unit IS NOT DISTINCT FROM t.quantity_unit);
INSERT INTO internal.totals_by_donor_system BY NAME SELECT * FROM internal.columns_of_donor_system(refreshed_totals);
DELETE FROM internal.totals_by_system AS t
WHERE EXISTS (SELECT 1 FROM internal.refresh_changed_groups AS c WHERE c.system IS NOT DISTINCT FROM t.system
    AND c.category IS NOT DISTINCT FROM t.category
    AND c.quantity_unit IS NOT DISTINCT FROM t.quantity_unit);
INSERT INTO internal.totals_by_system BY NAME SELECT * FROM internal.columns_of_system(refreshed_totals);
DELETE FROM internal.totals_by_category AS t
WHERE EXISTS (SELECT 1 FROM internal.refresh_changed_groups AS c WHERE c.category IS NOT DISTINCT FROM t.category
    AND c.quantity_unit IS NOT DISTINCT FROM t.quantity_unit);
INSERT INTO internal.totals_by_category BY NAME SELECT * FROM internal.columns_of_category(refreshed_totals);
DELETE FROM internal.totals_by_month AS t
WHERE EXISTS (SELECT 1 FROM internal.refresh_changed_groups AS c WHERE c.month IS NOT DISTINCT FROM t.month);
INSERT INTO internal.totals_by_month BY NAME SELECT * FROM internal.columns_of_month(refreshed_totals);
DELETE FROM internal.totals_by_status AS t
WHERE EXISTS (SELECT 1 FROM internal.refresh_changed_groups AS c WHERE c.status IS NOT DISTINCT FROM t.status);
INSERT INTO internal.totals_by_status BY NAME SELECT * FROM internal.columns_of_status(refreshed_totals);
DROP TABLE refreshed_totals;
DELETE FROM internal.refresh_changed_groups;

-- name: add_refresh_docs!
-- List the documents of the registered Arrow table incoming_refresh_docs (column doc_id) for
-- refresh_events_scoped.
INSERT INTO internal.refresh_docs SELECT doc_id FROM incoming_refresh_docs;

-- name: clear_refresh_groups!
-- Empty refresh_changed_groups (a full refresh recomputed every group).
DELETE FROM internal.refresh_changed_groups;

-- name: clear_refresh_docs!
-- Empty refresh_docs (a full refresh follows, or nothing changed).
DELETE FROM internal.refresh_docs;

-- name: refresh_totals#
-- Recompute the totals_by_* tables (sql/100_views.sql) from events. Runs in the caller's
-- transaction.
DELETE FROM internal.totals_by_donor;
INSERT INTO internal.totals_by_donor BY NAME SELECT * FROM internal.compute_by_donor;
DELETE FROM internal.totals_by_donor_system;
INSERT INTO internal.totals_by_donor_system BY NAME SELECT * FROM internal.compute_by_donor_system;
DELETE FROM internal.totals_by_system;
INSERT INTO internal.totals_by_system BY NAME SELECT * FROM internal.compute_by_system;
DELETE FROM internal.totals_by_category;
INSERT INTO internal.totals_by_category BY NAME SELECT * FROM internal.compute_by_category;
DELETE FROM internal.totals_by_month;
INSERT INTO internal.totals_by_month BY NAME SELECT * FROM internal.compute_by_month;
DELETE FROM internal.totals_by_status;
INSERT INTO internal.totals_by_status BY NAME SELECT * FROM internal.compute_by_status;

-- name: refresh_totals_in_one#
-- refresh_totals in one statement for the six tables (view compute_totals: one plan instead of
-- six, the same rows), for ledgers small enough that six copies of their events fit in memory at
-- once (aidledger/store/refresh.py, TOTALS_IN_ONE_MAX_MENTIONS). Runs in the caller's transaction.
CREATE OR REPLACE TEMP TABLE refreshed_totals AS SELECT * FROM internal.compute_totals;
DELETE FROM internal.totals_by_donor;
INSERT INTO internal.totals_by_donor BY NAME SELECT * FROM internal.columns_of_donor(refreshed_totals);
DELETE FROM internal.totals_by_donor_system;
INSERT INTO internal.totals_by_donor_system BY NAME SELECT * FROM internal.columns_of_donor_system(refreshed_totals);
DELETE FROM internal.totals_by_system;
INSERT INTO internal.totals_by_system BY NAME SELECT * FROM internal.columns_of_system(refreshed_totals);
DELETE FROM internal.totals_by_category;
INSERT INTO internal.totals_by_category BY NAME SELECT * FROM internal.columns_of_category(refreshed_totals);
DELETE FROM internal.totals_by_month;
INSERT INTO internal.totals_by_month BY NAME SELECT * FROM internal.columns_of_month(refreshed_totals);
DELETE FROM internal.totals_by_status;
INSERT INTO internal.totals_by_status BY NAME SELECT * FROM internal.columns_of_status(refreshed_totals);
DROP TABLE refreshed_totals;

-- name: derived_rows^
-- Rows of pledges and of mention_events: they differ when events need a refresh (someone wrote
-- to pledges without refreshing).
SELECT (SELECT count(*) FROM pledges) AS pledges, (SELECT count(*) FROM internal.mention_events) AS mentions,
       (SELECT count(*) FROM internal.events) AS events;

-- name: refresh_fx_problems#
-- Recompute the FX problems of every pledge (view fx_problems of sql/100_views.sql: AL301, AL302).
DELETE FROM problems WHERE code IN ('AL301', 'AL302');
INSERT INTO problems (doc_id, code, message, span_start, span_end, quote) SELECT * FROM fx_problems;

-- name: refresh_fx_problems_scoped#
-- refresh_fx_problems for the pledges of the documents in refresh_docs only (their problems
-- depend on their own pledges and the rates): after a write that changed no rates.
DELETE FROM problems WHERE code IN ('AL301', 'AL302') AND doc_id IN (SELECT doc_id FROM internal.refresh_docs);
INSERT INTO problems (doc_id, code, message, span_start, span_end, quote)
SELECT * FROM fx_problems WHERE doc_id IN (SELECT doc_id FROM internal.refresh_docs);

-- name: fx_problem_count$
-- How many FX problems (AL301, AL302) the ledger has.
SELECT count(*) FROM problems WHERE code IN ('AL301', 'AL302');
