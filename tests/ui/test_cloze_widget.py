"""A cloze question as the learner fills it: gaps inline, each as its kind and display ask, the answer in
the core's terms whatever order the lists are shown in, and nothing changeable once answered."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QLabel, QLineEdit, QRadioButton

from app.core.content import ClozeGap, QuizOption, QuizQuestion
from app.core.quiz import DrawnQuestion, score_question
from app.ui.cloze_widget import ClozeWidget

GAPS = (
    ClozeGap("multichoice", (QuizOption("ждёт", weight=100), QuizOption("спит", weight=0),
                             QuizOption("ушёл", weight=0))),
    ClozeGap("multichoice", (QuizOption("извиняется", weight=100), QuizOption("спорит", weight=0)),
             display="horizontal"),
    ClozeGap("short", (QuizOption("вы", weight=100),)),
    ClozeGap("numerical", (QuizOption(value=3, tolerance=1, weight=100),)),
)
QUESTION = QuizQuestion("c1", "cloze", "Клиент {#1} ответа, <b>оператор</b> {#2}.\nОбращение на {#3}, ответ за {#4} мин.",
                        "Чат", gaps=GAPS)


@pytest.fixture
def cloze(qtbot):
    def make(question=QUESTION, gap_orders=((2, 0, 1), (1, 0), (0,), (0,))):
        widget = ClozeWidget(DrawnQuestion(question, gap_orders=gap_orders))
        qtbot.addWidget(widget)
        widget.show()
        return widget
    return make


def test_gaps_stand_inline_as_their_kind_and_display_ask(cloze):
    widget = cloze()
    combo, group, word, number = widget.inputs()
    assert isinstance(combo, QComboBox) and isinstance(word, QLineEdit) and isinstance(number, QLineEdit)
    assert isinstance(group, QButtonGroup)
    assert isinstance(group.buttons()[0].parentWidget().layout(), QHBoxLayout)  # «horizontal»: side by side
    rows = widget.layout()
    assert rows.count() == 2  # one row per line of the text
    first_line = [rows.itemAt(0).itemAt(i).widget() for i in range(rows.itemAt(0).count())]
    assert [type(w).__name__ for w in first_line if w is not None] == ["QLabel", "QComboBox", "QLabel", "QWidget", "QLabel"]
    texts = [label.text() for label in widget.findChildren(QLabel)]
    assert "{#" not in "".join(texts) and "Клиент " in texts
    markup = next(label for label in widget.findChildren(QLabel) if "оператор" in label.text())
    assert markup.textFormat() == Qt.TextFormat.PlainText  # a pack's «<b>» is shown, never interpreted


def test_lists_show_the_drawn_order_and_answer_by_the_original_option(cloze):
    widget = cloze()
    combo, group, word, number = widget.inputs()
    assert [combo.itemText(i) for i in range(combo.count())] == ["—", "ушёл", "ждёт", "спит"]
    assert [b.text() for b in group.buttons()] == ["спорит", "извиняется"]
    assert widget.answer() == [None, None, "", ""]  # nothing chosen is no answer, not the first option
    combo.setCurrentIndex(2)  # «ждёт», option 0 of the pack
    next(b for b in group.buttons() if b.text() == "извиняется").setChecked(True)
    word.setText("вы")
    number.setText("3,5")
    assert widget.answer() == [0, 0, "вы", "3,5"]
    assert score_question(QUESTION, widget.answer()).fraction == 1.0


def test_enter_in_a_typed_gap_submits_the_answer(cloze, qtbot):
    widget = cloze()
    word = widget.inputs()[2]
    with qtbot.waitSignal(widget.submitted, timeout=1000):
        QTest.keyClick(word, Qt.Key.Key_Return)


def test_after_the_answer_nothing_can_be_changed(cloze):
    widget = cloze()
    widget.lock()
    combo, group, word, number = widget.inputs()
    assert not combo.isEnabled() and not word.isEnabled() and not number.isEnabled()
    assert not any(b.isEnabled() for b in group.buttons())


def test_a_repeated_or_unknown_mark_adds_no_field_and_missing_orders_keep_the_pack_order(cloze):
    question = QuizQuestion("c2", "cloze", "Ответ {#1}, и ещё {#1} и {#9}.", "Чат", gaps=GAPS[:1])
    widget = cloze(question, gap_orders=())
    [combo] = widget.inputs()
    assert [combo.itemText(i) for i in range(1, combo.count())] == ["ждёт", "спит", "ушёл"]
    assert len(widget.findChildren(QComboBox)) == 1 and not widget.findChildren(QRadioButton)
