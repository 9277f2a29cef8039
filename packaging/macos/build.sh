#!/usr/bin/env bash
# Build dist/Journey Designer.app and a .dmg on macOS, then smoke-test the app.
#   JOURNEY_DESIGNER_FONT=/path/to/wqy-microhei.ttc packaging/macos/build.sh
# Needs Python >= 3.11 from python.org or Homebrew; builds for the Mac's own architecture.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
VENV=$REPO/build/venv-macos
APP="$REPO/dist/Journey Designer.app"
EXE="$APP/Contents/MacOS/journey-designer"
SMOKE=$REPO/build/smoke-macos

fail() { echo "macos/build.sh: FAILED: $*" >&2; exit 1; }
[ -f "${JOURNEY_DESIGNER_FONT:-}" ] \
    || fail "set JOURNEY_DESIGNER_FONT to wqy-microhei.ttc (packaging/README.md says where to get it)"

[ -x "$VENV/bin/python" ] || "${PYTHON:-python3}" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q -e "$REPO" "pyinstaller==6.22.*"
(cd "$REPO" && "$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/journey_designer.spec)

plutil -lint "$APP/Contents/Info.plist"
rm -rf "$SMOKE" && mkdir -p "$SMOKE"
version=$("$EXE" --version) || fail "--version"
echo "$version"
"$EXE" new --template b2c_five_stages --lang zh -o "$SMOKE/map.journey.json" || fail "new"
"$EXE" export "$SMOKE/map.journey.json" -o "$SMOKE/map.pdf" || fail "export"
printf 'id,满意度\n1,5\n2,3\n3,4\n' > "$SMOKE/survey.csv"
"$EXE" inspect "$SMOKE/survey.csv" || fail "inspect (the reading child)"
echo "app: $(du -sh "$APP" | cut -f1)"

DMG="$REPO/dist/journey-designer-${version#journey-designer }-macos-$(uname -m).dmg"
hdiutil create -volname "Journey Designer" -srcfolder "$APP" -ov -format UDZO "$DMG"
echo "$DMG"
