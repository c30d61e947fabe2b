#!/usr/bin/env bash
# PostgreSQL for the tests: installs Debian's postgresql when missing, makes its cluster listen on 127.0.0.1 only,
# starts it when it is down, and creates the role `interview` (password `interview`, CREATEDB) and the database
# `interview_test` when missing. Quick no-op when the tests' connection already works:
#   Host=127.0.0.1;Port=5432;Username=interview;Password=interview;Database=interview_test
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PGHOST_ADDR=127.0.0.1
PGPORT_WANTED=5432
ROLE=interview
PASSWORD=interview
DATABASE=interview_test
MANUAL="    Install PostgreSQL, start it on $PGHOST_ADDR:$PGPORT_WANTED, then as its superuser:
      CREATE ROLE $ROLE LOGIN CREATEDB PASSWORD '$PASSWORD';
      CREATE DATABASE $DATABASE OWNER $ROLE;"

can_connect() {
    command -v psql >/dev/null 2>&1 || return 1
    PGPASSWORD="$PASSWORD" PGCONNECT_TIMEOUT=3 psql -h "$PGHOST_ADDR" -p "$PGPORT_WANTED" -U "$ROLE" -d "$DATABASE" \
        -tAqc 'SELECT 1' >/dev/null 2>&1
}

if can_connect; then
    log "postgres ready ($PGHOST_ADDR:$PGPORT_WANTED, database $DATABASE)"
    exit 0
fi

need_root_debian "set up PostgreSQL" "$MANUAL"
if ! command -v pg_lsclusters >/dev/null 2>&1 || ! compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null; then
    apt_install postgresql
fi

as_postgres() {
    if command -v runuser >/dev/null 2>&1; then runuser -u postgres -- "$@"; else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
}

# The newest installed major version and its cluster "main" (created if the package did not create one).
VERSION="$(ls -1 /usr/lib/postgresql | sort -V | tail -n1)"
[[ -n "$VERSION" ]] || die "no PostgreSQL server under /usr/lib/postgresql after installing postgresql."
CLUSTER=main
if ! pg_lsclusters -h 2>/dev/null | awk -v v="$VERSION" -v c="$CLUSTER" '$1 == v && $2 == c { found = 1 } END { exit !found }'; then
    log "creating PostgreSQL cluster $VERSION/$CLUSTER"
    run_logged pg-createcluster pg_createcluster "$VERSION" "$CLUSTER" \
        || die "pg_createcluster $VERSION $CLUSTER failed (log: $SETUP_LOG_DIR/pg-createcluster.log)."
fi
cluster_field() { pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" -v f="$1" '$1 == v && $2 == c { print $f }'; }
PORT="$(cluster_field 3)"
[[ "$PORT" == "$PGPORT_WANTED" ]] \
    || warn "cluster $VERSION/$CLUSTER uses port $PORT, but the tests connect to $PGPORT_WANTED (another cluster holds it?)."

# Loopback only.
CONF_DIR="/etc/postgresql/$VERSION/$CLUSTER/conf.d"
CONF="$CONF_DIR/interview.conf"
WANT="# Written by scripts/setup/postgres.sh: the test database listens on loopback only.
listen_addresses = '$PGHOST_ADDR'"
changed=0
if [[ ! -f "$CONF" || "$(cat "$CONF")" != "$WANT" ]]; then
    mkdir -p "$CONF_DIR"
    printf '%s\n' "$WANT" >"$CONF"
    changed=1
fi

status="$(cluster_field 4)"
if [[ "$status" == online && $changed == 1 ]]; then
    log "restarting PostgreSQL $VERSION/$CLUSTER (listen on $PGHOST_ADDR)"
    run_logged pg-restart pg_ctlcluster "$VERSION" "$CLUSTER" restart \
        || die "pg_ctlcluster $VERSION $CLUSTER restart failed (log: $SETUP_LOG_DIR/pg-restart.log)."
elif [[ "$status" != online ]]; then
    log "starting PostgreSQL $VERSION/$CLUSTER"
    run_logged pg-start pg_ctlcluster "$VERSION" "$CLUSTER" start \
        || die "pg_ctlcluster $VERSION $CLUSTER start failed (log: $SETUP_LOG_DIR/pg-start.log; server log: /var/log/postgresql/postgresql-$VERSION-$CLUSTER.log)."
fi
for (( i = 0; i < 60; i++ )); do
    pg_isready -q -h "$PGHOST_ADDR" -p "$PORT" && break
    sleep 0.5
done
pg_isready -q -h "$PGHOST_ADDR" -p "$PORT" \
    || die "PostgreSQL does not accept connections on $PGHOST_ADDR:$PORT; see /var/log/postgresql/postgresql-$VERSION-$CLUSTER.log."

psql_admin() { as_postgres psql -p "$PORT" -X -q -v ON_ERROR_STOP=1 -tA "$@"; }
if [[ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != 1 ]]; then
    log "creating role $ROLE"
    psql_admin -c "CREATE ROLE $ROLE LOGIN CREATEDB PASSWORD '$PASSWORD'" >/dev/null
fi
if [[ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")" != 1 ]]; then
    log "creating database $DATABASE"
    psql_admin -c "CREATE DATABASE $DATABASE OWNER $ROLE" >/dev/null
fi

if ! can_connect; then
    # The role exists but the password (or pg_hba.conf) does not let the tests in: reset the password once.
    psql_admin -c "ALTER ROLE $ROLE WITH LOGIN PASSWORD '$PASSWORD'" >/dev/null
    can_connect || die "cannot connect as $ROLE to $DATABASE on $PGHOST_ADDR:$PGPORT_WANTED with a password; check /etc/postgresql/$VERSION/$CLUSTER/pg_hba.conf allows 'host all all 127.0.0.1/32 scram-sha-256'."
fi
log "postgres ready ($PGHOST_ADDR:$PGPORT_WANTED, database $DATABASE)"
