-- Other trackers (Kiel, Oryx): their import and the ledger side of a comparison.
-- Named queries of aidledger.store, loaded by aiosql (aidledger/store/queries.py).

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

-- name: tracker_items_rows$
-- Rows of tracker_items from the tracker :tracker.
SELECT count(*) FROM tracker_items WHERE tracker = :tracker;

-- name: tracker_money_rows$
-- Rows of tracker_money from the tracker :tracker.
SELECT count(*) FROM tracker_money WHERE tracker = :tracker;

-- name: tracker_items_of
-- The tracker_items rows of the tracker :tracker, in the order of its files.
SELECT * FROM tracker_items WHERE tracker = :tracker ORDER BY source_file, source_line, item;
