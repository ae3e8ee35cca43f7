#!/usr/bin/env bash
# Installs the Debian 12 packages Dossier builds against, calling apt-get only when
# something is missing (idempotent; safe to run on every `make`).
set -euo pipefail
packages=(
  build-essential cmake pkg-config
  libicu-dev libstemmer-dev libuchardet-dev nlohmann-json3-dev libsimdjson-dev libcli11-dev
  libxxhash-dev libglpk-dev libgtest-dev libgmock-dev libbenchmark-dev
  libxml2-dev libgumbo-dev zlib1g-dev
  libsqlite3-dev sqlite3 libcpp-httplib-dev pybind11-dev python3-dev python3-distributed
  chromium chromium-driver python3-selenium wrk
  clang libclang-rt-14-dev  # make fuzz: libFuzzer targets of fuzz/
  python3-readability       # scripts/peer_readability.py: the peer of docs/eval.md
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
((${#missing[@]} == 0)) && exit 0
echo "install-deps: installing ${missing[*]}" >&2
SUDO=""
[[ $(id -u) -ne 0 ]] && SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
