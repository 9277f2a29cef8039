"""Card edits of the canvas and the cards' clipboard format (no Qt): exact inverses."""

from __future__ import annotations

import json

import pytest
from edit_checks import apply_and_undo
from map_factory import generated_map

from journey_designer.model import (
    Card,
    JourneyMap,
    Lane,
    LaneKind,
    Metric,
    MetricKind,
    Provenance,
    Stage,
    card_ops,
    clipboard_ops,
)
from journey_designer.model.clipboard_ops import ClipboardFormatError
from journey_designer.model.operations import EditError, remove_cards


def cell_titles(journey: JourneyMap, lane_id: str, stage_id: str) -> list[str]:
    return [c.title for c in journey.cell_cards(lane_id, stage_id)]


def small_map() -> JourneyMap:
    journey = JourneyMap(id="m", title="t")
    journey.stages += [Stage(id="s1", name="One"), Stage(id="s2", name="Two")]
    journey.lanes += [
        Lane(id="ln-a", kind=LaneKind.ACTIONS, title="Actions"),
        Lane(id="ln-e", kind=LaneKind.EMOTION_CURVE, title="Emotion"),
        Lane(id="ln-p", kind=LaneKind.PAIN_POINTS, title="Pains"),
    ]
    for i, title in enumerate(("A", "B", "C")):
        journey.cards.append(Card(id=f"c{i}", lane_id="ln-a", stage_id="s1", order=i, title=title))
    journey.cards.append(Card(id="p0", lane_id="ln-p", stage_id="s2", title="Pain", votes=3))
    return journey


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Title", ("Title", "")),
        ("  Title \nline one\nline two\n\n", ("Title", "line one\nline two")),
        ("结账太慢\n需要注册账号", ("结账太慢", "需要注册账号")),
        ("\n\n", ("", "")),
    ],
)
def test_typed_text_is_a_title_line_and_the_text(typed: str, expected: tuple[str, str]) -> None:
    assert card_ops.split_typed_text(typed) == expected


def test_a_typed_card_goes_into_its_cell_at_its_position() -> None:
    journey = small_map()
    operation, card_id = card_ops.add_typed_card(journey, ("ln-a", "s1"), 1, "新卡片\n细节")
    apply_and_undo(journey, operation)
    assert cell_titles(journey, "ln-a", "s1") == ["A", "新卡片", "B", "C"]
    assert journey.card(card_id).text == "细节"
    assert card_id.startswith("card-")


def test_editing_text_changes_only_what_changed() -> None:
    journey = small_map()
    assert card_ops.edit_card_text(journey, "c0", "A") is None
    operation = card_ops.edit_card_text(journey, "c0", "A\nmore")
    assert operation is not None
    apply_and_undo(journey, operation)
    assert journey.card("c0").text == "more"


def test_duplicates_follow_their_originals_without_votes() -> None:
    journey = small_map()
    operation, new_ids = card_ops.duplicate_cards(journey, ["p0", "c0", "c2"])
    apply_and_undo(journey, operation)
    assert cell_titles(journey, "ln-a", "s1") == ["A", "A", "B", "C", "C"]
    assert [journey.card(i).title for i in new_ids] == ["A", "C", "Pain"]  # reading order
    assert journey.card(new_ids[2]).votes == 0


def test_the_clipboard_json_round_trip_keeps_content() -> None:
    journey = generated_map(3)
    ids = [c.id for c in journey.cards[:5]]
    clips = clipboard_ops.clip_from_json(
        clipboard_ops.clip_to_json(clipboard_ops.clip_cards(journey, ids))
    )
    assert len(clips) == 5
    for clip, card in zip(clips, card_ops.ordered_cards(journey, ids), strict=True):
        assert clip.content == card.model_dump(
            mode="json", exclude={"id", "lane_id", "stage_id", "order"}
        )
        assert clip.lane_id == card.lane_id


def test_pasting_into_another_map_uses_lane_kind_and_stage_index() -> None:
    source = small_map()
    target = JourneyMap(id="other", title="t")
    target.stages += [Stage(id="x1", name="X")]
    target.lanes += [
        Lane(id="l-act", kind=LaneKind.ACTIONS, title="Do"),
        Lane(id="l-pain", kind=LaneKind.PAIN_POINTS, title="Hurts"),
    ]
    clips = clipboard_ops.clip_cards(source, ["c1", "p0"])
    operation, new_ids = clipboard_ops.paste_cards(target, clips)
    apply_and_undo(target, operation)
    assert [target.card(i).lane_id for i in new_ids] == ["l-act", "l-pain"]
    assert all(target.card(i).stage_id == "x1" for i in new_ids)  # stage index 1 clamped
    assert target.card(new_ids[1]).votes == 3 and target.card(new_ids[1]).title == "Pain"


def test_pasting_into_a_cell_puts_all_cards_there_and_renumbers() -> None:
    journey = small_map()
    clips = clipboard_ops.clip_cards(journey, ["c2", "c0"])
    operation, new_ids = clipboard_ops.paste_cards(journey, clips, ("ln-p", "s2"), 0)
    apply_and_undo(journey, operation)
    assert cell_titles(journey, "ln-p", "s2") == ["A", "C", "Pain"]
    assert not set(new_ids) & {"c0", "c2"}


