#!/bin/sh
# Makes the cluster on the first start (empty $PGDATA), then runs PostgreSQL in the foreground as PID 1.
set -eu
: "${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD (the password of POSTGRES_USER)}"

if [ ! -s "$PGDATA/PG_VERSION" ]; then
    pwfile="$(mktemp)"
    printf '%s\n' "$POSTGRES_PASSWORD" > "$pwfile"
    initdb -D "$PGDATA" -U "$POSTGRES_USER" --pwfile="$pwfile" -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >/dev/null
    rm -f "$pwfile"
    # Other containers reach it over the compose network only (no published port); they must give the password.
    echo 'host all all all scram-sha-256' >> "$PGDATA/pg_hba.conf"
    if [ "$POSTGRES_DB" != postgres ]; then
        echo "CREATE DATABASE \"$POSTGRES_DB\" OWNER \"$POSTGRES_USER\";" | postgres --single -D "$PGDATA" postgres >/dev/null
    fi
    echo "postgres-entrypoint: created the cluster in $PGDATA (database $POSTGRES_DB, user $POSTGRES_USER)"
fi

# Arguments (the container's command) are more server settings, e.g. -c fsync=off for throwaway test data.
exec postgres -D "$PGDATA" -c listen_addresses='*' -c max_connections=200 "$@"
