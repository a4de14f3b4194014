#!/usr/bin/env bash
# Installs what HubPlan needs beyond Swift: GLPK's and zlib's headers and libraries (Debian: libglpk-dev, zlib1g-dev).
# Idempotent: does nothing when <glpk.h> and libglpk are present. Extra Debian packages may be named as
# arguments (e.g. `scripts/ensure-deps.sh chromium`); they are installed only when missing.
set -euo pipefail

packages=()
if [ ! -f /usr/include/glpk.h ] || ! ldconfig -p 2>/dev/null | grep -q 'libglpk\.so'; then
  packages+=(libglpk-dev)
fi
# zlib's header: the national source tables in Networks/sources/ are gzipped.
[ -f /usr/include/zlib.h ] || packages+=(zlib1g-dev)
for p in "$@"; do
  dpkg -s "$p" >/dev/null 2>&1 || packages+=("$p")
done
[ ${#packages[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  run() { "$@"; }
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  run() { sudo "$@"; }
else
  cat >&2 <<MSG
error: HubPlan needs these Debian packages: ${packages[*]}
       and this shell can neither install them as root nor use sudo without a password.
       Install them yourself, then run the command again:
         sudo apt-get update && sudo apt-get install -y ${packages[*]}
MSG
  exit 1
fi

echo "installing ${packages[*]} (apt-get)..." >&2
export DEBIAN_FRONTEND=noninteractive
if ! run apt-get update -qq || ! run apt-get install -y -qq "${packages[@]}" >/dev/null; then
  echo "error: apt-get could not install ${packages[*]}; check the network and apt sources" >&2
  exit 1
fi
