#!/usr/bin/env bash
# Build the Linux desktop bundle dist/journey-designer/ with PyInstaller, then smoke-test it.
#
#   packaging/build.sh                build (in its own venv under build/) and smoke-test
#   packaging/build.sh --smoke-only   smoke-test the bundle already in dist/
#
# Needs Python >= 3.11 with venv, the CJK TrueType font (fonts-wqy-microhei) and, for the
# smoke test, Xvfb, xdotool, ImageMagick and poppler-utils (Debian/Ubuntu package names):
#   sudo apt-get install python3-venv fonts-wqy-microhei xvfb xdotool imagemagick poppler-utils
# The smoke test runs the bundle with an empty environment (no venv, no PYTHONPATH, PATH
# /usr/bin:/bin) and fails the build on the first check that does not hold.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=$REPO/build
DIST=$REPO/dist
VENV=$BUILD/venv
SMOKE=$BUILD/smoke
BUNDLE=$DIST/journey-designer
APP=$BUNDLE/journey-designer
FONT=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc
PYINSTALLER_REQUIREMENT="pyinstaller==6.22.*"
PYTHON=${PYTHON:-python3}
RUNS=3  # launches timed for the cold start

fail() { echo "build.sh: FAILED: $*" >&2; exit 1; }
step() { printf '\n== %s\n' "$*"; }
trap 'echo "build.sh: FAILED (line $LINENO: $BASH_COMMAND)" >&2' ERR

smoke_only=false
case "${1:-}" in
    "") ;;
    --smoke-only) smoke_only=true ;;
    *) echo "usage: packaging/build.sh [--smoke-only]" >&2; exit 2 ;;
esac

# --- what the build and the smoke test need, checked before minutes of building ----------
[ -f "$FONT" ] || fail "no $FONT: install the font with 'sudo apt-get install fonts-wqy-microhei'"
for tool in Xvfb:xvfb xdotool:xdotool import:imagemagick pdftotext:poppler-utils \
            pdffonts:poppler-utils; do
    command -v "${tool%%:*}" >/dev/null \
        || fail "no ${tool%%:*} for the smoke test: 'sudo apt-get install ${tool##*:}'"
done

# --- build ------------------------------------------------------------------------------
if ! $smoke_only; then
    step "build environment: $VENV"
    command -v "$PYTHON" >/dev/null || fail "no $PYTHON (Python >= 3.11)"
    if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import sys' 2>/dev/null; then
        rm -rf "$VENV"
        "$PYTHON" -m venv "$VENV" || fail "could not create a venv: 'sudo apt-get install python3-venv'"
    fi
    "$VENV/bin/python" -c 'import sys; assert sys.version_info >= (3, 11)' \
        || fail "the build needs Python >= 3.11 (set PYTHON=python3.11)"
    # Editable: the bundle is always built from this checkout's sources, even when the
    # version number has not changed since the last build.
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check \
        -e "$REPO" "$PYINSTALLER_REQUIREMENT" || fail "pip could not install the build environment"

    step "PyInstaller: $BUNDLE"
    started=$(date +%s)
    (cd "$REPO" && JOURNEY_DESIGNER_FONT=$FONT "$VENV/bin/pyinstaller" --noconfirm --clean \
        --log-level WARN --distpath "$DIST" --workpath "$BUILD/pyinstaller" \
        packaging/journey_designer.spec) || fail "PyInstaller failed (see its messages above)"
    echo "built in $(( $(date +%s) - started )) s"

    step "desktop integration and tarball"
    # install.sh, the menu entry, the MIME type and the icons travel inside the bundle.
    cp "$REPO/packaging/linux/install.sh" "$BUNDLE/install.sh"
    mkdir -p "$BUNDLE/desktop/icons"
    cp "$REPO/packaging/linux/journey-designer.desktop" \
        "$REPO/packaging/linux/journey-designer-mime.xml" "$BUNDLE/desktop/"
    cp "$REPO"/packaging/icons/journey-designer-*.png "$BUNDLE/desktop/icons/"
    version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$REPO/journey_designer/__init__.py")
    TARBALL=$DIST/journey-designer-$version-linux-$(uname -m).tar.gz
    tar -C "$DIST" -czf "$TARBALL" journey-designer
    echo "$TARBALL ($(du -h "$TARBALL" | cut -f1))"
fi
[ -x "$APP" ] || fail "no bundle at $APP (run packaging/build.sh without --smoke-only)"
[ -f "$BUNDLE/_internal/journey_designer/resources/fonts/$(basename "$FONT")" ] \
    || fail "the bundle lacks its font: _internal/journey_designer/resources/fonts/"

