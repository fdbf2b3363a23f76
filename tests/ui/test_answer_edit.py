"""The answer box: findings underlined where they are (emoji before them included), dropped once the text
changes; Ctrl+Enter submits; a pause in typing asks for a check."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.core.grammar.findings import Category, Finding
from app.ui.answer_edit import AnswerEdit

TEXT = "🙂 Добрый день Иван!"
COMMA = Finding(TEXT.index("день Иван"), len("день Иван"), "Пропущена запятая", Category.PUNCTUATION,
                "OURS_ADDRESS_COMMA", ("день, Иван",), "ours")


def test_a_finding_is_underlined_exactly_over_its_words_after_an_emoji(qtbot):
    edit = AnswerEdit()
    qtbot.addWidget(edit)
    edit.setPlainText(TEXT)
    edit.show_findings([COMMA])
    [sel] = edit.extraSelections()
    assert sel.cursor.selectedText() == "день Иван"  # Qt counts the emoji as two units, the finding as one
    assert sel.format.toolTip() == "Пропущена запятая"
    assert edit.finding_at(COMMA.offset) == COMMA and edit.finding_at(COMMA.offset - 1) is None


def test_a_finding_past_the_end_is_not_drawn_and_editing_drops_the_marks(qtbot):
    edit = AnswerEdit()
    qtbot.addWidget(edit)
    edit.setPlainText(TEXT)
    edit.show_findings([COMMA, Finding(100, 3, "?", Category.SPELLING, "X")])
    assert len(edit.extraSelections()) == 1
    edit.insertPlainText("!")
    assert edit.findings == [] and edit.extraSelections() == []  # stale marks would point at wrong letters


def test_ctrl_enter_submits_and_a_pause_settles_the_text(qtbot):
    edit = AnswerEdit()
    qtbot.addWidget(edit)
    with qtbot.waitSignal(edit.submitted, timeout=1000):
        QTest.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert edit.toPlainText() == ""  # no new line typed
    with qtbot.waitSignal(edit.settled, timeout=3000) as settled:
        edit.setPlainText("Спасибо")
    assert settled.args == ["Спасибо"]
