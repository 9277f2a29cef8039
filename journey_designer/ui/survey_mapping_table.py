"""The import wizard's column mapping: one row per spreadsheet column, edited in place.

Each row shows the column's header, its role (typed by `survey.columns`, changeable), how
many answered, and for a measure its scale, the stage and touchpoint it measures, the
metric and whether its scale runs backwards. The widgets write straight into the
`SurveyMapping` the wizard holds, so going back and forth keeps every choice.

Personal columns (names, e-mails, IPs...) are locked: they are never imported.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QColor, QPalette, QWheelEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from journey_designer.model import (
    ColumnMapping,
    JourneyMap,
    LaneKind,
    MetricKind,
    Stage,
    SurveyMapping,
)
from journey_designer.survey.columns import KNOWN_SCALES, MEASURE_ROLES, ColumnInfo, Role
from journey_designer.survey.mapping import default_metric
from journey_designer.survey.table import SurveyTable
from journey_designer.ui.locale_format import ui_count
from journey_designer.ui.panels.labels import metric_kind_name

translate = QCoreApplication.translate
HEADER, ANSWERS, ROLE, SCALE, STAGE, TOUCHPOINT, METRIC, REVERSE = range(8)
SEGMENT_ROWS_SHOWN = 4  # segment answers shown without scrolling
HEADER_CHARS = 70  # longer questions are cut in the cell; the tooltip has them whole
METRICS = (MetricKind.SATISFACTION, MetricKind.CSAT, MetricKind.CES, MetricKind.NPS,
           MetricKind.MEAN)  # fmt: skip

_ROLE_NAMES: dict[Role, object] = {  # QT_TRANSLATE_NOOP marks them for lupdate
    Role.ID: QT_TRANSLATE_NOOP("SurveyRoles", "Respondent id"),
    Role.TIMESTAMP: QT_TRANSLATE_NOOP("SurveyRoles", "Date and time"),
    Role.RATING: QT_TRANSLATE_NOOP("SurveyRoles", "Rating"),
    Role.LIKERT: QT_TRANSLATE_NOOP("SurveyRoles", "Likert (words)"),
    Role.NPS: QT_TRANSLATE_NOOP("SurveyRoles", "NPS (0–10)"),
    Role.MULTI: QT_TRANSLATE_NOOP("SurveyRoles", "Multiple choice"),
    Role.CATEGORY: QT_TRANSLATE_NOOP("SurveyRoles", "Category"),
    Role.TEXT: QT_TRANSLATE_NOOP("SurveyRoles", "Free text"),
    Role.NUMBER: QT_TRANSLATE_NOOP("SurveyRoles", "Number"),
    Role.PERSONAL: QT_TRANSLATE_NOOP("SurveyRoles", "Personal data"),
    Role.IGNORED: QT_TRANSLATE_NOOP("SurveyRoles", "Ignored"),
}


def role_name(role: Role) -> str:
    return translate("SurveyRoles", str(_ROLE_NAMES[role]))


def scale_text(scale: tuple[float, float]) -> str:
    return f"{scale[0]:g}–{scale[1]:g}"


def offered_roles(info: ColumnInfo) -> list[Role]:
    """The roles that make sense for what the column holds (numbers or words)."""
    if info.numbers:
        offered = [Role.RATING, Role.NPS, Role.NUMBER, Role.CATEGORY, Role.IGNORED]
        if info.likert_family:
            offered.insert(1, Role.LIKERT)
    else:
        offered = [Role.TEXT, Role.CATEGORY, Role.MULTI, Role.IGNORED]
    return offered if info.role in offered else [info.role, *offered]


def touchpoints_by_stage(journey: JourneyMap) -> dict[str, list[tuple[str, str]]]:
    """Stage id -> (title, card id) of its touchpoint cards, top lane first."""
    lanes = [lane.id for lane in journey.lanes if lane.kind is LaneKind.TOUCHPOINTS]
    found: dict[str, list[tuple[str, str]]] = {}
    for card in sorted(
        (c for c in journey.cards if c.lane_id in lanes),
        key=lambda c: (lanes.index(c.lane_id), c.order),
    ):
        found.setdefault(card.stage_id, []).append((card.title or card.id, card.id))
    return found


class ChoiceBox(QComboBox):
    """A combo in a scrolled table: the wheel scrolls the table unless the combo has focus
    (a stock combo would change the choice under the pointer while the user scrolls)."""

    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel does not give focus

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # goes on to the table, which scrolls


class MappingTable(QTableWidget):
    """Edits `mapping.columns` of one understood table against one map."""

    def __init__(self, labels: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(0, 8, parent)
        self._labels = labels  # the map's words for metric kinds
        self._table: SurveyTable | None = None
        self._mapping = SurveyMapping()
        self._journey: JourneyMap | None = None
        self._touchpoints: dict[str, list[tuple[str, str]]] = {}
        self.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Answers"), self.tr("Role"), self.tr("Scale"),
             self.tr("Stage"), self.tr("Touchpoint"), self.tr("Metric"), self.tr("Reverse")]
        )  # fmt: skip
        self.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HEADER, QHeaderView.ResizeMode.Stretch)

    def load(self, table: SurveyTable, mapping: SurveyMapping, journey: JourneyMap) -> None:
        """Show `mapping` (edited in place from now on) for `table`'s columns."""
        self._table, self._mapping, self._journey = table, mapping, journey
        self._touchpoints = touchpoints_by_stage(journey)
        self.clearSpans()
        self.setRowCount(0)
        self.setRowCount(len(mapping.columns))
        for row, column in enumerate(mapping.columns):
            self._fill_row(row, table.columns[column.column], column)
        self._size_choice_columns()

    def _size_choice_columns(self) -> None:
        """Role, stage, touchpoint and metric fit their longest choice, whichever row shows
        it (a header sized to its contents sees only the rows that are filled in)."""
        metrics = self.fontMetrics()
        texts = {
            ROLE: [role_name(role) for role in Role if role is not Role.PERSONAL],
            STAGE: [s.name for s in self._stages()],
            TOUCHPOINT: [title for cards in self._touchpoints.values() for title, _id in cards],
            METRIC: [metric_kind_name(k, self._labels) for k in METRICS],
        }
        header = self.horizontalHeader()
        for column, choices in texts.items():
            widest = max((metrics.horizontalAdvance(text) for text in choices), default=40)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(column, min(widest, 240) + 40)  # room for the arrow

    def column_mapping(self, row: int) -> ColumnMapping:
        return self._mapping.columns[row]

    def row_of(self, header: str) -> int:
        """The row of the column with this header (-1: none)."""
        return next((i for i, c in enumerate(self._mapping.columns) if c.header == header), -1)

    def combo(self, row: int, column: int) -> QComboBox:
        widget = self.cellWidget(row, column)
        assert isinstance(widget, QComboBox)
        return widget

    def reverse_box(self, row: int) -> QCheckBox:
        widget = self.cellWidget(row, REVERSE)
        box = widget.findChild(QCheckBox) if widget is not None else None
        assert isinstance(box, QCheckBox)
        return box

    # --- building a row ---------------------------------------------------------------

    def _fill_row(self, row: int, info: ColumnInfo, column: ColumnMapping) -> None:
        title = info.header or self.tr("(no header)")
        item = QTableWidgetItem(_short(title))
        item.setToolTip("\n".join([title, *info.notes]))
        self.setItem(row, HEADER, item)
        answers = QTableWidgetItem(ui_count(info.n))
        answers.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        answers.setToolTip(self.tr("{skipped} left blank or not applicable").format(
            skipped=ui_count(info.skipped)))  # fmt: skip
        self.setItem(row, ANSWERS, answers)
        if info.role is Role.PERSONAL:
            self._fill_personal_row(row, info)
            return
        role = self._new_combo(
            [(role_name(r), r.value) for r in offered_roles(info)], column.role,
            lambda: self._role_changed(row),
        )  # fmt: skip
        self.setCellWidget(row, ROLE, role)
        self.setCellWidget(row, SCALE, self._new_combo([], None, lambda: self._scale_chosen(row)))
        stages = [("—", ""), *((s.name, s.id) for s in self._stages())]
        stage = self._new_combo(stages, column.stage_id, lambda: self._stage_chosen(row))
        self.setCellWidget(row, STAGE, stage)
        self.setCellWidget(
            row, TOUCHPOINT, self._new_combo([], None, lambda: self._touchpoint_chosen(row))
        )
        metrics = [("—", ""), *((metric_kind_name(k, self._labels), k.value) for k in METRICS)]
        metric = column.metric.value if column.metric else ""
        self.setCellWidget(row, METRIC, self._new_combo(metrics, metric, lambda: self._metric(row)))
        self.setCellWidget(row, REVERSE, self._reverse_cell(row, column.reverse))
        self._refresh_row(row)

    def _fill_personal_row(self, row: int, info: ColumnInfo) -> None:
        """Locked and grey: personal data is never imported."""
        kind = info.personal_kind or role_name(Role.PERSONAL)
        lock = QLabel(self.tr("Personal ({kind}): not imported").format(kind=kind))
        lock.setToolTip(self.tr("Names, e-mails, phone numbers and IP addresses never enter "
                                "the map."))  # fmt: skip
        lock.setEnabled(False)
        self.setSpan(row, ROLE, 1, self.columnCount() - ROLE)  # one note across the choices
        self.setCellWidget(row, ROLE, lock)
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        shade = QColor(self.palette().color(QPalette.ColorRole.Window))
        for column in (HEADER, ANSWERS, ROLE):
            cell = self.item(row, column)
            if cell is None:  # setItem() on a cell's own item again makes Qt warn
                cell = QTableWidgetItem()
                self.setItem(row, column, cell)
            cell.setForeground(grey)
            cell.setBackground(shade)

    def _new_combo(
        self, options: list[tuple[str, str]], current: str | None, changed: Callable[[], None]
    ) -> QComboBox:
        combo = ChoiceBox()
        _set_options(combo, options, current)
        combo.currentIndexChanged.connect(lambda _index: changed())
        return combo

    def _reverse_cell(self, row: int, checked: bool) -> QWidget:
        cell = QWidget()
        box = QCheckBox()
        box.setChecked(checked)
        box.setToolTip(self.tr("Higher answers are worse (an effort scale written that way)"))
        box.toggled.connect(lambda on: self._reverse(row, on))
        layout = QHBoxLayout(cell)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box, alignment=Qt.AlignmentFlag.AlignCenter)
        return cell

    def _stages(self) -> list[Stage]:
        return list(self._journey.stages) if self._journey is not None else []

    # --- keeping the row's widgets in step with its mapping ---------------------------

    def _refresh_row(self, row: int) -> None:
        """Fill the scale and touchpoint choices, enable what the role uses."""
        column = self._mapping.columns[row]
        info = self._info(row)
        measure = Role(column.role) in MEASURE_ROLES
        placed = measure or column.role == Role.TEXT  # free text gives quotes there
        _set_options(self.combo(row, SCALE), self._scale_options(info, column),
                     scale_key(_scale_of(info, column)))  # fmt: skip
        touchpoints = self._touchpoints.get(column.stage_id or "", [])
        _set_options(self.combo(row, TOUCHPOINT), [("—", ""), *touchpoints], column.card_id)
        _select(self.combo(row, STAGE), column.stage_id)
        _select(self.combo(row, METRIC), column.metric.value if column.metric else "")
        for widget, used in (
            (self.combo(row, SCALE), measure), (self.combo(row, STAGE), placed),
            (self.combo(row, TOUCHPOINT), placed and bool(column.stage_id)),
            (self.combo(row, METRIC), measure), (self.reverse_box(row), measure),
        ):  # fmt: skip
            widget.setEnabled(used)

    def _scale_options(self, info: ColumnInfo, column: ColumnMapping) -> list[tuple[str, str]]:
        scales = list(KNOWN_SCALES)
        for extra in (info.scale, _scale_of(info, column)):
            if extra is not None and extra not in scales:
                scales.append(extra)
        return [("—", ""), *((scale_text(s), scale_key(s)) for s in scales)]

    def _info(self, row: int) -> ColumnInfo:
        assert self._table is not None
        return self._table.columns[self._mapping.columns[row].column]

    # --- the user's choices -----------------------------------------------------------

    def _role_changed(self, row: int) -> None:
        column, info = self._mapping.columns[row], self._info(row)
        column.role = str(self.combo(row, ROLE).currentData())
        role = Role(column.role)
        if role in MEASURE_ROLES:
            column.metric = _metric_for_role(role, info, column.metric)
            if _scale_of(info, column) is None or role is Role.NPS:
                scale = (0.0, 10.0) if role is Role.NPS else _fitting_scale(info)
                column.scale_min, column.scale_max = scale if scale else (None, None)
        else:
            column.metric, column.reverse = None, False
            column.scale_min = column.scale_max = None
            if role is not Role.TEXT:
                column.stage_id = column.card_id = None
        with QSignalBlocker(self.reverse_box(row)):
            self.reverse_box(row).setChecked(column.reverse)
        self._refresh_row(row)

    def _scale_chosen(self, row: int) -> None:
        column, info = self._mapping.columns[row], self._info(row)
        scale = parse_scale_key(str(self.combo(row, SCALE).currentData() or ""))
        if scale is None or scale == info.scale:
            column.scale_min = column.scale_max = None  # as detected
        else:
            column.scale_min, column.scale_max = scale

    def _stage_chosen(self, row: int) -> None:
        column = self._mapping.columns[row]
        column.stage_id = self.combo(row, STAGE).currentData() or None
        column.card_id = None
        self._refresh_row(row)

    def _touchpoint_chosen(self, row: int) -> None:
        self._mapping.columns[row].card_id = self.combo(row, TOUCHPOINT).currentData() or None

    def _metric(self, row: int) -> None:
        value = self.combo(row, METRIC).currentData()
        self._mapping.columns[row].metric = MetricKind(value) if value else None

    def _reverse(self, row: int, on: bool) -> None:
        self._mapping.columns[row].reverse = on


