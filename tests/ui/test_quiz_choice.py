"""A choice in a quiz question: its answer wraps beside the button, a click on it chooses, marking keeps it in line."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QRadioButton, QVBoxLayout, QWidget

from app.ui.quiz_choice import RIGHT, WRONG, Choice

LONG = "Здравствуйте! Меня зовут Анна, я помогу разобраться с доставкой. " * 3


def _choices(qtbot, *texts):
    holder = QWidget()
    box = QVBoxLayout(holder)
    choices = [Choice(QRadioButton(f"{n}."), text) for n, text in enumerate(texts, start=1)]
    for c in choices:
        box.addWidget(c)
    qtbot.addWidget(holder)
    holder.resize(500, 300)
    holder.show()
    qtbot.waitExposed(holder)
    return holder, choices


def test_a_long_answer_wraps_instead_of_widening_the_window(qtbot):
    holder, [choice] = _choices(qtbot, LONG)
    assert choice.label.wordWrap()
    assert choice.minimumSizeHint().width() < 300  # a button with this text would ask for well over 1000 px
    assert choice.label.height() > 2 * choice.label.fontMetrics().height()


def test_a_click_on_the_answer_chooses_it(qtbot):
    holder, choices = _choices(qtbot, "Вежливо", "Грубо")
    QTest.mouseClick(choices[1].label, Qt.MouseButton.LeftButton)
    assert choices[1].button.isChecked() and not choices[0].button.isChecked()


def test_marked_answers_stay_in_line_and_read_as_right_or_wrong(qtbot):
    holder, choices = _choices(qtbot, "Вежливо", "Грубо", "Никак")
    before = [c.label.x() for c in choices]
    choices[0].mark(True)
    choices[1].mark(False)
    qtbot.wait(10)
    assert [c.label.x() for c in choices] == before
    assert choices[0].button.text() == "✓ 1." and choices[1].button.text() == "✗ 2." and choices[2].button.text() == "3."
    assert RIGHT in choices[0].styleSheet() and WRONG in choices[1].styleSheet() and not choices[2].styleSheet()
