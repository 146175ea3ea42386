-- The directory's searches by words run on a copy of the word index held in memory
-- (DirectoryIndex); the profiles changed since the copy was taken are found by their date of
-- change at each search, so that they are searched as they are now: few rows, read through
-- this index.
CREATE INDEX company_profile_updated_idx ON company_profile (updated_at);
