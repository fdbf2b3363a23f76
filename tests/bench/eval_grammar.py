"""How well the Russian checker catches operators' mistakes, measured on our evaluation set.

Run from the project root:

    python tests/bench/eval_grammar.py [--details]

It checks every sentence of ``tests/core/grammar/data/eval_ru.toml`` with
(a) pylat-ru at the picky level alone, (b) pylat-ru plus our rules, and (c) pylat-ru without the
rules listed in ``app/core/grammar/rules/tuning.py`` plus our rules, and prints for each the recall
per category and overall, and the false alarms: the share of correct sentences with any finding,
and the findings outside every expected fragment, per sentence. A finding is a hit when it
overlaps the fragment of an expected error (whatever category the engine gives it).
"""

from __future__ import annotations

import argparse
import sys
import time
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EVAL_SET = ROOT / "tests" / "core" / "grammar" / "data" / "eval_ru.toml"
CATEGORIES = ("spelling", "grammar", "punctuation", "typography", "style")

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@dataclass(frozen=True)
class Expected:
    category: str
    fragment: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    text: str
    errors: tuple[Expected, ...]


@dataclass(frozen=True)
class Span:
    """What the scoring needs of a finding, whichever engine made it."""

    offset: int
    length: int
    rule_id: str


@dataclass
class Score:
    expected: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CATEGORIES, 0))
    hits: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CATEGORIES, 0))
    correct_sentences: int = 0
    correct_flagged: int = 0
    sentences: int = 0
    stray_findings: int = 0
    misses: list[tuple[str, Expected]] = field(default_factory=list)
    strays: list[tuple[str, Span]] = field(default_factory=list)

    def recall(self, category: str | None = None) -> float:
        cats = (category,) if category else CATEGORIES
        total = sum(self.expected[c] for c in cats)
        return sum(self.hits[c] for c in cats) / total if total else 1.0

    @property
    def false_alarm_rate(self) -> float:
        """Share of correct sentences that got any finding."""
        return self.correct_flagged / self.correct_sentences if self.correct_sentences else 0.0

    @property
    def stray_per_sentence(self) -> float:
        """Findings outside every expected fragment, per sentence."""
        return self.stray_findings / self.sentences if self.sentences else 0.0


def load_set(path: Path = EVAL_SET) -> list[Sentence]:
    """The evaluation set; ValueError if an error's fragment is not in its sentence."""
    with path.open("rb") as f:
        raw = tomllib.load(f)["sentence"]
    sentences = []
    for n, item in enumerate(raw, 1):
        text = item["text"]
        errors = []
        for e in item["errors"]:
            if e["category"] not in CATEGORIES:
                raise ValueError(f"sentence {n}: unknown category {e['category']!r}")
            start = text.find(e["fragment"])
            if start < 0 or not e["fragment"]:
                raise ValueError(f"sentence {n}: fragment {e['fragment']!r} is not in {text!r}")
            errors.append(Expected(e["category"], e["fragment"], start, start + len(e["fragment"])))
        sentences.append(Sentence(text, tuple(errors)))
    return sentences


def _overlaps(span: Span, start: int, end: int) -> bool:
    return span.offset < end and start < span.offset + max(span.length, 1)


def score(sentences: Sequence[Sentence], check: Callable[[str], list[Span]]) -> Score:
    result = Score()
    for s in sentences:
        spans = check(s.text)
        result.sentences += 1
        if not s.errors:
            result.correct_sentences += 1
            result.correct_flagged += bool(spans)
        for e in s.errors:
            result.expected[e.category] += 1
            if any(_overlaps(sp, e.start, e.end) for sp in spans):
                result.hits[e.category] += 1
            else:
                result.misses.append((s.text, e))
        for sp in spans:
            if not any(_overlaps(sp, e.start, e.end) for e in s.errors):
                result.stray_findings += 1
                result.strays.append((s.text, sp))
    return result


def make_checkers(disabled_pylat: Sequence[str] = ()) -> dict[str, Callable[[str], list[Span]]]:
    """The configurations compared: pylat alone, pylat + ours, tuned pylat + ours."""
    from pylat_ru import LEVEL_PICKY, LanguageToolRU

    from app.core.grammar.rules import check_rules

    plain = LanguageToolRU()
    tuned = LanguageToolRU(disabled_rules=list(disabled_pylat))

    def pylat(lt) -> Callable[[str], list[Span]]:
        return lambda text: [Span(m.offset, m.length, m.rule_id) for m in lt.check(text, level=LEVEL_PICKY)]

    def ours(text: str) -> list[Span]:
        return [Span(f.offset, f.length, f.rule_id) for f in check_rules(text, "ru")]

    def both(first, second):
        return lambda text: first(text) + second(text)

    return {
        "pylat (picky)": pylat(plain),
        "pylat + ours": both(pylat(plain), ours),
        "pylat tuned + ours": both(pylat(tuned), ours),
    }


def report(name: str, s: Score, seconds: float, details: bool) -> str:
    lines = [f"== {name}  ({seconds:.1f} s)"]
    for c in CATEGORIES:
        lines.append(f"   recall {c:<12} {s.hits[c]:>3}/{s.expected[c]:<3} {s.recall(c):6.1%}")
    total_hits, total = sum(s.hits.values()), sum(s.expected.values())
    lines.append(f"   recall {'overall':<12} {total_hits:>3}/{total:<3} {s.recall():6.1%}")
    lines.append(f"   correct sentences with a finding: {s.correct_flagged}/{s.correct_sentences} "
                 f"= {s.false_alarm_rate:.1%}")
    lines.append(f"   findings outside expected fragments: {s.stray_findings} in {s.sentences} sentences "
                 f"= {s.stray_per_sentence:.3f} per sentence")
    if details:
        lines += [f"   MISS {e.category}: {e.fragment!r} in {text!r}" for text, e in s.misses]
        lines += [f"   STRAY {sp.rule_id}: {text[sp.offset:sp.offset + sp.length]!r} in {text!r}"
                  for text, sp in s.strays]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list every miss and stray finding")
    args = parser.parse_args(argv)
    from app.core.grammar.rules.tuning import DISABLED_PYLAT_RULES

    sentences = load_set()
    errors = sum(len(s.errors) for s in sentences)
    correct = sum(not s.errors for s in sentences)
    print(f"{len(sentences)} sentences, {correct} correct, {errors} expected errors")
    for name, check in make_checkers(DISABLED_PYLAT_RULES).items():
        t = time.perf_counter()
        s = score(sentences, check)
        print(report(name, s, time.perf_counter() - t, args.details))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
