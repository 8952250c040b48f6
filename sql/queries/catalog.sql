-- The systems catalog in the systems table.
-- Named queries of aidledger.store, loaded by aiosql (aidledger/store/queries.py).

-- name: systems_differ$
-- Whether the registered Arrow table incoming_systems differs from the systems table.
SELECT (SELECT count(*) FROM (SELECT * FROM incoming_systems EXCEPT ALL SELECT * FROM systems))
     + (SELECT count(*) FROM (SELECT * FROM systems EXCEPT ALL SELECT * FROM incoming_systems)) AS n;

-- name: replace_systems#
-- Replace the systems table with the registered Arrow table incoming_systems.
DELETE FROM systems;
INSERT INTO systems BY NAME SELECT * FROM incoming_systems;

-- name: systems_count$
-- Rows of the systems table (0: the catalog is still to be loaded).
SELECT count(*) FROM systems;
