#!/usr/bin/env bash
# Installs the npm dependencies of every front-end under src/*/ClientApp that has a committed package-lock.json:
# `npm ci` runs only when node_modules is missing or older than the lock file. Quick no-op otherwise.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

shopt -s nullglob
locks=("$REPO_ROOT"/src/*/ClientApp/package-lock.json)
if [[ ${#locks[@]} == 0 ]]; then
    log "node: no src/*/ClientApp/package-lock.json, nothing to install"
    exit 0
fi
command -v npm >/dev/null 2>&1 || die "npm is not on PATH: install Node.js 20 with npm (Debian: apt-get install -y nodejs npm)."

for lock in "${locks[@]}"; do
    dir="$(dirname "$lock")"
    rel="${dir#"$REPO_ROOT"/}"
    # npm writes node_modules/.package-lock.json on every install; fall back to the folder's own time.
    ref="$dir/node_modules/.package-lock.json"
    [[ -e "$ref" ]] || ref="$dir/node_modules"
    if [[ -d "$dir/node_modules" && ! "$lock" -nt "$ref" ]]; then
        log "node: $rel up to date"
        continue
    fi
    t="$(now_ns)"
    log "node: npm ci in $rel"
    name="npm-ci-$(basename "$(dirname "$dir")")"
    (cd "$dir" && run_logged "$name" npm ci --no-audit --no-fund) \
        || die "npm ci failed in $rel (log: $SETUP_LOG_DIR/$name.log). Check that package-lock.json matches package.json and that the npm registry is reachable."
    touch "$dir/node_modules/.package-lock.json" 2>/dev/null || touch "$dir/node_modules"
    log "node: $rel installed in $(elapsed_since "$t") s"
done
