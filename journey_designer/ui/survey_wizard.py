"""Map ▸ Import Survey…: a wizard from a spreadsheet to metrics, curves and quotes on the map.

1. file and sheet (read in a child process, with progress and Cancel);
2. preview with the detected header rows (changeable);
3. the column mapping: role, scale, stage, touchpoint, metric, segments, personal data;
4. a summary of what will change, the proposed pain points as checkboxes; Import applies
   it all as one undo step.

The wizard keeps one `LoadedSurvey` (table + the mapping being edited); the pages show it
and edit its mapping in place, so Back and Next keep the user's choices. Only a new file,
sheet or header-row count replaces it (and so suggests the mapping again): `version`
counts those replacements and a page rebuilds only when it changed.
"""

from __future__ import annotations

import html
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from journey_designer.model import JourneyMap
from journey_designer.survey.apply import ImportPlan, PainPointProposal, import_edit
from journey_designer.survey.columns import Role
from journey_designer.ui.locale_format import ui_count
from journey_designer.ui.messages import user_text
from journey_designer.ui.panels.labels import metric_kind_name, metric_value_text
from journey_designer.ui.survey_jobs import LoadedSurvey, Progress, ShouldCancel, plan_survey
from journey_designer.ui.survey_mapping_table import MappingTable, SegmentEditor
from journey_designer.ui.survey_wizard_pages import FilePage, PreviewPage, TaskStatus
from journey_designer.ui.survey_worker import BackgroundTask

if TYPE_CHECKING:
    from journey_designer.ui.main_window import MainWindow

FILE_PAGE, PREVIEW_PAGE, MAPPING_PAGE, SUMMARY_PAGE = range(4)
LISTED_METRICS = 12  # the summary names this many touchpoint metrics, then counts the rest


class SurveyImportWizard(QWizard):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main_window = window
        # A snapshot for the suggestion and the plan, read by worker threads; the map
        # cannot change meanwhile (the wizard is modal) and the edit goes to the real one.
        self.journey = window.document.journey.model_copy(deep=True)
        self.loaded: LoadedSurvey | None = None
        self.version = 0
        self.file_page = FilePage(self)
        self.preview_page = PreviewPage(self)
        self.mapping_page = MappingPage(self)
        self.summary_page = SummaryPage(self)
        for page_id, page in enumerate(self.pages()):
            self.setPage(page_id, page)
        self.setWindowTitle(self.tr("Import Survey"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)  # the same on every platform
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.resize(1000, 680)

    def pages(self) -> list[QWizardPage]:
        return [self.file_page, self.preview_page, self.mapping_page, self.summary_page]

    def set_loaded(self, loaded: LoadedSurvey | None) -> None:
        """A new table (file, sheet or header rows changed): pages show it afresh."""
        self.loaded = loaded
        self.version += 1

    def accept(self) -> None:
        if self.apply_import():
            super().accept()

    def done(self, result: int) -> None:
        for page in self.pages():
            task = getattr(page, "task", None)
            if isinstance(task, BackgroundTask):
                task.shutdown()  # no thread may outlive the wizard
        super().done(result)

    def apply_import(self) -> bool:
        """The planned import as one undo step on the open map."""
        plan, loaded = self.summary_page.plan, self.loaded
        if plan is None or loaded is None:
            return False
        editor = self.main_window.editor
        journey = self.main_window.document.journey
        operation = import_edit(
            journey, loaded.table, plan, self.summary_page.accepted_pain_points()
        )
        refused: list[str] = []
        editor.editRefused.connect(refused.append)
        try:
            applied = editor.apply(operation, self.tr("Import Survey"))
        finally:
            editor.editRefused.disconnect(refused.append)
        if not applied:
            self.summary_page.status.say("; ".join(refused), error=True)
            return False
        self.main_window.statusBar().showMessage(
            self.tr("Imported {responses} responses from {file}.").format(
                responses=ui_count(plan.source.responses), file=plan.source.file_name),
            10000,
        )  # fmt: skip
        return True


class MappingPage(QWizardPage):
    """Step 3: what each column is and what on the map it measures."""

    def __init__(self, wizard: SurveyImportWizard) -> None:
        super().__init__()
        self.import_wizard = wizard
        self._shown_version = -1
        self.setTitle(self.tr("Map the columns"))
        self.setSubTitle(self.tr("Ratings, Likert and NPS questions become metrics on their "
                                 "touchpoint and points of the emotion curve; free text gives "
                                 "quotes."))  # fmt: skip
        self.table = MappingTable(wizard.main_window.labels)
        self.include_personal = QCheckBox(self.tr("Include &personal data"))
        self.include_personal.setToolTip(
            self.tr("Off: e-mail addresses and phone numbers inside comments are replaced. "
                    "Personal columns (names, e-mails, IP addresses) are never imported.")
        )  # fmt: skip
        self.include_personal.toggled.connect(self._include_personal)
        self.segments = SegmentEditor()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.include_personal)
        layout.addWidget(self.segments)

    def initializePage(self) -> None:
        loaded = self.import_wizard.loaded
        if loaded is None or self._shown_version == self.import_wizard.version:
            return  # the same table: keep what the user chose
        self._shown_version = self.import_wizard.version
        journey = self.import_wizard.journey
        self.table.load(loaded.table, loaded.mapping, journey)
        self.include_personal.setChecked(loaded.mapping.include_personal)
        self.segments.load(loaded.table, loaded.mapping, journey)

    def _include_personal(self, on: bool) -> None:
        if self.import_wizard.loaded is not None:
            self.import_wizard.loaded.mapping.include_personal = on


