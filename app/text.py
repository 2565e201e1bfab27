"""Words the user sees that come from outside app/ui, kept translatable.

Services, the law module and storage speak Vietnamese: the CLI prints their words and printed
forms use them unchanged. To let the GUI show the same words in English, every such message is
a *template with values* and every word from a code list is a *label*:

    Text("Ngày {date} đã có trong lịch ({name}).", date=day, name=entry.name)
    CATEGORY = labels({"KN": "Khiếu nại", ...})      # each value becomes a Label

A message about a number of things is a `Counted` (its `n` picks English "1 error" or
"2 errors"). A `Text` *is* a `str` (its Vietnamese rendering, so `print`, f-strings, comparisons and JSON see
exactly the old text) that also keeps its template and values. The GUI (app/ui/messages.py)
translates the template through Qt — context "messages" for a Text, "labels" for a Label — and
fills in the values, translating those that are Texts themselves (a category inside a message).
`Joined` keeps a list of Texts and its separator, `Sentence` a Text that begins a sentence
(upper-cased first letter): both are translated part by part. Never flatten a Text with `+`,
`.format`, `.lower()` or `str()` on its way to the GUI: make the whole message a Text instead.

`python -m app.ui.translations update` collects every literal passed to `Text(...)`,
`Label(...)` and `labels({...})` outside app/ui, plus the error templates of app/errors.py
(`MESSAGES`), into the English catalogue; tests/ui/test_i18n.py checks each has a translation
and that no call passes a template the collector cannot read.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar, cast

K = TypeVar("K")


def fill(template: str, params: Mapping[str, Any]) -> str:
    """`template.format(**params)`; the bare template when a value is missing (never fails)."""
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


class Text(str):
    """A Vietnamese message rendered from `template` and `params`, translatable by the GUI."""

    context = "messages"
    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Text:
        self = super().__new__(cls, fill(template, params))
        self.template = template
        self.params = params
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # pickles and copies keep the template
        return (_rebuild, (type(self), self.template, self.params))


class Counted(Text):
    """A message about `n` things ("{n} lỗi"): the GUI picks the singular or plural form of
    the translation for `n` (Qt's numerus forms); Vietnamese has one form."""

    def __new__(cls, template: str, /, *, n: int, **params: Any) -> Counted:
        return cast(Counted, super().__new__(cls, template, n=n, **params))

    @property
    def number(self) -> int:  # (not `count`: that is str.count)
        return int(self.params["n"])


class Label(Text):
    """A word from a code list (a category, a state, 'Nặc danh'): context "labels"."""

    context = "labels"

    def __new__(cls, word: str, /) -> Label:
        return cast(Label, super().__new__(cls, word))


class Joined(Text):
    """Texts joined by a separator (a list of problems, of roles): each part is translated."""

    context = ""
    parts: tuple[str, ...]
    sep: str  # a Label when it is a word (" hoặc ")

    def __new__(cls, parts: Iterable[str], sep: str = ", ") -> Joined:
        items = tuple(parts)
        self = cast(Joined, super().__new__(cls, sep.join(items)))
        self.parts = items
        self.sep = sep
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Joined, (self.parts, self.sep))


class Sentence(Text):
    """Words that begin a sentence ("Ô trống." after a column name): shown with the first
    letter upper-cased, in whichever language the part is shown."""

    context = ""
    part: str

    def __new__(cls, part: str) -> Sentence:
        self = str.__new__(cls, part[:1].upper() + part[1:])
        self.template, self.params, self.part = str(self), {}, part
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Sentence, (self.part,))


def _rebuild(cls: type[Text], template: str, params: dict[str, Any]) -> Text:
    return cls(template, **params)


def said(exc: BaseException) -> str:
    """An exception's words for a message value: its Text when it was raised with one (so the
    GUI can translate it), else `str(exc)`."""
    return exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], Text) else str(exc)


def labels(table: Mapping[K, str]) -> dict[K, Label]:
    """A code list's words, each marked as a Label (the collector reads the literal values)."""
    return {code: Label(word) for code, word in table.items()}
