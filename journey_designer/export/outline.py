"""The map as an outline, in Markdown or plain text: the content of the PDF, in reading order.

Title and facts, the personas (goals, needs, frustrations, quote), then stage by stage each
visible lane's cards (title, text, badges, metrics) and the emotion values of that stage.
User text is written literally: Markdown gets backslash escapes (so `<b>`, `*` or `R&D`
show as typed), plain text gets nothing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Mapping
from pathlib import Path

from journey_designer.export.document import document_info
from journey_designer.export.options import ExportOptions
from journey_designer.export.words import layout_labels, words
from journey_designer.layout.labels import format_metric, format_number
from journey_designer.model.entities import (
    Card,
    CurveVariant,
    EmotionCurve,
    EmotionPoint,
    JourneyMap,
    LaneKind,
    Metric,
)

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_MD_ENTITY = re.compile(r"&(?=#?\w+;)")
_MD_LINE_START = re.compile(r"^(\s*)([#>+=\-]|\d+(?=[.)]))")


def md_escape(text: str) -> str:
    """One line of user text, escaped so that Markdown shows it exactly as typed."""
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = _MD_ENTITY.sub(r"\\&", text)
    return _MD_LINE_START.sub(_escape_line_start, text)


def _escape_line_start(match: re.Match[str]) -> str:
    indent, marker = match.group(1), match.group(2)
    if marker[0].isdigit():  # "1. item": the dot is escaped, a digit cannot be
        return indent + marker + "\\"
    return indent + "\\" + marker


class _Writer:
    """Headings, paragraphs and bullets; Markdown or plain text."""

    def __init__(self, markdown: bool, colon: str = ": ") -> None:
        self.markdown = markdown
        self.colon = colon
        self.lines: list[str] = []

    def _text(self, text: str) -> list[str]:
        pieces = text.strip("\n").split("\n") or [""]
        return [md_escape(p) for p in pieces] if self.markdown else pieces

    def heading(self, level: int, text: str, prefix: str = "") -> None:
        line = prefix + " ".join(p.strip() for p in self._text(text))
        if self.lines and self.lines[-1] != "":
            self.lines.append("")
        if self.markdown:
            self.lines.append("#" * level + " " + line)
        else:
            self.lines.append(line)
            if level <= 2:
                self.lines.append(("=" if level == 1 else "-") * max(4, _width(line)))
        self.lines.append("")

    def paragraph(self, text: str, label: str = "") -> None:
        pieces = self._text(text)
        if label:
            head = f"**{md_escape(label)}**{self.colon}" if self.markdown else label + self.colon
            pieces[0] = head + pieces[0]
        joiner = "  \n" if self.markdown else "\n"
        self.lines.append(joiner.join(pieces))
        self.lines.append("")

    def label(self, text: str) -> None:
        """A line that introduces a list: **Goals** or `Goals:`."""
        self.lines.append(f"**{md_escape(text)}**" if self.markdown else text + self.colon.strip())

    def bullet(self, text: str, depth: int = 0, strong: str = "") -> None:
        indent = "  " * depth
        marker = "- " if self.markdown else "• " if depth == 0 else "– "
        pieces = self._text(text) if text else []
        if strong:
            head = f"**{md_escape(strong)}**" if self.markdown else strong
            # "Is it worth it? It costs…", not "Is it worth it?: It costs…"
            joiner = " " if strong.rstrip()[-1:] in "?!.:;？！。：；…" else self.colon
            pieces = [head + (joiner + pieces[0] if pieces else ""), *pieces[1:]]
        if not pieces:
            return
        hang = indent + " " * len(marker)
        joiner = "  \n" + hang if self.markdown else "\n" + hang
        self.lines.append(indent + marker + joiner.join(pieces))

    def end_list(self) -> None:
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def result(self) -> str:
        while self.lines and self.lines[-1] == "":
            self.lines.pop()
        return "\n".join(self.lines) + "\n"


def _width(line: str) -> int:
    return sum(2 if ord(char) > 0x2E80 else 1 for char in line)


def outline_markdown(journey: JourneyMap, options: ExportOptions | None = None) -> str:
    return _outline(journey, options or ExportOptions(), markdown=True)


def outline_text(journey: JourneyMap, options: ExportOptions | None = None) -> str:
    return _outline(journey, options or ExportOptions(), markdown=False)


def export_outline(journey: JourneyMap, path: Path, options: ExportOptions | None = None) -> None:
    """`.md` gets Markdown, any other name plain text; written atomically (UTF-8)."""
    from journey_designer.storage.jsonfile import write_atomically

    markdown = path.suffix.lower() in (".md", ".markdown")
    text = _outline(journey, options or ExportOptions(), markdown=markdown)
    write_atomically(path, text.encode("utf-8"))


def _outline(journey: JourneyMap, options: ExportOptions, markdown: bool) -> str:
    info = document_info(journey, options)
    said = words(info.language)
    labels = layout_labels(info.language)
    out = _Writer(markdown, said["colon"])
    out.heading(1, info.title)
    for key, value in (("client", info.client), ("author", info.author), ("date", info.date)):
        if value:
            out.bullet(value, strong=said[key])
    out.end_list()
    if journey.description:
        out.paragraph(journey.description)
    _personas(out, journey, said)
    cells: dict[tuple[str, str], list[Card]] = defaultdict(list)
    for card in journey.cards:
        cells[(card.lane_id, card.stage_id)].append(card)
    lanes = [lane for lane in journey.lanes if lane.visible]
    has_emotion_lane = any(lane.kind is LaneKind.EMOTION_CURVE for lane in lanes)
    for number, stage in enumerate(journey.stages, start=1):
        out.heading(2, stage.name, prefix=f"{number}. ")
        if stage.goal:
            out.paragraph(stage.goal, label=said["outline_stage_goal"])
        if stage.description:
            out.paragraph(stage.description)
        for lane in lanes:
            if lane.kind is LaneKind.EMOTION_CURVE:
                emotions = list(_emotion_lines(journey, stage.id, labels, said["colon"]))
                if emotions:
                    out.heading(3, lane.title or said["lane.emotion_curve"])
                    for line in emotions:
                        out.bullet(line)
                    out.end_list()
                continue
            cards = sorted(cells.get((lane.id, stage.id), []), key=lambda c: c.order)
            cards = [c for c in cards if c.title or c.text or c.metrics]
            if not cards:
                continue
            out.heading(3, lane.title or said[f"lane.{lane.kind.value}"])
            for card in cards:
                _card(out, card, labels)
            out.end_list()
        if not has_emotion_lane:
            emotions = list(_emotion_lines(journey, stage.id, labels, said["colon"]))
            if emotions:
                out.heading(3, said["outline_emotion"])
                for line in emotions:
                    out.bullet(line)
                out.end_list()
    _funnel(out, journey, labels)
    return out.result()


def _funnel(out: _Writer, journey: JourneyMap, labels: Mapping[str, str]) -> None:
    """The funnel band's content: each step with its conversion, then ROI per channel."""
    if not journey.funnel and not journey.channel_costs:
        return
    from journey_designer.analytics.funnel import analyse_funnel
    from journey_designer.analytics.roi import analyse_costs
    from journey_designer.layout.labels import format_percent, format_signed_percent

    funnel = analyse_funnel(journey)
    out.heading(2, labels["funnel.title"])
    for row in funnel.rows:
        figures = [format_number(row.count) if row.count is not None else "–"]
        if row.amount is not None:
            figures.append(f"{format_number(row.amount)} {row.currency}".strip())
        if row.conversion is not None and row.drop_off is not None:
            figures.append(f"→ {format_percent(row.conversion)} · −{format_percent(row.drop_off)}")
        out.bullet(" · ".join(figures), strong=f"{row.stage} — {row.label}")
    if funnel.overall is not None:
        out.bullet(labels["funnel.overall"].format(rate=format_percent(funnel.overall)))
    costs = analyse_costs(journey)
    for channel in (*costs.channels, *costs.totals):
        name = labels["funnel.total"] if channel in costs.totals else channel.channel
        roi = format_signed_percent(channel.roi) if channel.roi is not None else "–"
        line = labels["funnel.roi"].format(channel=name, roi=roi)
        if channel.cpa is not None:
            cpa = f"{format_number(round(channel.cpa, 2))} {channel.currency}".strip()
            line += " · " + labels["funnel.cpa"].format(amount=cpa)
        out.bullet(line)
    out.end_list()


