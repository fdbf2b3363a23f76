"""How the whole offline checker does on whole texts with several errors each, on our own set.

Run from the project root:

    python tests/bench/eval_texts.py [--set tests/data/grammar/real_texts_blind.toml] [--half tune] [--details]

A text of the set is a message, review or post of a few sentences, with every error in it labelled
(``errors = [{fragment, fix, kind, sub}]``; ``occurrence`` picks the n-th copy of a fragment that is
not unique). Every body goes through ``embedded_check`` (the check every caller uses) as one text, so
the figures show what single-sentence sets cannot: whether one error hides another and whether the
parse of a long run-on goes wrong. An error counts as found when a finding overlaps its fragment. A
finding that overlaps no labelled error is an extra finding: counted per text, per 1,000 characters
and per rule. A sentence holding no labelled error that gets an extra finding is a flagged correct
sentence (the outside goal's measure: at most 3 % of them).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import tomllib
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SET = ROOT / "tests" / "data" / "grammar" / "real_texts_blind.toml"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from eval_case_agreement import pct  # noqa: E402  (the grammar benches print shares one way)

# A sentence ends at . ! ? or … (or a run of them, with closing quotes or brackets) before a space;
# enough to count correct sentences, not a parser.
_SENTENCE_END = re.compile(r"[.!?…]+[»)\"]*(?=\s)|\n+")


@dataclass(frozen=True)
class Error:
    kind: str
    sub: str
    start: int
    end: int
    fix: str


@dataclass(frozen=True)
class Text:
    id: str
    half: str
    genre: str
    body: str
    errors: tuple[Error, ...]


@dataclass(frozen=True)
class Seen:
    """What the scoring needs of a finding."""

    offset: int
    length: int
    rule_id: str

    def overlaps(self, start: int, end: int) -> bool:
        return self.offset < end and start < self.offset + max(self.length, 1)


def _locate(body: str, fragment: str, occurrence: int | None, where: str) -> int:
    starts = [m.start() for m in re.finditer(re.escape(fragment), body)] if fragment else []
    if not starts:
        raise ValueError(f"{where}: fragment {fragment!r} is not in the body")
    if occurrence is None:
        if len(starts) > 1:
            raise ValueError(f"{where}: fragment {fragment!r} occurs {len(starts)} times; give `occurrence`")
        return starts[0]
    if not 1 <= occurrence <= len(starts):
        raise ValueError(f"{where}: fragment {fragment!r} has no occurrence {occurrence}")
    return starts[occurrence - 1]


def load_set(path: Path = DEFAULT_SET, half: str | None = None) -> list[Text]:
    """The set's texts (only those of ``half`` when given); ValueError naming the text if a fragment
    is missing from its body or ambiguous."""
    with path.open("rb") as f:
        raw = tomllib.load(f)
    texts = []
    for t in raw.get("text", []):
        errors = []
        for n, e in enumerate(t.get("errors", []), 1):
            start = _locate(t["body"], e["fragment"], e.get("occurrence"), f"{path.name}: {t['id']}: error {n}")
            errors.append(Error(e["kind"], e["sub"], start, start + len(e["fragment"]), e["fix"]))
        texts.append(Text(t["id"], t["half"], t["genre"], t["body"], tuple(sorted(errors, key=lambda e: e.start))))
    return [t for t in texts if half is None or t.half == half]


def sentences(body: str) -> list[tuple[int, int]]:
    """The spans of the body's sentences (blank ones dropped)."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(body):
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(body)))
    return [(a, b) for a, b in spans if body[a:b].strip()]