def _set_options(combo: QComboBox, options: list[tuple[str, str]], current: str | None) -> None:
    """Replace a combo's choices without telling its listeners (it shows the model).

    Every choice's data is a string ("" for none): Qt finds strings by value."""
    with QSignalBlocker(combo):
        combo.clear()
        for text, data in options:
            combo.addItem(text, data)
    _select(combo, current)


def _select(combo: QComboBox, current: str | None) -> None:
    with QSignalBlocker(combo):
        combo.setCurrentIndex(max(combo.findData(current or ""), 0))


def scale_key(scale: tuple[float, float] | None) -> str:
    return "" if scale is None else f"{scale[0]:g}:{scale[1]:g}"


def parse_scale_key(key: str) -> tuple[float, float] | None:
    low, _colon, high = key.partition(":")
    return (float(low), float(high)) if high else None


def _scale_of(info: ColumnInfo, column: ColumnMapping) -> tuple[float, float] | None:
    if column.scale_min is not None and column.scale_max is not None:
        return (column.scale_min, column.scale_max)
    return info.scale


def _fitting_scale(info: ColumnInfo) -> tuple[float, float] | None:
    """The narrowest known scale holding every answer (a number column made a rating)."""
    values = list(info.numbers.values())
    if not values:
        return None
    fitting = [s for s in KNOWN_SCALES if s[0] <= min(values) and max(values) <= s[1]]
    return min(fitting, key=lambda s: s[1] - s[0], default=None)


