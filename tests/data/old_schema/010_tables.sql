-- aidledger tables. Applied in file-name order by aidledger.store and recorded in
-- _aidledger_migrations. Every statement is idempotent (IF NOT EXISTS), so a file may be
-- applied again when its text changes. Money is DECIMAL(38,2) in full currency units;
-- character offsets are half-open [span_start, span_end) into the document text.

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
    ingested_at  TIMESTAMP NOT NULL    -- when this row was (re)written, UTC
);

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
    notes           VARCHAR               -- machine-readable remarks, separated by "; "
);

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
CREATE OR REPLACE TABLE staging_documents AS SELECT CAST(NULL AS VARCHAR) AS run_id, * FROM documents LIMIT 0;
CREATE OR REPLACE TABLE staging_pledges AS SELECT CAST(NULL AS VARCHAR) AS run_id, * FROM pledges LIMIT 0;
CREATE OR REPLACE TABLE staging_problems AS SELECT CAST(NULL AS VARCHAR) AS run_id, * FROM problems LIMIT 0;
