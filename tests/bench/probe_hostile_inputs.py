"""The hostile-input probe of issue 19 (run on demand, not part of the suite).

    nice .venv/bin/python tests/bench/probe_hostile_inputs.py [CASES_PER_KIND]

Feeds generated hostile pack folders (TOML up to 200,000 dotted parts or brackets deep), archives,
GIFT and Moodle XML banks and damaged databases to the real commands (tests/packs/hostile.py), plus
the fixed cases of the issue (devices, a FIFO, the 40,000- and 100,000-part keys, a key a million
parts deep), and prints per kind: cases, outcomes, crashes (an exception or a broken rule), hangs
(over tests/packs/hostile.CASE_SECONDS).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT)]

from hypothesis import HealthCheck, given, settings  # noqa: E402

from tests.packs import hostile  # noqa: E402
from tests.packs.hostile import Hang, run_cli  # noqa: E402


def fixed_cases() -> list[tuple[str, callable]]:
    """The probes quoted in the issue, each a function returning its outcome."""
    def pack_with(extra: str):
        files = dict(hostile.MINI_FILES)
        files["quiz.toml"] = files["quiz.toml"] + extra.encode()
        return lambda: hostile.check_pack_folder(files)

    def special(path: str, *argv: str):
        def run():
            with tempfile.TemporaryDirectory() as tmp:
                result = run_cli("--data-dir", Path(tmp) / "data", *argv, path)
                hostile.refused_clearly(result, path)
                assert not (Path(tmp) / "data").exists()
                return "refused"
        return run

    cases = [("40,000-part key", pack_with(hostile.dotted(40_000))),
             ("100,000-part key", pack_with(hostile.dotted(100_000))),
             ("key a million parts deep", pack_with("[x]\n" + "a." * 1_000_000 + "a = 1\n")),
             ("brackets a million deep", pack_with(hostile.nested(1_000_000))),
             ("id with a newline", _id_newline)]
    fifo = Path(tempfile.mkdtemp()) / "pipe"
    os.mkfifo(fifo)
    for path in ("/dev/zero", "/dev/urandom", str(fifo)):
        cases += [(f"pack install {path}", special(path, "pack", "install")),
                  (f"pack validate {path}", special(path, "pack", "validate")),
                  (f"pack info {path}", special(path, "pack", "info")),
                  (f"quiz import {path}", special(path, "quiz", "import", "-o", str(fifo.parent / "out"))),
                  (f"pack import-ktouch {path}", special(path, "pack", "import-ktouch", "-o", str(fifo.parent / "o")))]
    return cases


def _id_newline() -> str:
    files = dict(hostile.MINI_FILES)
    files["pack.toml"] = files["pack.toml"].replace(b'id = "mini"', b'id = "mini\\n"')
    assert hostile.check_pack_folder(files) == "refused"
    return "refused"


def probe(name: str, strategy, check, cases: int, totals: dict) -> None:
    outcomes: Counter[str] = Counter()
    samples: list[str] = []

    @settings(max_examples=cases, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(strategy)
    def run(value) -> None:
        outcomes[one(check, value, samples)] += 1

    start = time.perf_counter()
    run()
    report(name, outcomes, samples, time.perf_counter() - start, totals)


def one(check, value, samples: list[str]) -> str:
    try:
        return check(value)
    except Hang:
        samples.append(f"hang on {value!r:.120}")
        return "HANG"
    except BaseException as exc:  # noqa: BLE001 — counting crashes is the point
        if isinstance(exc, KeyboardInterrupt):
            raise
        samples.append(f"{type(exc).__name__}: {str(exc)[:300]}\n{traceback.format_exc(limit=3)[-600:]}")
        return "CRASH"


def report(name: str, outcomes: Counter, samples: list[str], seconds: float, totals: dict) -> None:
    total = sum(outcomes.values())
    totals["cases"] += total
    totals["crashes"] += outcomes["CRASH"]
    totals["hangs"] += outcomes["HANG"]
    shown = ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items()) if k not in ("CRASH", "HANG"))
    print(f"{name:<28} cases {total:>5}  crashes {outcomes['CRASH']:>3}  hangs {outcomes['HANG']:>3}  "
          f"({shown}; {seconds:.0f} s)", flush=True)
    for sample in samples[:3]:
        print("    " + sample.replace("\n", "\n    "))


def main() -> None:
    per_kind = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    totals = Counter()
    fixed: Counter[str] = Counter()
    samples: list[str] = []
    start = time.perf_counter()
    for label, case in fixed_cases():
        outcome = one(lambda _: case(), None, samples)
        fixed[outcome] += 1
        if outcome in ("CRASH", "HANG"):
            samples[-1] = f"[{label}] " + samples[-1]
    report("issue's fixed cases", fixed, samples, time.perf_counter() - start, totals)
    probe("pack folders (TOML)", hostile.hostile_pack_folder(big=True), hostile.check_pack_folder, per_kind, totals)
    probe("archives", hostile.hostile_archive(), hostile.check_archive_install, per_kind, totals)
    probe("GIFT banks", hostile.hostile_gift(), lambda d: hostile.check_quiz_import(d, ".gift"), per_kind, totals)
    probe("Moodle XML banks", hostile.hostile_moodle_xml(), lambda d: hostile.check_quiz_import(d, ".xml"),
          per_kind, totals)
    probe("damaged databases", hostile.hostile_database(), hostile.check_remove_with_database,
          max(per_kind // 5, 10), totals)
    print(f"total: cases {totals['cases']}, crashes {totals['crashes']}, hangs {totals['hangs']}")


if __name__ == "__main__":
    main()
