-- Other trackers (Kiel, Oryx): their import and the ledger side of a comparison.
-- Named queries of aidledger.store, loaded by aiosql (aidledger/store/queries.py).

-- name: delete_tracker_problems!
-- Delete the problems of the earlier import of one tracker (incoming_args.tracker) into the table
-- :table (tracker_items or tracker_money: the files its rows come from) and of the file now
-- imported (incoming_args.source_file): doc_id "file" or "file:line". Before replace_tracker_*.
DELETE FROM problems AS p
    WHERE EXISTS (SELECT 1 FROM (SELECT DISTINCT t.source_file AS f FROM query_table(:table) AS t, incoming_args AS a
                                 WHERE t.tracker = a.tracker
                                 UNION SELECT source_file FROM incoming_args) AS s
                  WHERE p.doc_id = s.f OR starts_with(p.doc_id, s.f || ':'));

-- name: replace_tracker_items#
-- Replace the tracker_items rows of one tracker (incoming_args.tracker) by the registered Arrow
-- table incoming_tracker, and add its problems (incoming_problems; after delete_tracker_problems).
DELETE FROM tracker_items WHERE tracker IN (SELECT tracker FROM incoming_args);
INSERT INTO tracker_items BY NAME SELECT * FROM incoming_tracker;
INSERT INTO problems BY NAME SELECT DISTINCT * FROM incoming_problems;

-- name: replace_tracker_money#
-- The same for tracker_money (Kiel data_explorer.csv).
DELETE FROM tracker_money WHERE tracker IN (SELECT tracker FROM incoming_args);
INSERT INTO tracker_money BY NAME SELECT * FROM incoming_tracker;
INSERT INTO problems BY NAME SELECT DISTINCT * FROM incoming_problems;

-- name: events_for_compare
-- The ledger side of `aidledger compare`: one row per pledge event (running totals left out),
-- with the catalog system of its first mention, and what orders it for what is committed
-- (is_additional, effective_date: sql/030_committed.sql).
SELECT e.donor, e.recipient, p.system, e.category, e.quantity, e.quantity_unit, e.status, e.event_id,
    e.is_additional, e.effective_date
FROM pledge_events AS e
JOIN pledges AS p ON p.pledge_id = e.first_pledge_id
WHERE NOT e.is_running_total;

-- name: tracker_rows$
-- Rows of the table :table (tracker_items or tracker_money) from the tracker :tracker.
SELECT count(*) FROM query_table(:table) WHERE tracker = :tracker;

-- name: tracker_items_of
-- The tracker_items rows of the tracker :tracker, in the order of its files.
SELECT * FROM tracker_items WHERE tracker = :tracker ORDER BY source_file, source_line, item;
