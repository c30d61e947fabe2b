#!/usr/bin/env bash
# ./interview bench stack: submissions per second through the compose stack (two web nodes, PostgreSQL, Redis)
# with two judge nodes and then with one, on this machine. Each figure is the second of two rounds (the first
# warms the nodes up); the load is 120 mixed submissions (three problems x three languages) from 60 clients.
# Ends with: stack: judges2=R judges1=R lost=N
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PROJECT="${INTERVIEW_COMPOSE_PROJECT:-interviewpractice-bench}"
PORT="${INTERVIEW_PROXY_PORT:-8091}"
COUNT="${STACK_BENCH_SUBMISSIONS:-120}"
export INTERVIEW_COMPOSE_PROJECT="$PROJECT" INTERVIEW_PROXY_PORT="$PORT"

"$ROOT/interview" compose up >/dev/null
trap '"$ROOT/interview" compose down -v >/dev/null 2>&1 || true' EXIT
network="${PROJECT}_backend"

load() {
    docker run --rm --network "$network" -v "$ROOT/problems:/p:ro" -v "$ROOT/scripts/bench:/b:ro" \
        interviewpractice/sandbox:latest python3 /b/stack_load.py "$COUNT"
}

# round LABEL: two rounds, prints the second's rate and returns "rate lost".
round() {
    local warm rate lost accepted wall
    warm="$(load)"
    read -r rate lost accepted wall <<<"$(load)"
    echo "  $1: ${rate}/s (${COUNT} in ${wall} s; accepted ${accepted}, lost ${lost}; warm-up round: ${warm%% *}/s)" >&2
    echo "$rate $lost"
}

echo "stack $PROJECT: 2 web nodes behind nginx, PostgreSQL, Redis; ${COUNT} mixed submissions from 60 clients, all at once" >&2
read -r two lost2 <<<"$(round 'two judge nodes')"
docker-compose -p "$PROJECT" stop judge-2 >/dev/null 2>&1
read -r one lost1 <<<"$(round 'one judge node')"
echo "stack: judges2=${two} judges1=${one} lost=$(( lost2 + lost1 ))"
