"""Messages of the Qt-free packages: English by default, translatable, safe against bad
translations; every marked template formats with the fields its call sites pass."""

from __future__ import annotations

import ast
import copy
import json
import pickle
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

from journey_designer.export.pages import PageSetupError
from journey_designer.export.pdf import PdfExportError
from journey_designer.export.pdf_fonts import PdfFontError
from journey_designer.messages import QT_TRANSLATE_NOOP, Message, UserError, message
from journey_designer.storage import MapFileError, UnsupportedVersionError, load_map
from journey_designer.storage.recovery import read_recovery
from journey_designer.survey import child
from journey_designer.survey.cells import SurveyError, SurveyReadError
from journey_designer.survey.funnel_import import FunnelImportError
from journey_designer.survey.mapping_workbook import MappingWorkbookError
from journey_designer.survey.sandbox import read_survey
from journey_designer.survey.xlsx_export import WorkbookWriteError
from journey_designer.templates import UnknownTemplateError, template_path

PACKAGE = Path(__file__).resolve().parents[1] / "journey_designer"
QT_FREE = [
    *sorted((PACKAGE / "storage").glob("*.py")),
    *sorted((PACKAGE / "survey").glob("*.py")),
    *sorted((PACKAGE / "export").glob("*.py")),
    PACKAGE / "templates.py",
]
SOURCES = [*QT_FREE, PACKAGE / "ui" / "image_export.py"]  # every user of messages.py
ERROR_CLASSES = {
    "UserError", "MapFileError", "UnsupportedVersionError", "SurveyError", "SurveyReadError",
    "MappingWorkbookError", "FunnelImportError", "WorkbookWriteError", "PageSetupError",
    "PdfFontError", "PdfExportError", "UnknownTemplateError", "ImageExportError",
    "ImageTooLargeError",
}  # fmt: skip


def chinese(template: str) -> str:
    """A stand-in translator: a few templates in Chinese, one with a field it lost."""
    return {
        "{path}: no such file": "{path}：文件不存在",
        "{file} is too large or malformed to read safely ({reason})": (
            "{file} 太大或已损坏（{reason}）"
        ),
        "{count:,} parts in the archive": "压缩包里有 {count:,} 个部分",
        "Could not save {file}: {reason}. The previous file is unchanged.": "无法保存 {name}",
    }.get(template, template)


# --- Message ---------------------------------------------------------------------------------


def test_a_message_is_its_english_text() -> None:
    said = message("{file}: {count:,} rows, sheet {sheet!r}", file="a.csv", count=12345, sheet="S")
    assert str(said) == "a.csv: 12,345 rows, sheet 'S'"
    assert f"{said}" == str(said) and said.render() == str(said)


def test_nested_messages_are_formatted_and_translated_too() -> None:
    reason = message("{count:,} parts in the archive", count=20000)
    said = message(
        "{file} is too large or malformed to read safely ({reason})", file="x.xlsx", reason=reason
    )
    assert (
        str(said) == "x.xlsx is too large or malformed to read safely (20,000 parts in the archive)"
    )
    assert said.render(chinese) == "x.xlsx 太大或已损坏（压缩包里有 20,000 个部分）"


def test_a_translation_that_lost_or_mangled_a_field_gives_the_english_text() -> None:
    said = message(
        "Could not save {file}: {reason}. The previous file is unchanged.", file="m", reason="full"
    )
    assert said.render(chinese) == "Could not save m: full. The previous file is unchanged."
    for broken in ("{file", "{0}", "{file:q}", "{file.missing}", "{file[3]}", ""):
        text = message("{file} x", file="ab").render(lambda _template, b=broken: b)
        assert text == "ab x", broken
    # Only the broken one falls back: its translated neighbours stay translated.
    outer = message("{a} / {b}", a=message("{path}: no such file", path="p"), b=said)
    assert (
        outer.render(chinese)
        == "p：文件不存在 / Could not save m: full. The previous file is unchanged."
    )


def test_a_broken_english_template_never_raises() -> None:
    assert str(message("{missing} field")) == "{missing} field"


def test_a_message_survives_json_and_the_childs_refusal_line() -> None:
    inner = message("{count:,} parts", count=3)
    said = message("{file}\n is {what}; {size:.1f}", file="a  b\tc.csv", what=inner, size=2.25)
    assert Message.from_data(said.to_data()) == said
    line = said.one_line()
    assert line.fields["file"] == "a b c.csv" and line.template == said.template
    assert child.refusal(json.dumps(said.to_data())) == said
    assert str(child.refusal("plain  text\tfrom an old child")) == "plain text from an old child"
    for junk in ("[1, 2]", '{"template": 3}', '{"template": "x", "fields": {"a": [1]}}'):
        assert child.refusal(junk).template == "{text}"


