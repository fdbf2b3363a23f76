"""Texts the core hands to people, in Russian and translatable.

The core speaks Russian: the command line prints its texts as they are. Each such text is
marked with :func:`phrase`, which returns a :class:`Phrase` — a ``str`` holding the Russian
wording that also remembers its template and arguments, so the interface can say it in
another language. The Russian template is the message id (as in gettext); the English
catalogue is ``app/assets/i18n/core_en.po``, and a test fails on a marked template it lacks.

Numbers are arguments, not part of the text, so each language writes them its own way:
Russian with a decimal comma and a no-break space before «%».
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable

Lookup = Callable[[str], "str | None"]  # a template → its translation, None when there is none

_NBSP = "\u00a0"


class _Formatter(string.Formatter):
    def __init__(self, lookup: Lookup | None):
        super().__init__()
        self.lookup = lookup

    def format_field(self, value, format_spec: str) -> str:
        if isinstance(value, Phrase):
            return format(value.render(self.lookup), format_spec)
        text = super().format_field(value, format_spec)
        if self.lookup is None and isinstance(value, float):
            text = text.replace(".", ",")
            if format_spec.endswith("%"):
                text = text[:-1].rstrip() + _NBSP + "%"
        return text


class Phrase(str):
    """Russian wording (the ``str`` value) plus the template and arguments it was made from."""

    template: str
    args: dict

    def __new__(cls, template: str, /, **args) -> Phrase:
        self = super().__new__(cls, _Formatter(None).vformat(template, (), args) if args else template)
        self.template = template
        self.args = args
        return self

    def render(self, lookup: Lookup | None = None) -> str:
        """The text in the language of ``lookup`` (Russian without one); untranslated templates stay Russian."""
        template = (lookup(self.template) if lookup is not None else None) or self.template
        return _Formatter(lookup).vformat(template, (), self.args) if self.args else template

    def __reduce__(self):  # pickled across the grammar engine's process boundary, and by tests
        return (_rebuild, (type(self), self.template, self.args))


class Joined(Phrase):
    """Phrases (or plain strings) joined by a separator, each translated on its own.

    As a ``sentence`` the first letter is made a capital and a full stop ends it.
    """

    def __new__(cls, separator: str, parts: Iterable[str], sentence: bool = False) -> Joined:
        parts = tuple(parts)
        self = str.__new__(cls, _finish(separator.join(parts), sentence))
        self.template, self.args, self.sentence = separator, {"parts": parts}, sentence
        return self

    def render(self, lookup: Lookup | None = None) -> str:
        text = self.template.join(p.render(lookup) if isinstance(p, Phrase) else p for p in self.args["parts"])
        return _finish(text, self.sentence)

    def __reduce__(self):
        return (Joined, (self.template, self.args["parts"], self.sentence))


def _finish(text: str, sentence: bool) -> str:
    return text[:1].upper() + text[1:] + "." if sentence and text else text


def reason_of(exc: BaseException) -> str:
    """An exception's message, still a phrase when it was raised with one (``str(exc)`` is plain)."""
    return exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], Phrase) else str(exc)


def _rebuild(cls, template, args):
    return cls(template, **args)


def phrase(template: str, /, **args) -> Phrase:
    """Mark a Russian text for translation: ``phrase("Балл {total} ниже порога {need:g}.", total=…, need=…)``."""
    return Phrase(template, **args)


def joined(separator: str, parts: Iterable[str]) -> Phrase:
    return Joined(separator, parts)


def sentence(parts: Iterable[str], separator: str = "; ") -> Phrase:
    """Parts joined into one sentence: «Грубость: …; эмодзи: 2.» (each part translated on its own)."""
    return Joined(separator, parts, sentence=True)
