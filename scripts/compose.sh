#!/usr/bin/env bash
# ./interview compose up|down|ps|logs: the stack of docker-compose.yml as one project on this machine's engine.
#
# Environment (all optional):
#   INTERVIEW_COMPOSE_PROJECT   compose project name (default interviewpractice); containers, volumes and the
#                               network carry it, and the judge nodes' ids start with it
#   INTERVIEW_PROXY_PORT        the proxy's port on 127.0.0.1 (default 8080)
#   INTERVIEW_SUBMISSIONS_LEASE Submissions:Lease of every node (default 00:01:00)
#   INTERVIEW_JUDGE_WARM        Judge:WarmPerLanguage of the judge nodes (default 2)
#   INTERVIEW_POSTGRES_PASSWORD the database password, read when its volume is first made (default interview)
#   INTERVIEW_COMPOSE_WAIT      seconds `up` waits for the stack to be healthy (default 240)
#   INTERVIEW_CASES_DIR         the generated-cases cache the nodes share (default the host's, the CLI's cache
#                               directory; empty: a named volume)
# The images' tags come from scripts/setup/compose.sh; the network's subnet is picked here (see pick_subnet).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup/lib.sh"

cd "$REPO_ROOT"
export INTERVIEW_COMPOSE_PROJECT="${INTERVIEW_COMPOSE_PROJECT:-interviewpractice}"
export INTERVIEW_PROXY_PORT="${INTERVIEW_PROXY_PORT:-8080}"
# The nodes share the host's generated-cases cache (the CLI's, warm after ./interview validate), so a start does not
# regenerate every problem's large cases; INTERVIEW_CASES_DIR= (empty) gives them a named volume of their own.
if [[ -z "${INTERVIEW_CASES_DIR+set}" ]]; then
    INTERVIEW_CASES_DIR="${INTERVIEW_CASES_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/interviewpractice/cases}"
    mkdir -p "$INTERVIEW_CASES_DIR"
fi
export INTERVIEW_CASES_DIR="${INTERVIEW_CASES_DIR:-cases}"
PROJECT="$INTERVIEW_COMPOSE_PROJECT"
NETWORK="${PROJECT}_backend"
[[ "$PROJECT" =~ ^[a-z0-9][a-z0-9_-]*$ ]] || die "INTERVIEW_COMPOSE_PROJECT '$PROJECT' must be lower-case letters, digits, '-' or '_'."
[[ "$INTERVIEW_PROXY_PORT" =~ ^[0-9]+$ ]] || die "INTERVIEW_PROXY_PORT '$INTERVIEW_PROXY_PORT' is not a port number."

compose() { docker-compose -p "$PROJECT" -f "$REPO_ROOT/docker-compose.yml" "$@"; }

# The subnet of the stack's network: the existing network's, else the first 10.213.N.0/24 that overlaps no
# network the engine has. The web nodes believe X-Forwarded-For from exactly this subnet (the proxy's).
pick_subnet() {
    local current
    current="$(docker network inspect --format '{{range .IPAM.Config}}{{.Subnet}}{{end}}' "$NETWORK" 2>/dev/null || true)"
    if [[ -n "$current" ]]; then echo "$current"; return; fi
    docker network inspect --format '{{range .IPAM.Config}}{{.Subnet}} {{end}}' $(docker network ls -q) 2>/dev/null \
        | python3 -c '
import ipaddress, sys
used = [ipaddress.ip_network(s, strict=False) for s in sys.stdin.read().split() if ":" not in s]
for n in range(256):
    candidate = ipaddress.ip_network(f"10.213.{n}.0/24")
    if not any(candidate.overlaps(u) for u in used):
        print(candidate); break
else:
    sys.exit("no free 10.213.N.0/24 subnet: remove unused Docker networks (docker network ls)")
'
}

# wait_healthy SECONDS: until the proxy answers /health and every container of the stack with a healthcheck is healthy.
wait_healthy() {
    local deadline=$(( $(date +%s) + $1 )) ids id state pending
    while true; do
        pending=""
        ids="$(compose ps -q)"
        for id in $ids; do
            state="$(docker inspect --format '{{.Name}} {{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{end}}' "$id")"
            case "$state" in
                *" running healthy" | *" running ") ;;
                *) pending+="${state#/} ; " ;;
            esac
        done
        [[ -z "$ids" ]] && pending="no containers"
        if [[ -z "$pending" ]] && curl -fsS -o /dev/null --max-time 3 "http://127.0.0.1:$INTERVIEW_PROXY_PORT/health"; then
            return 0
        fi
        if (( $(date +%s) >= deadline )); then
            warn "not healthy after $1 s: ${pending:-the proxy does not answer /health}"
            compose ps >&2 || true
            compose logs --tail 20 >&2 || true
            return 1
        fi
        sleep 1
    done
}

cmd_up() {
    local t0 tags line subnet
    t0="$(now_ns)"
    tags="$(bash "$REPO_ROOT/scripts/setup/compose.sh")" || die "the stack's images could not be made (see above)."
    while IFS= read -r line; do
        [[ "$line" =~ ^INTERVIEW_[A-Z]+_TAG=h-[0-9a-f]+$ ]] && export "${line?}"
    done <<<"$tags"
    subnet="$(pick_subnet)" || die "could not pick a subnet for the network $NETWORK."
    export INTERVIEW_COMPOSE_SUBNET="$subnet"
    log "docker-compose -p $PROJECT up (proxy on 127.0.0.1:$INTERVIEW_PROXY_PORT, network $subnet)"
    compose up -d --no-build --remove-orphans \
        || die "docker-compose up failed (see above). Is 127.0.0.1:$INTERVIEW_PROXY_PORT free? Set INTERVIEW_PROXY_PORT to use another port."
    wait_healthy "${INTERVIEW_COMPOSE_WAIT:-240}" \
        || die "the stack did not become healthy (see above): ./interview compose logs SERVICE shows more."
    log "stack $PROJECT up in $(elapsed_since "$t0") s: http://127.0.0.1:$INTERVIEW_PROXY_PORT/"
}

cmd_down() {
    local args=() leftovers
    [[ "${1:-}" == -v || "${1:-}" == --volumes ]] && args+=(--volumes)
    compose down --remove-orphans "${args[@]}"
    # Sandbox containers of a judge node that was killed (its own shutdown removes them otherwise).
    leftovers="$( { docker ps -aq --filter "label=interviewpractice.node=$PROJECT-judge-1"
                    docker ps -aq --filter "label=interviewpractice.node=$PROJECT-judge-2"; } | sort -u)"
    if [[ -n "$leftovers" ]]; then
        # shellcheck disable=SC2086
        docker rm -f $leftovers >/dev/null
        log "removed $(wc -w <<<"$leftovers") sandbox containers left by the judge nodes"
    fi
}

case "${1:-}" in
    up) shift; [[ $# == 0 ]] || die "compose up takes no arguments"; cmd_up ;;
    down) shift; cmd_down "$@" ;;
    ps) shift; compose ps "$@" ;;
    logs) shift; compose logs "$@" ;;
    *) die "usage: ./interview compose up|down [-v]|ps|logs [SERVICE...]" ;;
esac
