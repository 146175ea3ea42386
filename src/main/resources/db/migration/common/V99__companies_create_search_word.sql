-- The directory's word index: each distinct word of a profile's searched fields (legal name,
-- trade name, products and keywords), folded, with the widest visibility of the fields it
-- appears in. A search finds the companies with a word beginning with a searched word through
-- an index (V101) instead of reading every profile (bench/README.md). Filled by V100 (Java),
-- kept by CompanyProfile.
CREATE TABLE company_search_word (
    company_id BIGINT      NOT NULL REFERENCES company_profile (company_id) ON DELETE CASCADE,
    word       VARCHAR(40) NOT NULL,
    visibility VARCHAR(9)  NOT NULL,
    PRIMARY KEY (company_id, word)
);
