#!/usr/bin/env bash
# Makes a Docker engine answer on this machine: installs Debian's docker.io when dockerd is missing, starts
# dockerd in the background when `docker version` gets no answer (log: /var/log/interview-dockerd.log), and waits
# until it answers. Quick no-op when an engine already answers.
#
# Storage driver: dockerd picks overlay2 on its own; when an overlay mount does not work on the filesystem of
# /var/lib/docker (or dockerd fails to start with it), dockerd is started with --storage-driver=vfs instead.
# Force one with INTERVIEW_DOCKER_STORAGE_DRIVER=overlay2|vfs.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DOCKERD_LOG=/var/log/interview-dockerd.log
WAIT_SECONDS=60
MANUAL="    Install Docker Engine (https://docs.docker.com/engine/install/), start it, and check that
    \`docker version\` shows a Server section (as a member of the docker group or root)."

docker_answers() { timeout 10 docker version >/dev/null 2>&1; }

report() {
    local server driver
    server="$(timeout 10 docker version --format '{{.Server.Version}}' 2>/dev/null || echo '?')"
    driver="$(timeout 10 docker info --format '{{.Driver}}' 2>/dev/null || true)"
    [[ -n "$driver" ]] || die "docker answers \`docker version\` but not \`docker info\`; see $DOCKERD_LOG."
    log "docker ready (engine $server, storage driver $driver)"
}

# Tries an overlay mount on the filesystem dockerd will use; true when overlay works there.
overlay_works() {
    local root=/var/lib/docker probe ok=1
    mkdir -p "$root" || return 1
    probe="$(mktemp -d "$root/.overlay-probe.XXXXXX")" || return 1
    mkdir -p "$probe"/{lower,upper,work,merged}
    echo x >"$probe/lower/f"
    if mount -t overlay overlay -o "lowerdir=$probe/lower,upperdir=$probe/upper,workdir=$probe/work" "$probe/merged" 2>/dev/null; then
        if echo y >"$probe/merged/f" 2>/dev/null && [[ "$(cat "$probe/upper/f" 2>/dev/null)" == y ]]; then ok=0; fi
        umount "$probe/merged" 2>/dev/null || umount -l "$probe/merged" 2>/dev/null || true
    fi
    rm -rf "$probe"
    return "$ok"
}

dockerd_pid() { local p; p="$(cat /var/run/docker.pid 2>/dev/null || true)"; [[ -n "$p" ]] && kill -0 "$p" 2>/dev/null && echo "$p"; }

# start_dockerd DRIVER ("" = dockerd's own choice): returns 0 once `docker version` answers.
start_dockerd() {
    local driver="$1" args=() pid i
    [[ -n "$driver" ]] && args+=(--storage-driver="$driver")
    # A pid file left by a dockerd that is gone would stop the new one from starting.
    if [[ -f /var/run/docker.pid ]] && ! dockerd_pid >/dev/null; then rm -f /var/run/docker.pid; fi
    log "starting dockerd${driver:+ (storage driver $driver)}; log: $DOCKERD_LOG"
    {
        printf '\n==== %s: interview setup starts dockerd %s\n' "$(date -Is)" "${args[*]:-}"
    } >>"$DOCKERD_LOG"
    # setsid + nohup: own session, immune to the hangup of this script's terminal; no inherited stdio, and no
    # other inherited descriptor either: a lock (flock) or pipe of whoever ran setup must not live on in the
    # daemon, holding the lock or keeping the pipe's reader waiting for ever.
    (
        for fd in /proc/"$BASHPID"/fd/*; do
            fd="${fd##*/}"
            if (( fd > 2 )); then eval "exec ${fd}>&-" 2>/dev/null || true; fi
        done
        exec setsid nohup dockerd "${args[@]}" >>"$DOCKERD_LOG" 2>&1 </dev/null
    ) &
    pid=$!
    disown "$pid" 2>/dev/null || true
    for (( i = 0; i < WAIT_SECONDS * 2; i++ )); do
        if docker_answers; then return 0; fi
        if ! kill -0 "$pid" 2>/dev/null; then
            warn "dockerd exited during start-up; last lines of $DOCKERD_LOG:"
            tail -n 15 "$DOCKERD_LOG" | sed 's/^/    /' >&2
            return 1
        fi
        sleep 0.5
    done
    warn "dockerd did not answer within ${WAIT_SECONDS}s; last lines of $DOCKERD_LOG:"
    tail -n 15 "$DOCKERD_LOG" | sed 's/^/    /' >&2
    kill "$pid" 2>/dev/null || true
    return 1
}

main() {
    if docker_answers; then report; return 0; fi

    if ! command -v dockerd >/dev/null 2>&1 || ! command -v docker >/dev/null 2>&1; then
        apt_install docker.io
    fi
    hash -r
    command -v dockerd >/dev/null 2>&1 || die "dockerd is still missing after installing docker.io."

    # The engine is installed but does not answer: start it.
    need_root_debian "start dockerd" "$MANUAL"
    if pid="$(dockerd_pid)"; then
        # Running but not answering yet (starting up?): give it the same wait.
        log "dockerd (pid $pid) is running but not answering; waiting up to ${WAIT_SECONDS}s"
        for (( i = 0; i < WAIT_SECONDS * 2; i++ )); do docker_answers && { report; return 0; }; sleep 0.5; done
        die "dockerd (pid $pid) runs but \`docker version\` gets no answer; see $DOCKERD_LOG. Stop it (kill $pid) and rerun."
    fi

    local driver="${INTERVIEW_DOCKER_STORAGE_DRIVER:-}"
    if [[ -z "$driver" ]] && ! overlay_works; then
        warn "overlay mounts do not work under /var/lib/docker; using the vfs storage driver (slower, more disk)"
        driver=vfs
    fi
    if ! start_dockerd "$driver"; then
        if [[ "$driver" != vfs && -z "${INTERVIEW_DOCKER_STORAGE_DRIVER:-}" ]]; then
            warn "retrying with the vfs storage driver"
            start_dockerd vfs || die "dockerd does not start (log: $DOCKERD_LOG). Fix what the log says, then rerun."
        else
            die "dockerd does not start (log: $DOCKERD_LOG). Fix what the log says, then rerun."
        fi
    fi
    report
}

main "$@"
