#!/usr/bin/env bash
# Redis for the tests and for `serve` with Redis:Configuration: installs Debian's redis-server when missing and
# starts it on 127.0.0.1:6379 (loopback only, no persistence: it carries pub/sub, nothing to keep) when nothing
# answers there. Quick no-op when `redis-cli ping` already answers.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

HOST=127.0.0.1
PORT=6379
LOGFILE=/var/log/redis/interview-redis.log
MANUAL="    Install Redis 6 or newer and start it on $HOST:$PORT, e.g.
      redis-server --bind $HOST --port $PORT --daemonize yes"

answers() {
    command -v redis-cli >/dev/null 2>&1 || return 1
    [[ "$(timeout 3 redis-cli -h "$HOST" -p "$PORT" ping 2>/dev/null)" == PONG ]]
}

if answers; then
    log "redis ready ($HOST:$PORT)"
    exit 0
fi

need_root_debian "set up Redis" "$MANUAL"
if ! command -v redis-server >/dev/null 2>&1 || ! command -v redis-cli >/dev/null 2>&1; then
    apt_install redis-server
    # The package may have started its own server (where there is an init system): use it if it answers.
    if answers; then
        log "redis ready ($HOST:$PORT)"
        exit 0
    fi
fi

log "starting redis-server on $HOST:$PORT"
mkdir -p "$(dirname "$LOGFILE")"
as_redis=()
if id redis >/dev/null 2>&1 && command -v runuser >/dev/null 2>&1; then
    chown redis:redis "$(dirname "$LOGFILE")" 2>/dev/null || true
    as_redis=(runuser -u redis --)
fi
run_logged redis-start "${as_redis[@]}" redis-server --bind "$HOST" --port "$PORT" --protected-mode yes \
    --save '' --appendonly no --daemonize yes --dir /tmp --logfile "$LOGFILE" \
    || die "redis-server did not start (log: $SETUP_LOG_DIR/redis-start.log; server log: $LOGFILE). Is port $PORT taken?"
for (( i = 0; i < 60; i++ )); do
    answers && break
    sleep 0.5
done
answers || die "redis-server does not answer on $HOST:$PORT after 30 s; see $LOGFILE."
log "redis ready ($HOST:$PORT)"
