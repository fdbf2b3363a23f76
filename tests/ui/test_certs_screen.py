"""«Сертификаты»: requirements shown, a certificate saved off the GUI thread, a file verified."""

from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.core.certificate import keystrokes_from_rows
from app.core.metrics import summarise
from app.core.plausibility import assess
from app.core.records import QuizRecord, TypingRecord
from app.ui.places import documents_dir
from tests.core.cert_fixtures import human_log


def _timed_test(ctx):
    log = keystrokes_from_rows(human_log())
    text = "привет как дела " * 80
    ctx.store.attempts.save_typing(
        ctx.profile.id, kind="timed", pack_id="ru-typing", exercise_id="timed-3", layout="ru", mode="normal",
        text=text, started_at="2026-12-04T03:00:00+00:00",
        record=TypingRecord(summary=summarise(log, len(text)).to_dict(), time_limit=180.0,
                            plausibility=assess(log, len(text)).to_dict()),
        keystrokes=log, passed=True)


def _rows(screen):
    return [[screen.table.item(i, j).text() for j in range(4)] for i in range(screen.table.rowCount())]


def _select(screen, pack_id, qtbot):
    """Choose the pack and wait for its figures, read off the GUI thread."""
    screen.pack_box.setCurrentIndex(screen.pack_box.findData(pack_id))
    qtbot.waitUntil(lambda: screen.reading is not None and screen.reading.done, timeout=10_000)


def test_unmet_requirements_are_shown_and_saving_is_off(window, qtbot):
    window.open_section("certs")
    screen = window.certs
    _select(screen, "ru-typing", qtbot)
    assert _rows(screen)[0] == ["Скорость", "нет попытки", "200 зн/мин", "нет"]
    assert not screen.save_button.isEnabled()


def test_figures_read_for_a_pack_no_longer_chosen_are_not_shown(window, ctx, qtbot):
    """Choosing another pack while the first one's figures are still read showed the first one's."""
    window.open_section("certs")
    screen = window.certs
    _select(screen, "ru-typing", qtbot)
    typing_figures = screen.elig
    other = next(screen.pack_box.itemData(i) for i in range(screen.pack_box.count())
                 if screen.pack_box.itemData(i) != "ru-typing")
    _select(screen, other, qtbot)
    shown = _rows(screen)
    screen._show(typing_figures, "ru-typing", ctx.profile.id)  # the earlier reading arrives late
    assert _rows(screen) == shown and screen.elig is not typing_figures


def test_save_and_verify_a_certificate(window, ctx, qtbot, monkeypatch, tmp_path):
    _timed_test(ctx)
    ctx.attemptSaved.emit(0)
    window.open_section("certs")
    screen = window.certs
    _select(screen, "ru-typing", qtbot)
    assert [r[3] for r in _rows(screen)] == ["да", "да", "да"]
    assert screen.save_button.isEnabled()
    screen.name.setText("Анна Петрова")
    target = tmp_path / "анна.pdf"
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: offered.append(a[2]) or (str(target), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    screen.save_button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    assert target.exists() and str(target) in told[0]
    assert offered == [str(documents_dir() / "Анна Петрова.pdf")]  # the documents folder, not the working one
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    screen.verify_button.click()
    qtbot.waitUntil(lambda: len(told) == 2, timeout=10000)
    assert told[1].startswith("Сертификат подлинный: Анна Петрова")


def test_a_name_the_certificate_cannot_carry_is_refused_before_any_file_is_chosen(window, ctx, qtbot, monkeypatch):
    _timed_test(ctx)
    ctx.attemptSaved.emit(0)
    window.open_section("certs")
    screen = window.certs
    _select(screen, "ru-typing", qtbot)
    warned, chosen = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: chosen.append(a) or ("", ""))
    for name in ("  ", "Анна\u202eавортеП"):
        screen.name.setText(name)
        screen.save_button.click()
    assert warned == ["Укажите имя, которое будет в сертификате.",
                      "В имени невидимый или служебный символ U+202E: напечатать его нельзя."]
    assert not chosen


