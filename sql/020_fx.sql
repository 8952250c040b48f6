-- ECB euro foreign exchange reference rates, held offline (see aidledger.rates).
-- per_eur = units of `currency` for 1 EUR on `date` (ECB working days only); EUR itself = 1.

CREATE TABLE IF NOT EXISTS fx_rates (
    date     DATE NOT NULL,
    currency VARCHAR NOT NULL,  -- ISO 4217
    per_eur  DOUBLE NOT NULL,   -- units of currency per 1 EUR
    PRIMARY KEY (date, currency)
);

-- Which rate file was loaded, and when.
CREATE TABLE IF NOT EXISTS fx_sources (
    source     VARCHAR NOT NULL,   -- file name of the ECB history
    loaded_at  TIMESTAMP NOT NULL, -- UTC
    n_rates    BIGINT NOT NULL,
    first_date DATE,
    last_date  DATE
);

-- First and last day with a published rate, per currency. Outside that range no rate is used.
CREATE OR REPLACE VIEW fx_bounds AS
SELECT currency, min(date) AS first_date, max(date) AS last_date, count(*) AS n_days
FROM fx_rates
GROUP BY currency;
