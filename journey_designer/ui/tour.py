"""The first-run tour: five small callouts over the main window (add a card, move it, draw
the emotion curve, import a survey, export a PDF), each pointing at its part of the window.

A callout is a child widget of the window, not a dialog: the map stays editable, so the
user can do each step while it is shown. Back / Next / Done move through the steps, and
the tour moves on by itself `ADVANCE_MS` after the user has done what the step asks (as
`StepWatcher` tells it), so they see the result first; never behind a modal dialog. Skip
tour, Esc (while the callout has the keyboard) and closing the window end it. Ending it in
any way stores `tour/done`, so it starts by itself only once: `maybe_start_first_run_tour`
is called by the app's start-up (after the offer to restore recovered maps), never by a
test's window. Help ▸ Show Tour starts it again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QObject,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journey_designer.ui.tour_steps import StepWatcher, TourStep, TourTargets, tour_steps

if TYPE_CHECKING:
    from journey_designer.ui.main_window import MainWindow

TOUR_DONE_KEY = "tour/done"
CALLOUT_WIDTH = 380
ARROW = 12  # how far the arrow sticks out of the balloon, pixels
RADIUS = 8.0
GAP = 4  # between the target's ring and the arrow's tip
RING = 6  # the highlight ring's distance around its target
EDGE = 8  # the callout stays this far inside the window
ADVANCE_MS = 700  # from doing a step to the next callout: the user sees what they did


def tour_done() -> bool:
    return bool(QSettings().value(TOUR_DONE_KEY, False, type=bool))


def set_tour_done(done: bool = True) -> None:
    QSettings().setValue(TOUR_DONE_KEY, done)


def maybe_start_first_run_tour(window: MainWindow) -> Tour | None:
    """Start the tour if it has never been dismissed (the app's first run); else nothing."""
    if tour_done():
        return None
    return start_tour(window)


def start_tour(window: MainWindow) -> Tour:
    """Start the tour at its first step (Help ▸ Show Tour); one tour per window."""
    tour = window.findChild(Tour)
    if tour is None:
        tour = Tour(window)
    tour.start()
    return tour


class Tour(QObject):
    """The steps, the one being shown, and the callout and highlight that show it."""

    ended = Signal(bool)  # True: finished with Done; False: skipped

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.targets = TourTargets(window)
        self.steps: list[TourStep] = []
        self.index = 0
        self.running = False
        self.watcher = StepWatcher(window)
        self.watcher.done.connect(self._step_done)
        self.advance_timer = QTimer(self)
        self.advance_timer.setSingleShot(True)
        self.advance_timer.setInterval(ADVANCE_MS)
        self.advance_timer.timeout.connect(self._advance)
        self.highlight = TourHighlight(window)
        self.callout = TourCallout(window)
        self.callout.back_button.clicked.connect(self.back)
        self.callout.next_button.clicked.connect(self.next)
        self.callout.skip_button.clicked.connect(self.skip)
        self.callout.escaped.connect(self.skip)
        view = window.view
        view.horizontalScrollBar().valueChanged.connect(self.place)
        view.verticalScrollBar().valueChanged.connect(self.place)
        view.zoomChanged.connect(self.place)
        window.editorChanged.connect(self._follow_editor)
        window.editor.changed.connect(self.place)
        window.installEventFilter(self)
        view.viewport().installEventFilter(self)
        window.workshop.presentation.action.toggled.connect(self._presenting)

    @property
    def step(self) -> TourStep:
        return self.steps[self.index]

    # --- moving through the steps -----------------------------------------------------

    def start(self) -> None:
        self.steps = tour_steps(self.window)
        self.targets.remember_cards()
        self.watcher.watch(True)
        self.running = True
        self.go(0)
        self.callout.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def go(self, index: int) -> None:
        self.advance_timer.stop()  # a step done, then Next by hand: one step on, not two
        self.index = max(0, min(index, len(self.steps) - 1))
        step = self.step
        if step.key in ("add_card", "move_card"):
            self.targets.choose_card(prefer_new=step.key == "move_card")
            scene_rect = (
                self.targets.cell_scene_rect()
                if step.key == "add_card"
                else self.targets.card_scene_rect()
            )
            self.targets.reveal(scene_rect)
        elif step.key == "curve":
            self.targets.reveal(self.targets.emotion_scene_rect())
        self.callout.show_step(step, self.index, len(self.steps))
        self.place()

    def next(self) -> None:
        if self.index + 1 >= len(self.steps):
            self.finish(completed=True)
        else:
            self.go(self.index + 1)

    def back(self) -> None:
        if self.index > 0:
            self.go(self.index - 1)

    def skip(self) -> None:
        self.finish(completed=False)

    def finish(self, completed: bool) -> None:
        """End the tour; it will not start by itself again."""
        was_running = self.running
        self.running = False
        self.advance_timer.stop()
        self.watcher.watch(False)
        self.callout.hide()
        self.highlight.hide()
        set_tour_done()
        if was_running:
            self.window.view.setFocus(Qt.FocusReason.OtherFocusReason)
            self.ended.emit(completed)

    def _step_done(self, key: str) -> None:
        """The user did what a step asks: if it is the one shown, move on in a moment."""
        if self.running and key == self.step.key:
            self.advance_timer.start()

    def _advance(self) -> None:
        if not self.running:
            return
        if QApplication.activeModalWidget() is not None or self._presenting_now():
            self.advance_timer.start()  # not behind a dialog or a presentation: later
            return
        self.next()

    # --- following the window ---------------------------------------------------------

    def place(self) -> None:
        """Put the highlight around the step's target and the callout beside it."""
        if not self.running or self._presenting_now():
            return
        target = self.step.target(self.targets)
        bounds = self.window.rect().adjusted(EDGE, EDGE, -EDGE, -EDGE)
        if target is not None:
            self.highlight.surround(target)
            self.highlight.show()
            self.highlight.raise_()
        else:
            self.highlight.hide()
        self.callout.point_at(target, bounds)
        self.callout.show()
        self.callout.raise_()

    def _follow_editor(self, editor: QObject) -> None:
        editor.changed.connect(self.place)  # type: ignore[attr-defined]
        self.targets.remember_cards()
        if self.running:
            self.go(self.index)

    def _presenting_now(self) -> bool:
        return self.window.workshop.presentation.presenting

    def _presenting(self, on: bool) -> None:
        """No callout over a presentation; it comes back when the presentation ends."""
        if not self.running:
            return
        if on:
            self.callout.hide()
            self.highlight.hide()
        else:
            self.place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize:
            self.place()
        elif watched is self.window and kind == QEvent.Type.Close and self.running:
            self.finish(completed=False)
        return False


class TourHighlight(QWidget):
    """A ring around the step's target; clicks and hovers go through to what is below."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    def surround(self, target: QRect) -> None:
        """Ring `target` (in the parent's coordinates), inside the parent."""
        parent = self.parentWidget()
        ring = target.adjusted(-RING, -RING, RING, RING)
        self.setGeometry(ring.intersected(parent.rect()) if parent is not None else ring)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(self.palette().highlight().color())
        fill = QColor(colour)
        fill.setAlpha(22)
        colour.setAlpha(230)
        painter.setPen(QPen(colour, 3.0))
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(2, 2, -2, -2), RADIUS, RADIUS)


class TourCallout(QWidget):
    """The balloon: title, what to do, "Step n of 5", Skip tour, Back, Next / Done.

    It has an arrow on the side facing its target; `side` is where the callout sits
    relative to the target ("below", "above", "right", "left"; None: no target).
    """

    escaped = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tourCallout")
        self.side: str | None = None
        self.arrow_at = 0  # along the arrow's edge, pixels from the callout's left or top
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.counter = QLabel()
        self.counter.setEnabled(False)  # the palette's muted colour
        self.skip_button = QPushButton(self.tr("Skip tour"))
        self.skip_button.setFlat(True)
        self.back_button = QPushButton(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        self.box = QVBoxLayout(self)
        inner = ARROW + 14
        self.box.setContentsMargins(inner, inner - 4, inner, inner - 4)
        self.box.setSpacing(8)
        self.box.addWidget(self.title)
        self.box.addWidget(self.body)
        self.box.addWidget(self.counter)
        self.box.addLayout(buttons)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.hide()

    def show_step(self, step: TourStep, index: int, count: int) -> None:
        self.title.setText(step.title)
        self.body.setText(step.html)
        self.counter.setText(
            self.tr("Step {number} of {count}").format(number=index + 1, count=count)
        )
        self.back_button.setEnabled(index > 0)
        self.next_button.setText(self.tr("Done") if index + 1 == count else self.tr("Next"))
        self.setFixedWidth(CALLOUT_WIDTH)
        self.setFixedHeight(self.box.heightForWidth(CALLOUT_WIDTH))

    # --- where it goes ----------------------------------------------------------------

    def point_at(self, target: QRect | None, bounds: QRect) -> None:
        """Sit beside `target` (window coordinates) inside `bounds`, the arrow towards it."""
        width, height = self.width(), self.height()
        if target is None:
            self.side = None
            self.move(bounds.right() - width, bounds.top() + 40)
            self.update()
            return
        ring = target.adjusted(-RING - GAP, -RING - GAP, RING + GAP, RING + GAP)
        centre = ring.center()
        # Beside a tall target, below a wide one (a menu title, a whole lane).
        wide = target.width() > target.height() * 2 or target.height() < 40
        order = ("below", "above", "right", "left") if wide else ("right", "left", "below", "above")
        candidates = {
            "below": QPoint(centre.x() - width // 2, ring.bottom()),
            "above": QPoint(centre.x() - width // 2, ring.top() - height),
            "right": QPoint(ring.right(), centre.y() - height // 2),
            "left": QPoint(ring.left() - width, centre.y() - height // 2),
        }
        chosen = None
        for side in order:
            spot = _clamped(QRect(candidates[side], self.size()), bounds, side)
            if bounds.contains(spot) and not spot.intersects(target):
                chosen = (side, spot)
                break
        if chosen is None:  # no room beside it: in the target's corner, without an arrow
            self.side = None
            self.move(_clamped(QRect(candidates[order[0]], self.size()), bounds, None).topLeft())
        else:
            self.side, spot = chosen
            self.move(spot.topLeft())
            along = centre.x() - spot.left() if self.side in ("below", "above") else None
            if along is None:
                along = centre.y() - spot.top()
            edge = width if self.side in ("below", "above") else height
            low = int(RADIUS) + ARROW * 2
            self.arrow_at = max(low, min(along, edge - low))
        self.update()

    # --- painting and keys ------------------------------------------------------------

    def balloon(self) -> QPainterPath:
        body = QRectF(self.rect()).adjusted(ARROW, ARROW, -ARROW, -ARROW)
        path = QPainterPath()
        path.addRoundedRect(body, RADIUS, RADIUS)
        if self.side is not None:
            at, tip = float(self.arrow_at), float(ARROW + 1)
            points = {
                "below": [(at - tip, body.top() + 1), (at, 0.0), (at + tip, body.top() + 1)],
                "above": [
                    (at - tip, body.bottom() - 1),
                    (at, float(self.height())),
                    (at + tip, body.bottom() - 1),
                ],
                "right": [(body.left() + 1, at - tip), (0.0, at), (body.left() + 1, at + tip)],
                "left": [
                    (body.right() - 1, at - tip),
                    (float(self.width()), at),
                    (body.right() - 1, at + tip),
                ],
            }[self.side]
            arrow = QPainterPath()
            arrow.addPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
            arrow.closeSubpath()
            path = path.united(arrow)
        return path

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = self.balloon()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 40))
        painter.drawPath(path.translated(0, 2))  # a soft shadow
        palette = self.palette()
        painter.setBrush(palette.base())
        painter.setPen(QPen(palette.highlight().color(), 2.0))
        painter.drawPath(path)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)


def _clamped(rect: QRect, bounds: QRect, side: str | None) -> QRect:
    """`rect` moved inside `bounds` along the edge it sits on (across it, it may stick out)."""
    x, y = rect.left(), rect.top()
    if side in ("below", "above", None):
        x = max(bounds.left(), min(x, bounds.right() - rect.width()))
    if side in ("right", "left", None):
        y = max(bounds.top(), min(y, bounds.bottom() - rect.height()))
    return QRect(QPoint(x, y), rect.size())
