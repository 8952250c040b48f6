-- Reading the ledger.
-- Named queries of aidledger.store, loaded by aiosql (aidledger/store/queries.py).

-- name: counts^
-- Rows per table.
SELECT
    (SELECT count(*) FROM documents) AS documents,
    (SELECT count(*) FROM pledges) AS pledges,
    (SELECT count(*) FROM problems) AS problems,
    (SELECT count(*) FROM fx_rates) AS fx_rates;

-- name: as_of$
-- The as-of date of charts and views: the latest publication date in the ledger (never the day
-- of the ingest); and the last day of the rate file.
SELECT
    (SELECT max(published) FROM documents) AS documents_until,
    (SELECT max(date) FROM fx_rates) AS rates_until;

-- name: pledges_in_order
-- The pledges table, by document and position.
SELECT * FROM pledges ORDER BY doc_id, span_start, pledge_id;

-- name: pledges_fx_in_order
-- The view pledges_fx (each pledge with amount_eur and amount_usd), by document and position.
SELECT * FROM pledges_fx ORDER BY doc_id, span_start, pledge_id;

-- name: documents_in_order
-- The documents table, by id.
SELECT * FROM documents ORDER BY doc_id;

-- name: problems_in_order
-- The problems table, by document, position and code.
SELECT * FROM problems ORDER BY doc_id, span_start, code;

-- name: gdp_eur
-- Each donor's GDP in euros (table gdp), for the share-of-GDP chart.
SELECT donor, CAST(gdp_eur_bn AS DOUBLE) * 1e9 AS gdp_eur FROM gdp;

-- name: document_texts
-- The stored texts of the documents among :ids (a list); documents stored without text are left out.
SELECT doc_id, text FROM documents WHERE text IS NOT NULL AND list_contains(CAST(:ids AS VARCHAR[]), doc_id);

-- name: value_by_donor_constant
-- Money plus value per donor in constant euros of :base_year (table macro of sql/420_constant_eur.sql).
SELECT * FROM value_by_donor_constant(CAST(:base_year AS INTEGER));

-- name: family_sides
-- What is committed of each family of the rows registered as family_rows (columns k, donor,
-- family, status, is_additional, effective_date, event_id, v): internal.family_sides of
-- sql/030_committed.sql, the rule of every total, for a frame that is not in a ledger (the charts).
-- v (DOUBLE) is summed as internal.exact, so that the sums are the same in any order, and the
-- sums are given back as DOUBLE.
WITH exact AS (SELECT * REPLACE (internal.exact(v) AS v) FROM family_rows)
SELECT * REPLACE (CAST(pledged AS DOUBLE) AS pledged, CAST(delivered AS DOUBLE) AS delivered,
    CAST(additional AS DOUBLE) AS additional, CAST(uncovered AS DOUBLE) AS uncovered,
    CAST(committed AS DOUBLE) AS committed)
FROM internal.family_sides(exact);
