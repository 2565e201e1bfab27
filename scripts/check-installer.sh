#!/usr/bin/env bash
# Smoke test of the frozen build (STYLE.md, "Packaging"): build dist/TiepDan with
# `make installer`, then run the frozen console executable's --version and --self-test
# (app/selftest.py: temporary stores, migrations from the bundle, every form printed and read
# back, a sync batch, the audit chain), check it wrote nothing outside its temp dir, and start
# the GUI offscreen for a few seconds. Prints the time of each part and the bundle size.
# Exits non-zero on the first failure.
#
#   scripts/check-installer.sh             build, then check
#   NO_BUILD=1 scripts/check-installer.sh  check an existing dist/TiepDan
#   DIST=path NO_BUILD=1 ...               check a bundle elsewhere
#   CHECK_GUI=0 scripts/check-installer.sh skip the GUI start check
set -euo pipefail
cd "$(dirname "$0")/.."

export QT_QPA_PLATFORM=offscreen
DIST=${DIST:-dist/TiepDan}
started=$SECONDS

if [ "${NO_BUILD:-0}" != 1 ]; then
  make installer
  echo "check-installer: built in $((SECONDS - started)) s"
fi

# The console exe is `tiepdan` on Linux, `tiepdan-cli(.exe)` where file names ignore case.
CLI=""
for candidate in "$DIST/tiepdan" "$DIST/tiepdan-cli.exe" "$DIST/tiepdan-cli"; do
  if [ -f "$candidate" ] && [ -x "$candidate" ]; then CLI=$candidate; break; fi
done
GUI=""
for candidate in "$DIST/TiepDan.exe" "$DIST/TiepDan"; do
  if [ -f "$candidate" ] && [ -x "$candidate" ]; then GUI=$candidate; break; fi
done
[ -n "$CLI" ] || { echo "check-installer: no console executable in $DIST" >&2; exit 1; }
[ -n "$GUI" ] || { echo "check-installer: no GUI executable in $DIST" >&2; exit 1; }

# Keep the user's real data, settings and log untouched (platformdirs honours these on Linux;
# TIEPDAN_DATA_DIR covers the data dir everywhere).
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_DATA_HOME="$scratch/data" XDG_STATE_HOME="$scratch/state" \
       XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache"
export TIEPDAN_DATA_DIR="$scratch/store"

echo "== $CLI --version"
"$CLI" --version

echo "== $CLI --self-test"
t=$SECONDS
"$CLI" --self-test
echo "check-installer: self-test took $((SECONDS - t)) s"
# The self-test uses a temp dir only: no data, log or settings file may appear elsewhere.
leftover=$(find "$scratch" -type f)
if [ -n "$leftover" ]; then
  echo "check-installer: the self-test wrote outside its temp dir:" >&2
  echo "$leftover" >&2
  exit 1
fi

echo "== $CLI init + visit list"
"$CLI" init --office-code KT01 --office-name "UBND phường Kiểm Thử"
"$CLI" visit list --limit 1 >/dev/null

if [ "${CHECK_GUI:-1}" != 0 ] && command -v timeout >/dev/null 2>&1; then
  echo "== $GUI --demo (offscreen, 10 s)"
  set +e
  timeout 10 "$GUI" --demo >"$scratch/gui.out" 2>"$scratch/gui.err"
  status=$?
  set -e
  # 124: still running when the timeout stopped it, which is what a healthy GUI does.
  if [ "$status" != 124 ] && [ "$status" != 0 ]; then
    echo "check-installer: GUI exited with status $status" >&2
    cat "$scratch/gui.err" >&2
    exit 1
  fi
  if grep -q -E "Traceback|ModuleNotFoundError|ImportError" "$scratch/gui.err" \
      $(find "$scratch/state" -name '*.log' 2>/dev/null); then
    echo "check-installer: the GUI logged an error:" >&2
    cat "$scratch/gui.err" >&2
    find "$scratch/state" -name '*.log' -exec cat {} + >&2
    exit 1
  fi
fi

size=$(du -sh "$DIST" | cut -f1)
echo "check-installer: OK ($DIST, $size, $((SECONDS - started)) s in all;" \
     "compressed sizes: scripts/bundle-size.py)"
