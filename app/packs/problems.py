"""Problems found in a pack, as ``file:line: field: what is wrong``."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, dataclass, field
from typing import Callable

from app.core.phrase import Phrase, phrase
from app.packs.names import printable


_set = object.__setattr__  # (the record is immutable: its own __setattr__ refuses)


class Problem:
    """``file:line: field: message``. ``file``: path inside the pack ("pack.toml") or the archive entry;
    ``field``: a dotted path such as "course[1].lesson[3].text", "" for the file itself.

    Immutable, compared and hashed by its four values, like the frozen record it replaces. The line of a
    problem found in a parsed file may be located only when it is first read (:meth:`located`): a 10 MB
    bank loaded at start-up has a warning for each of its 85,000 questions that nobody may ever look at,
    and finding their lines in the TOML text would cost most of a second."""

    __slots__ = ("file", "_line", "field", "message")

    def __init__(self, file: str, line: int | None, field: str, message: str):
        _set(self, "file", file)
        _set(self, "_line", line)
        _set(self, "field", field)
        _set(self, "message", message)

    @classmethod
    def located(cls, file: str, locate: Callable[[], int | None], field: str, message: str) -> Problem:
        """A problem whose line ``locate()`` finds when the line is first asked for."""
        return cls(file, _Pending(locate), field, message)

    @property
    def line(self) -> int | None:
        line = self._line
        if type(line) is _Pending:
            line = line.locate()
            _set(self, "_line", line)
        return line

    def __setattr__(self, name, value):
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    __delattr__ = __setattr__

    def _values(self) -> tuple:
        return self.file, self.line, self.field, self.message

    def __eq__(self, other):
        return self._values() == other._values() if type(other) is Problem else NotImplemented

    def __hash__(self):
        return hash(self._values())

    def __repr__(self) -> str:
        return (f"Problem(file={self.file!r}, line={self.line!r}, field={self.field!r}, "
                f"message={self.message!r})")

    def __reduce__(self):
        return Problem, self._values()

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        text = f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        return printable(text)  # names come from untrusted files: never echo a control character raw

    def said(self) -> str:
        """As ``str()``, but a phrase: the message stays translatable."""
        where = printable(f"{self.file}:{self.line}" if self.line else self.file)
        message = self.message if isinstance(self.message, Phrase) else printable(self.message)
        if self.field:
            return phrase("{where}: {field}: {message}", where=where, field=printable(self.field), message=message)
        return phrase("{where}: {message}", where=where, message=message)


@dataclass
class Report:
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def lines(self) -> list[str]:
        return ([phrase("ошибка: {problem}", problem=p.said()) for p in self.errors]
                + [phrase("предупреждение: {problem}", problem=p.said()) for p in self.warnings])


class _Pending:
    """A line not located yet: the function that finds it."""

    __slots__ = ("locate",)

    def __init__(self, locate: Callable[[], int | None]):
        self.locate = locate


class PackError(Exception):
    """A pack cannot be loaded, built or installed; ``problems`` says why."""

    def __init__(self, problems: list[Problem] | Problem | str, warnings: list[Problem] | None = None):
        if isinstance(problems, str):
            problems = [Problem("", None, "", problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        self.warnings: list[Problem] = list(warnings or [])
        shown = "\n".join(str(p) for p in self.problems[:20])
        more = f"\n… и ещё {len(self.problems) - 20}" if len(self.problems) > 20 else ""
        super().__init__(shown + more)


class NotNewerError(PackError):
    """The same or a newer version of the pack is already installed (``--force`` installs anyway)."""
