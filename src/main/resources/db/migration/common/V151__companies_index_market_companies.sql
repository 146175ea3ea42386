-- Partner suggestions read the first companies of one market in order, without sorting
-- every company of a popular market.
CREATE INDEX company_market_code_company_idx ON company_market (code, company_id);
