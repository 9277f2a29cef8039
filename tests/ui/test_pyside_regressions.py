"""PySide6 regressions that would take the whole app down."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QGraphicsRectItem


def test_void_calls_keep_the_refcount_of_none(qapp: QApplication) -> None:
    # PySide6 6.12.0 drops one reference to None per call of a void method; the count
    # reaches zero and CPython aborts the process (none_dealloc). Pinned to < 6.12.
    item = QGraphicsRectItem(0.0, 0.0, 10.0, 10.0)
    before = sys.getrefcount(None)
    for i in range(1000):
        item.setPos(float(i), 0.0)
    delta = sys.getrefcount(None) - before
    assert abs(delta) < 100, f"None lost {-delta} references in 1,000 setPos calls"
