"""Shared test set-up: Qt without a screen, and Qt settings that never touch the user's.

The platform must be chosen before Qt is first imported. Settings go to a temporary
folder under a test organisation name, and QStandardPaths uses its test locations
(as in Orange's gui/test.py and napari's `_fresh_settings`).
"""

from __future__ import annotations

import os
import shutil
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_settings_dir = tempfile.mkdtemp(prefix="journey-designer-test-settings-")


def pytest_configure() -> None:
    from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("JourneyDesignerTests")
    QCoreApplication.setApplicationName("Journey Designer Tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, _settings_dir)


def pytest_unconfigure() -> None:
    shutil.rmtree(_settings_dir, ignore_errors=True)
