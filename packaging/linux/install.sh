#!/usr/bin/env bash
# Install the Journey Designer bundle for the current user (no root needed), or remove it.
#
#   ./install.sh [BUNDLE]        install (again: it replaces the installed copy)
#   ./install.sh --uninstall     remove everything install.sh put in place
#
# BUNDLE is the one-folder app (the folder holding the `journey-designer` executable). By
# default: the folder this script is in when it came inside a bundle or its tarball, else
# dist/journey-designer of the checkout (packaging/build.sh makes it).
#
# Puts: the app in ~/.local/opt/journey-designer, a `journey-designer` symlink in ~/.local/bin,
# the menu entry in ~/.local/share/applications, icons in ~/.local/share/icons/hicolor (app and
# map-file icons), and the MIME type application/x-journey-designer+json (*.journey.json,
# opened by Journey Designer) in ~/.local/share/mime.
set -euo pipefail

NAME=journey-designer
MIME_TYPE=application/x-journey-designer+json
MIME_ICON=application-x-journey-designer+json
SIZES="16 24 32 48 64 128 256 512"
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
OPT=$HOME/.local/opt/$NAME
BIN=$HOME/.local/bin
APPS=$DATA/applications
ICONS=$DATA/icons/hicolor
MIME_PACKAGES=$DATA/mime/packages
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

fail() { echo "install.sh: $*" >&2; exit 1; }
quietly() { "$@" >/dev/null 2>&1 || true; }  # desktop caches: refreshed when the tool exists

refresh_caches() {
    command -v update-mime-database >/dev/null && quietly update-mime-database "$DATA/mime"
    command -v update-desktop-database >/dev/null && quietly update-desktop-database "$APPS"
    command -v gtk-update-icon-cache >/dev/null && quietly gtk-update-icon-cache -f -t "$ICONS"
    return 0
}

uninstall() {
    if [ -L "$BIN/$NAME" ] && [ "$(readlink "$BIN/$NAME")" = "$OPT/$NAME" ]; then
        rm -f "$BIN/$NAME"
    fi
    rm -rf "$OPT"
    rm -f "$APPS/$NAME.desktop" "$MIME_PACKAGES/$NAME-mime.xml" "$ICONS/scalable/apps/$NAME.svg"
    for size in $SIZES; do
        rm -f "$ICONS/${size}x$size/apps/$NAME.png" "$ICONS/${size}x$size/mimetypes/$MIME_ICON.png"
    done
    local choices=${XDG_CONFIG_HOME:-$HOME/.config}/mimeapps.list  # set by `xdg-mime default`
    [ -f "$choices" ] && sed -i "\|^$MIME_TYPE=$NAME.desktop;*\$|d" "$choices"
    refresh_caches
    echo "Journey Designer removed (your maps and settings are kept)."
}

# Where the .desktop file, the MIME xml and the icons are: beside the app in a bundle,
# else in the checkout's packaging/.
find_desktop_files() {
    if [ -f "$HERE/desktop/$NAME.desktop" ]; then
        DESKTOP_DIR=$HERE/desktop
        ICON_DIR=$HERE/desktop/icons
    else
        DESKTOP_DIR=$HERE
        ICON_DIR=$HERE/../icons
    fi
    [ -f "$DESKTOP_DIR/$NAME.desktop" ] && [ -f "$DESKTOP_DIR/$NAME-mime.xml" ] \
        || fail "no $NAME.desktop and $NAME-mime.xml beside install.sh"
}

install_app() {
    local bundle=$1
    [ -x "$bundle/$NAME" ] || fail "no bundle at $bundle (build it with packaging/build.sh)"
    bundle=$(cd "$bundle" && pwd)
    find_desktop_files

    if [ "$bundle" != "$OPT" ]; then  # a new copy first, then swap: never half-installed
        mkdir -p "$(dirname "$OPT")"
        rm -rf "$OPT.new"
        cp -a "$bundle" "$OPT.new"
        rm -rf "$OPT"
        mv "$OPT.new" "$OPT"
    fi
    mkdir -p "$BIN"
    ln -sfn "$OPT/$NAME" "$BIN/$NAME"

    # The menu entry runs the app by its full path: ~/.local/bin is not on every PATH.
    local exe=$OPT/$NAME quoted
    quoted=$exe
    case "$exe" in *[[:space:]]*) quoted="\"$exe\"" ;; esac
    mkdir -p "$APPS"
    sed -e "s|^Exec=$NAME |Exec=$quoted |" -e "s|^TryExec=.*|TryExec=$exe|" \
        "$DESKTOP_DIR/$NAME.desktop" > "$APPS/$NAME.desktop"

    for size in $SIZES; do
        local png=$ICON_DIR/$NAME-$size.png
        [ -f "$png" ] || fail "missing icon $png"
        install -D -m 644 "$png" "$ICONS/${size}x$size/apps/$NAME.png"
        install -D -m 644 "$png" "$ICONS/${size}x$size/mimetypes/$MIME_ICON.png"
    done
    local svg=$OPT/_internal/journey_designer/resources/icons/journey_designer.svg
    [ -f "$svg" ] && install -D -m 644 "$svg" "$ICONS/scalable/apps/$NAME.svg"

    local mime_xml=$DESKTOP_DIR/$NAME-mime.xml
    if ! { command -v xdg-mime >/dev/null \
            && XDG_DATA_HOME=$DATA xdg-mime install --mode user --novendor "$mime_xml" \
                >/dev/null 2>&1; }; then
        mkdir -p "$MIME_PACKAGES"  # what xdg-mime does, by hand (refresh_caches updates)
        cp "$mime_xml" "$MIME_PACKAGES/$NAME-mime.xml"
    fi
    if command -v xdg-mime >/dev/null; then  # double-clicking a map opens Journey Designer
        quietly env XDG_DATA_HOME="$DATA" xdg-mime default "$NAME.desktop" "$MIME_TYPE"
    fi
    refresh_caches

    echo "Journey Designer installed in $OPT"
    echo "  start it from the applications menu, or run: $BIN/$NAME"
    case ":$PATH:" in *":$BIN:"*) ;; *) echo "  ($BIN is not on your PATH)" ;; esac
    local remover=$HERE/install.sh
    [ -x "$OPT/install.sh" ] && remover=$OPT/install.sh
    echo "  remove it with: $remover --uninstall"
}

case "${1:-}" in
    --uninstall) uninstall ;;
    -h | --help) sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' ;;
    "")
        if [ -x "$HERE/$NAME" ]; then
            install_app "$HERE"
        else
            install_app "$HERE/../../dist/$NAME"
        fi
        ;;
    -*) fail "unknown option $1 (see --help)" ;;
    *) install_app "$1" ;;
esac
