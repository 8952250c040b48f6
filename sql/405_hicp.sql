-- The price index for constant euros (issue 15): the annual average rate of change of the
-- harmonised index of consumer prices (HICP, all items), one row per year, as Eurostat publishes
-- it. GENERATED from aidledger/data/hicp.csv by scripts/gen_hicp_sql.py: edit the CSV, then run
-- the script. The chained index (first year = 100, hicp_index) is in sql/410_value.sql, which
-- brings each unit price from its year to its event's year with it; the constant-euro totals are
-- in sql/420_constant_eur.sql; the method is in docs/methodology.md.

CREATE OR REPLACE TABLE hicp (
    year             INTEGER PRIMARY KEY,
    annual_rate      DECIMAL(6, 2) NOT NULL,  -- annual average rate of change, percent
    source_title     VARCHAR NOT NULL,
    source_publisher VARCHAR NOT NULL,
    source_year      INTEGER NOT NULL,
    source_url       VARCHAR NOT NULL
);
INSERT INTO hicp VALUES
    (2015, 0.1, 'Consumer prices - inflation (Statistics Explained; EU HICP all-items annual average inflation rates 2014-2023; data extracted in March 2024)', 'Eurostat', 2024, 'https://ec.europa.eu/eurostat/statistics-explained/index.php?oldid=527271&title=Consumer_prices_-_inflation'),
    (2016, 0.2, 'Consumer prices - inflation (Statistics Explained; EU HICP all-items annual average inflation rates 2014-2023; data extracted in March 2024)', 'Eurostat', 2024, 'https://ec.europa.eu/eurostat/statistics-explained/index.php?oldid=527271&title=Consumer_prices_-_inflation'),
    (2017, 1.7, 'Consumer prices - inflation (Statistics Explained; EU HICP all-items annual average inflation rates 2014-2023; data extracted in March 2024)', 'Eurostat', 2024, 'https://ec.europa.eu/eurostat/statistics-explained/index.php?oldid=527271&title=Consumer_prices_-_inflation'),
    (2018, 1.9, 'Consumer prices - inflation (Statistics Explained; EU HICP all-items annual average inflation rates 2014-2023; data extracted in March 2024)', 'Eurostat', 2024, 'https://ec.europa.eu/eurostat/statistics-explained/index.php?oldid=527271&title=Consumer_prices_-_inflation'),
    (2019, 1.5, 'Consumer prices - inflation (Statistics Explained; EU HICP all-items annual average inflation rates 2014-2023; data extracted in March 2024)', 'Eurostat', 2024, 'https://ec.europa.eu/eurostat/statistics-explained/index.php?oldid=527271&title=Consumer_prices_-_inflation'),
    (2020, 0.7, 'Consumer prices - inflation (Statistics Explained; EU HICP all-items annual average inflation rates 2014-2023; data extracted in March 2024)', 'Eurostat', 2024, 'https://ec.europa.eu/eurostat/statistics-explained/index.php?oldid=527271&title=Consumer_prices_-_inflation'),
    (2021, 2.9, 'Consumer prices - inflation (Statistics Explained; EU HICP all-items annual average inflation rates 2014-2023; data extracted in March 2024)', 'Eurostat', 2024, 'https://ec.europa.eu/eurostat/statistics-explained/index.php?oldid=527271&title=Consumer_prices_-_inflation'),
    (2022, 9.2, 'Consumer prices - inflation (Statistics Explained; EU HICP all-items annual average inflation rates 2014-2023; data extracted in March 2024)', 'Eurostat', 2024, 'https://ec.europa.eu/eurostat/statistics-explained/index.php?oldid=527271&title=Consumer_prices_-_inflation'),
    (2023, 6.4, 'Consumer prices - inflation (Statistics Explained; EU HICP all-items annual average inflation rates 2014-2023; data extracted in March 2024)', 'Eurostat', 2024, 'https://ec.europa.eu/eurostat/statistics-explained/index.php?oldid=527271&title=Consumer_prices_-_inflation');
