-- Opening and migrating a ledger: the record of applied sql/ files, the search path, the catalog of relations and their comments, and the lock-down of a read-only connection.
-- Named queries of aidledger.store, loaded by aiosql (aidledger/store/queries.py).

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
VALUES (:name, :sha256, CAST(now() AT TIME ZONE 'UTC' AS TIMESTAMP));

-- name: pledges_primary_key$
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

-- name: list_relations
-- Tables and views of the main schema.
SELECT table_name AS name, lower(table_type) AS kind
FROM information_schema.tables
WHERE table_schema = 'main'
ORDER BY table_name;

-- name: all_relations
-- Tables and views of the main schema (by name) and of the schema internal ("internal.name").
SELECT CASE WHEN table_schema = 'main' THEN table_name ELSE table_schema || '.' || table_name END
FROM information_schema.tables
WHERE table_schema IN ('main', 'internal');

-- name: relation_comments
-- The comment of every view and table of the main schema.
SELECT view_name AS name, comment FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal
UNION ALL
SELECT table_name AS name, comment FROM duckdb_tables() WHERE schema_name = 'main' AND NOT internal
ORDER BY name;

-- name: column_comments
-- The columns of the relation :name of the main schema: name, type, comment.
SELECT column_name AS "column", data_type AS type, comment
FROM duckdb_columns()
WHERE schema_name = 'main' AND table_name = :name
ORDER BY column_index;

-- name: lock_down#
-- Make a read-only connection truly read-only (aidledger sql without --write): no file read or
-- written outside the database (COPY, EXPORT DATABASE, ATTACH, read_csv...), no extension
-- installed or loaded, and no setting changed afterwards (SET, PRAGMA that set, RESET).
SET autoinstall_known_extensions = false;
SET autoload_known_extensions = false;
SET enable_external_access = false;
SET lock_configuration = true;

-- name: use_internal_schema#
-- Let unqualified names reach the plumbing of the schema internal (compute_by_donor) as well as
-- the user's views of main; the sql/ files always qualify them.
SET search_path = 'main,internal';

-- name: unmarked_pledges
-- Pledges whose is_additional is unknown (written before the column existed, or by SQL of one's
-- own): pledge_id and the words the store marks them from.
SELECT pledge_id, quote, item_text FROM pledges WHERE is_additional IS NULL;

-- name: mark_pledges_additional!
-- Set is_additional from the registered Arrow table incoming_marks (pledge_id, is_additional).
UPDATE pledges SET is_additional = m.is_additional
FROM incoming_marks AS m
WHERE pledges.pledge_id = m.pledge_id AND pledges.is_additional IS NULL;
