-- PostgreSQL refuses changes to reminders and outcomes of defaults with triggers; the
-- embedded demo database has none.
SELECT 1;
