"""One row per candidate for a training department, merged from many files."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

FIGURES = ("best_timed_cpm", "typing_accuracy", "grammar_score", "correspondence_score", "quiz_score")
COLUMNS = ("name", *FIGURES, "attempts", "flagged", "sources")
HEADINGS = ("Кандидат", "Лучший тест, зн/мин", "Точность набора, %", "Грамматика, балл",
            "Переписка, балл", "Тесты, балл", "Попыток", "Отмечено неправдоподобных", "Файлы")


@dataclass(frozen=True)
class CandidateRow:
    name: str
    figures: dict = field(default_factory=dict)  # FIGURES → float | None
    attempts: int = 0
    flagged: int = 0
    sources: tuple[str, ...] = ()

    def cells(self) -> list[str]:
        shown = [("" if self.figures.get(f) is None else f"{self.figures[f]:.1f}") for f in FIGURES]
        return [self.name, *shown, str(self.attempts), str(self.flagged), ", ".join(self.sources)]


def _best(a: float | None, b: float | None) -> float | None:
    return b if a is None else a if b is None else max(a, b)


def merge(rows: list[CandidateRow]) -> list[CandidateRow]:
    """Rows of the same person (name compared without case and extra spaces) become one:
    each figure is the best seen in any file, counts are the largest, sources are listed.
    Largest, not summed, because the same export is often sent twice."""
    merged: dict[str, CandidateRow] = {}
    for row in rows:
        key = " ".join(row.name.split()).casefold()
        old = merged.get(key)
        if old is None:
            merged[key] = row
            continue
        merged[key] = replace(
            old, figures={f: _best(old.figures.get(f), row.figures.get(f)) for f in FIGURES},
            attempts=max(old.attempts, row.attempts), flagged=max(old.flagged, row.flagged),
            sources=old.sources + tuple(s for s in row.sources if s not in old.sources))
    return sorted(merged.values(), key=lambda r: r.name.casefold())
