"""The desktop bundle's files are consistent, without building a bundle (packaging/).

The spec runs here against stand-ins for PyInstaller's build targets, once per platform, so
its branches and the files it names are checked on any machine in milliseconds.
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import plistlib
import stat
import struct
import sys
import types
from collections import defaultdict
from importlib import metadata
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest

import journey_designer
from journey_designer.components import COMPONENTS
from journey_designer.survey import sandbox

REPO = Path(__file__).resolve().parents[1]
PACKAGING = REPO / "packaging"
ICONS = PACKAGING / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MIME_TYPE = "application/x-journey-designer+json"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def load_module(path: Path, name: str) -> types.ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- the spec, run against stand-ins -------------------------------------------------------

Calls = dict[str, list[dict[str, Any]]]


def run_spec(platform: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Calls:
    calls: Calls = defaultdict(list)

    def target(kind: str) -> Any:
        def make(*args: Any, **kwargs: Any) -> types.SimpleNamespace:
            calls[kind].append({"args": args, **kwargs})
            return types.SimpleNamespace(pure=[], scripts=[], binaries=[], datas=[])

        return make

    def copy_metadata(name: str) -> list[tuple[str, str]]:
        if name != "journey-designer":  # a checkout run without `pip install -e .` lacks it
            metadata.distribution(name)  # raises for a name that is not installed
        return [(f"{name}.dist-info", ".")]

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.copy_metadata = copy_metadata  # type: ignore[attr-defined]
    versioninfo = types.ModuleType("PyInstaller.utils.win32.versioninfo")
    for name in (
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    ):
        setattr(versioninfo, name, target(name))
    win32 = types.ModuleType("PyInstaller.utils.win32")
    win32.versioninfo = versioninfo  # type: ignore[attr-defined]
    for name, module in {
        "PyInstaller": types.ModuleType("PyInstaller"),
        "PyInstaller.utils": types.ModuleType("PyInstaller.utils"),
        "PyInstaller.utils.hooks": hooks,
        "PyInstaller.utils.win32": win32,
        "PyInstaller.utils.win32.versioninfo": versioninfo,
    }.items():
        monkeypatch.setitem(sys.modules, name, module)
    font = tmp_path / "wqy-microhei.ttc"
    font.write_bytes(b"ttcf")
    monkeypatch.setenv("JOURNEY_DESIGNER_FONT", str(font))
    monkeypatch.setattr(sys, "platform", platform)
    spec = PACKAGING / "journey_designer.spec"
    namespace = {"SPECPATH": str(PACKAGING), "__name__": "__main__"}
    namespace.update(
        {kind: target(kind) for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    )
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), namespace)
    return calls


def test_the_spec_names_files_that_exist(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls = run_spec("linux", monkeypatch, tmp_path)
    [analysis] = calls["Analysis"]
    [entry] = analysis["args"][0]
    assert Path(entry) == PACKAGING / "entry.py" and Path(entry).is_file()
    sources = {Path(source): destination for source, destination in analysis["datas"]}
    assert sources[REPO / "resources"] == "journey_designer/resources"
    assert sources[tmp_path / "wqy-microhei.ttc"] == "journey_designer/resources/fonts"
    assert (REPO / "resources" / "templates").is_dir()
    [hooks] = analysis["hookspath"]
    assert sorted(path.name for path in Path(hooks).glob("hook-*.py")) == [
        "hook-PySide6.QtCore.py",
        "hook-PySide6.QtGui.py",
    ]
    # every distribution whose version the About box asks for is installed here too
    copied = {
        Path(source).name.removesuffix(".dist-info")
        for source in sources
        if str(source).endswith(".dist-info")
    }
    asked = {c.distribution for c in COMPONENTS if c.distribution is not None}
    assert asked <= copied
    assert "PySide6.QtSvg" not in analysis["excludes"]  # the window icon is an SVG


def test_linux_builds_one_console_executable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls = run_spec("linux", monkeypatch, tmp_path)
    [exe] = calls["EXE"]
    assert exe["name"] == "journey-designer" and exe["console"] is True
    assert exe["exclude_binaries"] is True  # one folder
    [collect] = calls["COLLECT"]
    assert collect["name"] == "journey-designer" and collect["strip"] is True
    assert not calls["BUNDLE"]


def test_windows_has_a_windowed_app_and_a_console_cli(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls = run_spec("win32", monkeypatch, tmp_path)
    app, cli = calls["EXE"]
    assert (app["name"], app["console"]) == ("journey-designer", False)
    assert (cli["name"], cli["console"]) == ("journey-designer-cli", True)
    assert Path(app["icon"]) == ICONS / "journey-designer.ico"
    assert app["version"] is not None and calls["VSVersionInfo"]
    strings = {call["args"][0]: call["args"][1] for call in calls["StringStruct"]}
    assert strings["ProductVersion"] == journey_designer.__version__
    assert calls["COLLECT"][0]["strip"] is False


def test_macos_bundle_declares_the_map_type(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls = run_spec("darwin", monkeypatch, tmp_path)
    [bundle] = calls["BUNDLE"]
    assert bundle["name"] == "Journey Designer.app"
    assert Path(bundle["icon"]) == ICONS / "journey-designer.icns"
    assert bundle["bundle_identifier"] == "org.journeydesigner.app"
    plist = plistlib.loads(plistlib.dumps(bundle["info_plist"]))
    assert plist["CFBundleShortVersionString"] == journey_designer.__version__
    assert plist["NSHighResolutionCapable"] is True
    [exported] = plist["UTExportedTypeDeclarations"]
    assert exported["UTTypeTagSpecification"]["public.filename-extension"] == ["journey.json"]
    assert exported["UTTypeTagSpecification"]["public.mime-type"] == [MIME_TYPE]
    map_type = plist["CFBundleDocumentTypes"][0]
    assert map_type["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    assert calls["EXE"][0]["console"] is False


# --- the entry point and the Qt hooks --------------------------------------------------------


@pytest.mark.parametrize("warm", [False, True])
@pytest.mark.parametrize("calamine_found", [True, False])
def test_the_entry_point_knows_the_reading_childs_command_line(
    monkeypatch: pytest.MonkeyPatch, warm: bool, calamine_found: bool
) -> None:
    entry = load_module(PACKAGING / "entry.py", "bundle_entry")
    if not calamine_found:
        monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    command = sandbox.child_command(warm=warm)
    assert command[0] == sys.executable
    assert entry.survey_child_arguments(command[1:]) == (["warm"] if warm else [])


def test_the_entry_point_leaves_other_command_lines_to_the_cli() -> None:
    entry = load_module(PACKAGING / "entry.py", "bundle_entry")
    for argv in (
        [],
        ["--version"],
        ["map.journey.json"],
        ["-c", "print(1)"],
        ["-I", "-S", "-c", "import os; os.system('x')", "paths"],
    ):
        assert entry.survey_child_arguments(argv) is None


def test_the_qtgui_hook_keeps_only_the_plugins_in_use(monkeypatch: pytest.MonkeyPatch) -> None:
    plugins = [
        ("platforms/libqxcb.so", True),
        ("platforms/libqwayland.so", True),
        ("platforms/libqoffscreen.so", True),
        ("platforms/libqeglfs.so", False),
        ("platforms/libqvnc.so", False),
        ("platforms/qwindows.dll", True),
        ("platforms/libqcocoa.dylib", True),
        ("platformthemes/libqgtk3.so", False),
        ("platformthemes/libqxdgdesktopportal.so", True),
        ("imageformats/libqsvg.so", True),
        ("imageformats/libqjpeg.so", False),
        ("iconengines/libqsvgicon.so", True),
        ("styles/qmodernwindowsstyle.dll", True),
        ("platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("egldeviceintegrations/libqeglfs-x11-integration.so", False),
        ("networkinformation/libqnetworkmanager.so", False),
        ("tls/libqopensslbackend.so", False),
    ]
    binaries = [(f"/qt/plugins/{p}", f"PySide6/Qt/plugins/{p.split('/')[0]}") for p, _ in plugins]
    qt = types.ModuleType("PyInstaller.utils.hooks.qt")
    qt.add_qt6_dependencies = lambda hook_file: (  # type: ignore[attr-defined]
        ["PySide6.QtCore", "PySide6.QtDBus"],
        binaries,
        [],
    )
    for name in ("PyInstaller", "PyInstaller.utils", "PyInstaller.utils.hooks"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks.qt", qt)
    hook = load_module(PACKAGING / "hooks" / "hook-PySide6.QtGui.py", "hook_qtgui")
    kept = {source.removeprefix("/qt/plugins/") for source, _ in hook.binaries}
    assert kept == {plugin for plugin, keep in plugins if keep}
    assert hook.hiddenimports == ["PySide6.QtCore"]


# --- Linux desktop integration ---------------------------------------------------------------


def test_the_desktop_entry_has_the_required_keys() -> None:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(PACKAGING / "linux" / "journey-designer.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Journey Designer" and entry["Name[zh_CN]"]
    assert entry["Comment"] and entry["Comment[zh_CN]"]
    assert entry["Exec"] == "journey-designer %f"
    assert entry["Icon"] == "journey-designer"
    assert entry["Categories"] == "Office;Graphics;"
    assert entry["MimeType"] == f"{mime_type()};"


def mime_type() -> str:
    root = ElementTree.parse(PACKAGING / "linux" / "journey-designer-mime.xml").getroot()
    [element] = root.findall(f"{MIME_NS}mime-type")
    return element.attrib["type"]


def test_the_mime_type_is_a_json_with_its_own_glob() -> None:
    root = ElementTree.parse(PACKAGING / "linux" / "journey-designer-mime.xml").getroot()
    [element] = root.findall(f"{MIME_NS}mime-type")
    assert element.attrib["type"] == MIME_TYPE
    [glob] = element.findall(f"{MIME_NS}glob")
    assert glob.attrib["pattern"] == "*.journey.json"
    assert int(glob.attrib["weight"]) > 50  # *.json has the default weight, 50
    parent = element.find(f"{MIME_NS}sub-class-of")
    assert parent is not None and parent.attrib["type"] == "application/json"
    languages = {
        c.attrib.get("{http://www.w3.org/XML/1998/namespace}lang")
        for c in element.findall(f"{MIME_NS}comment")
    }
    assert languages == {None, "zh_CN"}


@pytest.mark.parametrize(
    "script", ["build.sh", "linux/install.sh", "macos/build.sh"], ids=lambda s: s
)
def test_shell_scripts_are_executable_and_strict(script: str) -> None:
    path = PACKAGING / script
    assert path.stat().st_mode & stat.S_IXUSR, f"chmod +x packaging/{script}"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "#!/usr/bin/env bash"
    assert "set -euo pipefail" in lines


# --- icons -------------------------------------------------------------------------------


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("size", ICON_SIZES)
def test_every_icon_size_exists(size: int) -> None:
    data = (ICONS / f"journey-designer-{size}.png").read_bytes()
    assert png_size(data) == (size, size)


def test_the_ico_holds_the_small_sizes_as_png() -> None:
    data = (ICONS / "journey-designer.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1) and count == 7
    sizes = []
    for index in range(count):
        width, height, _colours, _zero, planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        side = width or 256
        assert (height or 256) == side and (planes, bits) == (1, 32)
        assert png_size(data[offset : offset + length]) == (side, side)
        if side in ICON_SIZES:  # the same pictures as the PNG files
            assert (
                data[offset : offset + length]
                == (ICONS / f"journey-designer-{side}.png").read_bytes()
            )
        sizes.append(side)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_the_icns_holds_retina_sizes_as_png() -> None:
    data = (ICONS / "journey-designer.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    entries, offset = {}, 8
    while offset < len(data):
        kind, length = (
            data[offset : offset + 4],
            struct.unpack(">I", data[offset + 4 : offset + 8])[0],
        )
        entries[kind] = png_size(data[offset + 8 : offset + length])
        offset += length
    assert offset == len(data)
    assert entries == {
        b"ic07": (128, 128),
        b"ic08": (256, 256),
        b"ic09": (512, 512),
        b"ic10": (1024, 1024),
    }


def test_build_outputs_are_not_committed() -> None:
    ignored = (REPO / ".gitignore").read_text(encoding="utf-8").split()
    assert {"build/", "dist/"} <= set(ignored)
    assert not any(PACKAGING.rglob("*.tt[cf]")) and not any((REPO / "resources").rglob("*.tt[cf]"))


def test_the_font_licence_ships_with_the_font() -> None:
    licence = (REPO / "resources" / "licenses" / "wqy-microhei.txt").read_text(encoding="utf-8")
    assert "Apache License" in licence and "Font exception" in licence
    assert os.path.basename("wqy-microhei.ttc") in (
        REPO / "resources" / "fonts" / "README.md"
    ).read_text(encoding="utf-8")