class SummaryPage(QWizardPage):
    """Step 4: what the import will change; pain-point proposals to tick."""

    def __init__(self, wizard: SurveyImportWizard) -> None:
        super().__init__()
        self.import_wizard = wizard
        self.task = BackgroundTask(self)
        self.plan: ImportPlan | None = None
        self._declined: set[str] = set()  # touchpoints whose proposal the user unticked
        self._boxes: list[tuple[QCheckBox, PainPointProposal]] = []
        self.setTitle(self.tr("Summary"))
        self.setSubTitle(self.tr("Import applies all of this as one step: Undo takes it back."))
        self.changes = QLabel()
        self.changes.setWordWrap(True)
        self.changes.setTextFormat(Qt.TextFormat.RichText)
        self.pain_points = QGroupBox(self.tr("Proposed pain points (low scores)"))
        self._pain_layout = QVBoxLayout(self.pain_points)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.status = TaskStatus(self.task, self.changes)
        body = QWidget()
        column = QVBoxLayout(body)
        for widget in (self.changes, self.pain_points, self.warnings):
            column.addWidget(widget)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        self.task.succeeded.connect(self._planned)
        self.task.failed.connect(lambda message: self.status.say(message, error=True))
        self.task.runningChanged.connect(lambda _running: self.completeChanged.emit())

    def initializePage(self) -> None:
        """Plan again each time: the mapping may have changed since."""
        loaded = self.import_wizard.loaded
        self._show(None)
        if loaded is None:
            return
        # The worker gets its own copy of the mapping: Back lets the user edit it meanwhile.
        snapshot = replace(loaded, mapping=loaded.mapping.model_copy(deep=True))
        self.status.say(self.tr("Working out what will change…"))
        self.task.start(partial(_plan_job, snapshot, self.import_wizard.journey))

    def cleanupPage(self) -> None:
        self.task.cancel()

    def isComplete(self) -> bool:
        return self.plan is not None and not self.task.is_running()

    def accepted_pain_points(self) -> list[str]:
        return [proposal.card_id for box, proposal in self._boxes if box.isChecked()]

    def _planned(self, result: object) -> None:
        assert isinstance(result, ImportPlan)
        self.status.say("")
        self._show(result)
        self.completeChanged.emit()

    def _show(self, plan: ImportPlan | None) -> None:
        self.plan = plan
        self.changes.setText("" if plan is None else self._changes_html(plan))
        self._show_pain_points([] if plan is None else plan.pain_points)
        shown = [] if plan is None else plan.warnings
        self.warnings.setText("\n".join(f"⚠ {user_text(warning)}" for warning in shown))
        self.warnings.setVisible(bool(shown))

    def _show_pain_points(self, proposals: list[PainPointProposal]) -> None:
        layout = self._pain_layout
        for box, _proposal in self._boxes:
            layout.removeWidget(box)
            box.deleteLater()
        self._boxes = []
        for proposal in proposals:
            text = f"{proposal.title} — {proposal.detail}"
            box = QCheckBox(text.replace("&", "&&"))  # "Checkout & payment" has no mnemonic
            box.setChecked(proposal.card_id not in self._declined)
            box.toggled.connect(partial(self._pain_point_toggled, proposal.card_id))
            layout.addWidget(box)
            self._boxes.append((box, proposal))
        self.pain_points.setVisible(bool(proposals))

    def _pain_point_toggled(self, card_id: str, on: bool) -> None:
        if on:
            self._declined.discard(card_id)
        else:
            self._declined.add(card_id)

    def _changes_html(self, plan: ImportPlan) -> str:
        source, journey = plan.source, self.import_wizard.journey
        lines = [
            self.tr("<b>{file}</b> · sheet “{sheet}” · {format} · {responses} responses").format(
                file=_e(source.file_name), sheet=_e(source.sheet), format=_e(source.format),
                responses=ui_count(source.responses))
        ]  # fmt: skip
        lines.append(self._metrics_html(plan))
        if plan.stage_metrics:
            lines.append(self._stage_metrics_html(plan))
        names = {p.id: p.name for p in journey.personas}
        if plan.new_persona is not None:
            names[plan.new_persona.id] = plan.new_persona.name
            lines.append(self.tr("A new persona “{name}” for the measured curve").format(
                name=_e(plan.new_persona.name)))  # fmt: skip
        for persona_id, points in plan.curves.items():
            curve = self.tr("Measured emotion curve of {persona}: %n point(s)", "", len(points))
            lines.append(curve.format(persona=_e(names.get(persona_id, ""))))
        lines.append(self.tr("%n quote card(s) from free-text answers", "", len(plan.quotes)))
        lines.append(self._personal_html())
        return "<ul>" + "".join(f"<li>{line}</li>" for line in lines if line) + "</ul>"

    def _metrics_html(self, plan: ImportPlan) -> str:
        cards = {c.id: c.title for c in self.import_wizard.journey.cards}
        labels = self.import_wizard.main_window.labels
        items = [
            f"{_e(cards.get(card_id, card_id))}: {_e(metric_kind_name(m.kind, labels))} "
            f"{_e(metric_value_text(m))} (n={ui_count(m.n or 0)})"
            for card_id, metrics in plan.card_metrics.items()
            for m in metrics
        ]
        text = self.tr("%n metric(s) on touchpoint cards", "", len(items))
        listed = items[:LISTED_METRICS]
        if len(items) > LISTED_METRICS:
            listed.append("…")
        return text + ("<br>" + "<br>".join(listed) if listed else "")

    def _stage_metrics_html(self, plan: ImportPlan) -> str:
        stages = {s.id: s.name for s in self.import_wizard.journey.stages}
        count = sum(len(metrics) for metrics in plan.stage_metrics.values())
        text = self.tr("%n metric(s) for whole stages, on “Survey results” cards", "", count)
        per_stage = [
            f"{_e(stages.get(stage_id, stage_id))}: {len(metrics)}"
            for stage_id, metrics in plan.stage_metrics.items()
        ]
        return text + "<br>" + " · ".join(per_stage)

    def _personal_html(self) -> str:
        loaded = self.import_wizard.loaded
        if loaded is None:
            return ""
        personal = sum(1 for c in loaded.table.columns if c.role is Role.PERSONAL)
        if loaded.mapping.include_personal:
            return self.tr("Personal data: contact details inside comments are kept, as "
                           "you chose; personal columns are still left out.")  # fmt: skip
        return self.tr("Personal data: %n column(s) left out; contact details inside "
                       "comments are replaced.", "", personal)  # fmt: skip


def _plan_job(
    loaded: LoadedSurvey, journey: JourneyMap, _progress: Progress, _cancel: ShouldCancel
) -> ImportPlan:
    return plan_survey(loaded, journey)


def _e(text: str) -> str:
    return html.escape(text, quote=False)