# --- smoke test -------------------------------------------------------------------------
rm -rf "$SMOKE"
mkdir -p "$SMOKE"
xvfb_pid=""
app_pid=""
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
}
trap cleanup EXIT

# The bundle alone: a fresh HOME, no venv, no PYTHONPATH, no DISPLAY unless given.
bundle() {
    local home=$1
    shift
    mkdir -p "$home"
    env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"
}
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

step "smoke test (a): --version"
version=$("$VENV/bin/python" -c 'import journey_designer; print(journey_designer.__version__)' \
    2>/dev/null || sed -n 's/^__version__ = "\(.*\)"/\1/p' "$REPO/journey_designer/__init__.py")
out=$(bundle "$SMOKE/home" "$APP" --version) || fail "--version exited with $?"
echo "$out"
[ "$out" = "journey-designer $version" ] || fail "--version said '$out', not 'journey-designer $version'"
best_version_ms=""
for _ in $(seq "$RUNS"); do
    t0=$(now_ms)
    bundle "$SMOKE/home" "$APP" --version >/dev/null
    elapsed=$(( $(now_ms) - t0 ))
    if [ -z "$best_version_ms" ] || [ "$elapsed" -lt "$best_version_ms" ]; then
        best_version_ms=$elapsed
    fi
done

step "smoke test (b): templates, new, export to PDF in Chinese"
bundle "$SMOKE/home" "$APP" templates --lang zh | tee "$SMOKE/templates.txt"
template=b2c_five_stages
title=$(sed -n "s/^$template\t//p" "$SMOKE/templates.txt")
[ -n "$title" ] || fail "templates does not list $template"
bundle "$SMOKE/home" "$APP" new --template "$template" --lang zh -o "$SMOKE/map.journey.json"
(cd "$SMOKE" && bundle "$SMOKE/home" "$APP" validate map.journey.json)
if command -v strace >/dev/null; then  # which font file the export opens
    bundle "$SMOKE/home" strace -f -qq -e trace=open,openat -o "$SMOKE/export.strace" \
        "$APP" export "$SMOKE/map.journey.json" -o "$SMOKE/map.pdf"
else
    bundle "$SMOKE/home" "$APP" export "$SMOKE/map.journey.json" -o "$SMOKE/map.pdf"
fi
pdftotext -enc UTF-8 "$SMOKE/map.pdf" "$SMOKE/map.txt"
grep -qF "$title" "$SMOKE/map.txt" || fail "the PDF's text lacks the map title '$title'"
echo "PDF text has the title: $title"
pdffonts "$SMOKE/map.pdf" | tee "$SMOKE/fonts.txt"
embedded=$(grep -i "wenquanyi" "$SMOKE/fonts.txt" | grep -w "yes" || true)
[ -n "$embedded" ] || fail "the PDF does not embed WenQuanYi Micro Hei"
if [ -f "$SMOKE/export.strace" ]; then
    grep -q "_internal/journey_designer/resources/fonts/wqy-microhei.ttc" "$SMOKE/export.strace" \
        || fail "the export did not read the bundle's own font file"
    system_fonts=$(grep -E '"/usr/(share|local/share)/fonts/[^"]*\.(ttc|ttf|otf)"' \
        "$SMOKE/export.strace" | grep -v ENOENT || true)
    [ -z "$system_fonts" ] || fail "the export read a system font file: $system_fonts"
    echo "the export read the bundle's own font file, no system font"
fi

step "smoke test (c): inspect a CSV survey (the reading child)"
printf 'id,满意度,评论\n1,5,很好\n2,3,一般\n3,4,ok\n' > "$SMOKE/survey.csv"
if command -v strace >/dev/null; then  # which processes inspect starts
    bundle "$SMOKE/home" strace -f -qq -e trace=execve -o "$SMOKE/inspect.strace" \
        "$APP" inspect "$SMOKE/survey.csv" | tee "$SMOKE/inspect.txt"
else
    bundle "$SMOKE/home" "$APP" inspect "$SMOKE/survey.csv" | tee "$SMOKE/inspect.txt"
fi
grep -q "3 responses" "$SMOKE/inspect.txt" || fail "inspect did not count the 3 responses"
grep -q "满意度" "$SMOKE/inspect.txt" || fail "inspect lost the Chinese column name"
if [ -f "$SMOKE/inspect.strace" ]; then
    children=$(grep -F "execve(\"$APP\"" "$SMOKE/inspect.strace" \
        | grep -cF '"-I", "-S", "-c"' || true)
    [ "$children" -ge 1 ] || fail "inspect did not read the file in a child process of the bundle"
    echo "the survey was read by $children child process(es) of the bundle itself"
