-- A notice quotes texts people wrote (a refusal reason, a title): each argument is kept up to
-- 1,000 characters, so the arguments together need more than the 1,000 the column had.
ALTER TABLE notification ALTER COLUMN arguments SET DATA TYPE VARCHAR(8500);