def _personas(out: _Writer, journey: JourneyMap, said: Mapping[str, str]) -> None:
    if not journey.personas:
        return
    out.heading(2, said["personas"])  # funnel and ROI follow the stages (see _funnel)
    for persona in journey.personas:
        out.heading(3, f"{persona.name} — {persona.role}" if persona.role else persona.name)
        if persona.description:
            out.paragraph(persona.description)
        for key, items in (
            ("goals", persona.goals),
            ("needs", persona.needs),
            ("frustrations", persona.frustrations),
        ):
            if items:
                out.label(said[key])
                for item in items:
                    out.bullet(item)
                out.end_list()
        if persona.quote:
            out.paragraph(persona.quote, label=said["outline_quote"])


def _card(out: _Writer, card: Card, labels: Mapping[str, str]) -> None:
    title = card.title.replace("\n", " ")
    if title:
        out.bullet(card.text, strong=title)
    else:
        out.bullet(card.text)
    badges = []
    if card.channel is not None:
        badges.append(labels.get(f"channel.{card.channel.name}", card.channel.name))
    if card.severity is not None:
        badges.append(labels[f"severity.{card.severity.value}"])
    if card.priority is not None:
        badges.append(labels[f"priority.{card.priority.value}"])
    if card.owner:
        badges.append(card.owner)
    if card.department:
        badges.append(card.department)
    if badges:
        out.bullet(" · ".join(badges), depth=1)
    for metric in card.metrics:
        out.bullet(metric_line(metric, labels), depth=1)
    _marketing(out, card, labels)