# --- UserError -------------------------------------------------------------------------------


def test_a_user_error_is_its_english_text_and_keeps_its_message() -> None:
    error = MapFileError(QT_TRANSLATE_NOOP("Messages", "{path}: no such file"), path="/m.json")
    assert str(error) == "/m.json: no such file" == error.args[0]
    assert error.message == Message("{path}: no such file", {"path": "/m.json"})
    assert str(MapFileError(error.message)) == str(error)
    with pytest.raises(TypeError):
        UserError(error.message, path="twice")


@pytest.mark.parametrize(
    ("kind", "base"),
    [
        (MapFileError, Exception),
        (UnsupportedVersionError, MapFileError),
        (SurveyReadError, SurveyError),
        (MappingWorkbookError, SurveyError),
        (WorkbookWriteError, OSError),
        (PageSetupError, ValueError),
        (PdfExportError, OSError),
        (PdfFontError, Exception),
        (UnknownTemplateError, LookupError),
    ],
)
def test_the_errors_keep_their_old_bases_and_copy_whole(kind: type[UserError], base: type) -> None:
    error = kind(QT_TRANSLATE_NOOP("Messages", "{path}: no such file"), path="p")
    assert isinstance(error, base) and isinstance(error, UserError)
    for again in (pickle.loads(pickle.dumps(error)), copy.copy(error)):
        assert type(again) is kind and again.message == error.message and str(again) == str(error)


def test_a_funnel_error_keeps_every_problem() -> None:
    problems = [message("Row {row}: no stage given", row=n) for n in (4, 5, 6)]
    error = FunnelImportError(problems)
    assert str(error) == "Row 4: no stage given (and 2 more)"
    assert error.problems == [
        "Row 4: no stage given",
        "Row 5: no stage given",
        "Row 6: no stage given",
    ]
    assert error.problem_messages == problems
    assert pickle.loads(pickle.dumps(error)).problems == error.problems


def test_real_raise_sites_carry_their_template(tmp_path: Path) -> None:
    missing = tmp_path / "gone.journey.json"
    with pytest.raises(MapFileError) as caught:
        load_map(missing)
    assert caught.value.message.template == "{path}: no such file"
    assert caught.value.message.render(chinese) == f"{missing}：文件不存在"

    broken = tmp_path / "broken.journey.json"
    broken.write_text('{"format": "journey-designer", "stages": [', encoding="utf-8")
    with pytest.raises(MapFileError) as caught:
        load_map(broken)
    text = str(caught.value)
    assert text.startswith("broken.journey.json: not valid JSON: the file ends too early")
    assert caught.value.message.fields["problem"].template.startswith("not valid JSON")

    with pytest.raises(UnknownTemplateError) as unknown:
        template_path("nope", "en")
    assert str(unknown.value).startswith("no template 'nope'; known templates: ")


def test_a_damaged_recovery_says_why_as_a_message(tmp_path: Path) -> None:
    (tmp_path / "k1.journey.json").write_text("{}", encoding="utf-8")
    recovered = read_recovery(tmp_path, "k1")
    assert not recovered.restorable
    assert recovered.problem_message is not None
    assert str(recovered.problem_message) == recovered.problem
    assert recovered.problem.startswith("k1.journey.json: format: not a Journey Designer map")


def test_the_reading_childs_refusal_arrives_as_a_message(tmp_path: Path) -> None:
    misnamed = tmp_path / "answers.xlsx"
    misnamed.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(SurveyReadError) as caught:
        read_survey(misnamed)  # refused by the parent's pre-check
    assert caught.value.message.fields == {
        "file": "answers.xlsx", "suffix": ".xlsx", "new_name": "answers.csv"
    }  # fmt: skip
    empty_sheet = tmp_path / "empty.csv"
    empty_sheet.write_text("\n\n\n", encoding="utf-8")
    with pytest.raises(SurveyReadError) as caught:
        read_survey(empty_sheet)  # refused by the child, sent back as JSON
    assert caught.value.message == message(
        "{file} has no rows; export the responses again from the survey tool", file="empty.csv"
    )
    assert (
        str(caught.value)
        == "empty.csv has no rows; export the responses again from the survey tool"
    )


# --- the source: templates and raise sites ----------------------------------------------------


def _parsed(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _is_marker(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name | ast.Attribute)
        and (node.func.id if isinstance(node.func, ast.Name) else node.func.attr)
        == "QT_TRANSLATE_NOOP"
    )


def _markers(tree: ast.AST) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        if _is_marker(node):
            assert isinstance(node, ast.Call)
            yield node


def _template(marker: ast.Call) -> str:
    context, text = marker.args
    assert isinstance(context, ast.Constant) and context.value == "Messages", ast.unparse(marker)
    assert isinstance(text, ast.Constant) and isinstance(text.value, str), ast.unparse(marker)
    return text.value


