-- A staged ingest: batches appended to the staging tables under a run id, published at the end.
-- Named queries of aidledger.store, loaded by aiosql (aidledger/store/queries.py).

-- name: stage_incoming#
-- Append the registered Arrow tables incoming_documents, incoming_pledges and incoming_problems
-- (each with a run_id column) to the staging tables. Committed per batch by Ledger.ingest.
INSERT INTO internal.staging_documents BY NAME SELECT * FROM incoming_documents;
INSERT INTO internal.staging_pledges BY NAME SELECT * FROM incoming_pledges;
INSERT INTO internal.staging_problems BY NAME SELECT * FROM incoming_problems;

-- name: staged_replaced$
-- How many stored documents the run of incoming_run (one row: run_id) replaces.
SELECT count(*) FROM documents
WHERE doc_id IN (SELECT s.doc_id FROM internal.staging_documents AS s, incoming_run AS r WHERE s.run_id = r.run_id);

-- name: staged_pledges$
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

-- name: staging_rows$
-- Staging rows of any run (0 when no ingest was killed since the last open).
SELECT (SELECT count(*) FROM internal.staging_documents) + (SELECT count(*) FROM internal.staging_pledges)
     + (SELECT count(*) FROM internal.staging_problems) AS n;

-- name: stored_documents
-- Id, content hash and publication date of the stored documents among :ids (a list).
SELECT doc_id, content_hash, published
FROM documents
WHERE list_contains(CAST(:ids AS VARCHAR[]), doc_id);

-- name: memory_settings^
-- DuckDB's memory limit and threads, to restore after an ingest.
SELECT current_setting('memory_limit') AS memory_limit, current_setting('threads') AS threads;

-- name: set_memory_limit!
-- Set DuckDB's memory limit (:limit, e.g. '512MB') for the ingest's connection.
SET memory_limit = :limit;

-- name: set_threads!
-- Set DuckDB's number of threads (:threads) for the ingest's connection.
SET threads = :threads;
