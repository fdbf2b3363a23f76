"""Issue 16, item 4: quiz and grammar-choice keyboard traps, driven with real key events.

Keys go to the widget that has the focus (QApplication.focusWidget()), as a user's keys do.
"""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.core.content import GrammarItem, Quiz, QuizOption, QuizPair, QuizQuestion


def focused():
    return QApplication.focusWidget()


def key(k, modifier=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(focused(), k, modifier)


def start(window, qtbot, questions):
    window.open_section("quiz")
    screen = window.quizzes
    pack = screen.quiz_packs()[0]
    pack = type(pack)(manifest=pack.manifest, quiz=tuple(questions))
    screen.run.start(pack, Quiz("t-keys", "Проба", shuffle_questions=False, shuffle_options=False))
    screen.pages.setCurrentWidget(screen.run)
    window.activateWindow()
    qtbot.waitUntil(lambda: focused() is not None and screen.run.isAncestorOf(focused()) or focused() is screen.run)
    return screen.run


SINGLE = QuizQuestion("k1", "single", "Как обратиться к клиенту?", "Обращение", "На «вы».",
                      options=(QuizOption("На «ты»"), QuizOption("На «вы»", correct=True)))
TF = QuizQuestion("k2", "truefalse", "CVV можно спросить в чате.", "Безопасность", "Никогда.", answer=False)
MATCH = QuizQuestion("k3", "matching", "Сопоставьте.", "Тон", pairs=(
    QuizPair("Извините за ожидание", "извинение"), QuizPair("Здравствуйте!", "приветствие")))
ORDER = QuizQuestion("k4", "ordering", "Порядок ответа.", "Структура",
                     items=("Приветствие", "Решение", "Прощание"))
MULTI = QuizQuestion("k5", "multiple", "Что нельзя спрашивать?", "Безопасность",
                     options=(QuizOption("CVV", correct=True), QuizOption("Номер заказа"),
                              QuizOption("Пароль", correct=True)))
SHORT = QuizQuestion("k6", "short", "Сколько цифр в CVV?", "Безопасность", options=(QuizOption("3", correct=True),))


@pytest.mark.parametrize("question", [TF, MATCH, SINGLE, MULTI, SHORT], ids=lambda q: q.type)
def test_enter_with_nothing_chosen_only_says_what_to_do(window, qtbot, question):
    run = start(window, qtbot, [question, SINGLE])
    key(Qt.Key.Key_Return)
    assert not run.confirmed and run.answers == {}  # not submitted as wrong
    assert "Сначала" in run.feedback.text()  # and the learner is told what to do
    assert run.index == 0 and run.stack.currentIndex() == 0
    if question.type in ("single", "multiple", "truefalse"):
        key(Qt.Key.Key_1)
        assert run.feedback.text() == ""  # chosen: the prompt goes


def test_the_right_option_is_highlighted_right_after_a_wrong_answer(window, qtbot):
    run = start(window, qtbot, [SINGLE, TF, MATCH, SHORT])
    key(Qt.Key.Key_1)  # «На «ты»» — wrong
    key(Qt.Key.Key_Return)
    right, wrong = run._group.button(2), run._group.button(1)
    assert right.text().startswith("✓") and "#c8e6c9" in right.styleSheet()
    assert wrong.text().startswith("✗")
    assert "Верный ответ: На «вы»" in run.feedback.text()
    key(Qt.Key.Key_Return)
    key(Qt.Key.Key_1)  # «Верно» — wrong, the statement is false
    key(Qt.Key.Key_Return)
    assert run._group.button(2).text().startswith("✓")
    key(Qt.Key.Key_Return)
    combos = list(run._combos.values())
    combos[0].setCurrentIndex(combos[0].findData("приветствие"))  # swapped pairs
    combos[1].setCurrentIndex(combos[1].findData("извинение"))
    key(Qt.Key.Key_Return)
    shown = run.feedback.text()
    assert "Извините за ожидание — извинение" in shown and "Здравствуйте! — приветствие" in shown
    key(Qt.Key.Key_Return)
    QTest.keyClicks(focused(), "4")
    key(Qt.Key.Key_Return)
    assert "Верный ответ: 3" in run.feedback.text()


def test_the_ordering_list_has_the_focus_and_ctrl_arrows_move_at_once(window, qtbot):
    run = start(window, qtbot, [SINGLE, ORDER])
    key(Qt.Key.Key_2)
    key(Qt.Key.Key_Return)
    key(Qt.Key.Key_Return)  # on to the ordering question, as a learner gets there
    def order():
        return [run._list.item(i).text() for i in range(run._list.count())]

    first, second, third = order()  # drawn shuffled; the first row is the current one
    key(Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert order() == [second, first, third]
    assert focused() is run._list
    key(Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert order() == [second, third, first]
    key(Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert order() == [second, first, third]
    key(Qt.Key.Key_Return)
    assert run.confirmed


@pytest.fixture
def grammar(window, qtbot):
    service = window.grammar_service
    qtbot.waitUntil(lambda: service.state != "loading", timeout=60_000)
    window.open_section("grammar")
    return window.grammar


def open_choice(window, grammar, qtbot):
    item = GrammarItem("k-choose", "choose", "Вам ___ ответят.", ("обязательно",),
                       options=("обязательно", "обязательна"))
    pack = next(p for p in grammar.grammar_packs() if p.manifest.language == "ru")
    exercise = grammar.exercise
    exercise.start(pack, "проба", [item])
    grammar.pages.setCurrentWidget(exercise)
    window.activateWindow()
    qtbot.waitUntil(lambda: focused() is not None and exercise.isAncestorOf(focused()))
    return exercise


def test_keys_choose_options_in_a_grammar_choice_exercise(window, grammar, qtbot):
    exercise = open_choice(window, grammar, qtbot)
    key(Qt.Key.Key_2)
    assert exercise.answer_text() == "обязательна"
    key(Qt.Key.Key_1)
    assert exercise.answer_text() == "обязательно"
    key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: exercise.verdict is not None, timeout=20_000)
    assert exercise.verdict.accepted


def test_a_grammar_choice_with_nothing_chosen_is_not_judged(window, grammar, qtbot):
    exercise = open_choice(window, grammar, qtbot)
    key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # nothing chosen: not judged
    assert exercise.verdict is None and "Сначала" in exercise.result.text()
    assert "обязательно" not in exercise.result.text()  # the key is not given away
    assert exercise.check_button.isEnabled()
    key(Qt.Key.Key_2)
    assert exercise.result.text() == ""  # chosen: the prompt goes


def test_keys_typed_on_after_a_timed_quiz_runs_out_press_nothing(window, ctx, qtbot):
    """Issue 16: the end guard of typing results covers a timed quiz too."""
    from app.core.drill_clock import END_GRACE
    from tests.ui.keys import type_text

    run = start(window, qtbot, [SHORT, SINGLE])
    clock = [500.0]
    run._clock = lambda: clock[0]
    run.start(run.pack, Quiz("t-timed", "На время", shuffle_questions=False, shuffle_options=False,
                             time_limit=60))
    qtbot.waitUntil(lambda: focused() is not None and run.isAncestorOf(focused()))
    type_text(focused(), "три")
    clock[0] += 61
    run._tick()  # time is up while the learner is still typing
    assert run.stack.currentIndex() == 1  # the review
    assert focused() not in (run.retry_button, run.done_button)
    before = ctx.store.attempts.count(ctx.profile.id)
    for k in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_1, Qt.Key.Key_Escape):
        key(k)
        clock[0] += 0.1
    assert run.stack.currentIndex() == 1 and window.quizzes.pages.currentWidget() is run
    clock[0] += END_GRACE  # after the grace period Space and Enter still press no button
    key(Qt.Key.Key_Space)
    key(Qt.Key.Key_Return)
    assert run.stack.currentIndex() == 1 and window.quizzes.pages.currentWidget() is run
    assert ctx.store.attempts.count(ctx.profile.id) == before  # the run was saved once, at its end
    qtbot.mouseClick(run.done_button, Qt.MouseButton.LeftButton)  # a deliberate click still works
    assert window.quizzes.pages.currentWidget() is not run