def _fields(template: str) -> set[str]:
    names = {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}
    for name in names:
        assert name.isidentifier(), f"{template!r}: use named fields, not {{{name}}}"
    return names


def _dummy(template: str) -> dict[str, object]:
    """A value for each field that its format spec accepts."""
    return {
        name: 1234.5 if spec else "x"
        for _text, name, spec, _conv in string.Formatter().parse(template)
        if name
    }


def _assigned(nodes: Iterator[ast.AST]) -> dict[str, list[ast.expr]]:
    names: dict[str, list[ast.expr]] = {}
    for node in nodes:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    names.setdefault(target.id, []).append(node.value)
    return names


def _outside_functions(node: ast.AST) -> Iterator[ast.AST]:
    for inner in ast.iter_child_nodes(node):
        if not isinstance(inner, ast.FunctionDef):
            yield inner
            yield from _outside_functions(inner)


def _scopes(tree: ast.Module) -> Iterator[tuple[list[ast.AST], dict[str, list[ast.expr]]]]:
    """The module's code outside functions, then each function, with what the names in it
    are assigned (a function sees the module's names and its own)."""
    module = _assigned(iter(tree.body))
    yield list(_outside_functions(tree)), module
    for function in ast.walk(tree):
        if isinstance(function, ast.FunctionDef):
            nodes = list(ast.walk(function))
            yield nodes, {**module, **_assigned(iter(nodes))}


def _templates_of(node: ast.expr, names: dict[str, list[ast.expr]], depth: int = 0) -> list[str]:
    """The templates `node` may be (a marker, a name bound to one, either branch of an if)."""
    if depth > 5:
        return []
    if _is_marker(node):
        assert isinstance(node, ast.Call)
        return [_template(node)]
    if isinstance(node, ast.IfExp):
        return _templates_of(node.body, names, depth + 1) + _templates_of(
            node.orelse, names, depth + 1
        )
    if isinstance(node, ast.Name):
        return [
            t for value in names.get(node.id, []) for t in _templates_of(value, names, depth + 1)
        ]
    return []


def test_every_marked_template_is_a_literal_in_the_messages_context_and_formats() -> None:
    templates = [_template(marker) for path in SOURCES for marker in _markers(_parsed(path))]
    assert len(templates) > 100  # storage, survey, export, templates, image export
    for template in templates:
        fields = _fields(template)
        template.format(**_dummy(template))  # the specs (",", "g", ".1f", "!r") all work
        assert template.strip() == template and "\n" not in template, repr(template)
        assert "{}" not in template and fields >= set(), template


def test_each_call_passes_exactly_the_fields_of_its_template() -> None:
    checked = 0
    for path in SOURCES:
        tree = _parsed(path)
        for nodes, names in _scopes(tree):
            for call in (node for node in nodes if isinstance(node, ast.Call)):
                if not call.args or any(k.arg is None for k in call.keywords):
                    continue
                templates = _templates_of(call.args[0], names)
                if not templates or _is_marker(call):
                    continue
                passed = {k.arg for k in call.keywords if k.arg is not None}
                for template in templates:
                    where = f"{path.name}:{call.lineno}"
                    assert passed == _fields(template), f"{where}: {template!r} given {passed}"
                    checked += 1
    assert checked > 100


def _error_calls(path: Path) -> Iterator[ast.Call]:
    for node in ast.walk(_parsed(path)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ERROR_CLASSES
        ):
            yield node


def _is_bare_text(node: ast.expr) -> bool:
    """A string built here: a literal, an f-string, a concatenation, str() or .format()."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return True
    if isinstance(node, ast.JoinedStr | ast.BinOp):
        return True
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Name) and func.id == "str":
            return True
        if isinstance(func, ast.Attribute) and func.attr in {"format", "join"}:
            return True
    return False


def test_no_user_error_is_raised_with_bare_english_text() -> None:
    calls = 0
    for path in SOURCES:
        for call in _error_calls(path):
            calls += 1
            if not call.args:
                continue  # ImportCancelled() and the like name their own template
            first = call.args[0]
            where = f"{path.name}:{call.lineno}: {ast.unparse(call)[:80]}"
            assert not _is_bare_text(first), where
            # A marked template, a name or attribute holding one or a Message, or a Message
            # made by `message()` or read from the reading child (`refusal()`).
            assert (
                _is_marker(first)
                or isinstance(first, ast.Name | ast.Attribute)
                or (isinstance(first, ast.Call) and _called(first) in {"message", "refusal"})
            ), where
    assert calls > 60


def _called(call: ast.Call) -> str:
    func = call.func
    return (
        func.id
        if isinstance(func, ast.Name)
        else (func.attr if isinstance(func, ast.Attribute) else "")
    )
