"""``chat-trainer quiz import``: a Moodle bank (GIFT or XML) becomes a pack folder; exit codes 0, 1, 2."""

import pytest

from app.cli import main
from app.packs.loader import load_pack
from tests.packs.conftest import DATA
from tests.packs.test_moodle_xml_import import DOCTYPE_BOMB

GIFT = DATA / "quiz" / "etiquette.gift"
XML = DATA / "quiz" / "etiquette.xml"


def test_cli_exit_codes(tmp_path, capsys):
    assert main(["quiz", "import", str(GIFT), "-o", str(tmp_path / "ok")]) == 0
    out = capsys.readouterr().out
    assert "импортировано вопросов: 15" in out and "пропущен: строка 63: «Эссе» (essay)" in out
    bad = tmp_path / "bad.gift"
    bad.write_text("Вопрос {=да ~нет\n", encoding="utf-8")
    assert main(["quiz", "import", str(bad), "-o", str(tmp_path / "no")]) == 2  # a bank that cannot be used
    assert "bad.gift:1: не закрыта фигурная скобка" in capsys.readouterr().err
    assert not (tmp_path / "no").exists()
    with pytest.raises(SystemExit) as exc:
        main(["quiz", "import", str(GIFT)])
    assert exc.value.code == 2


def test_the_help_names_the_exit_codes_the_command_returns(capsys):
    with pytest.raises(SystemExit):
        main(["quiz", "import", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "Код выхода: 0 — пакет записан, 2 — файл нельзя использовать (все ошибки перечисляются) или неверный вызов." in text


def test_no_sub_command_says_what_to_type(capsys):
    assert main(["quiz"]) == 2
    err = capsys.readouterr().err
    assert "укажите команду, например: quiz import ФАЙЛ -o ПАПКА" in err


def test_detected_by_content_and_cli(tmp_path, capsys):
    renamed = tmp_path / "bank.dat"
    renamed.write_bytes(XML.read_bytes())
    assert main(["quiz", "import", str(renamed), "-o", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert "(Moodle XML)" in out and "пропущено вопросов: 4" in out
    assert "пропущен: строка 69: «Перетаскивание» (ddwtos): вопрос №11" in out
    bomb = tmp_path / "bomb.xml"
    bomb.write_text(DOCTYPE_BOMB, encoding="utf-8")
    assert main(["quiz", "import", str(bomb), "-o", str(tmp_path / "no")]) == 2
    assert "bomb.xml:2: объявления DOCTYPE" in capsys.readouterr().err


def test_id_and_title_options_name_the_pack(tmp_path, capsys):
    out_dir = tmp_path / "bank"
    assert main(["quiz", "import", str(GIFT), "-o", str(out_dir), "--id", "etiket-2026", "--title", "Этикет 2026"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.endswith("пакет «Этикет 2026» (id etiket-2026)")
    pack = load_pack(out_dir)
    assert (pack.id, pack.manifest.title) == ("etiket-2026", "Этикет 2026")
