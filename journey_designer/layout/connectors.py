"""Connectors (no Qt): each automation rule with a `creates_card_id` gets a dashed arrow from
its card to the touchpoint card it creates.

The curve keeps to the gutters between stage columns, where no card ever is: it leaves
the rule card's side horizontally and enters the target card's facing side horizontally.

- Target in a stage to the right (left): from the rule card's right (left) edge to the
  target's left (right) edge, an S-shaped cubic. Between neighbouring stages both control
  points lie in the gutter, so the whole curve does: its long vertical run is near them.
- Target in the same stage: from the rule card's right edge back to the target's right
  edge, a C-shaped cubic reaching into the gutter (not past the map's right edge).

Connectors sharing a gutter get their vertical runs a few points apart, so two rules
stacked in one stage show two lines. The curve ends at the base of the arrow head; the
head's tip touches the target card.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from journey_designer.layout.geometry import CardBox, Connector, Point, Rect, Segment
from journey_designer.layout.style import LayoutStyle
from journey_designer.model.entities import Card, LaneKind

HEAD_LENGTH = 6.0
HEAD_HALF_WIDTH = 3.0
ANCHOR_DROP = 12.0  # how far below a card's top edge the connector meets it (at most half)
RUN_SPACING = 3.0  # between the vertical runs of connectors sharing a gutter


def connectors(
    cards: Iterable[Card],
    boxes: Mapping[str, CardBox],
    stage_order: Mapping[str, int],
    style: LayoutStyle,
    map_right: float,
) -> tuple[Connector, ...]:
    colour = style.card_accents.get(LaneKind.AUTOMATION, "#3D5AFE")
    pad = style.cell_padding
    in_gutter: dict[float, int] = {}  # connectors so far per gutter (its x)
    made = []
    for card in cards:
        rule = card.rule
        if rule is None or not rule.creates_card_id or rule.creates_card_id == card.id:
            continue
        source, target = boxes.get(card.id), boxes.get(rule.creates_card_id)
        if source is None or target is None:  # a hidden lane
            continue
        step = stage_order[target.stage_id] - stage_order[source.stage_id]
        gutter = source.rect.x - pad if step < 0 else source.rect.right + pad
        index = in_gutter.get(gutter, 0)
        in_gutter[gutter] = index + 1
        shift = RUN_SPACING * ((index + 1) // 2) * (1 if index % 2 else -1)
        if step == 0:  # the far point on the column's edge, then further out, not off the map
            outer = gutter - 1.0 if gutter >= map_right - 0.5 else gutter + pad - 2.0
            run = min(gutter - 1.0 + RUN_SPACING * index, outer)
            made.append(_c_shape(source, target, run, colour))
        else:
            made.append(_s_shape(source, target, step, shift, colour))
    return tuple(made)


def _anchor_y(rect: Rect) -> float:
    return rect.y + min(rect.height / 2, ANCHOR_DROP)


def _c_shape(source: CardBox, target: CardBox, run: float, colour: str) -> Connector:
    """Out of the rule's right edge and into the target's, the curve's far point at `run`."""
    x0, y0 = source.rect.right, _anchor_y(source.rect)
    tip = (target.rect.right, _anchor_y(target.rect))
    base = (tip[0] + HEAD_LENGTH, tip[1])
    # Both controls at m: the curve's middle (t = 1/2) is at x0/8 + 3m/4 + base/8 = run.
    m = (run - (x0 + base[0]) / 8) / 0.75
    segment: Segment = (x0, y0, m, y0, m, base[1], *base)
    return _made(source, target, (x0, y0), segment, tip, -1.0, colour)


def _s_shape(source: CardBox, target: CardBox, step: int, shift: float, colour: str) -> Connector:
    """`shift`: the vertical run's distance from the middle of the gutter."""
    direction = 1.0 if step > 0 else -1.0
    x0 = source.rect.right if step > 0 else source.rect.x
    y0 = _anchor_y(source.rect)
    tip = (target.rect.x if step > 0 else target.rect.right, _anchor_y(target.rect))
    base = (tip[0] - direction * HEAD_LENGTH, tip[1])
    low, high = sorted((x0, base[0]))
    if abs(step) == 1:  # neighbours: the run in the gutter, never past either end
        m = min(max((low + high) / 2 + shift, low + 1.0), high - 1.0)
        segment: Segment = (x0, y0, m, y0, m, base[1], *base)
    else:  # the controls meet halfway: the curve stays between its ends
        reach = (high - low) / 2
        segment = (x0, y0, x0 + direction * reach, y0, base[0] - direction * reach, base[1], *base)
    return _made(source, target, (x0, y0), segment, tip, direction, colour)


def _made(
    source: CardBox,
    target: CardBox,
    start: Point,
    segment: Segment,
    tip: Point,
    direction: float,
    colour: str,
) -> Connector:
    """`direction`: +1 when the head points right, -1 when it points left."""
    back = tip[0] - direction * HEAD_LENGTH
    head = (tip, (back, tip[1] - HEAD_HALF_WIDTH), (back, tip[1] + HEAD_HALF_WIDTH))
    return Connector(
        rule_card_id=source.card_id,
        target_card_id=target.card_id,
        source_stage_id=source.stage_id,
        target_stage_id=target.stage_id,
        start=start,
        segments=(segment,),
        head=head,
        colour=colour,
    )
