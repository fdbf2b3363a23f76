import zipfile

import pytest

from app.cli import main
from app.core.records import QuizRecord
from app.storage import open_store
from tests.packs.conftest import DATA


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_validate_lists_problems_with_file_line_field(capsys, mini):
    (mini / "grammar.toml").write_text('[[item]]\nid = "g1"\nkind = "gap"\ntext = "нет пропуска"\n'
                                       'answers = ["x"]\nexplanation = "…"\n', encoding="utf-8")
    code, out, _ = run(capsys, "pack", "validate", str(mini))
    assert code == 2  # the pack cannot be used
    assert "ошибка: grammar.toml:4: item[1].text: в тексте задания «gap» должен быть ровно один пропуск ___" in out
    assert run(capsys, "pack", "validate", str(DATA / "mini"))[0] == 0


def save_results(data_dir, *pack_ids):
    with open_store(data_dir) as store:
        profile = store.profiles.create("Анна")
        for pack_id in pack_ids:
            store.attempts.save_result(profile.id, pack_id=pack_id, exercise_id="q", score=50.0, passed=False,
                                       record=QuizRecord(seed=1, order=("a",)), started_at="2026-12-01T10:00:00")


def count_results(data_dir, pack_id):
    with open_store(data_dir) as store:
        return store.db.execute("SELECT count(*) FROM attempts WHERE pack_id = ?", (pack_id,)).fetchone()[0]


def test_build_info_install_list_remove(capsys, tmp_path, data_dir, monkeypatch):
    file = tmp_path / "mini.ctpack"
    code, out, _ = run(capsys, "pack", "build", str(DATA / "mini"), "-o", str(file))
    assert code == 0 and file.is_file()
    digest = out.split("Хеш содержимого: ")[1].strip()
    code, out, _ = run(capsys, "pack", "info", str(file))
    assert code == 0 and digest in out and "Мини-пакет" in out and "грамматика   1" in out
    monkeypatch.setenv("CHAT_TRAINER_DATA", str(data_dir))  # used when --data-dir is absent
    assert run(capsys, "pack", "install", str(file))[0] == 0
    code, _, err = run(capsys, "pack", "install", str(file))
    assert code == 1 and "1.0.0" in err
    assert run(capsys, "pack", "install", str(file), "--force")[0] == 0
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "pack", "list")
    assert code == 0 and "mini" in out and "установлен" in out
    save_results(data_dir, "mini", "mini", "other")
    code, _, err = run(capsys, "pack", "remove", "mini")  # stdin is not a terminal under pytest
    assert code == 1 and "--yes" in err and (data_dir / "packs" / "mini").is_dir()
    code, out, _ = run(capsys, "pack", "remove", "mini", "--yes", "--delete-progress")
    assert code == 0 and "удалено попыток: 2" in out
    assert (count_results(data_dir, "mini"), count_results(data_dir, "other")) == (0, 1)
    assert not (data_dir / "packs" / "mini").exists()
    code, _, err = run(capsys, "pack", "remove", "mini", "--yes")
    assert code == 1 and "не установлен" in err


def test_remove_asks_on_a_terminal(capsys, tmp_path, data_dir, monkeypatch):
    file = tmp_path / "mini.ctpack"
    run(capsys, "pack", "build", str(DATA / "mini"), "-o", str(file))
    run(capsys, "--data-dir", str(data_dir), "pack", "install", str(file))
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    answers = iter(["н"])
    monkeypatch.setattr("builtins.input", lambda prompt: next(answers))
    assert run(capsys, "--data-dir", str(data_dir), "pack", "remove", "mini")[0] == 1
    assert (data_dir / "packs" / "mini").is_dir()
    answers = iter(["д", ""])
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "pack", "remove", "mini")
    assert code == 0 and "результаты сохранены" in out


def test_a_pack_that_cannot_be_used_exits_2_and_a_failed_operation_1(capsys, tmp_path):
    assert run(capsys, "pack", "info", str(tmp_path / "none.ctpack"))[0] == 2
    broken = tmp_path / "b"
    broken.mkdir()
    assert run(capsys, "pack", "build", str(broken), "-o", str(tmp_path / "b.ctpack"))[0] == 2
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "data"), "pack", "remove", "nothing", "--yes")
    assert code == 1 and "не установлен" in err  # a usable request that could not be done
    archive = tmp_path / "b.ctpack"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("pack.toml", 'format = 1\nid = "b"\ntitle = "Б"\nversion = ""\n')
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "data"), "pack", "install", str(archive))
    assert code == 2 and "version" in err and "--force" not in err  # a broken version is no version conflict
    with pytest.raises(SystemExit) as info:
        main(["pack", "build", str(broken)])  # -o is required
    assert info.value.code == 2


def test_import_ktouch(capsys, tmp_path):
    out_dir = tmp_path / "course"
    code, out, _ = run(capsys, "pack", "import-ktouch", str(DATA / "ktouch" / "ru-operator.xml"), "-o", str(out_dir),
                       "--licence", "CC-BY-4.0")
    assert code == 0 and "уроков: 3" in out
    assert run(capsys, "pack", "validate", str(out_dir))[0] == 0
    code, _, err = run(capsys, "pack", "import-ktouch", str(DATA / "ktouch" / "broken-text.xml"),
                       "-o", str(tmp_path / "b"), "--strict")
    assert code == 2 and "broken-text.xml:12: lesson[2].text:" in err and not (tmp_path / "b").exists()
    code, out, _ = run(capsys, "pack", "import-ktouch", str(DATA / "ktouch" / "broken-text.xml"),
                       "-o", str(tmp_path / "b"))
    assert code == 0 and "broken-text.xml:12: lesson[2].text: урок «Урок с эмодзи» пропущен" in out
