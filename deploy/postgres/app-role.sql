-- The role Coopex connects as (spring.datasource.*): it reads and writes rows, and owns
-- nothing. Flyway connects as the owner of the schema (spring.flyway.user/password), who
-- runs this script once, before or after the first migration:
--
--   psql -v app_role=coopex_app -v app_password='...' -f deploy/postgres/app-role.sql
--
-- Not being the owner, the application cannot create, alter or drop a table, nor
-- TRUNCATE one, nor disable the triggers that keep the audit trail and the ledger
-- append-only.
CREATE ROLE :"app_role" LOGIN PASSWORD :'app_password';

-- PostgreSQL before 15 lets every role create objects in the public schema.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO :"app_role";

-- Rows only, on the tables that exist now...
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO :"app_role";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO :"app_role";

-- ...and on those the owner's migrations create later.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"app_role";
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO :"app_role";
