-- Named queries that aidledger.store runs. Each block starts with `-- name: <identifier><op>`;
-- the comment lines under it are its docstring. Ops (as in aiosql): none = rows, `!` = a write,
-- `#` = a script of several statements. Parameters are named: $name.
-- These are not migrations: the numbered files in sql/ create the tables and views.

-- name: create_migrations_table#
-- The record of applied sql/ files (name and sha256 of the text applied).
CREATE TABLE IF NOT EXISTS _aidledger_migrations (
    name       VARCHAR PRIMARY KEY,
    sha256     VARCHAR NOT NULL,
    applied_at TIMESTAMP NOT NULL
);

-- name: applied_migrations
-- Name and hash of every applied file.
SELECT name, sha256 FROM _aidledger_migrations ORDER BY name;

-- name: record_migration!
-- Record that a file was applied (again).
INSERT OR REPLACE INTO _aidledger_migrations (name, sha256, applied_at)
VALUES ($name, $sha256, CAST(now() AT TIME ZONE 'UTC' AS TIMESTAMP));

-- name: delete_incoming_documents#
-- Remove every row of the documents about to be (re)written: re-ingesting replaces them.
DELETE FROM pledges WHERE doc_id IN (SELECT doc_id FROM incoming_documents);
DELETE FROM problems WHERE doc_id IN (SELECT doc_id FROM incoming_documents);
DELETE FROM documents WHERE doc_id IN (SELECT doc_id FROM incoming_documents);

-- name: insert_incoming#
-- Insert the registered Arrow tables incoming_documents, incoming_pledges and incoming_problems.
-- A problem identical to one stored already (same document or none, code, message and span:
-- a malformed line, a file without text) replaces it instead of piling up, so ingesting the
-- same corpus again leaves the problems table as it was.
INSERT INTO documents BY NAME SELECT * FROM incoming_documents;
INSERT INTO pledges BY NAME SELECT * FROM incoming_pledges;
DELETE FROM problems AS p
    WHERE EXISTS (SELECT 1 FROM incoming_problems AS i
                  WHERE i.doc_id IS NOT DISTINCT FROM p.doc_id AND i.code = p.code AND i.message = p.message
                    AND i.span_start IS NOT DISTINCT FROM p.span_start
                    AND i.span_end IS NOT DISTINCT FROM p.span_end);
INSERT INTO problems BY NAME SELECT DISTINCT * FROM incoming_problems;

-- name: stage_incoming#
-- Append the registered Arrow tables incoming_documents, incoming_pledges and incoming_problems
-- (each with a run_id column) to the staging tables. Committed per batch by Ledger.ingest.
INSERT INTO internal.staging_documents BY NAME SELECT * FROM incoming_documents;
INSERT INTO internal.staging_pledges BY NAME SELECT * FROM incoming_pledges;
INSERT INTO internal.staging_problems BY NAME SELECT * FROM incoming_problems;

-- name: staged_replaced
-- How many stored documents the run of incoming_run (one row: run_id) replaces.
SELECT count(*) FROM documents
WHERE doc_id IN (SELECT s.doc_id FROM internal.staging_documents AS s, incoming_run AS r WHERE s.run_id = r.run_id);

-- name: staged_pledges
-- How many pledges the run of incoming_run (one row: run_id) has staged.
SELECT count(*) FROM internal.staging_pledges WHERE run_id IN (SELECT run_id FROM incoming_run);

-- name: publish_run#
-- Publish the staged run of incoming_run (one row: run_id): delete every row of the documents it
-- (re)writes, insert its documents, pledges and problems, and delete its staging rows; the
-- documents are listed in refresh_docs for the refresh of events that follows. Runs in the
-- caller's transaction. A problem identical to one stored already (same document or none, code,
-- message and span) replaces it instead of piling up, as in insert_incoming.
DELETE FROM internal.refresh_docs;
INSERT INTO internal.refresh_docs
    SELECT DISTINCT s.doc_id FROM internal.staging_documents AS s, incoming_run AS r WHERE s.run_id = r.run_id;
DELETE FROM pledges
    WHERE doc_id IN (SELECT s.doc_id FROM internal.staging_documents AS s, incoming_run AS r WHERE s.run_id = r.run_id);
DELETE FROM problems
    WHERE doc_id IN (SELECT s.doc_id FROM internal.staging_documents AS s, incoming_run AS r WHERE s.run_id = r.run_id);
DELETE FROM documents
    WHERE doc_id IN (SELECT s.doc_id FROM internal.staging_documents AS s, incoming_run AS r WHERE s.run_id = r.run_id);
INSERT INTO documents BY NAME
    SELECT s.* EXCLUDE (run_id) FROM internal.staging_documents AS s, incoming_run AS r WHERE s.run_id = r.run_id;
INSERT INTO pledges BY NAME
    SELECT s.* EXCLUDE (run_id) FROM internal.staging_pledges AS s, incoming_run AS r WHERE s.run_id = r.run_id;