def _metric_for_role(role: Role, info: ColumnInfo, current: MetricKind | None) -> MetricKind:
    if role is Role.NPS:
        return MetricKind.NPS
    if current is not None and current is not MetricKind.NPS:
        return current
    suggested = default_metric(info)
    return MetricKind.SATISFACTION if suggested is MetricKind.NPS else suggested


class SegmentEditor(QGroupBox):
    """One measured emotion curve per answer of a category column, each on a persona."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Emotion curve per segment"), parent)
        self._table: SurveyTable | None = None
        self._mapping = SurveyMapping()
        self._personas: list[tuple[str, str]] = []
        self.column_combo = QComboBox()
        self.column_combo.currentIndexChanged.connect(lambda _index: self._column_chosen())
        self.answers = QTableWidget(0, 2)
        self.answers.setHorizontalHeaderLabels([self.tr("Answer"), self.tr("Persona")])
        self.answers.verticalHeader().setVisible(False)
        self.answers.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.answers.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.persona_combo = ChoiceBox()  # whose the one curve of all respondents is
        self.persona_combo.currentIndexChanged.connect(lambda _index: self._curve_persona_chosen())
        layout = QFormLayout(self)
        layout.addRow(self.tr("Split by:"), self.column_combo)
        layout.addRow(self.tr("Curve of:"), self.persona_combo)
        layout.addRow(self.answers)
        self._layout = layout

    def load(self, table: SurveyTable, mapping: SurveyMapping, journey: JourneyMap) -> None:
        self._table, self._mapping = table, mapping
        self._personas = [(p.name or p.id, p.id) for p in journey.personas]
        categories = [c for c in table.columns if c.role is Role.CATEGORY]
        options = [(self.tr("— one curve for all respondents"), "")]
        options += [(_short(c.header), str(c.index)) for c in categories]
        current = "" if mapping.segment_column is None else str(mapping.segment_column)
        _set_options(self.column_combo, options, current)
        ids = [persona for _name, persona in self._personas]
        chosen = mapping.curve_persona if mapping.curve_persona in ids else next(iter(ids), None)
        _set_options(self.persona_combo, self._personas, chosen)
        self._fill_answers()

    def _column_chosen(self) -> None:
        value = str(self.column_combo.currentData() or "")
        self._mapping.segment_column = int(value) if value else None
        names = {name.strip().lower(): persona for name, persona in self._personas}
        self._mapping.segment_personas = {
            answer: names[answer.lower()] for answer in self._answers() if answer.lower() in names
        }  # answers named like a persona go to it, as the suggestion does
        self._fill_answers()

    def _curve_persona_chosen(self) -> None:
        self._mapping.curve_persona = str(self.persona_combo.currentData() or "") or None

    def _answers(self) -> list[str]:
        """The segment column's answers, most frequent first."""
        index = self._mapping.segment_column
        if self._table is None or index is None:
            return []
        counts = self._table.columns[index].counts
        labels = self._table.labels(index)
        ordered = sorted(labels, key=lambda code: -counts.get(code, 0))
        return list(dict.fromkeys(labels[code] for code in ordered if labels[code]))

    def _fill_answers(self) -> None:
        answers = self._answers()
        # One curve for everyone goes to the persona chosen here; a split names one per answer.
        self._layout.setRowVisible(self.persona_combo, self._mapping.segment_column is None)
        self.persona_combo.setEnabled(bool(self._personas))
        self.answers.setRowCount(0)
        self.answers.setRowCount(len(answers))
        self.answers.setVisible(bool(answers))
        # As tall as its rows (up to a few): the column mapping above keeps the room.
        shown = min(len(answers), SEGMENT_ROWS_SHOWN)
        height = self.answers.horizontalHeader().sizeHint().height() + 2 * self.answers.frameWidth()
        self.answers.setFixedHeight(
            height + shown * self.answers.verticalHeader().defaultSectionSize()
        )
        for row, answer in enumerate(answers):
            self.answers.setItem(row, 0, QTableWidgetItem(answer))
            combo = ChoiceBox()
            _set_options(combo, [("—", ""), *self._personas],
                         self._mapping.segment_personas.get(answer))  # fmt: skip
            combo.currentIndexChanged.connect(
                lambda _index, a=answer, c=combo: self._persona_chosen(a, str(c.currentData()))
            )
            self.answers.setCellWidget(row, 1, combo)

    def _persona_chosen(self, answer: str, persona_id: str) -> None:
        if persona_id:
            self._mapping.segment_personas[answer] = persona_id
        else:
            self._mapping.segment_personas.pop(answer, None)


def _short(text: str) -> str:
    return text if len(text) <= HEADER_CHARS else text[: HEADER_CHARS - 1] + "…"
