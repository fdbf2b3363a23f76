"""Does a change keep every finding? Dump the findings of the check over a fixed, varied input and diff two dumps.

Run from the project root of each tree (e.g. main and a branch), then compare:

    python tests/bench/compare_findings.py dump /tmp/main.jsonl [--every N]
    python tests/bench/compare_findings.py dump /tmp/branch.jsonl [--every N]
    python tests/bench/compare_findings.py diff /tmp/main.jsonl /tmp/branch.jsonl

The input: every ``text`` of ``tests/data/grammar/*.toml`` and every ``reply`` of
``tests/data/replies/tuning*.toml`` (never the held-out or the labellers' sets), checked as
``chat-trainer check`` checks them (the embedded engine with our own rules, no known words). Each
finding is written as its rule, offset, length, replacements and message. The speller's suggestions
are cut to the first-order ones here: the wider search has a time budget, so under load it would make
two runs of the same code differ. ``--every N`` checks every N-th text only, for a quick look.
``diff`` prints the texts whose findings differ and exits with 1 if any do.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SETS = sorted((ROOT / "tests/data/grammar").glob("*.toml")) + sorted((ROOT / "tests/data/replies").glob("tuning*.toml"))
KEYS = {"text", "reply"}


def texts() -> list[tuple[str, str]]:
    """(where, text) of every text to check, in a fixed order."""
    found = []

    def walk(node, where: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in KEYS and isinstance(value, str):
                    found.append((where, value))
                else:
                    walk(value, where)
        elif isinstance(node, list):
            for i, item in enumerate(node):
                walk(item, f"{where}[{i}]")

    for path in SETS:
        walk(tomllib.loads(path.read_text(encoding="utf-8")), path.name)
    return found


def dump(out: Path, every: int) -> int:
    from app.core.grammar import pylat_speedup
    from app.core.grammar.shared import build_checker

    pylat_speedup.SENTENCE_BUDGET_S = 0.0  # first-order suggestions only: the same under any load
    checker = build_checker("embedded")
    chosen = texts()[::every]
    started = time.perf_counter()
    with open(out, "w", encoding="utf-8") as fh:
        for where, text in chosen:
            findings = checker.check(text, "ru").findings
            rows = [[f.rule_id, f.offset, f.length, list(f.replacements), f.message] for f in findings]
            fh.write(json.dumps({"where": where, "text": text, "findings": rows}, ensure_ascii=False) + "\n")
    print(f"{len(chosen)} текстов проверено за {time.perf_counter() - started:.0f} с → {out}")
    return 0


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def diff(before: Path, after: Path) -> int:
    old, new = _load(before), _load(after)
    if [(r["where"], r["text"]) for r in old] != [(r["where"], r["text"]) for r in new]:
        print("Дампы сделаны по разным текстам: сравнивать нечего.")
        return 1
    differing = [(a, b) for a, b in zip(old, new) if a["findings"] != b["findings"]]
    for a, b in differing:
        print(f"{a['where']}: {a['text']}")
        for row in a["findings"]:
            if row not in b["findings"]:
                print(f"  − {row}")
        for row in b["findings"]:
            if row not in a["findings"]:
                print(f"  + {row}")
    total = sum(len(r["findings"]) for r in old)
    print(f"Текстов {len(old)}, находок до {total}, после {sum(len(r['findings']) for r in new)}; "
          f"текстов с разными находками: {len(differing)}")
    return 1 if differing else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    dumping = sub.add_parser("dump", help="проверить тексты и записать находки")
    dumping.add_argument("out", type=Path)
    dumping.add_argument("--every", type=int, default=1, metavar="N", help="только каждый N-й текст")
    comparing = sub.add_parser("diff", help="сравнить два дампа")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    return dump(args.out, args.every) if args.command == "dump" else diff(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
