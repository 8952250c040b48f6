-- The ECB rates in fx_rates.
-- Named queries of aidledger.store, loaded by aiosql (aidledger/store/queries.py).

-- name: load_ecb_rates#
-- Replace fx_rates with the registered Arrow table ecb_wide (the ECB's wide file: Date, USD,
-- JPY, ...; missing rates are NULL), unpivoted to (date, currency, per_eur), plus EUR = 1 on
-- every ECB day. Columns whose name is not a 3-letter code are ignored. The rows are stored in
-- the order of currency and date: a query that reads the rates of a few currencies (pledges_fx,
-- conversion_checks) skips the blocks of the others (DuckDB's zone maps).
DELETE FROM fx_rates;
INSERT INTO fx_rates (date, currency, per_eur)
WITH rates AS (
    SELECT CAST("Date" AS DATE) AS date, currency, CAST(rate AS DOUBLE) AS per_eur
    FROM (
        UNPIVOT (SELECT * FROM ecb_wide)
        ON COLUMNS(* EXCLUDE ("Date"))
        INTO NAME currency VALUE rate
    )
    WHERE regexp_full_match(currency, '[A-Z]{3}') AND rate IS NOT NULL AND CAST(rate AS DOUBLE) > 0
)
SELECT date, currency, per_eur FROM rates
UNION ALL
SELECT DISTINCT date, 'EUR', 1.0 FROM rates
ORDER BY currency, date;

-- name: record_fx_source!
-- Remember which rate file is loaded.
INSERT INTO fx_sources (source, loaded_at, n_rates, first_date, last_date)
SELECT :source, CAST(now() AT TIME ZONE 'UTC' AS TIMESTAMP), count(*), min(date), max(date)
FROM fx_rates;

-- name: fx_rates_loaded$
-- Number of rates in fx_rates.
SELECT count(*) AS n FROM fx_rates;

-- name: fx_rates_summary^
-- Rows, first and last day, and currencies of fx_rates.
SELECT count(*), min(date), max(date), count(DISTINCT currency) FROM fx_rates;
