-- Constant euros (issue 15): money plus value per donor in euros of a chosen year, with the HICP
-- rates of sql/405_hicp.sql chained into an index (hicp_index, first year = 100, defined in
-- sql/410_value.sql). A value of the year y (its event's month) in euros of the base year b is
-- value * index(b) / index(y). Events of a year the
-- series does not cover, or undated, are left out of the constant-euro sums and counted in
-- n_not_deflated; a base year outside the series gives no rows (api.value_constant says why).

-- Money plus value per donor (the sums of value_by_donor, EUR only) in euros of base_year.
CREATE OR REPLACE MACRO value_by_donor_constant(base_year) AS TABLE
WITH b AS (
    SELECT hicp_index AS base_index FROM hicp_index WHERE year = base_year
),
c AS (
    SELECT v.*, b.base_index / i.hicp_index AS factor
    FROM value_cells AS v
    CROSS JOIN b
    LEFT JOIN hicp_index AS i ON i.year = year(v.month)
),
g AS (
    SELECT
        donor,
        CAST(sum(n_events) AS BIGINT) AS n_events,
        CAST(coalesce(sum(n_events) FILTER (WHERE factor IS NULL), 0) AS BIGINT) AS n_not_deflated,
        CAST(sum(internal.exact(stated_eur * factor)) AS DOUBLE) AS stated_eur,
        CAST(sum(internal.exact(estimated_eur * factor)) AS DOUBLE) AS estimated_eur,
        CAST(sum(internal.exact(estimated_low_eur * factor)) AS DOUBLE) AS estimated_low_eur,
        CAST(sum(internal.exact(estimated_high_eur * factor)) AS DOUBLE) AS estimated_high_eur
    FROM c
    GROUP BY donor
)
SELECT
    donor,
    CAST(base_year AS INTEGER) AS base_year,
    n_events,
    n_not_deflated,
    stated_eur,
    estimated_eur,
    estimated_low_eur,
    estimated_high_eur,
    CASE WHEN stated_eur IS NULL AND estimated_eur IS NULL THEN NULL
         ELSE coalesce(stated_eur, 0) + coalesce(estimated_eur, 0) END AS total_eur,
    CASE WHEN stated_eur IS NULL AND estimated_low_eur IS NULL THEN NULL
         ELSE coalesce(stated_eur, 0) + coalesce(estimated_low_eur, 0) END AS total_low_eur,
    CASE WHEN stated_eur IS NULL AND estimated_high_eur IS NULL THEN NULL
         ELSE coalesce(stated_eur, 0) + coalesce(estimated_high_eur, 0) END AS total_high_eur
FROM g
ORDER BY total_eur DESC NULLS LAST, donor;
