"""Import a 10 MB GIFT bank and a 10 MB Moodle XML bank into packs; goal ≤ 3 s for each (run on demand).

Measured end to end, as the program does it: reading the bank, checking and writing the pack, installing
it (`import_and_install_quiz_bank`, what the Packs screen calls), and the next start's fresh load of the
installed pack (`load_pack`: TOML parsed and checked again). CPU time is the figure compared with the
goal: on a shared machine the wall clock runs longer.

    .venv/bin/python tests/bench/bench_quiz_import.py

Times grow linearly with the file: the same banks at a tenth of the size are imported too, and the
ratio is printed. Every question shares one name, which used to make id generation quadratic.
"""

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.packs.quiz_common import MAX_QUIZ_FILE_BYTES  # noqa: E402
from app.packs.loader import load_pack  # noqa: E402
from app.packs.quiz_import import parse_quiz_file  # noqa: E402
from app.packs.registry import installed_dir  # noqa: E402
from app.services.packs import import_and_install_quiz_bank  # noqa: E402

GIFT_QUESTIONS = [
    "::Приветствие::Как начать ответ клиенту? {=Здравствуйте! ~Чё надо? ~Ну?#Грубо.}",
    "::Приветствие::Ответ клиенту начинают с {=приветствия ~жалобы} и имени.",
    "::Приветствие::Сколько минут на первый ответ? {#3:2 ~#Совсем не так.}",
    "::Приветствие::Можно ли писать капслоком? {F#Можно.#Верно, нельзя.}",
    "::Приветствие::Столица Франции? {=Париж* =%0%*#Подумайте ещё.}",
]
XML_QUESTION = """  <question type="multichoice">
    <name><text>Приветствие</text></name>
    <questiontext format="html"><text><![CDATA[<p>Как начать ответ клиенту №{n}?</p>]]></text></questiontext>
    <answer fraction="100"><text>Здравствуйте!</text><feedback><text>Да.</text></feedback></answer>
    <answer fraction="0"><text>Чё надо?</text></answer>
  </question>
"""


def gift(size: int) -> str:
    out, total, n = ["$CATEGORY: $course$/top/Нагрузка\n"], 0, 0
    while total < size:
        q = GIFT_QUESTIONS[n % len(GIFT_QUESTIONS)] + "\n\n"
        out.append(q)
        total += len(q.encode())
        n += 1
    return "".join(out)


def xml(size: int) -> str:
    out, total, n = ['<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n'], 0, 0
    while total < size:
        q = XML_QUESTION.replace("{n}", str(n))
        out.append(q)
        total += len(q.encode())
        n += 1
    return "".join(out) + "</quiz>\n"


def run(tmp: Path, name: str, text: str) -> float:
    src = tmp / name
    src.write_text(text, encoding="utf-8")
    start, cpu = time.perf_counter(), time.process_time()
    parse_quiz_file(src)
    parsed, parsed_cpu = time.perf_counter() - start, time.process_time() - cpu
    data = tmp / f"data-{name}-{len(text)}"
    start, cpu = time.perf_counter(), time.process_time()
    report = import_and_install_quiz_bank(src, data)
    took, took_cpu = time.perf_counter() - start, time.process_time() - cpu
    start, cpu = time.perf_counter(), time.process_time()
    load_pack(installed_dir(data) / report.pack.id)
    load, load_cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"{name}: {src.stat().st_size / 1e6:.1f} MB, {report.imported} вопросов: разбор {parsed_cpu:.2f} с "
          f"процессора ({parsed:.2f} с по часам); импорт с проверкой и установкой {took_cpu:.2f} с ({took:.2f} с); "
          f"загрузка установленного пакета {load_cpu:.2f} с ({load:.2f} с); строк сводки предупреждений: "
          f"{len(report.lines())}")
    return took_cpu
def main() -> int:
    size = MAX_QUIZ_FILE_BYTES - 64 * 1024
    worst = 0.0
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        for name, make in (("bank.gift", gift), ("bank.xml", xml)):
            small = run(tmp, name, make(size // 10))
            big = run(tmp, name, make(size))
            print(f"  в 10 раз больше файл — в {big / small:.1f} раза дольше")
            worst = max(worst, big)
    print(f"худшее процессорное время импорта с установкой 10 МБ: {worst:.2f} с (цель ≤ 3 с; на занятой "
          f"машине часы идут дольше процессорного времени)")
    return 0 if worst <= 3.0 else 1


if __name__ == "__main__":
    sys.exit(main())