def _marketing(out: _Writer, card: Card, labels: Mapping[str, str]) -> None:
    """A rule's wording and badges, an A/B test's rates and verdict, a content link: the
    lines the card shows on the map."""
    if card.rule is not None:
        from journey_designer.layout.marketing import rule_badges, rule_text

        text = rule_text(card.rule, labels)
        out.bullet(text.headline, depth=1)
        for line in text.details:
            out.bullet(line, depth=1)
        badges = [badge_text for _kind, _key, badge_text in rule_badges(card.rule, labels)]
        if card.rule.personal_data:
            badges.append(", ".join(card.rule.personal_data))
        if badges:
            out.bullet(" · ".join(badges), depth=1)
    if card.ab_test is not None and card.ab_test.variants:
        from journey_designer.layout.marketing import ab_text

        result = ab_text(card.ab_test, labels)
        out.bullet(f"{result.rates} — {result.verdict}", depth=1)
    if card.link:
        out.bullet(card.link, depth=1)


def metric_line(metric: Metric, labels: Mapping[str, str]) -> str:
    """`Satisfaction 3.5 · n=40 (95% CI 3.1–3.9)`."""
    text = format_metric(metric, labels)
    if metric.ci_low is not None and metric.ci_high is not None:
        text += f" (95% CI {format_number(metric.ci_low)}–{format_number(metric.ci_high)})"
    return text


def curve_name(journey: JourneyMap, curve: EmotionCurve, labels: Mapping[str, str]) -> str:
    try:
        persona = journey.persona(curve.persona_id).name
    except KeyError:
        persona = curve.persona_id
    if curve.source_id is not None:
        variant = labels["curve.measured"]
    else:
        variant = labels["curve.to_be" if curve.variant is CurveVariant.TO_BE else "curve.as_is"]
    return f"{persona} · {variant}"


def _emotion_lines(
    journey: JourneyMap, stage_id: str, labels: Mapping[str, str], colon: str = ": "
) -> Iterator[str]:
    for curve in journey.emotion_curves:
        points = [p for p in curve.points if p.stage_id == stage_id]
        if points:
            signed = journey.emotion_scale.min < 0
            values = "; ".join(_point_text(p, signed) for p in points)
            yield f"{curve_name(journey, curve, labels)}{colon}{values}"


def _point_text(point: EmotionPoint, signed: bool) -> str:
    text = format_number(point.value)
    if signed and point.value > 0:
        text = "+" + text
    if point.label:
        text += f" ({point.label.replace(chr(10), ' ')})"
    if point.n is not None:
        text += f" · n={format_number(point.n)}"
    return text
