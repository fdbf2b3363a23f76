"""How often the whole check flags correct prose: findings per rule on sentences people wrote and edited.

Run from the project root with one or more JSON files, each a list of correct sentences (none of them
is copied into the project; they are read to find false alarms, so keep them apart from the corpora
the checker is measured on):

    python tests/bench/eval_false_alarms.py fortunes.json debian_docs.json [--limit 1500] [--samples RULE]

Every sentence goes through the check `chat-trainer check` runs (pylat-ru, its filters and our rules).
Printed per file: the share of sentences with any finding, and with a finding of the categories the
public corpora judge (spelling, grammar, punctuation); then the findings per rule, and with
``--samples`` the sentences one rule flagged, its span marked. A finding on a slip the writers left in
the text is no false alarm: read the samples before counting.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

JUDGED = frozenset({"spelling", "grammar", "punctuation"})


def load(path: Path, limit: int, seed: int) -> list[str]:
    sentences = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(sentences, list) or not all(isinstance(s, str) for s in sentences):
        raise SystemExit(f"{path}: ожидается список предложений (JSON-массив строк).")
    random.Random(seed).shuffle(sentences)
    return sentences[:limit] if limit else sentences


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--limit", type=int, default=1500, help="sentences per file, a seeded sample (0: all)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--samples", metavar="RULE", help="print the sentences this rule flagged")
    args = parser.parse_args(argv)

    from app.core.grammar.offline import embedded_check

    rules: Counter = Counter()
    total = flagged = judged = 0
    for path in args.files:
        sentences = load(path, args.limit, args.seed)
        any_hit = judged_hit = 0
        for text in sentences:
            findings = embedded_check(text, "ru")
            any_hit += bool(findings)
            judged_hit += any(str(getattr(f.category, "value", f.category)) in JUDGED for f in findings)
            for f in findings:
                rules[f.rule_id] += 1
                if f.rule_id == args.samples:
                    end = f.offset + f.length
                    print(f"  {args.samples}: {text[:f.offset]}⟦{text[f.offset:end]}⟧{text[end:]}")
        n = len(sentences)
        print(f"{path.name}: {n} sentences, flagged {100 * any_hit / n:.1f} %, "
              f"by spelling, grammar or punctuation {100 * judged_hit / n:.1f} %")
        total, flagged, judged = total + n, flagged + any_hit, judged + judged_hit
    print(f"all: {total} sentences, flagged {100 * flagged / total:.1f} %, "
          f"by spelling, grammar or punctuation {100 * judged / total:.1f} %")
    for rule, count in rules.most_common():
        print(f"{count:5d}  {rule}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
