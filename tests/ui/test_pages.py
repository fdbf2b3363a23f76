"""Every section is a page with its title and the same margins; leaving a lesson returns where it began."""

from PySide6.QtWidgets import QLabel

from app.ui import theme


def test_every_section_has_its_title_and_the_standard_margins(window):
    for key, title, page in window.sections:
        heading = page.findChild(QLabel, "PageTitle")
        assert heading is not None and heading.text() == title, key
        assert page.layout().contentsMargins().left() == theme.PAGE_MARGINS[0], key
    assert window.drill.layout().contentsMargins().left() == theme.PAGE_MARGINS[0]


def test_a_lesson_started_from_home_returns_home(window, ctx):
    pack, course = ctx.typing_courses()[0]
    window.open_section("home")
    window.start_lesson(pack.id, course.id, course.lessons[0].id)
    window.drill.leave.emit()
    assert window.nav.currentRow() == 0
    window.open_section("course")
    window.start_lesson(pack.id, course.id, course.lessons[0].id)
    window.drill.leave.emit()
    assert window.sections[window.nav.currentRow()][0] == "course"
