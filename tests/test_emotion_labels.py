"""The emotion lane's point labels: none is drawn over another label, over a point's marker
(a face, a to-be ring, a measured square with its n) or over a disagreement bracket, and
all stay in the lane; a measured square leaves the estimate's face it sits on visible.

The boxes are those the canvas and the PDF paint (`ui/canvas/emotion_item.py`,
`export/draw_plot.py`): a label line's halo reaches 2 pt left and right of its text.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from journey_designer.fonts import find_cjk_font
from journey_designer.layout import (
    ApproximateMeasurer,
    EmotionPlot,
    LayoutStyle,
    Rect,
    TextMeasurer,
    layout_map,
    looks,
    measurer_for,
)
from journey_designer.model import EmotionCurve, EmotionPoint, JourneyMap, LaneKind, Provenance
from journey_designer.model.entities import CurveVariant
from journey_designer.templates import new_map_from_template
from tests.export.rich_map import rich_map

HALO = 2.0  # a label line's halo, left and right of its text
TOUCH = 0.01  # boxes that only touch do not overlap


@pytest.fixture(scope="module")
def measurer() -> TextMeasurer:
    face = find_cjk_font()
    return measurer_for(face) if face else ApproximateMeasurer()


def _overlap(a: Rect, b: Rect) -> bool:
    return (
        a.x < b.right - TOUCH
        and b.x < a.right - TOUCH
        and a.y < b.bottom - TOUCH
        and b.y < a.bottom - TOUCH
    )


def _label_boxes(plot: EmotionPlot, measurer: TextMeasurer) -> list[tuple[str, Rect]]:
    """Each labelled point's label: the box around its lines' halos."""
    boxes = []
    for curve in plot.curves:
        for point in curve.points:
            if not point.label_lines:
                continue
            lefts, rights, tops, bottoms = [], [], [], []
            for line in point.label_lines:
                lefts.append(line.x - HALO)
                rights.append(line.x + measurer.advance(line.text) * line.size + HALO)
                tops.append(line.baseline - measurer.ascent * line.size)
                bottoms.append(line.baseline + measurer.descent * line.size)
            box = Rect(min(lefts), min(tops), max(rights) - min(lefts), max(bottoms) - min(tops))
            boxes.append((f"{curve.curve_id}@{point.stage_id}", box))
    return boxes


def _marker_boxes(plot: EmotionPlot, measurer: TextMeasurer) -> list[tuple[str, Rect]]:
    """Every point's marker, and a measured point's "n=…" beside its square."""
    radius = LayoutStyle().point_radius
    boxes = []
    for curve in plot.curves:
        for point in curve.points:
            name = f"point {curve.curve_id}@{point.stage_id}"
            if point.measured:
                half = radius * looks.MEASURED_SIDE / 2 + looks.MEASURED_RING_WIDTH / 2
                boxes.append((name, Rect(point.x - half, point.y - half, 2 * half, 2 * half)))
                if point.n is not None:
                    side = radius * looks.MEASURED_SIDE
                    width = measurer.advance(f"n={point.n}") * looks.MEASURED_TEXT_SIZE
                    left, middle = point.x + side / 2 + 1.0, point.y + side / 2
                    boxes.append((f"n of {name}", Rect(left, middle - 4.0, width + 2.0, 8.0)))
            else:
                boxes.append(
                    (name, Rect(point.x - radius, point.y - radius, 2 * radius, 2 * radius))
                )
    return boxes


def _bracket_boxes(plot: EmotionPlot) -> list[tuple[str, Rect]]:
    """The red brackets (drawn when the persona's measured curve is): the line, its caps
    and the "!" dot in its middle."""
    measured = {c.persona_id for c in plot.curves if c.measured}
    half = max(3.0, looks.DISAGREEMENT_DOT)
    boxes = []
    for flag in plot.disagreements:
        if flag.persona_id not in measured:
            continue
        top, bottom = sorted((flag.estimate_y, flag.measured_y))
        middle = (top + bottom) / 2
        top = min(top, middle - looks.DISAGREEMENT_DOT)
        bottom = max(bottom, middle + looks.DISAGREEMENT_DOT)
        boxes.append((f"bracket@{flag.stage_id}", Rect(flag.x - half, top, 2 * half, bottom - top)))
    return boxes


def assert_labels_clear(journey: JourneyMap, measurer: TextMeasurer) -> None:
    layout = layout_map(journey, measurer)
    lanes = {row.lane_id: row.rect for row in layout.lanes}
    for plot in layout.plots:
        lane = lanes[plot.lane_id]
        labels = _label_boxes(plot, measurer)
        wanted = sum(1 for c in plot.curves for p in c.points if p.label_lines)
        assert len(labels) == wanted  # no label dropped
        for name, box in labels:
            assert lane.y <= box.y and box.bottom <= lane.bottom, (name, box, lane)
            assert plot.area.x <= box.x and box.right <= plot.area.right, (name, box)
        for i, (name, box) in enumerate(labels):
            for other, other_box in labels[i + 1 :]:
                assert not _overlap(box, other_box), (name, box, other, other_box)
        for name, box in labels:
            for mark, mark_box in _marker_boxes(plot, measurer) + _bracket_boxes(plot):
                assert not _overlap(box, mark_box), (name, box, mark, mark_box)


def _point(journey: JourneyMap, label: str) -> EmotionPoint:
    return next(p for c in journey.emotion_curves for p in c.points if p.label == label)


def sample(language: str) -> JourneyMap:
    return new_map_from_template("b2c_five_stages", language)


def dragged(journey: JourneyMap) -> JourneyMap:
    """Emma's "Frustrated by milk and app" dragged to +1: at Use, her as-is and to-be points
    and Marcus's as-is point then sit in one place."""
    frustrated = next(
        p
        for p in next(c for c in journey.emotion_curves if c.id == "cv-professional-as-is").points
        if p.stage_id == "st-use"
    )
    frustrated.value = 1.0
    return journey


def crowded(value: float) -> Callable[[str], JourneyMap]:
    """Four curves, each with a labelled point at `value` in the Use stage."""

    def build(language: str) -> JourneyMap:
        journey = sample(language)
        journey.emotion_curves.append(
            EmotionCurve(
                id="cv-enthusiast-to-be",
                persona_id="p-enthusiast",
                variant=CurveVariant.TO_BE,
                points=[
                    EmotionPoint(stage_id=p.stage_id, value=p.value, label=f"Later {p.label}")
                    for p in journey.emotion_curves[2].points
                ],
            )
        )
        for curve in journey.emotion_curves:
            for point in curve.points:
                if point.stage_id == "st-use":
                    point.value = value
        return journey

    return build


def near(journey: JourneyMap) -> JourneyMap:
    """The Use stage's points close together but not in one place: +0.5, +1 and +1.5."""
    for curve, value in zip(journey.emotion_curves, (0.5, 1.0, 1.5, 1.0), strict=False):
        next(p for p in curve.points if p.stage_id == "st-use").value = value
    return journey


def on_cards(journey: JourneyMap) -> JourneyMap:
    """Each curve gets a second labelled point in the Use stage, on a touchpoint card, at
    the value of its stage point: the stage's points spread across its column."""
    for curve in journey.emotion_curves:
        if curve.source_id is not None:
            continue
        stage_point = next(p for p in curve.points if p.stage_id == "st-use")
        curve.points.append(
            EmotionPoint(
                stage_id="st-use",
                card_id="c-us-tp-1",
                value=stage_point.value,
                label=f"Card {stage_point.label}",
            )
        )
    return journey


CASES: dict[str, Callable[[str], JourneyMap]] = {
    "sample": sample,
    "dragged": lambda language: dragged(sample(language)),
    "crowded_top": crowded(2.0),
    "crowded_upper": crowded(1.0),
    "crowded_middle": crowded(0.0),
    "crowded_bottom": crowded(-2.0),
    "measured": rich_map,
    "measured_dragged": lambda language: dragged(rich_map(language)),
    "measured_near": lambda language: near(rich_map(language)),
    "crowded_near": lambda language: near(crowded(1.0)(language)),
    "crowded_on_cards": lambda language: on_cards(crowded(1.0)(language)),
    "crowded_top_on_cards": lambda language: on_cards(crowded(2.0)(language)),
    "measured_crowded_on_cards": lambda language: on_cards(dragged(rich_map(language))),
}


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("case", list(CASES))
def test_point_labels_hit_no_label_point_or_bracket(
    case: str, language: str, measurer: TextMeasurer
) -> None:
    journey = CASES[case](language)
    assert any(lane.kind is LaneKind.EMOTION_CURVE for lane in journey.lanes)
    assert_labels_clear(journey, measurer)


def test_the_dragged_case_is_the_one_reported(measurer: TextMeasurer) -> None:
    journey = dragged(sample("en"))
    use = {
        c.id: next(p.value for p in c.points if p.stage_id == "st-use")
        for c in journey.emotion_curves
    }
    assert set(use.values()) == {1.0}
    assert _point(journey, "Guided first week").stage_id == "st-use"
    assert _point(journey, "Enjoys fine-tuning").stage_id == "st-use"


@pytest.mark.parametrize("offset", [0.0, 0.3])
def test_a_measured_square_leaves_the_estimates_face_visible(
    offset: float, measurer: TextMeasurer
) -> None:
    """The measured point at (or a little below) the estimate's value goes beside its
    face; the bracket-free curves keep their other points where they were."""
    journey = sample("en")
    estimate = next(c for c in journey.emotion_curves if c.id == "cv-professional-as-is")
    plain = layout_map(journey, measurer).plots[0]
    journey.emotion_curves.append(
        EmotionCurve(
            id="cv-measured",
            persona_id="p-professional",
            points=[
                EmotionPoint(
                    stage_id=p.stage_id,
                    value=p.value - offset,
                    n=40,
                    provenance=Provenance(kind="survey", source_id="survey-1"),
                )
                for p in estimate.points
            ],
            source_id="survey-1",
        )
    )
    journey.survey_sources.extend(rich_map().survey_sources)
    plot = layout_map(journey, measurer).plots[0]
    radius = LayoutStyle().point_radius
    half = radius * looks.MEASURED_SIDE / 2 + looks.MEASURED_RING_WIDTH / 2
    measured = next(c for c in plot.curves if c.measured)
    faces = next(c for c in plot.curves if c.curve_id == "cv-professional-as-is")
    for square, face in zip(measured.points, faces.points, strict=True):
        assert abs(square.x - face.x) >= half + radius or abs(square.y - face.y) >= half + radius
    before = {(c.curve_id, p.stage_id): (p.x, p.y) for c in plain.curves for p in c.points}
    after = {(c.curve_id, p.stage_id): (p.x, p.y) for c in plot.curves for p in c.points}
    assert {k: after[k] for k in before} == before
