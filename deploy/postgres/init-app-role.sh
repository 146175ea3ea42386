#!/bin/sh
# Run once by the postgres image when the database is first created
# (/docker-entrypoint-initdb.d), as the owner POSTGRES_USER: creates the role the
# application connects as. See deploy/postgres/app-role.sql.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v app_role="$COOPEX_APP_DB_USER" -v app_password="$COOPEX_APP_DB_PASSWORD" \
  -f /coopex/app-role.sql
