#!/usr/bin/env bash
# Makes what `./interview compose up` needs: Debian's docker-compose, and the stack's images built from
# deploy/<name>/Dockerfile (app, postgres, redis, proxy), each only when its inputs changed.
#
# Each image is tagged interviewpractice/<name>:h-<hash> and labelled interviewpractice.hash=<hash>, the hash
# being of its inputs: deploy/<name>/ (but .context/); for the app also src/ (bin/, obj/, node_modules/ and the
# built front end excluded), problems/, Directory.Build.props, Directory.Packages.props and the host runtime
# versions copied into it. An image with the hash already there is reused and nothing is built.
# Prints the tags to use as lines INTERVIEW_<NAME>_TAG=h-<hash> on stdout (everything else goes to stderr).
# Arguments name the images to make (default: all four); the tests' throwaway databases need only
# `compose.sh postgres redis`.
#
# Needs the Docker engine (./interview setup docker). The base image debian:bookworm-slim is made the way the
# sandbox image's is (pulled, or bootstrapped from the Debian archive when no registry answers).
# INTERVIEW_COMPOSE_FORCE=1 rebuilds regardless.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

BASE_IMAGE=debian:bookworm-slim
LABEL=interviewpractice.hash
# Bump when the way this script prepares deploy/app/.context/ changes (so existing images are rebuilt).
CONTEXT_FORMAT=1
DEPLOY_DIR="$REPO_ROOT/deploy"
APP_CONTEXT="$DEPLOY_DIR/app/.context"
WEB_PROJECT="$REPO_ROOT/src/InterviewPractice.Web/InterviewPractice.Web.csproj"

T0="$(now_ns)"

if ! command -v docker-compose >/dev/null 2>&1; then
    apt_install docker-compose
    hash -r
    command -v docker-compose >/dev/null 2>&1 || die "docker-compose is still missing after installing Debian's docker-compose."
fi
timeout 10 docker version >/dev/null 2>&1 \
    || die "the Docker engine does not answer (\`docker version\`). Run ./interview setup docker first."

# --- base image: sandbox.sh makes it (pull or debootstrap); it skips that when its own image is current ---------
if ! docker image inspect "$BASE_IMAGE" >/dev/null 2>&1; then
    log "$BASE_IMAGE is missing: making it with the sandbox image (scripts/setup/sandbox.sh)"
    INTERVIEW_SANDBOX_FORCE=1 bash "$REPO_ROOT/scripts/setup/sandbox.sh" \
        || die "could not make $BASE_IMAGE (see above); fix that and rerun ./interview setup compose."
fi

# --- the host runtimes that go into the app image ---------------------------------------------------------------
runtime_line() {
    dotnet --list-runtimes | awk -v n="$1" -v m="$2." '$1 == n && index($2, m) == 1' | sort -V -k2,2 | tail -n1
}
MAJOR=10
CORE_LINE="$(runtime_line Microsoft.NETCore.App "$MAJOR")"
ASP_LINE="$(runtime_line Microsoft.AspNetCore.App "$MAJOR")"
[[ -n "$CORE_LINE" && -n "$ASP_LINE" ]] \
    || die "need Microsoft.NETCore.App and Microsoft.AspNetCore.App $MAJOR.x in \`dotnet --list-runtimes\`: install the .NET $MAJOR SDK."
CORE_VERSION="$(awk '{print $2}' <<<"$CORE_LINE")"
ASP_VERSION="$(awk '{print $2}' <<<"$ASP_LINE")"
CORE_SHARED="$(sed -E 's/^[^[]*\[(.*)\]$/\1/' <<<"$CORE_LINE")"
ASP_SHARED="$(sed -E 's/^[^[]*\[(.*)\]$/\1/' <<<"$ASP_LINE")"
DOTNET_ROOT_DIR="$(cd "$CORE_SHARED/../.." && pwd)"
FXR_VERSION="$(ls -1 "$DOTNET_ROOT_DIR/host/fxr" 2>/dev/null | sort -V | tail -n1)"
[[ -x "$DOTNET_ROOT_DIR/dotnet" && -n "$FXR_VERSION" && -d "$CORE_SHARED/$CORE_VERSION" && -d "$ASP_SHARED/$ASP_VERSION" ]] \
    || die "unexpected .NET layout under $DOTNET_ROOT_DIR (need dotnet, host/fxr/<v>, shared/Microsoft.NETCore.App/$CORE_VERSION, shared/Microsoft.AspNetCore.App/$ASP_VERSION)."

# --- input hashes -----------------------------------------------------------------------------------------------
# hash_files PATH...: one hash of the files under the paths (relative to the repository), names and contents.
hash_files() {
    (
        cd "$REPO_ROOT"
        find "$@" \( -name bin -o -name obj -o -name node_modules -o -name .context -o -name __pycache__ \
            -o -path src/InterviewPractice.Web/wwwroot/dist \) -prune -o -type f -print0 \
            | LC_ALL=C sort -z | xargs -0 sha256sum
    ) | sha256sum | cut -c1-32
}

app_hash() {
    {
        hash_files deploy/app src problems Directory.Build.props Directory.Packages.props
        echo "runtime $CORE_VERSION aspnetcore $ASP_VERSION fxr $FXR_VERSION format $CONTEXT_FORMAT"
    } | sha256sum | cut -c1-32
}

