#!/usr/bin/env bash
# Installs the Docker Compose v2 CLI plugin when the machine has the docker client but no compose
# plugin (as on our CI machines): Debian only packages compose v1, so it is built from its Go module
# (the Go module proxy is reachable; the GitHub release binaries are not). Idempotent.
set -euo pipefail
if docker compose version >/dev/null 2>&1; then exit 0; fi
command -v go >/dev/null || { echo "docker compose is missing and Go is not installed to build it" >&2; exit 1; }
version=v2.40.3
plugin_dir="${DOCKER_CONFIG:-$HOME/.docker}/cli-plugins"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "Building the docker compose plugin $version from its Go module (first run only)…" >&2
# `go install module@version` refuses modules with replace/exclude directives, so build in a copy.
dir=$(go mod download -json "github.com/docker/compose/v2@$version" | sed -n 's/^\s*"Dir": "\(.*\)",$/\1/p')
cp -r "$dir" "$work/src"
chmod -R u+w "$work/src"
(cd "$work/src" && go build -trimpath -ldflags "-s -w -X github.com/docker/compose/v2/internal.Version=$version" -o "$work/docker-compose" ./cmd)
mkdir -p "$plugin_dir"
install -m 0755 "$work/docker-compose" "$plugin_dir/docker-compose"
docker compose version >&2
