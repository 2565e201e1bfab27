#!/usr/bin/env bash
# Installs the Debian packages TiepDan needs (TECH-NOTES §7.4) when run as root on Debian.
# Usage: scripts/system-deps.sh [test|run|gui-tools]
set -euo pipefail
mode=${1:-test}
# Qt offscreen needs these seven; python3-venv so `python3 -m venv` works on a bare Debian.
pkgs=(python3-venv libglib2.0-0 libgl1 libxkbcommon0 libegl1 libfreetype6 libfontconfig1 libdbus-1-3)
if [ "$mode" = test ]; then
  # The upstream tests start a throwaway PostgreSQL server (tests/pgserver.py: initdb, pg_ctl).
  pkgs+=(postgresql)
fi
if [ "$mode" = run ] || [ "$mode" = gui-tools ]; then
  # A real window (xcb plugin).
  pkgs+=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
         libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0)
fi
if [ "$mode" = gui-tools ]; then
  pkgs+=(xvfb poppler-utils)
fi
command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "Thiếu gói hệ thống: ${missing[*]}" >&2
  echo "Hãy chạy với quyền root: sudo apt-get install ${missing[*]}" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