def test_pasting_into_the_same_map_goes_back_to_the_cards_cell() -> None:
    journey = small_map()
    operation, new_ids = clipboard_ops.paste_cards(
        journey, clipboard_ops.clip_cards(journey, ["p0"])
    )
    apply_and_undo(journey, operation)
    assert journey.card(new_ids[0]).lane_id == "ln-p"


def test_metrics_from_a_survey_the_map_lacks_become_manual() -> None:
    journey = small_map()
    measured = Metric(
        kind=MetricKind.NPS, value=12, provenance=Provenance(kind="survey", source_id="src-x")
    )
    clip = clipboard_ops.ClippedCard(
        {"title": "NPS", "metrics": [measured.model_dump(mode="json")]}, LaneKind.METRICS, "", "", 0
    )
    operation, new_ids = clipboard_ops.paste_cards(journey, [clip])
    apply_and_undo(journey, operation)
    assert journey.card(new_ids[0]).metrics[0].provenance.kind == "manual"


def test_a_map_without_card_lanes_refuses_a_paste() -> None:
    journey = JourneyMap(id="m", title="")
    with pytest.raises(EditError):
        clipboard_ops.paste_cards(journey, clipboard_ops.clips_from_plain_text("one"))


@pytest.mark.parametrize(
    "data",
    [
        "not json",
        json.dumps({"format": "other", "version": 1, "cards": []}),
        json.dumps({"format": clipboard_ops.CLIP_FORMAT, "version": 1, "cards": [{"card": {}}]}),
        json.dumps(
            {
                "format": clipboard_ops.CLIP_FORMAT,
                "version": 1,
                "cards": [
                    {
                        "lane_kind": "actions",
                        "lane_id": "l",
                        "stage_id": "s",
                        "stage_index": 0,
                        "card": {"title": "x", "severity": "apocalyptic"},
                    }
                ],
            }
        ),
    ],
)
def test_foreign_or_broken_clipboard_data_is_refused(data: str) -> None:
    with pytest.raises(ClipboardFormatError):
        clipboard_ops.clip_from_json(data)


def test_plain_text_round_trip() -> None:
    journey = small_map()
    text = clipboard_ops.clip_to_plain_text(clipboard_ops.clip_cards(journey, ["c0", "p0"]))
    assert text == "A\n\nPain\n"
    clips = clipboard_ops.clips_from_plain_text(text)
    assert [c.content["title"] for c in clips] == ["A", "Pain"]


def test_plain_text_lines_and_paragraphs_become_cards() -> None:
    lines = clipboard_ops.clips_from_plain_text("- 排队太久\n• 价格不清楚\r\n3. No parking\n\n")
    assert [c.content["title"] for c in lines] == ["排队太久", "价格不清楚", "No parking"]
    paragraphs = clipboard_ops.clips_from_plain_text("Title one\nbody one\n\nTitle two")
    assert [(c.content["title"], c.content["text"]) for c in paragraphs] == [
        ("Title one", "body one"),
        ("Title two", ""),
    ]
    assert clipboard_ops.clips_from_plain_text("  \n ") == []


def test_card_lanes_skip_the_emotion_lane_and_hidden_lanes() -> None:
    journey = small_map()
    journey.lanes[2] = journey.lanes[2].model_copy(update={"visible": False})
    assert [lane.id for lane in card_ops.card_lanes(journey)] == ["ln-a"]


def test_cards_of_several_lanes_pasted_into_a_cell_keep_their_lanes_and_spread() -> None:
    journey = small_map()
    clips = clipboard_ops.clip_cards(journey, ["c0", "p0"])  # actions in s1, pain point in s2
    operation, new_ids = clipboard_ops.paste_cards(journey, clips, ("ln-a", "s2"), 0)
    apply_and_undo(journey, operation)
    first, second = (journey.card(i) for i in new_ids)
    assert (first.lane_id, first.stage_id, first.order) == ("ln-a", "s2", 0)
    assert (second.lane_id, second.stage_id) == ("ln-p", "s2")  # stage s3 does not exist


def test_deleting_many_cards_is_one_exact_step_with_their_pinned_points() -> None:
    journey = generated_map(4, cards_per_cell=3)
    doomed = [c.id for c in journey.cards[::3]]
    curve = journey.emotion_curves[0]
    pinned = curve.points[0].model_copy(update={"card_id": doomed[0]})
    journey.emotion_curves[0] = curve.model_copy(update={"points": [pinned, *curve.points[1:]]})
    apply_and_undo(journey, remove_cards(journey, doomed))  # ends deleted
    assert not set(doomed) & {c.id for c in journey.cards}
    assert all(p.card_id is None for p in journey.emotion_curves[0].points)


def test_deleting_a_missing_card_is_refused() -> None:
    with pytest.raises(EditError):
        remove_cards(small_map(), ["nope"]).apply(small_map())
