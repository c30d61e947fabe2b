#!/usr/bin/env bash
# Builds the judging image interviewpractice/sandbox:latest from sandbox/, only when its inputs changed.
#
# Inputs (hashed into the image label interviewpractice.hash): everything under sandbox/ but sandbox/.context/,
# src/InterviewPractice.Sandbox and src/InterviewPractice.Protocol (*.cs, *.csproj, *.json; bin/ and obj/ excluded), Directory.Build.props,
# Directory.Packages.props, the version of the host .NET runtime copied into the image, and CONTEXT_FORMAT below.
# An image with the same hash is reused (re-tagged if needed) and nothing is built.
#
# Otherwise: makes sure the base image debian:bookworm-slim exists (pull; when no registry answers, bootstrap it
# from the Debian archive with debootstrap and `docker import`), prepares the build context sandbox/.context/
# (publishes the C# sandbox program, copies the host's .NET runtime), then `docker build`s.
# INTERVIEW_SANDBOX_FORCE=1 rebuilds regardless.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# INTERVIEW_SANDBOX_IMAGE builds under another tag (a branch's image beside the one other checkouts use).
IMAGE="${INTERVIEW_SANDBOX_IMAGE:-interviewpractice/sandbox:latest}"
BASE_IMAGE=debian:bookworm-slim
LABEL=interviewpractice.hash
# Bump when the way this script prepares .context/ changes (so existing images are rebuilt).
CONTEXT_FORMAT=1

SANDBOX_DIR="$REPO_ROOT/sandbox"
CONTEXT_DIR="$SANDBOX_DIR/.context"
PROJECT_DIR="$REPO_ROOT/src/InterviewPractice.Sandbox"
PROJECT="$PROJECT_DIR/InterviewPractice.Sandbox.csproj"

T0="$(now_ns)"

timeout 10 docker version >/dev/null 2>&1 \
    || die "the Docker engine does not answer (\`docker version\`). Run ./interview setup docker first."
command -v dotnet >/dev/null 2>&1 || die "dotnet is not on PATH: install the .NET 10 SDK (https://dot.net), then rerun."
[[ -f "$PROJECT" ]] || die "$PROJECT is missing."

# --- the host .NET runtime that goes into the image -------------------------------------------------------------
# The runtime whose major version matches the sandbox project's target framework (net10.0 -> 10), newest first.
target_major() {
    local tfm
    tfm="$(grep -ho '<TargetFramework>net[0-9]*' "$PROJECT" "$REPO_ROOT/Directory.Build.props" 2>/dev/null | head -n1 || true)"
    tfm="${tfm##*>net}"
    echo "${tfm:-10}"
}
MAJOR="$(target_major)"
RUNTIME_LINE="$(dotnet --list-runtimes | awk -v m="$MAJOR." '$1 == "Microsoft.NETCore.App" && index($2, m) == 1' | sort -V -k2,2 | tail -n1)"
[[ -n "$RUNTIME_LINE" ]] || die "no Microsoft.NETCore.App $MAJOR.x runtime in \`dotnet --list-runtimes\`: install the .NET $MAJOR SDK."
RUNTIME_VERSION="$(awk '{print $2}' <<<"$RUNTIME_LINE")"
RUNTIME_SHARED="$(sed -E 's/^[^[]*\[(.*)\]$/\1/' <<<"$RUNTIME_LINE")"          # <root>/shared/Microsoft.NETCore.App
DOTNET_ROOT_DIR="$(cd "$RUNTIME_SHARED/../.." && pwd)"
FXR_VERSION="$(ls -1 "$DOTNET_ROOT_DIR/host/fxr" 2>/dev/null | sort -V | tail -n1)"
[[ -x "$DOTNET_ROOT_DIR/dotnet" && -n "$FXR_VERSION" && -d "$RUNTIME_SHARED/$RUNTIME_VERSION" ]] \
    || die "unexpected .NET layout under $DOTNET_ROOT_DIR (need dotnet, host/fxr/<v>, shared/Microsoft.NETCore.App/$RUNTIME_VERSION)."

# --- input hash -------------------------------------------------------------------------------------------------
input_hash() {
    (
        cd "$REPO_ROOT"
        {
            find sandbox -path sandbox/.context -prune -o -name __pycache__ -prune -o -name node_modules -prune \
                -o -type f -print0
            find src/InterviewPractice.Sandbox src/InterviewPractice.Protocol \( -name bin -o -name obj \) -prune \
                -o -type f \( -name '*.cs' -o -name '*.csproj' -o -name '*.json' \) -print0
            for f in Directory.Build.props Directory.Packages.props; do [[ -f "$f" ]] && printf '%s\0' "$f"; done
        } | LC_ALL=C sort -z | xargs -0 sha256sum
        echo "runtime $RUNTIME_VERSION fxr $FXR_VERSION format $CONTEXT_FORMAT"
    ) | sha256sum | cut -c1-32
}
HASH="$(input_hash)"

