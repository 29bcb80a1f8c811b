#!/usr/bin/env bash
# Builds the Debian package from this build tree, unpacks it into a scratch root and checks what a person
# gets: the program runs (--version, a command, an offscreen start), and the desktop entry, AppStream data,
# man page, icons and udev rule are where the system looks for them and pass their validators.
# Usage: test_package.sh BUILD_DIR
set -euo pipefail
build=${1:?usage: test_package.sh BUILD_DIR}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1 ||
  { cat "$scratch/cpack.log"; exit 1; }
deb=$(ls "$scratch"/out/regulars_*.deb)
dpkg-deb -I "$deb" control >"$scratch/control"
for dep in libqt6sql6-sqlite qt6-qpa-plugins libqt6core6 libqt6widgets6 fonts-noto-core; do
  grep -q "$dep" "$scratch/control" || { echo "Depends lacks $dep"; cat "$scratch/control"; exit 1; }
done
root=$scratch/root
dpkg-deb -x "$deb" "$root"

for f in usr/bin/regulars usr/share/applications/regulars.desktop \
         usr/share/metainfo/io.github.regulars.Regulars.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/regulars.svg usr/share/icons/hicolor/48x48/apps/regulars.png \
         usr/share/man/man1/regulars.1 usr/lib/udev/rules.d/60-regulars-scanners.rules; do
  [ -e "$root/$f" ] || { echo "missing from the package: $f"; exit 1; }
done
desktop-file-validate "$root/usr/share/applications/regulars.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.regulars.Regulars.metainfo.xml" >/dev/null
grep -q 'ID_MM_DEVICE_IGNORE' "$root/usr/lib/udev/rules.d/60-regulars-scanners.rules"

bin=$root/usr/bin/regulars
"$bin" --version | grep -q '^regulars '
export HOME=$scratch/home XDG_RUNTIME_DIR=$scratch/runtime
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
env -u DISPLAY -u QT_QPA_PLATFORM "$bin" --db "$scratch/shop.sqlite3" demo --customers 20 --region GB >/dev/null
env -u DISPLAY -u QT_QPA_PLATFORM "$bin" --db "$scratch/shop.sqlite3" check >/dev/null
# The window starts offscreen and keeps running until stopped: timeout's 124 means it was still up.
set +e
QT_QPA_PLATFORM=offscreen timeout 5 "$bin" --db "$scratch/shop.sqlite3" >"$scratch/window.log" 2>&1
status=$?
set -e
if [ "$status" -ne 124 ]; then
  echo "the window did not stay up (exit $status):"; cat "$scratch/window.log"; exit 1
fi
echo "package ok: $(basename "$deb")"