fi

step "smoke test (d): the window under Xvfb"
exec 3>"$SMOKE/display"
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp -noreset >"$SMOKE/xvfb.log" 2>&1 &
xvfb_pid=$!
exec 3>&-
for _ in $(seq 100); do [ -s "$SMOKE/display" ] && break; sleep 0.05; done
[ -s "$SMOKE/display" ] || fail "Xvfb did not start (see $SMOKE/xvfb.log)"
display=":$(head -n1 "$SMOKE/display")"

# Start the app in a fresh HOME and wait for its window: sets app_pid and launch_ms.
launch() {
    local home=$1 t0 window
    t0=$(now_ms)
    mkdir -p "$home"
    # not through `bundle`: $! must be the app's own process id (env execs it)
    env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 DISPLAY="$display" \
        "$APP" --lang zh >"$home.log" 2>&1 &
    app_pid=$!
    for _ in $(seq 600); do
        # By its class: the title is the map's name and, in Chinese, "旅程设计器".
        window=$(DISPLAY=$display xdotool search --onlyvisible --class "Journey Designer" \
            2>/dev/null | head -n1) || true
        if [ -n "$window" ]; then
            launch_ms=$(( $(now_ms) - t0 ))
            return 0
        fi
        kill -0 "$app_pid" 2>/dev/null || fail "the app exited before showing a window: $home.log"
        sleep 0.02
    done
    fail "no 'Journey Designer' window after 12 s (see $home.log)"
}
close_app() {
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
    for _ in $(seq 100); do  # until its window is gone, so the next launch finds its own
        DISPLAY=$display xdotool search --onlyvisible --class "Journey Designer" \
            >/dev/null 2>&1 || return 0
        sleep 0.05
    done
    fail "the app's window stayed after it was killed"
}
best_window_ms=""
window_times=""
for run in $(seq "$RUNS"); do
    launch "$SMOKE/window-$run"
    window_times="$window_times $launch_ms"
    if [ -z "$best_window_ms" ] || [ "$launch_ms" -lt "$best_window_ms" ]; then
        best_window_ms=$launch_ms
    fi
    if [ "$run" = "$RUNS" ]; then
        sleep 2  # let the sample map paint
        DISPLAY=$display import -window root "$DIST/smoke-window.png"
    fi
    close_app
done
echo "window on screen after:$window_times ms"
echo "screenshot: $DIST/smoke-window.png"

step "smoke test (e): install.sh for a user, then --uninstall"
home=$SMOKE/install-home
mkdir -p "$home"
env -i HOME="$home" PATH=/usr/bin:/bin "$BUNDLE/install.sh"
installed=$(env -i HOME="$home" PATH=/usr/bin:/bin "$home/.local/bin/journey-designer" --version)
[ "$installed" = "journey-designer $version" ] || fail "the installed app says '$installed'"
entry=$home/.local/share/applications/journey-designer.desktop
grep -q "^Exec=$home/.local/opt/journey-designer/journey-designer %f" "$entry" \
    || fail "the installed menu entry does not run the installed app"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate --no-hints "$entry" || fail "desktop-file-validate: $entry"
fi
[ -f "$home/.local/share/icons/hicolor/256x256/apps/journey-designer.png" ] \
    || fail "install.sh installed no icon"
if command -v xdg-mime >/dev/null; then
    echo '{}' > "$home/map.journey.json"
    type=$(env -i HOME="$home" PATH=/usr/bin:/bin xdg-mime query filetype "$home/map.journey.json")
    [ "$type" = "application/x-journey-designer+json" ] || fail "a map's MIME type is '$type'"
    echo "*.journey.json is $type"
fi
env -i HOME="$home" PATH=/usr/bin:/bin "$home/.local/opt/journey-designer/install.sh" --uninstall
left=$(find "$home" \( -type f -o -type l \) -path "*journey-designer*" -not -name "*.journey.json")
[ -z "$left" ] || fail "--uninstall left: $left"

step "summary"
echo "bundle:           $(du -sh "$BUNDLE" | cut -f1)  $BUNDLE"
echo "--version:        ${best_version_ms} ms (best of $RUNS)"
echo "window on screen: ${best_window_ms} ms (best of $RUNS)"
echo "smoke test passed"
