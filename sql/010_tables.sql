-- aidledger tables. Applied in file-name order by aidledger.store and recorded in
-- _aidledger_migrations. Every statement is idempotent (IF NOT EXISTS), so a file may be
-- applied again when its text changes. Money is DECIMAL(38,2) in full currency units;
-- character offsets are half-open [span_start, span_end) into the document text.

-- The plumbing (staging tables, materialised events and totals, refresh scratch tables, the
-- compute_* views and the macros behind them) lives in the schema `internal`; the main schema
-- holds only what a user reads, each with a COMMENT ON (sql/900_comments.sql).
CREATE SCHEMA IF NOT EXISTS internal;
-- Databases written before the schema existed kept the plumbing in main: dropped here (derived
-- data or staging rows of killed runs; the store refreshes the events and totals after a migration).
DROP VIEW IF EXISTS main.mention_keys;
DROP VIEW IF EXISTS main.compute_mention_events;
DROP VIEW IF EXISTS main.refresh_doc_mentions;
DROP VIEW IF EXISTS main.refresh_key_mentions;
DROP VIEW IF EXISTS main.refresh_mention_events;
DROP VIEW IF EXISTS main.compute_events;
DROP VIEW IF EXISTS main.refresh_event_groups;
DROP VIEW IF EXISTS main.compute_by_donor;
DROP VIEW IF EXISTS main.compute_by_donor_system;
DROP VIEW IF EXISTS main.compute_by_system;
DROP VIEW IF EXISTS main.compute_by_category;
DROP VIEW IF EXISTS main.compute_by_month;
DROP VIEW IF EXISTS main.compute_by_status;
DROP VIEW IF EXISTS main.refresh_events_by_donor;
DROP VIEW IF EXISTS main.refresh_events_by_donor_system;
DROP VIEW IF EXISTS main.refresh_events_by_system;
DROP VIEW IF EXISTS main.refresh_events_by_category;
DROP VIEW IF EXISTS main.refresh_events_by_month;
DROP VIEW IF EXISTS main.refresh_events_by_status;
DROP TABLE IF EXISTS main.staging_documents;
DROP TABLE IF EXISTS main.staging_pledges;
DROP TABLE IF EXISTS main.staging_problems;
DROP TABLE IF EXISTS main.mention_events;
DROP TABLE IF EXISTS main.events;
DROP TABLE IF EXISTS main.refresh_docs;
DROP TABLE IF EXISTS main.refresh_keys;
DROP TABLE IF EXISTS main.refresh_pledges;
DROP TABLE IF EXISTS main.refresh_event_ids;
DROP TABLE IF EXISTS main.refresh_changed_groups;
DROP TABLE IF EXISTS main.totals_by_donor;
DROP TABLE IF EXISTS main.totals_by_donor_system;
DROP TABLE IF EXISTS main.totals_by_system;
DROP TABLE IF EXISTS main.totals_by_category;
DROP TABLE IF EXISTS main.totals_by_month;
DROP TABLE IF EXISTS main.totals_by_status;

-- Which SQL files are applied (the store records each with its sha256 and applies a file again
-- only when its text changes).
CREATE TABLE IF NOT EXISTS _aidledger_migrations (
    name       VARCHAR PRIMARY KEY,  -- file name in sql/
    sha256     VARCHAR NOT NULL,     -- of the text applied
    applied_at TIMESTAMP NOT NULL    -- UTC
);

-- One row per source document (news article, press release...).
CREATE TABLE IF NOT EXISTS documents (
    doc_id       VARCHAR PRIMARY KEY,  -- stable id: file stem, sidecar "id" or JSONL "id"
    content_hash VARCHAR NOT NULL,     -- sha256 of the UTF-8 text
    published    DATE,                 -- publication date, when known
    url          VARCHAR,
    outlet       VARCHAR,
    title        VARCHAR,
    source       VARCHAR,              -- where it was read from: path, or path:line for JSONL
    n_chars      BIGINT NOT NULL,      -- length of the text in characters
    ingested_at  TIMESTAMP NOT NULL,   -- when this row was (re)written, UTC
    text         VARCHAR               -- the text itself (NULL when ingested with --no-text)
);
-- columns added after the first release (databases created before them get them here)
ALTER TABLE documents ADD COLUMN IF NOT EXISTS text VARCHAR;

