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
-- Problems without a document replace an identical earlier problem instead of piling up.
INSERT INTO documents BY NAME SELECT * FROM incoming_documents;
INSERT INTO pledges BY NAME SELECT * FROM incoming_pledges;
DELETE FROM problems AS p WHERE p.doc_id IS NULL
    AND EXISTS (SELECT 1 FROM incoming_problems AS i WHERE i.doc_id IS NULL AND i.code = p.code
                AND i.message = p.message);
INSERT INTO problems BY NAME SELECT * FROM incoming_problems;

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
-- The last day covered by the ledger's documents and the rate file.
SELECT
    (SELECT max(coalesce(published, CAST(ingested_at AS DATE))) FROM documents) AS documents_until,
    (SELECT max(date) FROM fx_rates) AS rates_until;
