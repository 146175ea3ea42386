-- Whether the author of a market note confirmed it after the price-talk warning.
ALTER TABLE mission_finding ADD COLUMN price_warning_confirmed BOOLEAN DEFAULT FALSE NOT NULL;
