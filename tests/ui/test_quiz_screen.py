"""Netiquette quizzes driven from the keyboard, with the review and a retry of the wrong ones."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.core import quiz as core
from app.core.content import Quiz, QuizOption, QuizQuestion


def key(widget, k):
    QTest.keyClick(widget, k)


def start(window, questions, pass_percent=80.0):
    window.open_section("quiz")
    screen = window.quizzes
    pack = screen.quiz_packs()[0]
    run = screen.run
    pack = type(pack)(manifest=pack.manifest, quiz=tuple(questions))
    run.start(pack, Quiz("t-quiz", "Проба", pass_percent=pass_percent, shuffle_questions=False,
                         shuffle_options=False))
    screen.pages.setCurrentWidget(run)
    return run


SINGLE = QuizQuestion("q1", "single", "Как обратиться к клиенту?", "Обращение", "На «вы».",
                      options=(QuizOption("На «ты»"), QuizOption("На «вы»", correct=True)))
TF = QuizQuestion("q2", "truefalse", "CVV можно спросить в чате.", "Безопасность", "Никогда.", answer=False)
SHORT = QuizQuestion("q3", "short", "Сколько цифр в CVV?", "Безопасность",
                     options=(QuizOption("три", correct=True), QuizOption("3", correct=True)))


def test_the_built_in_netiquette_quizzes_are_listed(window):
    window.open_section("quiz")
    tree = window.quizzes.tree
    head = tree.topLevelItem(0)
    assert "этикет" in head.text(0).lower() and head.childCount() >= 10


def test_keyboard_only_run_review_and_stored_result(window, ctx, qtbot):
    run = start(window, [SINGLE, TF, SHORT])
    key(run, Qt.Key.Key_2)          # «На «вы»»
    key(run, Qt.Key.Key_Return)     # answer
    assert "Верно" in run.feedback.text()
    key(run, Qt.Key.Key_Return)     # next
    key(run, Qt.Key.Key_1)          # «Верно» — wrong
    key(run, Qt.Key.Key_Return)
    assert "Неверно" in run.feedback.text() and "Никогда" in run.feedback.text()
    key(run, Qt.Key.Key_Return)
    qtbot.keyClicks(run._line, "3")  # ASCII only: keyClicks aborts on other characters (tests/ui/keys.py)
    key(run._line, Qt.Key.Key_Return)
    key(run._line, Qt.Key.Key_Return)
    assert run.stack.currentIndex() == 1
    assert round(run.result.percent) == 67 and not run.result.passed
    assert "Тест не пройден" in run.review.text() and "Никогда" in run.review.text()
    row = ctx.store.attempts.list(ctx.profile.id, kind="quiz")[0]
    assert row.exercise_id == "t-quiz" and round(row.score) == 67
    assert sorted(row.details["right"]) == ["q1", "q3"]
    assert sorted(row.details["answers"]) == ["q1", "q2", "q3"]  # kept, so a certificate can re-grade them
    assert row.details["answers"]["q2"] is True  # «Верно», as the scorer takes it
    run.retry()
    assert [d.id for d in run.drawn] == ["q2"]


def test_every_question_type_of_the_built_in_pack_can_be_answered_right(window):
    window.open_section("quiz")
    pack = window.quizzes.quiz_packs()[0]
    for question in pack.quiz:
        assert core.score_question(question, core.right_answer(question)).correct, question.id


def test_a_moodle_bank_is_imported_from_the_window(window, ctx, qtbot):
    from pathlib import Path
    window.open_section("quiz")
    screen = window.quizzes
    gift = Path(__file__).resolve().parents[1] / "packs" / "data" / "quiz" / "etiquette.gift"
    before = len(screen.quiz_packs())
    screen.import_file(gift)
    qtbot.waitUntil(lambda: screen.import_button.isEnabled(), timeout=20_000)
    assert "etiquette.gift" in screen.import_status.text()
    assert len(screen.quiz_packs()) == before + 1


def test_a_broken_bank_is_reported_and_nothing_installed(window, tmp_path, qtbot):
    window.open_section("quiz")
    screen = window.quizzes
    bad = tmp_path / "broken.gift"
    bad.write_text("::Вопрос:: Как обратиться к клиенту? {=На «вы» ~На «ты»\n", encoding="utf-8")
    before = len(screen.quiz_packs())
    screen.import_file(bad)
    qtbot.waitUntil(lambda: screen.import_button.isEnabled(), timeout=20_000)
    assert "не импортирован" in screen.import_status.text() and "broken.gift" in screen.import_status.text()
    assert len(screen.quiz_packs()) == before


def test_cloze_gaps_inline_combined_feedback_hints_and_review(window, ctx, qtbot):
    from app.core.content import ClozeGap
    from app.ui.cloze_widget import ClozeWidget
    from PySide6.QtWidgets import QButtonGroup, QComboBox, QLineEdit

    cloze = QuizQuestion(
        "c1", "cloze", "Клиент {#1} ответа.\nОператор {#2}, норматив {#3} мин.", "Чат",
        gaps=(ClozeGap("multichoice", (QuizOption("ждёт", weight=100), QuizOption("спит", weight=0))),
              ClozeGap("multichoice", (QuizOption("извиняется", weight=100), QuizOption("спорит", weight=0,
                                                                                            feedback="Не спорьте.")),
                       display="vertical"),
              ClozeGap("numerical", (QuizOption(value=3, tolerance=2, weight=100),))),
        feedback_partial="Почти всё верно.", hints=("Вспомните регламент.",), title="Cloze из Moodle")
    screen = start(window, [cloze])
    widget = screen.findChild(ClozeWidget)
    combo, radios, number = widget.inputs()
    assert isinstance(combo, QComboBox) and isinstance(radios, QButtonGroup) and isinstance(number, QLineEdit)
    assert "{#" not in screen.question.text()
    combo.setCurrentIndex(1)                 # «ждёт»
    radios.button(1).setChecked(True)        # «спорит»
    qtbot.keyClicks(number, "4")
    key(number, Qt.Key.Key_Return)           # answer
    text = screen.feedback.text()
    assert "67\u00a0%" in text and "Не спорьте." in text and "Почти всё верно." in text
    assert "Вспомните регламент." in text and not combo.isEnabled()
    key(screen, Qt.Key.Key_Return)           # to the review
    assert "ждёт; спорит; 4" in screen.review.text() and "_____" in screen.review.text()
    assert "Cloze из Moodle" in screen.review.text()
    row = ctx.store.attempts.list(ctx.profile.id, kind="quiz")[0]
    assert row.details["answers"]["c1"] == [0, 1, "4"]


def test_a_question_picture_from_the_pack_is_shown(window, tmp_path):
    import base64

    from app.packs.quiz_import import import_quiz
    from tests.packs.test_quiz_images import bank, png

    source = tmp_path / "bank.xml"
    files = "".join(f'<file name="{n}" encoding="base64">{base64.b64encode(png(w, 20)).decode()}</file>'
                    for n, w in (("chat window.png", 40), ("b.png", 30)))
    source.write_bytes(bank(files, src='@@PLUGINFILE@@/chat%20window.png"><img src="@@PLUGINFILE@@/b.png'))
    pack = import_quiz(source, tmp_path / "pack").pack
    window.open_section("quiz")
    run = window.quizzes.run
    run.start(pack, Quiz("t-quiz", "Проба", shuffle_questions=False))
    window.quizzes.pages.setCurrentWidget(run)
    shown = [run.picture_layout.itemAt(i).widget().pixmap().width() for i in range(run.picture_layout.count())]
    assert not run.picture.isHidden() and shown == [40, 30]
    assert run.question.text() == "Это окно чата?\n[окно]"


def test_formatted_text_is_rendered_and_an_escaped_tag_stays_visible(window):
    rich = QuizQuestion("r1", "truefalse", "Можно ли капслоком?", "Стиль", "Нельзя.", answer=False,
                        text_html="<p>Можно ли <strong>капслоком</strong>?</p>")
    plain = QuizQuestion("r2", "truefalse", "Что значит <b> в шаблоне?", "Стиль", "Жирный.", answer=True)
    run = start(window, [rich, plain])
    assert run.question.textFormat() == Qt.TextFormat.RichText and "<strong>" in run.question.text()
    key(run, Qt.Key.Key_2)
    key(run, Qt.Key.Key_Return)
    key(run, Qt.Key.Key_Return)
    assert run.question.textFormat() == Qt.TextFormat.PlainText
    assert run.question.text() == "Что значит <b> в шаблоне?"


def test_formatted_answers_and_feedback_are_shown_formatted(window):
    from PySide6.QtWidgets import QLabel

    q = QuizQuestion("f1", "single", "Как ответить?", "Тон", "Тон задаёт разговор.",
                     options=(QuizOption("Вежливо", correct=True, feedback="Да, именно так."), QuizOption("Грубо")),
                     rich_texts=(("Вежливо", "<strong>Вежливо</strong>"), ("Да, именно так.", "Да, <i>именно</i> так."),
                                 ("Тон задаёт разговор.", "Тон <b>задаёт</b> разговор.")))
    run = start(window, [q])
    shown = [w.text() for w in run.body.findChildren(QLabel)]
    assert "<strong>Вежливо</strong>" in shown  # the formatted answer, beside its button
    buttons = run._group.buttons()
    assert [b.text() for b in buttons] == ["1.", "2."]  # each answer in a label beside its button
    assert "Грубо" in shown
    [label] = [w for w in run.body.findChildren(QLabel) if w.text() == "<strong>Вежливо</strong>"]
    QTest.mouseClick(label, Qt.MouseButton.LeftButton)
    assert buttons[0].isChecked()
    run.confirm()
    text = run.feedback.text()
    assert "Да, <i>именно</i> так." in text and "Тон <b>задаёт</b> разговор." in text


def test_a_multiresponse_gap_is_ticked_box_by_box(window, ctx):
    from PySide6.QtWidgets import QCheckBox

    from app.core.content import ClozeGap

    q = QuizQuestion("mr", "cloze", "Что спросить у клиента? {#1}", "Этикет", "",
                     gaps=(ClozeGap("multiresponse", (QuizOption("номер заказа", weight=50), QuizOption("пароль", weight=-100),
                                                      QuizOption("удобное время", weight=50)), display="vertical"),))
    run = start(window, [q])
    boxes = run._cloze.findChildren(QCheckBox)
    assert [b.text() for b in boxes] == ["номер заказа", "пароль", "удобное время"]
    boxes[0].click()
    boxes[2].click()
    assert run._cloze.answer() == [[0, 2]]
    run.confirm()
    assert "Верно!" in run.feedback.text() and not boxes[1].isEnabled()
    key(run, Qt.Key.Key_Return)
    row = ctx.store.attempts.list(ctx.profile.id, kind="quiz")[0]
    assert row.details["answers"]["mr"] == [[0, 2]]
