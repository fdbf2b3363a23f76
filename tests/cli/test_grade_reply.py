"""``chat-trainer grade-reply`` run as a separate process, as a department would use it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CUSTOMER = "Здравствуйте! Заказ должен был прийти вчера, а его всё нет. Что происходит?"
GOOD = ("Здравствуйте! Приносим извинения за задержку. Заказ задержался на сортировочном центре, "
        "курьер привезёт его завтра с 10:00 до 14:00. Если будут вопросы, пишите — я на связи.")
BAD = "Ты сам виноват, надо было раньше заказывать!!!"


def run(*args: str, data_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CHAT_TRAINER_DATA": str(data_dir)}
    return subprocess.run([sys.executable, "-m", "app", "grade-reply", *args], capture_output=True, text=True,
                          encoding="utf-8", cwd=ROOT, env=env, timeout=120)


@pytest.fixture()
def files(tmp_path: Path):
    (tmp_path / "customer.txt").write_text(CUSTOMER, encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "bad.txt").write_text(BAD, encoding="utf-8")
    return tmp_path


def test_json_pass_and_fail(files: Path):
    ok = run("--customer", str(files / "customer.txt"), "--reply", str(files / "good.txt"), "--json",
             data_dir=files / "data")
    assert ok.returncode == 0, ok.stderr
    data = json.loads(ok.stdout)
    assert data["pass"] is True and data["total"] == 100
    for name in ("greeting", "name", "empathy", "solution", "closing", "tone", "language", "style", "length"):
        assert name in data["elements"]
    assert data["elements"]["name"]["passed"] is None

    bad = run("--customer", str(files / "customer.txt"), "--reply", str(files / "bad.txt"), "--json",
              data_dir=files / "data")
    assert bad.returncode == 1
    data = json.loads(bad.stdout)
    assert data["pass"] is False and data["elements"]["tone"]["passed"] is False


def test_text_output(files: Path):
    out = run("--customer", str(files / "customer.txt"), "--reply", str(files / "good.txt"), data_dir=files / "data")
    assert out.returncode == 0
    assert "✓ greeting" in out.stdout and "Итог: 100 из 100" in out.stdout


def test_usage_and_io_errors(files: Path):
    assert run(data_dir=files / "data").returncode == 2
    missing = run("--customer", str(files / "nope.txt"), "--reply", str(files / "good.txt"), data_dir=files / "data")
    assert missing.returncode == 2 and "не удалось прочитать" in missing.stderr
    task = run("--customer", str(files / "customer.txt"), "--reply", str(files / "good.txt"),
               "--task", "no-such-pack:task", data_dir=files / "data")
    assert task.returncode == 2 and "не найден" in task.stderr


def test_batch_with_a_malformed_line(files: Path):
    lines = [
        json.dumps({"customer": CUSTOMER, "reply": GOOD}, ensure_ascii=False),
        "{это не json",
        json.dumps({"customer": CUSTOMER, "reply": BAD, "name": "Олег"}, ensure_ascii=False),
        json.dumps({"customer": CUSTOMER}, ensure_ascii=False),
    ]
    batch = files / "batch.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = run("--batch", str(batch), data_dir=files / "data")
    assert out.returncode == 1
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(rows) == 4
    assert rows[0]["pass"] is True and rows[0]["line"] == 1
    assert rows[1]["line"] == 2 and "Строка 2" in rows[1]["error"]
    assert rows[2]["pass"] is False and rows[2]["elements"]["name"]["passed"] is False
    assert rows[3]["line"] == 4 and "error" in rows[3]


def test_a_batch_on_two_cores_answers_as_one_core_does_in_line_order(files: Path):
    # the replies differ in length, so workers finish out of turn; the answers must still follow the lines
    replies = [GOOD, BAD, GOOD + " Спасибо, что написали!", "Здравствуйте! Проверю и отвечу.", BAD + " Всё."]
    lines = [json.dumps({"customer": CUSTOMER, "reply": r}, ensure_ascii=False) for r in replies]
    lines.insert(2, "[1, 2]")
    batch = files / "batch.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    one = run("--batch", str(batch), "--jobs", "1", data_dir=files / "data")
    two = run("--batch", str(batch), "--jobs", "2", data_dir=files / "data")
    assert two.returncode == one.returncode == 1, two.stderr
    assert two.stdout == one.stdout
    rows = [json.loads(line) for line in two.stdout.splitlines()]
    assert [row["line"] for row in rows] == [1, 2, 3, 4, 5, 6]
    assert [row.get("pass") for row in rows] == [True, False, None, True, False, False]


def test_jobs_must_be_positive_and_only_with_a_batch(files: Path):
    batch = files / "batch.jsonl"
    batch.write_text(json.dumps({"customer": CUSTOMER, "reply": GOOD}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = run("--batch", str(batch), "--jobs", "0", data_dir=files / "data")
    assert out.returncode == 2 and "--jobs" in out.stderr
    out = run("--customer", str(files / "customer.txt"), "--reply", str(files / "good.txt"), "--jobs", "2",
              data_dir=files / "data")
    assert out.returncode == 2 and "--batch" in out.stderr


def test_batch_missing_file(files: Path):
    out = run("--batch", str(files / "none.jsonl"), data_dir=files / "data")
    assert out.returncode == 2


PACK_TOML = '''format = 1
id = "test-replies"
title = "Проверка ответов"
version = "1.0.0"
language = "ru"
authors = ["Тесты"]
description = "Одно задание переписки для проверки grade-reply --task."
licence = "CC0-1.0"
min_app_version = "0.1.0"

[files]
correspondence = "replies.toml"
'''

REPLIES_TOML = '''[[task]]
id = "late-order"
title = "Заказ задерживается"
industry = "ecommerce"
customer = "Марина"
messages = ["Здравствуйте! Заказ должен был прийти вчера, а его всё нет. Что происходит?"]
required_facts = ["48213", "завтра"]
forbidden = ["гарантируем"]
model_replies = ["Здравствуйте, Марина! Приносим извинения за задержку. Заказ 48213 задержался на сортировочном центре, курьер привезёт его завтра с 10:00 до 14:00. Если будут вопросы, пишите — я на связи."]
[task.context]
"Номер заказа" = "48213"
"Новая дата доставки" = "завтра, 10:00–14:00"
'''


def test_task_from_an_installed_pack(files: Path):
    data = files / "data"
    pack = data / "packs" / "test-replies"
    pack.mkdir(parents=True)
    (pack / "pack.toml").write_text(PACK_TOML, encoding="utf-8")
    (pack / "replies.toml").write_text(REPLIES_TOML, encoding="utf-8")
    model = ("Здравствуйте, Марина! Приносим извинения за задержку. Заказ 48213 задержался на сортировочном "
             "центре, курьер привезёт его завтра с 10:00 до 14:00. Если будут вопросы, пишите — я на связи.")
    (files / "model.txt").write_text(model, encoding="utf-8")
    out = run("--customer", str(files / "customer.txt"), "--reply", str(files / "model.txt"), "--json",
              "--task", "test-replies:late-order", data_dir=data)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["elements"]["facts"]["passed"] is True and result["elements"]["name"]["passed"] is True
    (files / "promise.txt").write_text(model + " Гарантируем, что больше такого не будет.", encoding="utf-8")
    bad = run("--customer", str(files / "customer.txt"), "--reply", str(files / "promise.txt"), "--json",
              "--task", "test-replies:late-order", data_dir=data)
    assert bad.returncode == 1
    assert json.loads(bad.stdout)["elements"]["forbidden"]["passed"] is False
    missing = run("--customer", str(files / "customer.txt"), "--reply", str(files / "model.txt"),
                  "--task", "test-replies:nope", data_dir=data)
    assert missing.returncode == 2 and "нет задания" in missing.stderr


def test_words_and_the_task_packs_glossary_are_not_counted_as_misspelt(files: Path):
    reply = GOOD.replace("пишите — я на связи", "пишите в личкаб — я на связи")
    (files / "lk.txt").write_text(reply, encoding="utf-8")
    (files / "words.txt").write_text("личкаб\n", encoding="utf-8")
    args = ("--customer", str(files / "customer.txt"), "--reply", str(files / "lk.txt"), "--json")
    plain = json.loads(run(*args, data_dir=files / "data").stdout)
    assert plain["elements"]["language"]["passed"] is False
    known = json.loads(run(*args, "--words", str(files / "words.txt"), data_dir=files / "data").stdout)
    assert known["elements"]["language"]["passed"] is True
    data = files / "data"
    pack = data / "packs" / "test-replies"
    pack.mkdir(parents=True)
    (pack / "pack.toml").write_text(PACK_TOML.replace("[files]", 'glossary = ["Личкаб"]\n\n[files]'), encoding="utf-8")
    (pack / "replies.toml").write_text(REPLIES_TOML, encoding="utf-8")
    task = json.loads(run(*args, "--task", "test-replies:late-order", data_dir=data).stdout)
    assert task["elements"]["language"]["passed"] is True
