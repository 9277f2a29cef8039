"""The survey wizard asks whose persona the one measured curve of all respondents is."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from journey_designer.survey.mapping import suggest_mapping
from journey_designer.templates import new_map_from_template
from journey_designer.ui.survey_mapping_table import SegmentEditor
from tests.survey.survey_csv import table_of
from tests.survey.test_apply import survey_rows


def test_the_curve_of_all_respondents_is_given_to_the_chosen_persona(
    qtbot: QtBot, tmp_path: Path
) -> None:
    journey = new_map_from_template("b2c_five_stages", "en")
    table = table_of(tmp_path, survey_rows())
    mapping = suggest_mapping(table, journey)
    mapping.segment_column = None
    editor = SegmentEditor()
    qtbot.addWidget(editor)
    editor.load(table, mapping, journey)
    form = editor.layout()
    assert form.isRowVisible(editor.persona_combo)  # type: ignore[attr-defined]
    names = [editor.persona_combo.itemText(i) for i in range(editor.persona_combo.count())]
    assert names == [p.name for p in journey.personas]
    editor.persona_combo.setCurrentIndex(1)
    assert mapping.curve_persona == journey.personas[1].id
    # Split by a category column: one curve per answer, no single persona to choose.
    editor.column_combo.setCurrentIndex(1)
    assert mapping.segment_column is not None
    assert not form.isRowVisible(editor.persona_combo)  # type: ignore[attr-defined]
