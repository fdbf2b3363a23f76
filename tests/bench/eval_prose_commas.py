"""Comma recall and precision on correct edited prose: every comma removed, then restored by the check.

Run from the project root with one or more JSON files, each a list of correct sentences with their own
commas (built by ``tests/bench/make_prose_sets.py``; none of them is copied into the project, they are read
to measure comma rules on writing nobody here wrote, apart from the comma set the issue is measured on):

    python tests/bench/eval_prose_commas.py /work/prose/*.json [--limit 3000] [--procs 2]
        [--shared ../shared] [--save FINDINGS.jsonl | --load FINDINGS.jsonl]
        [--wrong RULE] [--right RULE] [--misses 40] [--miss-samples WORD]

Each sentence is cut into tokens the way the comma set was made (``shared/tools/make_comma_set.py``): its
commas are dropped and every dropped comma becomes a gold "insert a comma here" edit; then the sentence goes
through the check ``chat-trainer check`` runs. Which findings are comma findings, and which gold comma a
finding restores, is decided by ``shared/tools/corpora_eval.py`` itself (``comma_finding``, ``touches``), so
the figures mean what the comma set's figures mean. Printed: recall and precision overall and per source,
then per rule the commas it put where the text had one (right) and where it had none (wrong); with
``--wrong RULE`` / ``--right RULE`` that rule's firings, the comma marked «‸»; with ``--misses N`` the
commonest kinds of missed commas (the word after the gap, its part of speech, the word before).
The prose's own slips are labels too: read the wrong firings before counting them against a rule.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

_DECIMAL = re.compile(r"\d,\d")


def corpora_eval(shared: Path):
    sys.path.insert(0, str(shared / "tools"))
    import corpora_eval as ce
    return ce


def comma_item(ce, ident: str, sentence: str):
    """The sentence without its commas (detokenised as the comma set is) and a gold edit per comma."""
    toks = ce.TOKEN_RE.findall(sentence)
    kept, gaps = [], []
    for tok in toks:
        if tok == ",":
            if kept and (not gaps or gaps[-1] != len(kept)):
                gaps.append(len(kept))
        else:
            kept.append(tok)
    text, spans = ce.detok(kept)
    edits = []
    for i in gaps:
        if 0 < i < len(spans):
            st, ge = spans[i - 1][1], spans[i][0]
            edits.append(ce.Edit(st, st, ge, "punctuation", "PUNCT", [","], (i, i), (",",)))
    return ce.Item(ident, text, edits, spans, {}, correct=not edits)


def load(paths: list[Path], limit: int, seed: int) -> list[tuple[str, str]]:
    out = []
    for path in paths:
        sentences = [s for s in json.loads(path.read_text(encoding="utf-8")) if not _DECIMAL.search(s)]
        random.Random(seed).shuffle(sentences)
        chosen = sentences[:limit] if limit else sentences
        out += [(f"{path.stem}:{n}", s) for n, s in enumerate(chosen)]
    return out


_SHARED: Path | None = None


def _init(shared: Path) -> None:
    global _SHARED
    _SHARED = shared


def _check(job: tuple[str, str]) -> dict:
    ce = corpora_eval(_SHARED)
    from app.core.grammar.offline import embedded_check
    ident, sentence = job
    item = comma_item(ce, ident, sentence)
    findings = [f.to_dict() for f in embedded_check(item.text, "ru")]
    return {"id": ident, "sentence": sentence,
            "findings": [f for f in findings if ce.comma_finding(item.text, f)]}


def run(jobs: list[tuple[str, str]], procs: int, shared: Path) -> list[dict]:
    if procs <= 1:
        _init(shared)
        return [_check(j) for j in jobs]
    with Pool(procs, initializer=_init, initargs=(shared,)) as pool:
        return pool.map(_check, jobs, chunksize=20)


def marked(text: str, at: int) -> str:
    return f"{text[:at]}‸{text[at:]}"


def report(ce, records: list[dict], args) -> None:
    from app.core.grammar.rules._base import parses

    per_rule = defaultdict(lambda: [0, 0])
    per_source = defaultdict(lambda: [0, 0, 0, 0])  # gold, gold found, findings, findings right
    samples = defaultdict(list)
    missed = Counter()
    missed_samples = []
    for rec in records:
        item = comma_item(ce, rec["id"], rec["sentence"])
        src = rec["id"].split(":")[0]
        s = per_source[src]
        for f in rec["findings"]:
            right = any(ce.touches(f, e) for e in item.edits)
            per_rule[f["rule_id"]][0 if right else 1] += 1
            s[2] += 1
            s[3] += right
            if f["rule_id"] in (args.wrong, args.right) and (f["rule_id"] == args.right) == right:
                repl = (f["replacements"] or ["?"])[0]
                samples[f["rule_id"]].append(
                    f"{item.text[:f['offset']]}[{item.text[f['offset']:f['offset'] + f['length']]}→{repl}]"
                    f"{item.text[f['offset'] + f['length']:]}")
        for e in item.edits:
            s[0] += 1
            if any(ce.touches(f, e) for f in rec["findings"]):
                s[1] += 1
                continue
            after = next((t for t in item.tokens if t[0] >= e.gap_end), None)
            before = next((t for t in reversed(item.tokens) if t[1] <= e.start), None)
            if after is None or before is None:
                continue
            word = ce.norm_word(after[2])
            pos = (parses(word)[0].tag.POS if parses(word) else None) or "PUNCT"
            missed[("after", word)] += 1
            missed[("pos", pos)] += 1
            missed[("before", ce.norm_word(before[2]))] += 1
            if args.miss_samples and args.miss_samples.lower() in ("*", word):
                missed_samples.append(marked(item.text, e.start))
    total = [sum(v[i] for v in per_source.values()) for i in range(4)]
    for name, (gold, hit, found, right) in [*sorted(per_source.items()), ("all", total)]:
        print(f"{name:14} commas {gold:6}  recall {100 * hit / max(1, gold):5.1f} %  "
              f"findings {found:6}  precision {100 * right / max(1, found):5.1f} %")
    print(f"\n{'rule':40} {'right':>6} {'wrong':>6} {'prec %':>7}")
    for rule, (r, w) in sorted(per_rule.items(), key=lambda kv: -sum(kv[1])):
        print(f"{rule:40} {r:6} {w:6} {100 * r / (r + w):7.1f}")
    for rule, lines in samples.items():
        print(f"\n{rule}: {'right' if rule == args.right else 'wrong'} firings ({len(lines)})")
        for line in lines:
            print("  ", line)
    if args.misses:
        for kind in ("after", "pos", "before"):
            print(f"\nmissed commas by the word {kind} the gap" if kind != "pos" else
                  "\nmissed commas by the part of speech after the gap")
            common = [(k[1], n) for k, n in missed.most_common() if k[0] == kind][:args.misses]
            print("  " + "  ".join(f"{w} {n}" for w, n in common))
    for line in missed_samples[:args.max_samples]:
        print("  ", line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="where tools/corpora_eval.py is")
    parser.add_argument("--limit", type=int, default=3000, help="sentences per file, a seeded sample (0: all)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--procs", type=int, default=2, help="worker processes (at most 2 on a shared machine)")
    parser.add_argument("--save", type=Path, help="store the comma findings (JSON lines) for --load")
    parser.add_argument("--load", type=Path, help="report on stored findings instead of checking again")
    parser.add_argument("--wrong", metavar="RULE", help="print this rule's commas where the text had none")
    parser.add_argument("--right", metavar="RULE", help="print this rule's commas where the text had one")
    parser.add_argument("--misses", type=int, default=0, metavar="N", help="the N commonest kinds of missed commas")
    parser.add_argument("--miss-samples", metavar="WORD", help="print missed commas before this word (* for all)")
    parser.add_argument("--max-samples", type=int, default=300)
    args = parser.parse_args(argv)
    ce = corpora_eval(args.shared)
    if args.load:
        records = [json.loads(line) for line in args.load.read_text(encoding="utf-8").splitlines() if line]
    else:
        if not args.files:
            parser.error("give prose files or --load")
        records = run(load(args.files, args.limit, args.seed), min(2, max(1, args.procs)), args.shared)
        if args.save:
            args.save.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    report(ce, records, args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