# image_current NAME HASH: true when an image with the hash exists (tagged, or re-tagged here).
image_current() {
    local name="$1" hash="$2" tag="interviewpractice/$1:h-${2:0:12}" existing
    [[ "${INTERVIEW_COMPOSE_FORCE:-0}" == 1 ]] && return 1
    if [[ "$(docker image inspect --format "{{ index .Config.Labels \"$LABEL\" }}" "$tag" 2>/dev/null || true)" == "$hash" ]]; then
        return 0
    fi
    existing="$(docker images -q --filter "label=$LABEL=$hash" --filter "label=interviewpractice.image=$name" | head -n1)"
    [[ -n "$existing" ]] && docker tag "$existing" "$tag" && return 0
    return 1
}

# build NAME HASH: docker build deploy/NAME as interviewpractice/NAME:h-<hash>.
build() {
    local name="$1" hash="$2" tag="interviewpractice/$1:h-${2:0:12}" t
    t="$(now_ns)"
    log "docker build $tag"
    # The classic builder works with every engine and client here (no buildx plugin needed).
    run_logged "compose-build-$name" env DOCKER_BUILDKIT="${DOCKER_BUILDKIT:-0}" \
        docker build --label "$LABEL=$hash" --label "interviewpractice.image=$name" -t "$tag" "$DEPLOY_DIR/$name" \
        || die "docker build of $tag failed (log: $SETUP_LOG_DIR/compose-build-$name.log)."
    log "built $tag in $(elapsed_since "$t") s"
    # Keep the newest three builds of each image; one a stack still uses is not removed (rmi refuses).
    docker images "interviewpractice/$name" --format '{{.CreatedAt}}\t{{.Tag}}' | grep -P '\th-' | sort -r | tail -n +4 | cut -f2 \
        | while read -r old; do docker rmi "interviewpractice/$name:$old" >/dev/null 2>&1 || true; done || true
}

prepare_app_context() {
    local t
    t="$(now_ns)"
    command -v dotnet >/dev/null 2>&1 || die "dotnet is not on PATH: install the .NET 10 SDK (https://dot.net), then rerun."
    rm -rf "$APP_CONTEXT/app" "$APP_CONTEXT/dotnet" "$APP_CONTEXT/problems"
    mkdir -p "$APP_CONTEXT"
    # --artifacts-path keeps this Release publish's obj/bin apart from developers' Debug builds in the project folders.
    log "dotnet publish InterviewPractice.Web (Release)"
    run_logged compose-publish nice -n 10 dotnet publish "$WEB_PROJECT" -c Release --nologo \
        --artifacts-path "$APP_CONTEXT/artifacts" -o "$APP_CONTEXT/app" -p:UseAppHost=false \
        || die "dotnet publish of src/InterviewPractice.Web failed (log: $SETUP_LOG_DIR/compose-publish.log)."
    mkdir -p "$APP_CONTEXT/dotnet/host/fxr" "$APP_CONTEXT/dotnet/shared/Microsoft.NETCore.App" "$APP_CONTEXT/dotnet/shared/Microsoft.AspNetCore.App"
    cp -a "$DOTNET_ROOT_DIR/dotnet" "$APP_CONTEXT/dotnet/"
    for f in LICENSE.txt ThirdPartyNotices.txt; do
        [[ -f "$DOTNET_ROOT_DIR/$f" ]] && cp -a "$DOTNET_ROOT_DIR/$f" "$APP_CONTEXT/dotnet/"
    done
    cp -a "$DOTNET_ROOT_DIR/host/fxr/$FXR_VERSION" "$APP_CONTEXT/dotnet/host/fxr/"
    cp -a "$CORE_SHARED/$CORE_VERSION" "$APP_CONTEXT/dotnet/shared/Microsoft.NETCore.App/"
    cp -a "$ASP_SHARED/$ASP_VERSION" "$APP_CONTEXT/dotnet/shared/Microsoft.AspNetCore.App/"
    cp -a "$REPO_ROOT/problems" "$APP_CONTEXT/problems"
    log "app build context prepared in $(elapsed_since "$t") s (runtime $CORE_VERSION, ASP.NET Core $ASP_VERSION)"
}

# --- the images -------------------------------------------------------------------------------------------------
NAMES=("$@")
[[ ${#NAMES[@]} -gt 0 ]] || NAMES=(postgres redis proxy app)
for name in "${NAMES[@]}"; do
    [[ -d "$DEPLOY_DIR/$name" ]] || die "no image '$name' (choose from: postgres redis proxy app)."
    if [[ "$name" == app ]]; then hash="$(app_hash)"; else hash="$(hash_files "deploy/$name")"; fi
    if image_current "$name" "$hash"; then
        log "image up to date: interviewpractice/$name:h-${hash:0:12}"
    else
        [[ "$name" == app ]] && prepare_app_context
        build "$name" "$hash"
    fi
    printf 'INTERVIEW_%s_TAG=h-%s\n' "${name^^}" "${hash:0:12}"
done
log "images ready (${NAMES[*]}) in $(elapsed_since "$T0") s"
