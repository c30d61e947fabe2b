#!/usr/bin/env bash
# Makes /usr/bin/chromium available for the browser tests (Playwright drives it with ExecutablePath; never run
# `playwright install`, browser downloads fail here). Quick no-op when it is there.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

CHROMIUM=/usr/bin/chromium
if [[ ! -x "$CHROMIUM" ]]; then
    need_root_debian "install chromium" "    apt-get install -y chromium   (or install Chromium so that $CHROMIUM exists)"
    apt_install chromium
    [[ -x "$CHROMIUM" ]] || die "chromium was installed but $CHROMIUM is missing."
fi
version="$(timeout 20 "$CHROMIUM" --version 2>/dev/null | head -n1 || true)"
[[ -n "$version" ]] || die "$CHROMIUM --version does not answer; reinstall it: apt-get install --reinstall -y chromium"
log "chromium ready ($version)"
