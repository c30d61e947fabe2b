# shellcheck shell=bash
# Shared helpers for scripts/setup/*.sh. Source it; do not run it.
#
# Conventions: every setup script is idempotent and quick when everything is already in place, prints one short
# line per thing it does (to stderr), keeps noisy tool output in a log file and shows its tail only on failure,
# and fails with a message that says what failed and what to do about it.

# Repository root (scripts/setup/lib.sh -> ../..).
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export REPO_ROOT

# Where noisy tool output goes (apt-get, debootstrap, docker build, dotnet publish).
SETUP_LOG_DIR="${SETUP_LOG_DIR:-/tmp/interview-setup-logs}"
mkdir -p "$SETUP_LOG_DIR" 2>/dev/null || true
[[ -d "$SETUP_LOG_DIR" && -w "$SETUP_LOG_DIR" ]] || SETUP_LOG_DIR="$(mktemp -d)"

log()  { printf '[setup] %s\n' "$*" >&2; }
warn() { printf '[setup] warning: %s\n' "$*" >&2; }
die()  { printf '[setup] error: %s\n' "$*" >&2; exit 1; }

is_root()   { [[ "$(id -u)" == 0 ]]; }
is_debian() { [[ -r /etc/debian_version ]] && command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; }

# need_root_debian WHAT MANUAL: stop with instructions when this machine cannot be set up automatically.
#   WHAT   what the script wanted to do ("install docker.io")
#   MANUAL what a person has to do instead (one or more lines)
need_root_debian() {
    local what="$1" manual="$2"
    if ! is_debian; then
        die "cannot $what automatically: this is not a Debian/apt system (/etc/debian_version or apt-get missing).
  Do it by hand instead:
$manual"
    fi
    if ! is_root; then
        die "cannot $what: that needs root (run as root, or with sudo).
  Or do it by hand:
$manual"
    fi
}

# run_logged NAME CMD...: run CMD with its output in $SETUP_LOG_DIR/NAME.log; on failure show the tail.
run_logged() {
    local name="$1"; shift
    local logf="$SETUP_LOG_DIR/$name.log"
    "$@" >"$logf" 2>&1 && return 0
    local rc=$?
    printf '[setup] "%s" failed (exit %s); last lines of %s:\n' "$*" "$rc" "$logf" >&2
    tail -n 25 "$logf" | sed 's/^/    /' >&2
    return "$rc"
}

# pkg_installed PKG: true when the Debian package is installed.
pkg_installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

_APT_UPDATED=0
apt_update() {
    [[ $_APT_UPDATED == 1 ]] && return 0
    log "apt-get update"
    run_logged apt-update env DEBIAN_FRONTEND=noninteractive apt-get update -q \
        || die "apt-get update failed: check the Debian mirror in /etc/apt/sources.list.d/ and the network."
    _APT_UPDATED=1
}

# apt_lists_present: true when apt has package lists to install from (else an update is needed first).
apt_lists_present() {
    compgen -G '/var/lib/apt/lists/*_Packages' >/dev/null || compgen -G '/var/lib/apt/lists/*_Packages.*' >/dev/null
}

# apt_install PKG...: install the packages that are not installed yet, with their recommended packages (the way
# this machine kind was verified: docker.io and chromium as plain installs). Runs apt-get update only when needed:
# when there are no package lists, or when an install from the existing lists fails (stale lists).
apt_install() {
    local missing=() p
    for p in "$@"; do pkg_installed "$p" || missing+=("$p"); done
    [[ ${#missing[@]} == 0 ]] && return 0
    need_root_debian "install ${missing[*]}" "    apt-get install -y ${missing[*]}   (or your distribution's equivalent)"
    apt_lists_present || apt_update
    log "apt-get install ${missing[*]}"
    local cmd=(env DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o Dpkg::Use-Pty=0 -o DPkg::Lock::Timeout=300 "${missing[@]}")
    if ! "${cmd[@]}" >"$SETUP_LOG_DIR/apt-install.log" 2>&1; then
        apt_update
        run_logged apt-install "${cmd[@]}" \
            || die "could not install ${missing[*]} with apt-get (log: $SETUP_LOG_DIR/apt-install.log)."
    fi
}

# elapsed_since START_NS: seconds with one decimal since START_NS (from `date +%s%N`).
now_ns() { date +%s%N; }
elapsed_since() {
    local d=$(( $(date +%s%N) - $1 ))
    printf '%d.%01d' $(( d / 1000000000 )) $(( (d / 100000000) % 10 ))
}
