"""``chat-trainer check`` run as a command."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*args, stdin=None):
    env = {k: v for k, v in os.environ.items() if k != "CHAT_TRAINER_LT_URL"}
    return subprocess.run([sys.executable, "-m", "app", "check", *args], input=stdin, capture_output=True,
                          cwd=ROOT, env=env, timeout=120)


def test_findings_as_text_and_exit_status_1(tmp_path):
    path = tmp_path / "reply.txt"
    path.write_text("Добрый день!\n😀 Извените за ожидание.\n", encoding="utf-8")
    result = run(str(path))
    assert result.returncode == 1, result.stderr.decode()
    [line] = result.stdout.decode().splitlines()
    found, _, suggestions = line.partition(" → ")
    assert found == "2:3: spelling: Возможно найдена орфографическая ошибка. (MORFOLOGIK_RULE_RU_RU)"
    # the right word first; the rarer candidates after it depend on the search's time budget
    assert suggestions.split(", ")[0] == "Извините" and len(suggestions.split(", ")) <= 5


def test_json_from_standard_input_and_a_clean_text():
    result = run("--lang", "en", "--json", "-", stdin="Thank you for waiting. We recieve it.".encode())
    assert result.returncode == 1
    [item] = json.loads(result.stdout)
    assert {k: item[k] for k in ("offset", "length", "category", "rule_id")} == \
        {"offset": 26, "length": 7, "category": "spelling", "rule_id": "EN_SPELLING"}
    assert item["replacements"][0] == "receive" and item["message"]
    clean = run("--lang", "en", "--json", "-", stdin=b"Thank you for waiting.")
    assert (clean.returncode, json.loads(clean.stdout)) == (0, [])


def test_errors_exit_2_with_a_russian_message(tmp_path):
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Привет".encode("cp1251"))
    too_long = tmp_path / "long.txt"
    too_long.write_text("a" * 1_000_000, encoding="utf-8")
    for args, message in [((str(latin1),), "не в кодировке UTF-8"), ((str(tmp_path / "нет.txt"),), "не найден"),
                          (("--lang", "en", str(too_long)), "слишком длинный"),
                          (("--engine", "languagetool", str(latin1)), "UTF-8"),
                          (("--engine", "languagetool", "-"), "не настроен")]:
        result = run(*args, stdin=b"text")
        assert result.returncode == 2, args
        assert message in result.stderr.decode(), result.stderr.decode()
        assert "Traceback" not in result.stderr.decode()


def test_unreachable_languagetool_falls_back_and_says_so(tmp_path):
    import socket
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = run("--lt-url", f"http://127.0.0.1:{port}", "-", stdin="Извените.".encode())
    assert result.returncode == 1
    assert "соединение отклонено" in result.stderr.decode() and "MORFOLOGIK_RULE_RU_RU" in result.stdout.decode()


def test_judges_as_the_grammar_screen_with_our_own_rules(tmp_path):
    # A missing comma after an address: LanguageTool's rules let it pass, ours (the grammar screen's) do not.
    path = tmp_path / "reply.txt"
    path.write_text("Здравствуйте Мария, заказ уже в пути.\n", encoding="utf-8")
    result = run("--engine", "embedded", str(path))
    assert result.returncode == 1, result.stderr.decode()
    assert result.stdout.decode().splitlines() == [
        "1:1: punctuation: Обращение выделяется запятыми. (OURS_ADDRESS_COMMA) → Здравствуйте, Мария"]


def test_words_from_a_file_are_not_flagged_and_a_bad_list_is_named(tmp_path):
    text = tmp_path / "reply.txt"
    text.write_text("Откройте личкаб и праверьте заказ.\n", encoding="utf-8")
    words = tmp_path / "words.txt"
    words.write_text("# продукты отдела\nЛичкаб\n", encoding="utf-8")
    plain = run("--json", str(text))
    assert [f["rule_id"] for f in json.loads(plain.stdout)].count("MORFOLOGIK_RULE_RU_RU") == 2
    known = run("--json", "--words", str(words), str(text))
    assert known.returncode == 1, known.stderr.decode()
    [left] = [f for f in json.loads(known.stdout) if f["category"] == "spelling"]
    assert left["offset"] == 18  # «праверьте» is still found next to the known word
    words.write_text("Личкаб\nМой Тариф\n", encoding="utf-8")
    bad = run("--words", str(words), str(text))
    assert bad.returncode == 2
    assert f"список слов {words}, строка 2: «Мой Тариф» — не одно слово" in bad.stderr.decode()
