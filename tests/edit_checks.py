"""The check every edit-operation test shares: the map stays sound, undo restores it exactly,
and redo gives the edited map again (which is where it is left)."""

from __future__ import annotations

from journey_designer.model import JourneyMap, Operation, find_problems


def apply_and_undo(journey: JourneyMap, operation: Operation) -> None:
    before = journey.model_dump()
    inverse = operation.apply(journey)
    assert find_problems(journey) == []
    after = journey.model_dump()
    redo = inverse.apply(journey)
    assert journey.model_dump() == before
    redo.apply(journey)
    assert journey.model_dump() == after