def test_verifying_a_non_certificate_shows_a_clear_error(window, qtbot, monkeypatch, tmp_path):
    bogus = tmp_path / "x.pdf"
    bogus.write_text("не pdf", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bogus), ""))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    window.certs.verify_button.click()
    qtbot.waitUntil(lambda: bool(warned), timeout=10000)
    assert "не удаётся прочитать PDF" in warned[0]


def _quiz_certificate(path, pack):
    """A certificate of ``pack`` (ru-netiquette, its hash as given) from a run with every answer right."""
    from datetime import date

    from app.certs.pdf_writer import write_pdf
    from app.core import quiz
    from app.core.cert_evidence import build_evidence, collect
    from app.core.thresholds import CertificateThresholds
    from tests.core.cert_fixtures import row
    final = next(q for q in pack.quizzes if q.id == "quiz-final")
    drawn = quiz.draw(pack.quiz, final, seed=3)
    details = QuizRecord.of(3, drawn, quiz.grade_quiz(drawn, {d.id: quiz.right_answer(d.question)
                                                                  for d in drawn}, final)).to_json()
    th = CertificateThresholds()
    elig = collect([row(1, "quiz", final.id, score=100.0, **details)], pack, lambda _: [], th)
    write_pdf(build_evidence(elig, name="Анна Петрова", profile="anna", pack=pack, th=th, issued=date(2026, 12, 4)),
              path)


def test_the_verify_dialog_says_whether_the_answers_were_re_graded(window, qtbot, monkeypatch, tmp_path):
    import dataclasses

    from app.packs.registry import find_pack
    pack = find_pack("ru-netiquette", None)
    same, other = tmp_path / "same.pdf", tmp_path / "other.pdf"
    _quiz_certificate(same, pack)
    _quiz_certificate(other, dataclasses.replace(pack, content_hash="f" * 64))  # a version not installed
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    for path in (same, other):
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, p=path, **k: (str(p), ""))
        window.certs.verify_button.click()
        qtbot.waitUntil(lambda n=len(told): len(told) == n + 1, timeout=20000)
    assert told[0].startswith("Сертификат подлинный: Анна Петрова") and "Ответы заново проверены по пакету: тест." in told[0]
    assert "Ответы заново проверены" not in told[1]
    note = (f"Примечание: Ответы не перепроверены: пакет «ru-netiquette» версии {pack.manifest.version} "
            f"(хеш {'f' * 64}) не найден")
    assert note in told[1]


def test_grammar_answers_are_re_graded_by_the_engine_process(window, qtbot, monkeypatch, tmp_path):
    """The window's process never loads the morphology: re-grading asks the engine process, offline."""
    from datetime import date

    from app.certs.pdf_writer import write_pdf
    from app.core.cert_evidence import build_evidence, collect
    from app.core.thresholds import CertificateThresholds
    from app.packs.registry import find_pack
    from app.ui.grammar_service import GrammarService
    from tests.core.cert_fixtures import row
    pack = find_pack("ru-grammar", None)
    items = [g for g in pack.grammar if g.kind == "correct"][:3]
    rows = [row(10 + n, "grammar", item.id, passed=True, answer=item.answers[0]) for n, item in enumerate(items)]
    th = CertificateThresholds(grammar_percent=1.0)
    path = tmp_path / "grammar.pdf"
    write_pdf(build_evidence(collect(rows, pack, lambda _: [], th), name="Анна Петрова", profile="anna", pack=pack,
                             th=th, issued=date(2026, 12, 4)), path)
    asked, original = [], GrammarService.run_offline_check
    monkeypatch.setattr(GrammarService, "run_offline_check",
                        lambda self, text, lang, known=(): asked.append(text) or original(self, text, lang, known))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.certs.verify_button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=60_000)
    assert "Ответы заново проверены по пакету: грамматика." in told[0], told[0]
    assert sorted(asked) == sorted(item.answers[0] for item in items)
