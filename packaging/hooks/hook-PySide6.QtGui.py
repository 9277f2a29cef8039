"""Replaces PyInstaller's hook for PySide6.QtGui: only the Qt plugins a QWidgets app drawing
in raster needs on a desktop (see packaging/README.md), so that neither the plugins nor the
libraries they pull in (GTK's cairo and pango, EGLFS, Qt Network, ...) are collected.

Plugins are named without the `lib` prefix and the file extension; a plugin type that is
not listed is dropped whole, and `None` keeps every plugin of a type.
"""

from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

KEEP_PLUGINS = {
    # X11, Wayland, Windows, macOS; offscreen for the command line's PNG and SVG export
    "platforms": {"qxcb", "qwayland", "qoffscreen", "qwindows", "qcocoa"},
    "platformthemes": {"qxdgdesktopportal"},  # not qgtk3: it needs the system's GTK 3
    # typing Chinese: IBus input methods (and X11 compose keys)
    "platforminputcontexts": {
        "ibusplatforminputcontextplugin",
        "composeplatforminputcontextplugin",
    },
    "xcbglintegrations": None,
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": {"qt-plugin-wayland-egl"},
    "imageformats": {"qsvg", "qico", "qicns"},  # PNG is built into QtGui
    "iconengines": {"qsvgicon"},  # the window icon is an SVG
    "styles": None,  # Windows and macOS styles
}


def keep(source: str, destination: str) -> bool:
    plugin_type = Path(destination).name
    if plugin_type not in KEEP_PLUGINS:
        return Path(destination).parent.name != "plugins"  # not a plugin: keep
    names = KEEP_PLUGINS[plugin_type]
    stem = Path(source).name.split(".")[0]
    return names is None or stem.removeprefix("lib") in names


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
hiddenimports = [name for name in hiddenimports if name != "PySide6.QtDBus"]
binaries = [(source, destination) for source, destination in binaries if keep(source, destination)]
