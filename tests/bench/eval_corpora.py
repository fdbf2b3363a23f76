"""The embedded Russian checker on public corpora nobody here wrote, against issue 14's targets.

Run from the project root (the corpora and the measuring tool live in the shared folder beside
the checkout; they are for measuring only, nothing of them is copied into the project):

    python tests/bench/eval_corpora.py [--shared ../shared] [--limit-spelling 400] [--out DIR] [--tuning-only]

It runs ``shared/tools/corpora_eval.py`` in this interpreter (``--system ours``: the same
offline check as ``chat-trainer check``, item by item, with per-item latency) on RUSpellRU,
the comma set, RuCoLA and LanguageTool's examples, then prints each target with the measured
figure, adds the share of LanguageTool's *correct* examples on which one of our rules fires,
and times a full check of a 3,000-character reply (cold sentence cache and warm).
``--tuning-only`` prints the comma figures of the tuning half alone (neither the whole set nor the held-out
half, from which it could be worked out): the switch for whoever is changing the comma rules.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# A reply of our own (not from any corpus) with a few slips, repeated up to about 3,000 characters.
REPLY = ("Здравствуйте, Мария! Спасибо, что написали нам. Мы праверили ваш заказ: он был собран вчера "
         "и передан в службу доставки. Курьер привезёт его завтра с 10 до 14 часов, если вы не "
         "выберете другое время. Если вам неудобно, напишите нам, и мы перенесём доставку. Деньги за "
         "отменённый товар вернутся на карту в течении трёх рабочих дней. Извините за ожидание! ")


def corpora(shared: Path, limit_spelling: int) -> dict[str, tuple[str, list[str]]]:
    c = shared / "corpora"
    return {
        "ruspellru": (f"spellpairs={c}/ruspellru/sources.txt,{c}/ruspellru/corrections.txt",
                      ["--limit", str(limit_spelling)] if limit_spelling else []),
        "commas": (f"m2={c}/commas/rucola_in_domain_commas.m2", []),
        "rucola": (f"rucola={c}/rucola/in_domain_dev.csv,{c}/rucola/out_of_domain_dev.csv", ["--limit", "800"]),
        "lt_examples": (f"ltexamples={c}/lt_examples/examples.tsv", ["--limit", "1000"]),
    }


def run(tool: Path, spec: str, extra: list[str], out: Path) -> dict:
    subprocess.run([sys.executable, str(tool), "run", spec, "--system", "ours", "--out", str(out), *extra],
                   check=True, cwd=ROOT)
    report = out.with_suffix(".report.json")
    subprocess.run([sys.executable, str(tool), "report", spec, "--findings", f"now={out}", "--json", str(report)],
                   check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return json.loads(report.read_text(encoding="utf-8"))["systems"]["now"]


def comma_halves(tool: Path, spec: str, findings: Path) -> list[tuple[str, dict]]:
    """Comma precision and recall on the first half of the comma set (the half the rules were tuned
    on: its misses were read) and on the second half (never read: the honest figure)."""
    lines = findings.read_text(encoding="utf-8").splitlines()
    header, rows = lines[0], lines[1:]
    half = len(rows) // 2
    out = []
    for name, part in (("first half (tuning)", rows[:half]), ("second half (held out)", rows[half:])):
        path = findings.with_name(f"{findings.stem}.{name.split()[0]}.jsonl")
        path.write_text("\n".join([header, *part]) + "\n", encoding="utf-8")
        report = path.with_suffix(".report.json")
        subprocess.run([sys.executable, str(tool), "report", spec, "--findings", f"now={path}", "--json", str(report)],
                       check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        out.append((name, json.loads(report.read_text(encoding="utf-8"))["systems"]["now"]["comma"]))
    return out


def ours_on_correct_lt(tool: Path, spec: str, findings: Path) -> float:
    """Share of LanguageTool's correct examples on which one of our rules fires."""
    sys.path.insert(0, str(tool.parent))
    import corpora_eval

    items = {it.id: it for it in corpora_eval.load_corpus(spec).items}
    fired = correct = 0
    for line in findings.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("header") or items[row["id"]].correct is False:
            continue
        correct += 1
        fired += any(f["source"] == "ours" for f in row["findings"])
    return 100 * fired / correct if correct else 0.0


def long_reply_seconds() -> tuple[float, float]:
    from app.core.grammar.offline import embedded_check

    text = (REPLY * (3000 // len(REPLY) + 1))[:3000]
    embedded_check("Добрый день!", "ru")  # engines loaded
    variant = text.replace("Мария", "Ольга")  # every sentence is new to the cache
    started = time.perf_counter()
    embedded_check(variant, "ru")
    cold = time.perf_counter() - started
    started = time.perf_counter()
    embedded_check(variant, "ru")
    return cold, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--limit-spelling", type=int, default=400, help="RUSpellRU sample (0: all 2,000)")
    parser.add_argument("--out", type=Path, default=None, help="keep the findings files here")
    parser.add_argument("--tuning-only", action="store_true", help="hide the comma figures of the held-out half")
    args = parser.parse_args()
    tool = args.shared / "tools" / "corpora_eval.py"
    out = args.out or Path(tempfile.mkdtemp(prefix="eval-corpora-"))
    out.mkdir(parents=True, exist_ok=True)
    m = {}
    for name, (spec, extra) in corpora(args.shared, args.limit_spelling).items():
        m[name] = run(tool, spec, extra, out / f"{name}.jsonl")
    lt_spec = corpora(args.shared, 0)["lt_examples"][0]
    ours_lt = ours_on_correct_lt(tool, lt_spec, out / "lt_examples.jsonl")
    cold, warm = long_reply_seconds()
    sp, cm = m["ruspellru"], m["commas"]
    halves = comma_halves(tool, corpora(args.shared, 0)["commas"][0], out / "commas.jsonl")
    if args.tuning_only:
        halves = halves[:1]
    rows = [
        ("ruspellru detection F1", sp["f1"], "≥ 90"),
        ("ruspellru first suggestion right, % of detected", sp["correction_top1_of_detected"], "≥ 70"),
        ("ruspellru false alarms on sentences without an error, %", sp["false_alarm_rate"], "≤ 6"),
        ("rucola acceptable sentences flagged, %", m["rucola"]["false_alarm_rate"], "≤ 5"),
        *([] if args.tuning_only else [("commas recall, %", cm["comma"]["recall"], "≥ 70"),
                                        ("commas precision, %", cm["comma"]["precision"], "≥ 95")]),
        *((f"commas recall / precision, {name}, %", f"{c['recall']} / {c['precision']}", "")
          for name, c in halves),
        ("our rules on LanguageTool's correct examples, %", round(ours_lt, 2), "≤ 0.5"),
    ]
    for name in m:
        rows.append((f"{name} ms per item p95 / max (wall)", f"{m[name]['ms_p95']} / {m[name]['ms_max']}",
                     "≤ 150 / ≤ 500"))
        rows.append((f"{name} ms per item p95 (CPU)", m[name].get("cpu_ms_p95"), ""))
    rows.append(("3,000 characters, new sentences / unchanged, s", f"{cold:.2f} / {warm:.3f}", "≤ 1.5"))
    width = max(len(r[0]) for r in rows)
    for name, value, target in rows:
        print(f"{name:<{width}}  {value!s:>14}  {target}")
    print(f"findings: {out}")


if __name__ == "__main__":
    main()
