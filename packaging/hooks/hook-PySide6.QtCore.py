"""Replaces PyInstaller's hook for PySide6.QtCore: Qt's own translations only for the
languages the app speaks (journey_designer/ui/i18n.py loads `qtbase_<lang>.qm`), not all 99
files of every Qt module (7 MB)."""

from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

KEEP_TRANSLATIONS = {"qtbase_zh_CN.qm", "qtbase_en.qm"}

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
datas = [entry for entry in datas if Path(entry[0]).name in KEEP_TRANSLATIONS]
