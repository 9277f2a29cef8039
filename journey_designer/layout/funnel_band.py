"""The funnel band: a strip between the stage headers and the first lane (no Qt).

Each funnel step gets a slot in its stage's column (a stage with two steps splits its
column in two): the step's label, its count and amount, and a bar as long as its count
relative to the largest one, over a light track (every track as wide: a step of 0.5%
still shows where it stands). On the left edge of each step's slot, a pill gives the
conversion from the last earlier step with a known count ("→ 23.5%") and, below it, the
drop-off ("−76.5%"). The band's left part names it and gives the overall conversion and
the ROI per channel. The figures are `journey_designer.analytics`' (imported only for a
map that has a funnel or channel costs).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from journey_designer.layout.emotion import fit_text
from journey_designer.layout.geometry import FunnelBand, FunnelLink, FunnelSlot, Rect, TextLine
from journey_designer.layout.labels import format_amount, format_percent
from journey_designer.layout.style import LayoutStyle
from journey_designer.layout.text import TextMeasurer, centred_baseline, wrap_text
from journey_designer.model.entities import JourneyMap

PILL_GAP = 3.0  # between a pill and the bars beside it


@dataclass(frozen=True)
class _Step:
    stage_id: str
    slot: Rect  # x and width only; y and height are the band's
    label: str
    count: str
    amount: str
    ratio: float | None  # count / the largest count
    conversion: str  # "" without a known step before it
    drop_off: str


def has_funnel(journey: JourneyMap) -> bool:
    """A map gets a funnel band when a funnel step has a count or channels have costs."""
    return any(step.count is not None for step in journey.funnel) or bool(journey.channel_costs)


class FunnelBandLayout:
    def __init__(
        self,
        journey: JourneyMap,
        measurer: TextMeasurer,
        style: LayoutStyle,
        labels: Mapping[str, str],
    ) -> None:
        self.journey = journey
        self.measurer = measurer
        self.style = style
        self.labels = labels

    def band(self, top: float, column_x: Mapping[str, float]) -> FunnelBand:
        style = self.style
        steps = self._steps(column_x)
        pad = style.cell_padding
        label_size, count_size = style.funnel_label_size, style.funnel_count_size
        rate_size = style.funnel_rate_size
        spacing = style.line_spacing
        wrapped = [
            wrap_text(step.label, step.slot.width - 2 * pad, label_size, self.measurer)
            for step in steps
        ]
        label_height = max((len(pieces) for pieces in wrapped), default=0) * label_size * spacing
        has_amount = any(step.amount for step in steps)
        count_top = top + pad + label_height
        amount_top = count_top + count_size * spacing
        bar_top = amount_top + (label_size * spacing if has_amount else 0.0) + style.paragraph_gap
        pill_height = style.badge_height
        drop_top = bar_top + pill_height
        any_drop = any(step.drop_off for step in steps)
        slots_bottom = drop_top + (rate_size * spacing if any_drop else 0.0) + pad
        if not steps:
            slots_bottom = top
        pills = [self._pill(step, bar_top, pill_height) for step in steps]
        rooms = [
            self._room(step, pills[i], pills[i + 1] if i + 1 < len(steps) else None)
            for i, step in enumerate(steps)
        ]
        # Every bar is measured against the same width (the narrowest room), so they compare.
        narrowest = min((end - start for start, end in rooms), default=0.0)
        slots: list[FunnelSlot] = []
        links = []
        for index, step in enumerate(steps):
            lines = self._slot_lines(step, wrapped[index], top + pad, count_top, amount_top)
            track, bar = self._bar(step, rooms[index], narrowest, bar_top, pill_height)
            slots.append(FunnelSlot(step.stage_id, step.slot, lines, track, bar))
            pill = pills[index]
            if pill is not None:
                links.append(self._link(step, pill, drop_top))
        header_lines, header_bottom = self._header_lines(top)
        height = max(slots_bottom, header_bottom + pad) - top
        width = style.lane_header_width + sum(s.width for s in self.journey.stages)
        return FunnelBand(
            rect=Rect(0.0, top, width, height),
            header=Rect(0.0, top, style.lane_header_width, height),
            header_lines=header_lines,
            slots=tuple(
                replace(slot, rect=Rect(slot.rect.x, top, slot.rect.width, height))
                for slot in slots
            ),
            links=tuple(links),
        )

    # --- the steps ----------------------------------------------------------------------

    def _steps(self, column_x: Mapping[str, float]) -> list[_Step]:
        from journey_designer.analytics.funnel import analyse_funnel

        report = analyse_funnel(self.journey)
        widths = {stage.id: stage.width for stage in self.journey.stages}
        rows = [row for row in report.rows if row.stage_id in column_x]
        per_stage: dict[str, int] = {}
        for row in rows:
            per_stage[row.stage_id] = per_stage.get(row.stage_id, 0) + 1
        largest = max((row.count for row in rows if row.count is not None), default=0)
        seen: dict[str, int] = {}
        steps = []
        for row in rows:
            share = widths[row.stage_id] / per_stage[row.stage_id]
            index = seen.get(row.stage_id, 0)
            seen[row.stage_id] = index + 1
            ratio = None
            if row.count is not None:
                ratio = row.count / largest if largest > 0 else 0.0
            conversion = drop_off = ""
            if row.conversion is not None:
                conversion = "→ " + format_percent(row.conversion)
                drop = row.drop_off or 0.0
                drop_off = ("−" if drop >= 0 else "+") + format_percent(abs(drop))
            steps.append(
                _Step(
                    stage_id=row.stage_id,
                    slot=Rect(column_x[row.stage_id] + index * share, 0.0, share, 0.0),
                    label=row.label,
                    count="–" if row.count is None else f"{row.count:,}",
                    amount="" if row.amount is None else format_amount(row.amount, row.currency),
                    ratio=ratio,
                    conversion=conversion,
                    drop_off=drop_off,
                )
            )
        return steps

    def _slot_lines(
        self,
        step: _Step,
        label_pieces: list[str],
        label_top: float,
        count_top: float,
        amount_top: float,
    ) -> tuple[TextLine, ...]:
        style = self.style
        x = step.slot.x + style.cell_padding
        room = step.slot.width - 2 * style.cell_padding
        lines = []
        size = style.funnel_label_size
        y = label_top
        for piece in label_pieces:
            lines.append(self._line(piece, x, y, size, "funnel_label"))
            y += size * style.line_spacing
        count = fit_text(step.count, room, style.funnel_count_size, self.measurer)
        lines.append(self._line(count, x, count_top, style.funnel_count_size, "funnel_count"))
        if step.amount:
            amount = fit_text(step.amount, room, size, self.measurer)
            lines.append(self._line(amount, x, amount_top, size, "funnel_label"))
        return tuple(lines)

    def _line(self, text: str, x: float, top: float, size: float, role: str) -> TextLine:
        height = size * self.style.line_spacing
        return TextLine(text, x, centred_baseline(top, height, size, self.measurer), size, role)

    # --- pills and bars -----------------------------------------------------------------

    def _pill(self, step: _Step, bar_top: float, height: float) -> Rect | None:
        if not step.conversion:
            return None
        style = self.style
        width = self.measurer.advance(step.conversion) * style.funnel_rate_size
        width += 2 * style.badge_padding
        return Rect(step.slot.x - width / 2, bar_top, width, height)

    def _bar(
        self,
        step: _Step,
        room: tuple[float, float],
        narrowest: float,
        bar_top: float,
        row_height: float,
    ) -> tuple[Rect, Rect | None]:
        """The step's track, centred in the room its slot leaves between the pills, and its
        bar from the track's left end, as long as the count's share of the largest."""
        height = self.style.funnel_bar_height
        top = bar_top + (row_height - height) / 2
        track = Rect((room[0] + room[1] - narrowest) / 2, top, narrowest, height)
        if step.ratio is None:
            return track, None
        return track, Rect(track.x, top, max(1.0, narrowest * step.ratio), height)

    def _room(self, step: _Step, left: Rect | None, right: Rect | None) -> tuple[float, float]:
        pad = self.style.cell_padding
        start = step.slot.x + pad
        end = step.slot.right - pad
        if left is not None:
            start = max(start, left.right + PILL_GAP)
        if right is not None:
            end = min(end, right.x - PILL_GAP)
        return start, max(start, end)

    def _link(self, step: _Step, pill: Rect, drop_top: float) -> FunnelLink:
        style = self.style
        size = style.funnel_rate_size
        measurer = self.measurer
        rate = TextLine(
            step.conversion,
            pill.x + style.badge_padding,
            centred_baseline(pill.y, pill.height, size, measurer),
            size,
            "funnel_rate",
        )
        drop_width = measurer.advance(step.drop_off) * size
        drop_x = step.slot.x - drop_width / 2
        drop = self._line(step.drop_off, drop_x, drop_top, size, "funnel_drop")
        return FunnelLink(step.stage_id, pill, (rate, drop))

    # --- the band's left part ----------------------------------------------------------

    def _header_lines(self, top: float) -> tuple[tuple[TextLine, ...], float]:
        from journey_designer.analytics.funnel import analyse_funnel
        from journey_designer.analytics.roi import analyse_costs

        style, labels = self.style, self.labels
        x = style.cell_padding
        room = style.lane_header_width - 2 * style.cell_padding
        lines: list[TextLine] = []
        y = top + style.cell_padding
        y = self._wrapped(lines, labels["funnel.title"], x, y, room, style.lane_size, "lane")
        small = style.funnel_label_size
        overall = analyse_funnel(self.journey).overall
        if overall is not None:
            text = labels["funnel.overall"].format(rate=format_percent(overall))
            y = self._wrapped(lines, text, x, y, room, small, "funnel_label")
        if any(step.count is not None for step in self.journey.funnel):
            y = self._wrapped(lines, labels["funnel.legend"], x, y, room, small, "funnel_label")
        roi = analyse_costs(self.journey)
        rows = list(roi.channels)
        if len(roi.channels) > 1:
            rows += list(roi.totals)
        for row in rows:
            if row.roi is None:
                continue
            if row in roi.totals:
                channel = labels["funnel.total"]
            else:
                channel = labels.get(f"channel.{row.channel.strip().lower()}", row.channel)
            rate = format_percent(row.roi).replace("-", "−")
            text = labels["funnel.roi"].format(channel=channel, roi=rate)
            if row.cpa is not None:
                cpa = format_amount(row.cpa, row.currency)
                text += " · " + labels["funnel.cpa"].format(amount=cpa)
            y = self._wrapped(lines, text, x, y, room, small, "funnel_label")
        return tuple(lines), y

    def _wrapped(
        self, lines: list[TextLine], text: str, x: float, y: float, room: float, size: float,
        role: str,
    ) -> float:  # fmt: skip
        for piece in wrap_text(text, room, size, self.measurer):
            lines.append(self._line(piece, x, y, size, role))
            y += size * self.style.line_spacing
        return y
