"""`chat-trainer grade-reply --batch` on 1,000 replies of about 1,000 characters, grammar check included.

Run from the project root:

    python tests/bench/bench_grade_batch.py [--replies 1000] [--jobs N]

Writes a JSONL batch (each reply a different shuffle of operator sentences, to customers in different
moods), runs the real command in a child process and times each answer line as it arrives. Prints the
median and the 90th percentile per reply (goal: median ≤ 300 ms per 1,000-character reply including
the grammar check) and the whole run. The first reply also pays for loading the engine, which the
median leaves out. On a shared machine the wall-clock times depend on what else runs, so the child's
CPU time per reply (loading included) is printed too: it is what the check itself costs. With several
processes (``--jobs``; the command's own default is one per core) the answers arrive in bursts, so the
mean time per reply after loading is printed as well: it is how fast a batch goes. ``--jobs 1`` gives the
time one reply takes.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.bench.bench_scorecard import make_reply  # noqa: E402  (the same 1,000-character replies)

CUSTOMERS = [
    ["Здравствуйте! Заказ должен был прийти вчера, а его всё нет. Что происходит? Это уже третий раз!"],
    ["Добрый день! Подскажите, когда привезут заказ 48213?\nМарина"],
    ["СРОЧНО верните деньги!!! Списали дважды, я стою на кассе."],
    ["Ничего не понимаю((( Где посмотреть, когда приедет курьер?"],
]


def write_batch(path: Path, count: int) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(count):
            item = {"customer": CUSTOMERS[i % len(CUSTOMERS)], "reply": make_reply(i), "name": "Марина"}
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")


def run(count: int, jobs: int | None = None) -> tuple[list[float], float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "replies.jsonl"
        write_batch(batch, count)
        start = last = time.perf_counter()
        per_reply = []
        command = [sys.executable, "-m", "app", "--data-dir", tmp, "grade-reply", "--batch", str(batch)]
        proc = subprocess.Popen(command + (["--jobs", str(jobs)] if jobs else []),
                                cwd=ROOT, stdout=subprocess.PIPE, text=True, encoding="utf-8")
        assert proc.stdout is not None
        for line in proc.stdout:
            now = time.perf_counter()
            json.loads(line)
            per_reply.append((now - last) * 1000)
            last = now
        proc.wait()
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return per_reply, time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--replies", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=None,
                        help="processes for the batch (the command's own default: one per core)")
    args = parser.parse_args(argv)
    per_reply, total, cpu = run(args.replies, args.jobs)
    steady = per_reply[1:] or per_reply
    median = statistics.median(steady)
    p90 = statistics.quantiles(steady, n=10)[-1] if len(steady) >= 10 else max(steady)
    print(f"grade-reply --batch: ответов {len(per_reply)} по ~{len(make_reply(0))} знаков, всего {total:.1f} с; "
          f"на ответ: медиана {median:.0f} мс, 90-й процентиль {p90:.0f} мс, первый (с загрузкой) "
          f"{per_reply[0]:.0f} мс (цель — медиана не больше 300 мс); процессорное время "
          f"{1000 * cpu / len(per_reply):.0f} мс на ответ вместе с загрузкой; после загрузки пакет шёл по "
          f"{sum(steady) / len(steady):.0f} мс на ответ (процессов: {args.jobs or 'по числу ядер'})")
    return 0 if median <= 300 else 1


if __name__ == "__main__":
    sys.exit(main())
