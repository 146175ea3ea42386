-- A fair's page lists the editions of its series with "where coalesce(series_id, id) = ?",
-- which fair_series_idx cannot answer: PostgreSQL read the whole fair table at each fair page
-- (13 buffers at 500 fairs, 130 at 5,000). An index on the expression finds them directly
-- (6 buffers at 5,000 fairs). H2 has no index on expressions: the demo database keeps the scan.
CREATE INDEX fair_series_edition_idx ON fair ((coalesce(series_id, id)));
