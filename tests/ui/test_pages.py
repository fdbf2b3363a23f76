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


def test_pages_inside_a_section_line_up_with_its_title(window, qtbot):
    """A grammar exercise, a quiz run and a shift start at the page's left edge, as its title does
    (their own margins indented them by 9 to 18 px)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QStackedWidget

    from tests.ui.chat_tasks import TASK, pack_with
    from app.core.content import ShiftSet

    window.resize(1280, 720)
    qtbot.waitExposed(window)

    def left_of(widget):
        return widget.mapTo(window, QPoint(0, 0)).x()

    def title_of(key):
        page = next(page for k, _t, page in window.sections if k == key)
        return left_of(page.findChild(QLabel, "PageTitle"))

    window.open_section("grammar")
    head = window.grammar.tree.topLevelItem(0)
    window.grammar._open(head.child(0))
    assert left_of(window.grammar.exercise.editor) == title_of("grammar")
    window.open_section("quiz")
    window.quizzes._start(window.quizzes.tree.topLevelItem(0).child(0))
    run = window.quizzes.run
    assert left_of(run.question) == title_of("quiz")
    window.open_section("correspondence")
    screen = window.correspondence
    shift = ShiftSet("s-1", "Утро", (TASK.id,), (0,))
    screen.shift.start(pack_with(screen, [TASK], [shift]), shift)
    screen.pages.setCurrentWidget(screen.shift)
    assert left_of(screen.shift.tabs) == title_of("correspondence")
