"""Validate and install a generated pack of 10,000 exercises; goal ≤ 2 s (run on demand).

    /work/main/.venv/bin/python tests/bench/bench_packs.py
"""

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.packs.builder import build_pack  # noqa: E402
from app.packs.installer import install_pack  # noqa: E402
from app.packs.loader import validate_pack  # noqa: E402

PHRASES = [
    "Здравствуйте! Меня зовут Анна, чем могу помочь?",
    "Проверю информацию по вашему заказу, это займёт пару минут.",
    "Приносим извинения за задержку доставки.",
    "Спасибо за ожидание, курьер приедет завтра с 10 до 14 часов.",
    "Если появятся вопросы, пишите, мы всегда на связи.",
]


def generate(folder: Path, typing: int = 4000, grammar: int = 2000, tasks: int = 2000, questions: int = 2000) -> int:
    folder.mkdir(parents=True)
    (folder / "pack.toml").write_text(
        'format = 1\nid = "bench"\ntitle = "Нагрузочный пакет"\nversion = "1.0.0"\nlanguage = "ru"\n'
        'authors = ["Бенчмарк"]\ndescription = "Сгенерирован."\nlicence = "CC0-1.0"\n'
        'min_app_version = "0.1.0"\n[files]\ntyping = "typing.toml"\ngrammar = "grammar.toml"\n'
        'correspondence = "correspondence.toml"\nquiz = "quiz.toml"\n', encoding="utf-8")
    out = ['[[course]]\nid = "bench-ru"\ntitle = "Курс"\nlayout = "ru"\n']
    for i in range(typing):
        out.append(f'[[course.lesson]]\nid = "l{i}"\ntitle = "Урок {i}"\nstage = "phrases"\n'
                   f'text = """{PHRASES[i % 5]} {PHRASES[(i + 1) % 5]}"""\n')
    (folder / "typing.toml").write_text("\n".join(out), encoding="utf-8")
    out = [f'[[item]]\nid = "g{i}"\nkind = "punctuation"\ntopic = "Обращение"\ntext = "Добрый день Иван {i}"\n'
           f'answers = ["Добрый день, Иван {i}"]\nexplanation = "Обращение выделяется запятой."\n'
           for i in range(grammar)]
    (folder / "grammar.toml").write_text("\n".join(out), encoding="utf-8")
    out = [f'[[task]]\nid = "t{i}"\ntitle = "Задание {i}"\nindustry = "ecommerce"\ncustomer = "Анна"\n'
           f'messages = ["Где мой заказ {i}?"]\nmodel_replies = ["{PHRASES[0]} {PHRASES[3]}"]\n'
           f'required_facts = ["{i}"]\n[task.context]\n"Номер заказа" = "{i}"\n' for i in range(tasks)]
    (folder / "correspondence.toml").write_text("\n".join(out), encoding="utf-8")
    out = [f'[[question]]\nid = "q{i}"\ntype = "single"\ncategory = "Этикет/Приветствие"\n'
           f'text = "Как начать диалог {i}?"\nexplanation = "С приветствия."\n'
           f'[[question.option]]\ntext = "Здравствуйте!"\ncorrect = true\n'
           f'[[question.option]]\ntext = "Чё надо?"\nfeedback = "Грубо."\n' for i in range(questions)]
    (folder / "quiz.toml").write_text("\n".join(out), encoding="utf-8")
    return typing + grammar + tasks + questions


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        count = generate(tmp / "src")
        file = tmp / "bench.ctpack"
        build_pack(tmp / "src", file)
        start = time.perf_counter()
        report = validate_pack(file)
        validated = time.perf_counter() - start
        assert report.ok, report.errors[:5]
        start = time.perf_counter()
        pack = install_pack(file, tmp / "data")
        installed = time.perf_counter() - start
        assert sum(pack.counts().values()) == count
        print(f"bench_packs: {count} exercises, archive {file.stat().st_size // 1024} KiB; "
              f"validate {validated:.2f} s, install (unpack + validate + rename) {installed:.2f} s, "
              f"total {validated + installed:.2f} s (goal ≤ 2 s for validate + install)")


if __name__ == "__main__":
    main()