DELETE FROM problems AS p
    WHERE EXISTS (SELECT 1 FROM internal.staging_problems AS i, incoming_run AS r
                  WHERE i.run_id = r.run_id
                    AND i.doc_id IS NOT DISTINCT FROM p.doc_id AND i.code = p.code AND i.message = p.message
                    AND i.span_start IS NOT DISTINCT FROM p.span_start
                    AND i.span_end IS NOT DISTINCT FROM p.span_end);
INSERT INTO problems BY NAME
    SELECT DISTINCT s.* EXCLUDE (run_id) FROM internal.staging_problems AS s, incoming_run AS r WHERE s.run_id = r.run_id;
DELETE FROM internal.staging_documents WHERE run_id IN (SELECT run_id FROM incoming_run);
DELETE FROM internal.staging_pledges WHERE run_id IN (SELECT run_id FROM incoming_run);
DELETE FROM internal.staging_problems WHERE run_id IN (SELECT run_id FROM incoming_run);

-- name: drop_run#
-- Delete the staging rows of the run of incoming_run (an ingest that failed with an exception).
DELETE FROM internal.staging_documents WHERE run_id IN (SELECT run_id FROM incoming_run);
DELETE FROM internal.staging_pledges WHERE run_id IN (SELECT run_id FROM incoming_run);
DELETE FROM internal.staging_problems WHERE run_id IN (SELECT run_id FROM incoming_run);

-- name: clear_staging#
-- Delete every staging row: left by killed runs (a database opened for writing has one writer).
DELETE FROM internal.staging_documents;
DELETE FROM internal.staging_pledges;
DELETE FROM internal.staging_problems;

-- name: pledges_primary_key
-- Whether pledges still has the PRIMARY KEY of databases created before it was dropped.
SELECT count(*) FROM duckdb_constraints()
WHERE table_name = 'pledges' AND schema_name = 'main' AND constraint_type = 'PRIMARY KEY';

-- name: set_aside_keyed_pledges#
-- First step of dropping that key: rename the table (010_tables.sql then creates it anew).
ALTER TABLE pledges RENAME TO _pledges_keyed;

-- name: restore_keyed_pledges#
-- Last step: copy the rows into the new table and drop the old one.
INSERT INTO pledges BY NAME SELECT * FROM _pledges_keyed;
DROP TABLE _pledges_keyed;

-- name: pledges_already_stored
-- How many of the registered incoming_pledges have an id stored already, or twice among them.
SELECT (SELECT count(*) FROM incoming_pledges WHERE pledge_id IN (SELECT pledge_id FROM pledges))
     + (SELECT count(*) - count(DISTINCT pledge_id) FROM incoming_pledges);

-- name: staging_rows
-- Staging rows of any run (0 when no ingest was killed since the last open).
SELECT (SELECT count(*) FROM internal.staging_documents) + (SELECT count(*) FROM internal.staging_pledges)
     + (SELECT count(*) FROM internal.staging_problems) AS n;

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
INSERT INTO internal.events BY NAME SELECT * FROM internal.single_events(internal.mention_events);
INSERT INTO internal.events BY NAME SELECT * FROM internal.grouped_events(internal.mention_events);

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
INSERT INTO internal.events BY NAME SELECT * FROM internal.single_events(internal.refresh_mention_events);
INSERT INTO internal.events BY NAME SELECT * FROM internal.grouped_events(internal.refresh_mention_events);
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

-- name: derived_rows
-- Rows of pledges and of mention_events: they differ when events need a refresh (someone wrote
-- to pledges without refreshing).
SELECT (SELECT count(*) FROM pledges) AS pledges, (SELECT count(*) FROM internal.mention_events) AS mentions,
       (SELECT count(*) FROM internal.events) AS events;

-- name: systems_differ
-- Whether the registered Arrow table incoming_systems differs from the systems table.
SELECT (SELECT count(*) FROM (SELECT * FROM incoming_systems EXCEPT ALL SELECT * FROM systems))
     + (SELECT count(*) FROM (SELECT * FROM systems EXCEPT ALL SELECT * FROM incoming_systems)) AS n;

-- name: stored_documents
-- Id, content hash and publication date of the stored documents among $ids (a list).
SELECT doc_id, content_hash, published
FROM documents
WHERE list_contains(CAST($ids AS VARCHAR[]), doc_id);

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

-- name: replace_tracker_items#
-- Replace the tracker_items rows of one tracker (incoming_args.tracker) by the registered Arrow
-- table incoming_tracker, and the problems of the files of its earlier import (doc_id "file" or
-- "file:line") by incoming_problems.
DELETE FROM problems AS p
    WHERE EXISTS (SELECT 1 FROM (SELECT DISTINCT t.source_file AS f FROM tracker_items AS t, incoming_args AS a
                                 WHERE t.tracker = a.tracker
                                 UNION SELECT source_file FROM incoming_args) AS s
                  WHERE p.doc_id = s.f OR starts_with(p.doc_id, s.f || ':'));
