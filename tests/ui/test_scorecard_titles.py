"""Scorecard item names on screen."""

from PySide6.QtCore import QLocale


def test_scorecard_titles_follow_the_interface_language(qapp):
    """The screens name scorecard items from the one core table, in the interface's language."""
    from app.ui.scorecard_titles import element_title

    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Russian))
        assert element_title("time") == "Время ответа"
        QLocale.setDefault(QLocale(QLocale.Language.English))
        assert [element_title(n) for n in ("greeting", "time")] == ["Greeting", "Reply time"]
    finally:
        QLocale.setDefault(before)


def test_an_unknown_element_keeps_its_id(qapp):
    from app.ui.scorecard_titles import element_title

    assert element_title("greeting") == "Приветствие" and element_title("new-element") == "new-element"