def score(texts: Sequence[Text], check: Callable[[str], list[Seen]]) -> dict:
    per_kind: dict[str, Counter] = defaultdict(Counter)
    per_sub: dict[tuple[str, str], Counter] = defaultdict(Counter)
    misses, extras, hits_by_rule, extras_by_rule = [], [], Counter(), Counter()
    c = Counter()
    for text in texts:
        seen = check(text.body)
        c["texts"] += 1
        c["chars"] += len(text.body)
        for e in text.errors:
            hit = [s for s in seen if s.overlaps(e.start, e.end)]
            for counter in (per_kind[e.kind], per_sub[e.kind, e.sub]):
                counter["errors"] += 1
                counter["found"] += bool(hit)
            if hit:
                hits_by_rule.update({s.rule_id for s in hit})
            else:
                misses.append((text, e))
        extra = [s for s in seen if not any(s.overlaps(e.start, e.end) for e in text.errors)]
        extras_by_rule.update(s.rule_id for s in extra)
        extras += [(text, s) for s in extra]
        c["extra"] += len(extra)
        c["clean"] += not extra
        c["errorless"] += not text.errors
        c["errorless_clean"] += not text.errors and not extra
        for a, b in sentences(text.body):
            if any(e.start < b and a < e.end for e in text.errors):
                continue
            c["correct_sentences"] += 1
            c["correct_flagged"] += any(s.overlaps(a, b) for s in extra)
    return {"per_kind": per_kind, "per_sub": per_sub, "counts": c, "misses": misses, "extras": extras,
            "hits_by_rule": hits_by_rule, "extras_by_rule": extras_by_rule}


def report(result: dict, details: bool) -> str:
    per_kind, per_sub, c = result["per_kind"], result["per_sub"], result["counts"]
    lines = [f"{'kind':<24} {'found':>16}"]
    total = Counter()
    for kind in sorted(per_kind):
        total.update(per_kind[kind])
        lines.append(f"{kind:<24} {pct(per_kind[kind]['found'], per_kind[kind]['errors']):>16}")
        lines += [f"  {sub:<22} {pct(n['found'], n['errors']):>16}"
                  for (k, sub), n in sorted(per_sub.items()) if k == kind]
    lines.append(f"{'overall':<24} {pct(total['found'], total['errors']):>16}")
    per_k = 1000 * c["extra"] / c["chars"] if c["chars"] else 0.0
    lines.append(f"extra findings: {c['extra']} in {c['texts']} texts ({c['extra'] / max(c['texts'], 1):.2f} a text, "
                 f"{per_k:.2f} per 1,000 characters); texts with none: {pct(c['clean'], c['texts'])}; "
                 f"errorless texts with none: {pct(c['errorless_clean'], c['errorless'])}")
    lines.append(f"correct sentences flagged: {pct(c['correct_flagged'], c['correct_sentences'])}")
    lines.append("found by rule: " + ", ".join(f"{r} {n}" for r, n in result["hits_by_rule"].most_common()))
    lines.append("extra by rule: " + ", ".join(f"{r} {n}" for r, n in result["extras_by_rule"].most_common()))
    if details:
        for text, e in result["misses"]:
            lines.append(f"MISS  {text.id} {e.kind}/{e.sub:<10} {text.body[e.start:e.end]!r} → {e.fix!r}   "
                         f"…{text.body[max(e.start - 40, 0):e.end + 40]!r}…")
        for text, s in result["extras"]:
            lines.append(f"EXTRA {text.id} {s.rule_id} {text.body[s.offset:s.offset + s.length]!r}   "
                         f"…{text.body[max(s.offset - 40, 0):s.offset + s.length + 40]!r}…")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=DEFAULT_SET, help="the TOML set of texts to measure")
    parser.add_argument("--half", choices=["tune", "check"],
                        help="only this half (rules are tuned on «tune», «check» only measures)")
    parser.add_argument("--details", action="store_true", help="list every miss and extra finding")
    args = parser.parse_args(argv)
    from app.core.grammar.offline import embedded_check

    def check(text: str) -> list[Seen]:
        return [Seen(f.offset, f.length, f.rule_id) for f in embedded_check(text, "ru")]

    texts = load_set(args.set, args.half)
    check("Прогрев.")  # loads the engine, so the timing below is the checks'
    t = time.perf_counter()
    result = score(texts, check)
    seconds = time.perf_counter() - t
    errors = sum(len(t.errors) for t in texts)
    print(f"{args.set.name}{f' ({args.half} half)' if args.half else ''}: {len(texts)} texts, {errors} errors, "
          f"{sum(not t.errors for t in texts)} texts without one ({seconds:.1f} s)")
    print(report(result, args.details))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
