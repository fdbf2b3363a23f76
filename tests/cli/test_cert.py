"""chat-trainer cert export / cert verify against a real store and the bundled ru-typing pack.

The tests ask for ``qapp`` so the export finds pytest-qt's QApplication instead of making a
QGuiApplication that would outlive the test and break the widget tests after it.
"""

import json

from pypdf import PdfWriter

from app.cli import main
from app.certs.page_compare import MAX_PRINTED
from app.core.cert_evidence import MAX_NAME, evidence_bytes
from app.core.certificate import keystrokes_from_rows
from app.core.metrics import summarise
from app.core.plausibility import assess
from app.storage import open_store
from app.core.records import QuizRecord, TypingRecord
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
            text=text, started_at="2026-12-04T03:00:00+00:00",
            record=TypingRecord(summary=summarise(log, len(text)).to_dict(), time_limit=180.0, plausibility=plaus),
            keystrokes=log, passed=True)
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


def test_export_takes_only_a_name_that_verify_accepts(qapp, tmp_path, capsys):
    """A name of any length used to be printed, and verify then refused the employer's copy."""
    data = make_data(tmp_path)
    longest = ("Анна-Мария " * 40)[:MAX_NAME].strip()
    out = tmp_path / "long.pdf"
    assert main(["--data-dir", str(data), "cert", "export", "--profile", "anna", "--pack", "ru-typing",
                 "--name", longest, "-o", str(out)]) == 0, capsys.readouterr().err
    assert main(["cert", "verify", str(out)]) == 0
    assert "Сертификат подлинный" in capsys.readouterr().out
    for name, words in (("Я" * (MAX_NAME + 1), f"длиннее {MAX_NAME} знаков"),
                        ("Анна\u202eавортеП", "U+202E"), ("  \n ", "укажите имя")):
        refused = tmp_path / "refused.pdf"
        code = main(["--data-dir", str(data), "cert", "export", "--profile", "anna", "--pack", "ru-typing",
                     "--name", name, "-o", str(refused)])
        err = capsys.readouterr().err
        assert code == 2 and words in err and not refused.exists(), err


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
    writer.add_attachment("evidence.json", evidence_bytes(evidence))
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


def make_quiz_data(tmp_path):
    """A data dir with its own version of ru-netiquette installed and a quiz run that earns its certificate."""
    import shutil

    from app.core import quiz
    from app.packs.loader import load_pack
    from app.packs.registry import builtin_dir, installed_dir
    data = tmp_path / "data"
    folder = installed_dir(data) / "ru-netiquette"
    shutil.copytree(builtin_dir() / "ru-netiquette", folder)
    manifest = folder / "pack.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace('version = "1.1.0"', 'version = "1.1.1"'),
                        encoding="utf-8")
    pack = load_pack(folder)
    final = next(q for q in pack.quizzes if q.id == "quiz-final")
    drawn = quiz.draw(pack.quiz, final, seed=11)
    wrong = next(d for d in drawn if d.question.type == "truefalse")
    answers = {d.id: quiz.right_answer(d.question) for d in drawn} | {wrong.id: not wrong.question.answer}
    result = quiz.grade_quiz(drawn, answers, final)
    with open_store(data) as store:
        p = store.profiles.create("anna")
        store.attempts.save_result(p.id, pack_id=pack.id, exercise_id=final.id, score=result.percent,
                                   passed=result.passed, started_at="2026-12-04T03:00:00+00:00",
                                   record=QuizRecord.of(11, drawn, result))
    return data, pack, wrong.id


def test_answers_are_re_graded_with_the_installed_or_given_pack(qapp, tmp_path, capsys):
    data, pack, _ = make_quiz_data(tmp_path)
    out = tmp_path / "anna.pdf"
    assert main(["--data-dir", str(data), "cert", "export", "--profile", "anna", "--pack", "ru-netiquette",
                 "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data), "cert", "verify", str(out)]) == 0
    assert "Ответы заново проверены по пакету: тест." in capsys.readouterr().out
    elsewhere = str(tmp_path / "empty")  # the built-in ru-netiquette is another version: not used
    assert main(["--data-dir", elsewhere, "cert", "verify", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Сертификат подлинный" in printed and "Ответы заново проверены" not in printed
    assert (f"Примечание: Ответы не перепроверены: пакет «ru-netiquette» версии 1.1.1 (хеш {pack.content_hash}) "
            "не найден") in printed
    assert main(["--data-dir", elsewhere, "cert", "verify", str(out), "--pack", str(pack.path)]) == 0
    assert "Ответы заново проверены по пакету: тест." in capsys.readouterr().out


def test_a_forged_quiz_result_fails_only_when_re_graded(qapp, tmp_path, capsys):
    from pypdf import PdfReader

    from app.certs.pdf_writer import write_pdf
    from app.core.certificate import figures_from_raw, verification_code
    from app.core.thresholds import CertificateThresholds
    data, pack, wrong = make_quiz_data(tmp_path)
    out = tmp_path / "anna.pdf"
    assert main(["--data-dir", str(data), "cert", "export", "--profile", "anna", "--pack", "ru-netiquette",
                 "-o", str(out)]) == 0
    evidence = json.loads(PdfReader(str(out)).attachments["evidence.json"][0])
    evidence["raw"]["quiz"]["right"].append(wrong)  # a wrong answer counted as right, figures and code to match
    figures, _ = figures_from_raw(evidence["kinds"], evidence["raw"], CertificateThresholds(**evidence["thresholds"]))
    evidence["figures"] = [f.to_dict() for f in figures]
    evidence["code"] = verification_code(evidence)
    forged = tmp_path / "forged.pdf"
    write_pdf(evidence, forged)
    capsys.readouterr()
    assert main(["--data-dir", str(data), "cert", "verify", str(forged)]) == 1
    printed = capsys.readouterr().out
    assert f"• Тест, вопрос {wrong}: в сертификате ответ засчитан как верный, при перепроверке — неверный" in printed
    assert main(["--data-dir", str(tmp_path / "empty"), "cert", "verify", str(forged)]) == 0  # no pack: as before
    assert "Примечание: Ответы не перепроверены" in capsys.readouterr().out


def test_every_name_export_takes_is_within_what_verify_reads():
    assert MAX_NAME <= MAX_PRINTED