DELETE FROM tracker_items WHERE tracker IN (SELECT tracker FROM incoming_args);
INSERT INTO tracker_items BY NAME SELECT * FROM incoming_tracker;
INSERT INTO problems BY NAME SELECT DISTINCT * FROM incoming_problems;

-- name: replace_tracker_money#
-- The same for tracker_money (Kiel data_explorer.csv).
DELETE FROM problems AS p
    WHERE EXISTS (SELECT 1 FROM (SELECT DISTINCT t.source_file AS f FROM tracker_money AS t, incoming_args AS a
                                 WHERE t.tracker = a.tracker
                                 UNION SELECT source_file FROM incoming_args) AS s
                  WHERE p.doc_id = s.f OR starts_with(p.doc_id, s.f || ':'));
DELETE FROM tracker_money WHERE tracker IN (SELECT tracker FROM incoming_args);
INSERT INTO tracker_money BY NAME SELECT * FROM incoming_tracker;
INSERT INTO problems BY NAME SELECT DISTINCT * FROM incoming_problems;

-- name: events_for_compare
-- The ledger side of `aidledger compare`: one row per pledge event (running totals left out),
-- with the catalog system of its first mention.
SELECT e.donor, e.recipient, p.system, e.category, e.quantity, e.quantity_unit, e.status, e.event_id
FROM pledge_events AS e
JOIN pledges AS p ON p.pledge_id = e.first_pledge_id
WHERE NOT e.is_running_total;

-- name: load_ecb_rates#
-- Replace fx_rates with the registered Arrow table ecb_wide (the ECB's wide file: Date, USD,
-- JPY, ...; missing rates are NULL), unpivoted to (date, currency, per_eur), plus EUR = 1 on
-- every ECB day. Columns whose name is not a 3-letter code are ignored.
DELETE FROM fx_rates;
INSERT INTO fx_rates (date, currency, per_eur)
SELECT CAST("Date" AS DATE), currency, CAST(rate AS DOUBLE)
FROM (
    UNPIVOT (SELECT * FROM ecb_wide)
    ON COLUMNS(* EXCLUDE ("Date"))
    INTO NAME currency VALUE rate
)
WHERE regexp_full_match(currency, '[A-Z]{3}') AND rate IS NOT NULL AND CAST(rate AS DOUBLE) > 0;
INSERT INTO fx_rates (date, currency, per_eur)
SELECT DISTINCT date, 'EUR', 1.0 FROM fx_rates;

-- name: record_fx_source!
-- Remember which rate file is loaded.
INSERT INTO fx_sources (source, loaded_at, n_rates, first_date, last_date)
SELECT $source, CAST(now() AT TIME ZONE 'UTC' AS TIMESTAMP), count(*), min(date), max(date)
FROM fx_rates;

-- name: fx_rates_loaded
-- Number of rates in fx_rates.
SELECT count(*) AS n FROM fx_rates;

-- name: replace_systems#
-- Replace the systems table with the registered Arrow table incoming_systems.
DELETE FROM systems;
INSERT INTO systems BY NAME SELECT * FROM incoming_systems;

-- name: list_relations
-- Tables and views of the main schema.
SELECT table_name AS name, lower(table_type) AS kind
FROM information_schema.tables
WHERE table_schema = 'main'
ORDER BY table_name;

-- name: counts
-- Rows per table.
SELECT
    (SELECT count(*) FROM documents) AS documents,
    (SELECT count(*) FROM pledges) AS pledges,
    (SELECT count(*) FROM problems) AS problems,
    (SELECT count(*) FROM fx_rates) AS fx_rates;

-- name: as_of
-- The as-of date of charts and views: the latest publication date in the ledger (never the day
-- of the ingest); and the last day of the rate file.
SELECT
    (SELECT max(published) FROM documents) AS documents_until,
    (SELECT max(date) FROM fx_rates) AS rates_until;

-- name: lock_down#
-- Make a read-only connection truly read-only (aidledger sql without --write): no file read or
-- written outside the database (COPY, EXPORT DATABASE, ATTACH, read_csv...), no extension
-- installed or loaded, and no setting changed afterwards (SET, PRAGMA that set, RESET).
SET autoinstall_known_extensions = false;
SET autoload_known_extensions = false;
SET enable_external_access = false;
SET lock_configuration = true;

-- name: relation_comments
-- The comment of every view and table of the main schema.
SELECT view_name AS name, comment FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal
UNION ALL
SELECT table_name AS name, comment FROM duckdb_tables() WHERE schema_name = 'main' AND NOT internal
ORDER BY name;

-- name: column_comments
-- The columns of the relation $name of the main schema: name, type, comment.
SELECT column_name AS "column", data_type AS type, comment
FROM duckdb_columns()
WHERE schema_name = 'main' AND table_name = $name
ORDER BY column_index;

-- name: all_relations
-- Tables and views of the main schema (by name) and of the schema internal ("internal.name").
SELECT CASE WHEN table_schema = 'main' THEN table_name ELSE table_schema || '.' || table_name END
FROM information_schema.tables
WHERE table_schema IN ('main', 'internal');
