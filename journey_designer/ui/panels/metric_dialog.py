"""Type in one metric by hand: kind, label, value and unit, and optionally n and a 95% CI."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from journey_designer.model import Metric, MetricKind
from journey_designer.ui.panels.fields import OptionCombo
from journey_designer.ui.panels.labels import metric_kind_name
from journey_designer.ui.theme import WARNING, tint_text


def parse_number(text: str) -> float | None:
    """A number as people type it: "3.4", "1,234", "1 234", "１２" (full-width digits)."""
    cleaned = text.strip().replace(" ", "").replace(",", "").replace("，", "")
    try:
        return float(cleaned)
    except ValueError:
        return None


def plain_number(value: float | None) -> str:
    """A number for editing, without rounding or grouping: 3, 3.14159, -0.5."""
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


class MetricDialog(QDialog):
    def __init__(
        self, labels: Mapping[str, str], metric: Metric | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit Metric") if metric else self.tr("Add Metric"))
        self.kind = OptionCombo([(metric_kind_name(k, labels), k) for k in MetricKind])
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("Optional; shown instead of the kind"))
        self.value, self.unit, self.n = QLineEdit(), QLineEdit(), QLineEdit()
        self.unit.setPlaceholderText(self.tr("%, pts, ¥ …"))
        self.ci_low, self.ci_high = QLineEdit(), QLineEdit()
        self.problem = QLabel()
        tint_text(self.problem, WARNING)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._build_form()
        self._show(metric or Metric(kind=MetricKind.CUSTOM, value=0.0))
        for field in (self.value, self.n, self.ci_low, self.ci_high):
            field.textChanged.connect(self._check)
        self._check()

    def _build_form(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Label:"), self.label)
        form.addRow(self.tr("Value:"), self.value)
        form.addRow(self.tr("Unit:"), self.unit)
        form.addRow(self.tr("Answers (n):"), self.n)
        form.addRow(self.tr("95% CI from:"), self.ci_low)
        form.addRow(self.tr("95% CI to:"), self.ci_high)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _show(self, metric: Metric) -> None:
        self._original = metric
        self.kind.show_value(metric.kind)
        self.label.setText(metric.label)
        self.value.setText(plain_number(metric.value))
        self.unit.setText(metric.unit)
        self.n.setText("" if metric.n is None else str(metric.n))
        self.ci_low.setText(plain_number(metric.ci_low))
        self.ci_high.setText(plain_number(metric.ci_high))

    def _problem(self) -> str:
        if parse_number(self.value.text()) is None:
            return self.tr("The value must be a number.")
        n_text = self.n.text().strip()
        if n_text and not (n_text.isdigit() and int(n_text) >= 0):
            return self.tr("n must be a whole number of answers, or empty.")
        low, high = self.ci_low.text().strip(), self.ci_high.text().strip()
        if bool(low) != bool(high):
            return self.tr("Give both ends of the confidence interval, or neither.")
        if low and (parse_number(low) is None or parse_number(high) is None):
            return self.tr("The confidence interval must be numbers.")
        return ""

    def _check(self) -> None:
        problem = self._problem()
        self.problem.setText(problem)
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok_button.setEnabled(not problem)

    def typed_metric(self) -> Metric:
        """The metric as typed (call after the dialog was accepted); it counts as typed."""
        value = parse_number(self.value.text())
        n_text = self.n.text().strip()
        low, high = parse_number(self.ci_low.text()), parse_number(self.ci_high.text())
        return Metric(
            kind=MetricKind(self.kind.currentData()),
            label=self.label.text().strip(),
            value=value if value is not None else 0.0,
            unit=self.unit.text().strip(),
            scale_min=self._original.scale_min,
            scale_max=self._original.scale_max,
            n=int(n_text) if n_text else None,
            ci_low=low,
            ci_high=high if low is not None else None,
        )