-- One row per pledge record extracted from a document.
CREATE TABLE IF NOT EXISTS pledges (
    -- Unique: doc_id:span_start-span_end (".2" etc. on collision), and the store replaces a
    -- document's rows as a whole. Not a PRIMARY KEY: DuckDB keeps such an index in memory (about
    -- 370 MB for 6.8M ids), more than an ingest's memory limit (docs/benchmarks.md).
    pledge_id       VARCHAR NOT NULL,
    doc_id          VARCHAR NOT NULL,
    donor           VARCHAR NOT NULL,     -- ISO 3166-1 alpha-3, or EU / NATO
    recipient       VARCHAR NOT NULL,     -- ISO 3166-1 alpha-3 (UKR)
    system          VARCHAR NOT NULL,     -- catalog name or generic item name
    category        VARCHAR NOT NULL,     -- tank, artillery, ..., money
    quantity        DOUBLE,               -- how many, in quantity_unit
    quantity_unit   VARCHAR,              -- units, rounds, ...
    amount          DECIMAL(38, 2),       -- money in full units of currency
    currency        VARCHAR,              -- ISO 4217
    status          VARCHAR NOT NULL,     -- pledged, delivered, funded, considering, refused
    date            DATE,                 -- announcement date, when the text fixes it
    published       DATE,                 -- the document's publication date
    quote           VARCHAR NOT NULL,     -- text[span_start:span_end]
    span_start      BIGINT NOT NULL,
    span_end        BIGINT NOT NULL,
    stated_amount   DECIMAL(38, 2),       -- conversion stated in the text, e.g. ($217 million)
    stated_currency VARCHAR,
    item_text       VARCHAR,              -- the words that named the item
    notes           VARCHAR,              -- machine-readable remarks, separated by "; "
    is_additional   BOOLEAN               -- the words mark a new pledge ("another", "a further", "12 more")
);
ALTER TABLE pledges ADD COLUMN IF NOT EXISTS is_additional BOOLEAN;

-- Problems found while reading and extracting (doubts and errors, as data).
CREATE TABLE IF NOT EXISTS problems (
    doc_id     VARCHAR,   -- NULL when the problem concerns no single document
    code       VARCHAR NOT NULL,  -- stable code, see aidledger.errors.CODES
    message    VARCHAR NOT NULL,
    span_start BIGINT,
    span_end   BIGINT,
    quote      VARCHAR
);

-- Weapon systems and equipment (the catalog), when the catalog is available.
CREATE TABLE IF NOT EXISTS systems (
    name          VARCHAR PRIMARY KEY,  -- canonical name, as in pledges.system
    family        VARCHAR,              -- what variants sum to ("Leopard 2")
    category      VARCHAR,              -- as in pledges.category
    origin        VARCHAR[],            -- ISO 3166-1 alpha-3 of the country (countries) of origin
    manufacturer  VARCHAR,
    operators     VARCHAR[],            -- ISO alpha-3 codes of known operators
    aliases       VARCHAR[],            -- other names the extractor recognises
    calibre_mm    DOUBLE,               -- calibre in millimetres
    range_km      DOUBLE,               -- maximum range in kilometres
    quantity_unit VARCHAR,              -- unit of pledge quantities: units, rounds
    generic       BOOLEAN,              -- a generic item ("machine guns"), not a named system
    source        VARCHAR               -- where the catalog entry comes from
);

-- Staging (issue 8): an ingest appends each batch of documents, pledges and problems here,
-- tagged with its run_id, and commits it; at the end it publishes the run into the three tables
-- above in one short transaction (replaced documents' rows deleted, INSERT ... SELECT from here,
-- the run's staging rows deleted). Rows left here belong to a killed run: never read by any view,
-- deleted when the database is next opened for writing. Same columns as the tables, plus run_id.
-- Recreated (empty) whenever this file is applied again, so they follow the tables' columns.
CREATE OR REPLACE TABLE internal.staging_documents AS SELECT CAST(NULL AS VARCHAR) AS run_id, * FROM documents LIMIT 0;
CREATE OR REPLACE TABLE internal.staging_pledges AS SELECT CAST(NULL AS VARCHAR) AS run_id, * FROM pledges LIMIT 0;
CREATE OR REPLACE TABLE internal.staging_problems AS SELECT CAST(NULL AS VARCHAR) AS run_id, * FROM problems LIMIT 0;
