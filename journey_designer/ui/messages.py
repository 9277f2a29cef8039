"""The Qt-free packages' messages in the UI's language (see journey_designer/messages.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journey_designer.messages import CONTEXT, Message, UserError


def user_text(value: BaseException | Message | str) -> str:
    """What to show the user: a UserError's or Message's template translated in the
    "Messages" context and filled in (Message fields translated too; a translation that
    lacks or mangles a field gives the English text); anything else as `str(value)`."""
    said = value.message if isinstance(value, UserError) else value
    if isinstance(said, Message):
        return said.render(_translate)
    return str(said)


def _translate(template: str) -> str:
    return QCoreApplication.translate(CONTEXT, template)
