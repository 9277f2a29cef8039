"""Every string the UI shows goes through tr(): a literal handed straight to a widget is a
string no translator will ever see. Scans the source of journey_designer/ui."""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "journey_designer" / "ui"

# Qt calls whose string arguments a user reads.
SHOWN_BY = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setTitle",
    "setPlaceholderText",
    "setLabelText",
    "setSuffix",
    "setPrefix",
    "setSpecialValueText",
    "setHeaderLabels",
    "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels",
    "setTabText",
    "addTab",
    "addAction",
    "addMenu",
    "addItem",
    "addItems",
    "showMessage",
    "setButtonText",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "information",
    "warning",
    "critical",
    "question",
    "about",
    "getOpenFileName",
    "getSaveFileName",
    "getExistingDirectory",
    "getText",
    "getItem",
    "getInt",
    "getDouble",
}
# Which positional arguments are shown (default: the first; the rest are often data).
SHOWN_ARGUMENTS = {
    **dict.fromkeys(("information", "warning", "critical", "question", "about"), (1, 2)),
    **dict.fromkeys(("getOpenFileName", "getSaveFileName", "getExistingDirectory"), (1,)),
    **dict.fromkeys(("getText", "getItem", "getInt", "getDouble"), (1, 2)),
    "addTab": (1,),
    "setTabText": (1,),
}
# Literal text a user may see untranslated: words of two or more letters, or any Chinese.
WORDS = re.compile(r"[A-Za-z]{2,}|[\u4e00-\u9fff]")
# Strings that are not prose: file filters' patterns, icon names, object names, key names.
NOT_PROSE = re.compile(r"^(\*\.[\w.]+[ ;]*)+$|^[\w.-]+\.(svg|png|ico)$|^[A-Z][a-z]+\+")


def shown_literals(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        function = node.func
        name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
        if name not in SHOWN_BY:
            continue
        if _is_logging(function) or (name == "setText" and len(node.args) == 2):
            continue  # a log line; QImage.setText(key, value) metadata
        for index in SHOWN_ARGUMENTS.get(name, (0,)):
            if index >= len(node.args):
                continue
            text = literal_text(node.args[index])
            if text and WORDS.search(text) and not NOT_PROSE.match(text):
                found.append((node.lineno, text))
    return found


def _is_logging(function: ast.expr) -> bool:
    receiver = function.value if isinstance(function, ast.Attribute) else None
    return isinstance(receiver, ast.Name) and receiver.id in {"log", "logger", "logging"}


def literal_text(node: ast.expr) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    return ""


def test_the_ui_hands_no_untranslated_literal_to_a_widget() -> None:
    problems = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for line, text in shown_literals(tree):
            problems.append(f"{path.relative_to(UI.parent)}:{line}: {text!r}")
    assert not problems, "wrap these in tr():\n" + "\n".join(problems)


def test_the_scan_finds_a_bare_literal() -> None:
    tree = ast.parse(
        'label.setText("Open the map")\nbox = QLabel(f"{n} cards left")\n'
        'ok.setText(self.tr("Open"))\nicon.addFile("app.svg")\n'
    )
    assert [text for _line, text in shown_literals(tree)] == ["Open the map", " cards left"]
