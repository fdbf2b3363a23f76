"""Problems found in a pack, as ``file:line: field: what is wrong``."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.phrase import Phrase, phrase
from app.packs.names import printable


@dataclass(frozen=True)
class Problem:
    file: str  # path inside the pack ("pack.toml"), or the archive entry
    line: int | None
    field: str  # dotted path such as "course[1].lesson[3].text"; "" for the file itself
    message: str

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
