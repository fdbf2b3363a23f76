"""chat-trainer cert export / cert verify against a real store and the bundled ru-typing pack.

The tests ask for ``qapp`` so the export finds pytest-qt's QApplication instead of making a
QGuiApplication that would outlive the test and break the widget tests after it.
"""

import json

from pypdf import PdfWriter

from app.cli import main
from app.core.certificate import keystrokes_from_rows
from app.core.metrics import summarise
from app.core.plausibility import assess
from app.storage import open_store
from tests.core.cert_fixtures import human_log


def make_data(tmp_path, *, flagged=False):
    data = tmp_path / "data"
    log = keystrokes_from_rows(human_log())
    text = "привет как дела " * 80
    with open_store(data) as store:
        p = store.profiles.create("anna")
        plaus = assess(log, len(text)).to_dict()
        if flagged:
            plaus["flags"] = [{"code": "uniform", "detail": "промежутки почти одинаковы"}]
        store.attempts.save_typing(
            p.id, kind="timed", pack_id="ru-typing", exercise_id="timed-3", layout="ru", mode="normal",
            text=text, started_at="2026-12-04T03:00:00+00:00", summary=summarise(log, len(text)).to_dict(),
            keystrokes=log, passed=True, details={"time_limit": 180.0, "plausibility": plaus})
    return data


def test_export_then_verify(qapp, tmp_path, capsys):
    data = make_data(tmp_path)
    out = tmp_path / "anna.pdf"
    code = main(["--data-dir", str(data), "cert", "export", "--profile", "anna", "--pack", "ru-typing",
                 "--name", "Анна Петрова", "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    assert out.exists()
    assert main(["cert", "verify", str(out)]) == 0
    assert "Сертификат подлинный: Анна Петрова, пакет ru-typing" in capsys.readouterr().out


def test_flagged_test_is_not_eligible_and_the_reason_is_listed(qapp, tmp_path, capsys):
    data = make_data(tmp_path, flagged=True)
    out = tmp_path / "anna.pdf"
    code = main(["--data-dir", str(data), "cert", "export", "--profile", "anna", "--pack", "ru-typing",
                 "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 1 and not out.exists()
    assert "Скорость: нет засчитанной попытки, нужно 200 зн/мин" in err


def test_tampered_certificate_exits_1_with_the_mismatches(qapp, tmp_path, capsys):
    data = make_data(tmp_path)
    out = tmp_path / "anna.pdf"
    assert main(["--data-dir", str(data), "cert", "export", "--profile", "anna", "--pack", "ru-typing",
                 "-o", str(out)]) == 0
    from pypdf import PdfReader
    evidence = json.loads(PdfReader(str(out)).attachments["evidence.json"][0])
    evidence["raw"]["typing"]["keystrokes"][5][4] = False  # one correct key made wrong
    writer = PdfWriter()
    writer.append(str(out))
    writer.add_attachment("evidence.json", json.dumps(evidence, ensure_ascii=False).encode())
    forged = tmp_path / "forged.pdf"
    writer.write(str(forged))
    capsys.readouterr()
    assert main(["cert", "verify", str(forged)]) == 1
    printed = capsys.readouterr().out
    assert "Сертификат НЕ прошёл проверку" in printed
    assert "• Код проверки: в сертификате" in printed and "• Точность: в сертификате" in printed


def test_unknown_pack_profile_and_bad_file(qapp, tmp_path, capsys):
    data = make_data(tmp_path)
    assert main(["--data-dir", str(data), "cert", "export", "--profile", "anna", "--pack", "nope",
                 "-o", str(tmp_path / "x.pdf")]) == 2
    assert main(["--data-dir", str(data), "cert", "export", "--profile", "boris", "--pack", "ru-typing",
                 "-o", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err
    assert "пакет «nope» не установлен" in err and "профиль «boris» не найден" in err
    (tmp_path / "plain.pdf").write_bytes(b"%PDF-1.4 nothing")
    assert main(["cert", "verify", str(tmp_path / "plain.pdf")]) == 2
