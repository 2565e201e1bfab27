"""Words from outside app/ui (service errors, validation problems, code-list labels) in the
interface language.

Services speak Vietnamese through `Text` values (app/text.py): a template with its values, or a
label. Here the template is translated through Qt (context "messages", labels "labels"), the
values that are Texts themselves are translated the same way, and then the values are filled in.
With the Vietnamese interface (no catalogue installed) the result is the Vietnamese text itself.
A plain `str` is shown as it is.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.errors import FieldProblem, TiepDanError
from app.text import Counted, Joined, Sentence, Text, fill


def text(value: object) -> str:
    """A service's words in the interface language."""
    if isinstance(value, Joined):
        return text(value.sep).join(text(part) for part in value.parts)
    if isinstance(value, Sentence):
        words = text(value.part)
        return words[:1].upper() + words[1:]
    if isinstance(value, Text):
        n = value.number if isinstance(value, Counted) else -1  # the plural form to use
        template = QCoreApplication.translate(value.context, value.template, None, n)
        # filled even without values, as Text itself does ('{{' in a template is a brace)
        return fill(template, {k: _value(v) for k, v in value.params.items()})
    return "" if value is None else str(value)


def _value(value: Any) -> Any:
    if isinstance(value, Text):
        return text(value)
    return error(value) if isinstance(value, BaseException) else value


def error(exc: BaseException) -> str:
    """What a refused action says to the officer: a TiepDanError's message, or an exception
    whose argument is a Text (the sync, key-file and import refusals), translated."""
    if isinstance(exc, TiepDanError):
        return text(exc.message())
    if exc.args and isinstance(exc.args[0], Text):
        return text(exc.args[0])
    return str(exc)


def problem(p: FieldProblem) -> str:
    return text(p.message)


def problems(items: Iterable[FieldProblem], sep: str = "\n") -> str:
    return sep.join(text(p.message) for p in items)
