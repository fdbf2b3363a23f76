"""How well the whole offline checker finds case, agreement and government errors, on our own set.

Run from the project root:

    python tests/bench/eval_case_agreement.py [--set tests/data/grammar/case_agreement.toml] [--half tune] [--details]

Every sentence of the set goes through ``embedded_check`` (the check every caller uses: pylat-ru
and our rules). An error sentence counts as found when a finding overlaps its fragment; a correct
sentence counts as a false alarm when it gets any finding at all, and as a grammar false alarm
when one of the findings is of the grammar category. Figures are printed overall and per kind.
A set split into halves (``half = "tune"`` / ``"check"`` on every item) is measured one half at a
time with ``--half``: the rules are changed on the tune half only, the check half just measures.
"""

from __future__ import annotations

import argparse
import sys
import time
import tomllib
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SET = ROOT / "tests" / "data" / "grammar" / "case_agreement.toml"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@dataclass(frozen=True)
class Item:
    kind: str
    text: str
    start: int = -1  # the error's fragment; -1 for a correct sentence
    end: int = -1
    half: str = ""  # "tune" or "check" in a split set

    @property
    def wrong(self) -> bool:
        return self.start >= 0


def load_set(path: Path = DEFAULT_SET, half: str | None = None) -> list[Item]:
    """The set's items (only those of ``half`` when given); ValueError naming the item if a fragment
    is not in its sentence."""
    with path.open("rb") as f:
        raw = tomllib.load(f)
    items = []
    for n, e in enumerate(raw.get("error", []), 1):
        if "fragment" not in e:
            # The operator-reply sets mark the error as span + fix and have a script of their own.
            raise ValueError(f"{path.name}: error {n} has no «fragment»"
                             + (": it is a span/fix set, measure it with eval_operator_replies.py"
                                if "span" in e else ""))
        start = e["text"].find(e["fragment"])
        if start < 0 or not e["fragment"]:
            raise ValueError(f"{path.name}: error {n}: fragment {e['fragment']!r} is not in {e['text']!r}")
        items.append(Item(e["kind"], e["text"], start, start + len(e["fragment"]), e.get("half", "")))
    items += [Item(c["kind"], c["text"], half=c.get("half", "")) for c in raw.get("correct", [])]
    return [i for i in items if half is None or i.half == half]


@dataclass(frozen=True)
class Seen:
    """What the scoring needs of a finding."""

    offset: int
    length: int
    rule_id: str
    category: str


def score(items: Sequence[Item], check: Callable[[str], list[Seen]]) -> dict:
    per_kind: dict[str, Counter] = defaultdict(Counter)
    misses, alarms, hits_by_rule = [], [], Counter()
    for item in items:
        seen = check(item.text)
        c = per_kind[item.kind]
        if item.wrong:
            c["errors"] += 1
            hit = [s for s in seen if s.offset < item.end and item.start < s.offset + max(s.length, 1)]
            if hit:
                c["found"] += 1
                hits_by_rule.update({s.rule_id for s in hit})
            else:
                misses.append(item)
        else:
            c["correct"] += 1
            if seen:
                c["flagged"] += 1
                alarms.append((item, seen))
            if any(s.category == "grammar" for s in seen):
                c["grammar_flagged"] += 1
    return {"per_kind": per_kind, "misses": misses, "alarms": alarms, "hits_by_rule": hits_by_rule}


def pct(a: int, b: int) -> str:
    return f"{a:>3}/{b:<3} {a / b:6.1%}" if b else "   —"


def report(result: dict, details: bool) -> str:
    per_kind = result["per_kind"]
    total = Counter()
    lines = [f"{'kind':<13} {'found (recall)':>16}   {'correct flagged':>16}   {'by grammar':>16}"]
    for kind in sorted(per_kind):
        c = per_kind[kind]
        total.update(c)
        lines.append(f"{kind:<13} {pct(c['found'], c['errors']):>16}   {pct(c['flagged'], c['correct']):>16}   "
                     f"{pct(c['grammar_flagged'], c['correct']):>16}")
    lines.append(f"{'overall':<13} {pct(total['found'], total['errors']):>16}   "
                 f"{pct(total['flagged'], total['correct']):>16}   "
                 f"{pct(total['grammar_flagged'], total['correct']):>16}")
    lines.append("found by rule: " + ", ".join(f"{r} {n}" for r, n in result["hits_by_rule"].most_common()))
    if details:
        lines += [f"MISS  {m.kind:<12} {m.text[m.start:m.end]!r} in {m.text!r}" for m in result["misses"]]
        for item, seen in result["alarms"]:
            said = "; ".join(f"{s.rule_id} {item.text[s.offset:s.offset + s.length]!r}" for s in seen)
            lines.append(f"ALARM {item.kind:<12} {item.text!r}: {said}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=DEFAULT_SET, help="the TOML set to measure")
    parser.add_argument("--half", choices=["tune", "check"],
                        help="only this half of a split set (rules are tuned on «tune», «check» only measures)")
    parser.add_argument("--details", action="store_true", help="list every miss and false alarm")
    args = parser.parse_args(argv)
    try:
        items = load_set(args.set, args.half)
    except (OSError, ValueError, KeyError, tomllib.TOMLDecodeError) as e:
        parser.error(str(e))
    from app.core.grammar.offline import embedded_check

    def check(text: str) -> list[Seen]:
        return [Seen(f.offset, f.length, f.rule_id, str(getattr(f.category, "value", f.category)))
                for f in embedded_check(text, "ru")]

    check("Прогрев.")  # loads the engine, so the timing below is the checks'
    t = time.perf_counter()
    result = score(items, check)
    seconds = time.perf_counter() - t
    errors = sum(i.wrong for i in items)
    print(f"{args.set.name}{f' ({args.half} half)' if args.half else ''}: {errors} error sentences, {len(items) - errors} correct ones ({seconds:.1f} s)")
    print(report(result, args.details))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
