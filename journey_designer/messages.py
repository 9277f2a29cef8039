"""Messages for the user from the Qt-free packages, translated by the UI when it shows them.

storage, survey, export and templates cannot call Qt's tr(), so a message they raise or
return is a `Message`: an English template with named fields, marked for pyside6-lupdate
with `QT_TRANSLATE_NOOP("Messages", ...)`:

    raise MapFileError(QT_TRANSLATE_NOOP("Messages", "{path}: no such file"), path=path)

`str()` gives the English text (the CLI and the log show it); the UI's
`ui.messages.user_text` translates the template in the "Messages" context and fills in the
fields, translating fields that are Messages themselves. Numbers and paths are fields;
an English fragment chosen by code (an advice, a reason) is a Message of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

CONTEXT = "Messages"
_FORMAT_FAILURES = (KeyError, IndexError, ValueError, AttributeError, TypeError)
_WHITESPACE = re.compile(r"\s+")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context` (pyside6-lupdate finds this name); `text`."""
    return text


def _english(template: str) -> str:
    return template


@dataclass(frozen=True)
class Message:
    """An English `template` with `{named}` fields; a field may be a Message itself."""

    template: str
    fields: Mapping[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.render()

    def render(self, translate: Callable[[str], str] = _english) -> str:
        """The text with each template passed through `translate` (English by default).

        A translation that lacks or mangles a field falls back to this message's English
        text, so a bad translation never costs the user the message.
        """
        translated = translate(self.template) or self.template
        try:
            return translated.format(**self._values(translate))
        except _FORMAT_FAILURES:
            if translate is _english:
                return self.template  # a broken template (a bug): better than no message
            return self.render()

    def _values(self, translate: Callable[[str], str]) -> dict[str, object]:
        return {
            name: value.render(translate) if isinstance(value, Message) else value
            for name, value in self.fields.items()
        }

    def to_data(self) -> dict[str, Any]:
        """Plain data for JSON (the reading child sends its refusal this way)."""
        return {
            "template": self.template,
            "fields": {
                name: value.to_data() if isinstance(value, Message) else value
                for name, value in self.fields.items()
            },
        }

    @classmethod
    def from_data(cls, data: object) -> Message:
        """The Message `to_data` described; ValueError for anything else."""
        if not isinstance(data, dict) or not isinstance(data.get("template"), str):
            raise ValueError("not a message")
        fields = data.get("fields", {})
        if not isinstance(fields, dict):
            raise ValueError("not a message")
        values: dict[str, object] = {}
        for name, value in fields.items():
            if isinstance(value, dict):
                values[name] = cls.from_data(value)
            elif value is None or isinstance(value, str | int | float):
                values[name] = value
            else:
                raise ValueError("not a message")
        return cls(data["template"], values)

    def one_line(self) -> Message:
        """The same message with each run of whitespace in its text fields made one space."""
        return Message(self.template, {name: _one_line(v) for name, v in self.fields.items()})


def _one_line(value: object) -> object:
    if isinstance(value, Message):
        return value.one_line()
    return _WHITESPACE.sub(" ", value) if isinstance(value, str) else value


def message(template: str, **fields: object) -> Message:
    """`Message(template, fields)`; mark the template with QT_TRANSLATE_NOOP."""
    return Message(template, fields)


class UserError(Exception):
    """An error a user can cause and act on, with its `message` for the UI to translate.

    Built from a template and its fields, or from a Message; `str(error)` (and `args[0]`)
    is the English text. Subclasses may also derive from OSError, ValueError, LookupError.
    """

    message: Message

    def __init__(self, template: str | Message, /, **fields: object) -> None:
        if isinstance(template, Message) and fields:
            raise TypeError("give a Message or a template with fields, not both")
        said = template if isinstance(template, Message) else Message(template, fields)
        super().__init__(str(said))
        self.message = said

    def __str__(self) -> str:
        return str(self.message)

    def __reduce__(self) -> tuple[Any, ...]:
        # Exceptions pickle and copy as `type(*args)`: args[0] is the English text, so
        # rebuild from the message instead (subclasses may take other arguments).
        return _rebuilt, (type(self), self.message, self.__dict__)


def _rebuilt(kind: type[UserError], said: Message, state: dict[str, Any]) -> UserError:
    error = kind.__new__(kind)
    UserError.__init__(error, said)
    error.__dict__.update(state)
    return error
