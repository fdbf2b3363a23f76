"""Scorecard element names on screen."""


def test_scorecard_titles_on_screen_are_the_core_ones():
    """The chat screen keeps its own list for translation; certificate reports use the core one."""
    from app.core.scorecard import ELEMENT_TITLES
    from app.ui.scorecard_titles import _TITLES

    assert _TITLES == ELEMENT_TITLES


def test_an_unknown_element_keeps_its_id(qapp):
    from app.ui.scorecard_titles import element_title

    assert element_title("greeting") == "Приветствие" and element_title("new-element") == "new-element"
