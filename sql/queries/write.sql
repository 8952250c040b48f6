-- Writing records built elsewhere (Ledger.write, Ledger.add) in the caller's transaction.
-- Named queries of aidledger.store, loaded by aiosql (aidledger/store/queries.py).

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

-- name: pledges_already_stored$
-- How many of the registered incoming_pledges have an id stored already, or twice among them.
SELECT (SELECT count(*) FROM incoming_pledges WHERE pledge_id IN (SELECT pledge_id FROM pledges))
     + (SELECT count(*) - count(DISTINCT pledge_id) FROM incoming_pledges);

-- name: incoming_replaced$
-- How many stored documents the registered Arrow table incoming_documents replaces.
SELECT count(*) FROM documents WHERE doc_id IN (SELECT doc_id FROM incoming_documents);