if [[ "${INTERVIEW_SANDBOX_FORCE:-0}" != 1 ]]; then
    current="$(docker image inspect --format "{{ index .Config.Labels \"$LABEL\" }}" "$IMAGE" 2>/dev/null || true)"
    if [[ "$current" == "$HASH" ]]; then
        log "sandbox image up to date ($IMAGE, $LABEL=$HASH)"
        exit 0
    fi
    # Built before (another branch, say) and still around: tag it again instead of rebuilding.
    existing="$(docker images -q --filter "label=$LABEL=$HASH" | head -n1)"
    if [[ -n "$existing" ]]; then
        docker tag "$existing" "$IMAGE"
        log "sandbox image up to date ($IMAGE re-tagged from $existing, $LABEL=$HASH)"
        exit 0
    fi
fi
log "building $IMAGE ($LABEL=$HASH)"

# --- base image -------------------------------------------------------------------------------------------------
debian_mirror() {
    local uri=""
    if [[ -r /etc/apt/sources.list.d/debian.sources ]]; then
        uri="$(awk '/^URIs:/ { for (i = 2; i <= NF; i++) if ($i !~ /security/) { print $i; exit } }' /etc/apt/sources.list.d/debian.sources)"
    fi
    if [[ -z "$uri" && -r /etc/apt/sources.list ]]; then
        uri="$(awk '$1 == "deb" && $0 !~ /security/ { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' /etc/apt/sources.list)"
    fi
    echo "${uri:-http://deb.debian.org/debian}"
}

bootstrap_base() {
    need_root_debian "bootstrap the base image $BASE_IMAGE with debootstrap" \
        "    make an image named $BASE_IMAGE available to Docker (docker pull $BASE_IMAGE, or docker load one)."
    apt_install debootstrap
    local mirror dir t
    mirror="$(debian_mirror)"
    dir="$(mktemp -d /var/tmp/interview-bookworm.XXXXXX)"
    # shellcheck disable=SC2064
    trap "rm -rf '$dir'" EXIT
    t="$(now_ns)"
    log "no registry answers: bootstrapping $BASE_IMAGE from $mirror (debootstrap --variant=minbase, ~30 s)"
    run_logged debootstrap debootstrap --variant=minbase bookworm "$dir" "$mirror" \
        || die "debootstrap failed (log: $SETUP_LOG_DIR/debootstrap.log): check that $mirror is reachable."
    rm -rf "$dir"/var/cache/apt/archives/*.deb "$dir"/var/lib/apt/lists/* "$dir"/debootstrap
    tar -C "$dir" -c . | docker import --change 'CMD ["bash"]' - "$BASE_IMAGE" >/dev/null \
        || die "docker import of the bootstrapped root file system failed."
    rm -rf "$dir"
    trap - EXIT
    log "base image $BASE_IMAGE imported in $(elapsed_since "$t") s"
}

if ! docker image inspect "$BASE_IMAGE" >/dev/null 2>&1; then
    log "pulling $BASE_IMAGE"
    if ! timeout 20 docker pull -q "$BASE_IMAGE" >/dev/null 2>&1; then
        bootstrap_base
    fi
fi

# --- build context: the published sandbox program and the runtime ------------------------------------------------
t="$(now_ns)"
rm -rf "$CONTEXT_DIR/sandbox" "$CONTEXT_DIR/dotnet"
mkdir -p "$CONTEXT_DIR"
# --artifacts-path keeps this Release publish's obj/bin apart from developers' Debug builds in the project folder.
log "dotnet publish InterviewPractice.Sandbox (Release)"
run_logged sandbox-publish dotnet publish "$PROJECT" -c Release --nologo \
    --artifacts-path "$CONTEXT_DIR/artifacts" -o "$CONTEXT_DIR/sandbox" -p:UseAppHost=false \
    || die "dotnet publish of src/InterviewPractice.Sandbox failed (log: $SETUP_LOG_DIR/sandbox-publish.log)."

mkdir -p "$CONTEXT_DIR/dotnet/host/fxr" "$CONTEXT_DIR/dotnet/shared/Microsoft.NETCore.App"
cp -a "$DOTNET_ROOT_DIR/dotnet" "$CONTEXT_DIR/dotnet/"
for f in LICENSE.txt ThirdPartyNotices.txt; do
    [[ -f "$DOTNET_ROOT_DIR/$f" ]] && cp -a "$DOTNET_ROOT_DIR/$f" "$CONTEXT_DIR/dotnet/"
done
cp -a "$DOTNET_ROOT_DIR/host/fxr/$FXR_VERSION" "$CONTEXT_DIR/dotnet/host/fxr/"
cp -a "$RUNTIME_SHARED/$RUNTIME_VERSION" "$CONTEXT_DIR/dotnet/shared/Microsoft.NETCore.App/"
log "build context prepared in $(elapsed_since "$t") s (runtime $RUNTIME_VERSION, hostfxr $FXR_VERSION)"

# --- image ------------------------------------------------------------------------------------------------------
t="$(now_ns)"
log "docker build $IMAGE"
# The classic builder works with every engine and client here (no buildx plugin needed).
run_logged sandbox-build env DOCKER_BUILDKIT="${DOCKER_BUILDKIT:-0}" \
    docker build --label "$LABEL=$HASH" -t "$IMAGE" "$SANDBOX_DIR" \
    || die "docker build of $IMAGE failed (log: $SETUP_LOG_DIR/sandbox-build.log)."
log "docker build took $(elapsed_since "$t") s"

# Tag the build by its hash too, so switching branches back and forth reuses images; keep the newest three.
docker tag "$IMAGE" "${IMAGE%:*}:h-${HASH:0:12}"
docker images "${IMAGE%:*}" --format '{{.CreatedAt}}\t{{.Tag}}' | grep -P '\th-' | sort -r | tail -n +4 | cut -f2 \
    | while read -r tag; do docker rmi "${IMAGE%:*}:$tag" >/dev/null 2>&1 || true; done || true

size="$(docker image inspect --format '{{.Size}}' "$IMAGE")"
log "sandbox image built: $IMAGE, $(( size / 1024 / 1024 )) MiB, in $(elapsed_since "$T0") s"
