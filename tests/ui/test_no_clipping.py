"""Every section at 1280×720 and 1920×1080 (the result screen and the skill cards of «Прогресс» too):
no label, button, check box, column heading or list entry shows its text cut off. Text that cannot fit even so must be elided with the full text in its tooltip."""

import re

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QHeaderView, QLabel, QPushButton,
                               QRadioButton, QStyle, QTreeWidget, QTreeWidgetItemIterator)

from tests.ui.typed_attempts import typed_attempt

SIZES = [(1280, 720), (1920, 1080)]


def _plain_width(fm: QFontMetrics, text: str) -> int:
    return max((fm.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    room = label.contentsRect().width() - 2 * max(label.margin(), 0) - max(label.indent(), 0)
    if label.wordWrap():
        # A wrapped label clips only when it is given less height than its text needs at its width.
        need = label.heightForWidth(label.width())
        return f"needs {need}px of height, has {label.height()}" if need > label.height() + 1 else None
    if label.textFormat() == Qt.TextFormat.RichText or re.search(r"<[a-zA-Z][^>]*>", text):
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        need = doc.idealWidth()
    else:
        need = _plain_width(label.fontMetrics(), text)
    if need <= room + 1:
        return None
    if text.endswith("…") and label.toolTip():
        return None  # elided on purpose, the whole text one hover away
    return f"needs {need:.0f}px, has {room}"


def _button_problem(button: QAbstractButton) -> str | None:
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text:
        return None
    need = _plain_width(button.fontMetrics(), text)
    if isinstance(button, (QCheckBox, QRadioButton)):
        style = button.style()
        need += style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, button) + \
            style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, button)
    elif not button.icon().isNull():
        need += button.iconSize().width() + 4
    else:
        need += 8  # the least frame a push button draws around its text
    have = button.contentsRect().width()
    return f"needs {need}px, has {have}" if need > have else None


def _header_problems(header: QHeaderView) -> list[str]:
    model, out = header.model(), []
    fm = header.fontMetrics()
    bold = header.font()
    bold.setBold(True)  # the stylesheet sets headings in bold
    fm = QFontMetrics(bold)
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, header.orientation()) or "")
        need = fm.horizontalAdvance(text) + 16
        if text and need > header.sectionSize(section):
            out.append(f"column heading {text!r} needs {need}px, has {header.sectionSize(section)}")
    return out


def _tree_problems(tree: QTreeWidget) -> list[str]:
    out = []
    fm = tree.fontMetrics()
    header = tree.header()
    it = QTreeWidgetItemIterator(tree)
    while it.value():
        item = it.value()
        it += 1
        depth, parent = 0, item.parent()
        while parent is not None:
            depth, parent = depth + 1, parent.parent()
        spanned = item.isFirstColumnSpanned()
        for col in range(1 if spanned else tree.columnCount()):
            text = item.text(col)
            if not text or tree.itemWidget(item, col) is not None:
                continue
            width = tree.viewport().width() if spanned else header.sectionSize(col)
            if col == 0:
                width -= tree.indentation() * (depth + (1 if tree.rootIsDecorated() else 0))
            need = _plain_width(fm, text) + 6  # the view leaves 3 px each side of a cell's text
            if need > width and item.toolTip(col) != text:
                out.append(f"entry {text!r} needs {need}px, has {width}")
    return out


def _problems(root) -> list[str]:
    out = []
    for w in root.findChildren(QLabel):
        if w.isVisibleTo(root) and (p := _label_problem(w)):
            out.append(f"label {re.sub('<[^>]+>', '', w.text())[:60]!r}: {p}")
    for w in root.findChildren(QAbstractButton):
        if isinstance(w, (QPushButton, QCheckBox, QRadioButton)) and w.isVisibleTo(root) and (p := _button_problem(w)):
            out.append(f"button {w.text()[:60]!r}: {p}")
    for w in root.findChildren(QTreeWidget):
        if w.isVisibleTo(root):
            if not w.isHeaderHidden():
                out += _header_problems(w.header())
            out += _tree_problems(w)
    return out


def _settle(qtbot) -> None:
    """Let a section's background reads arrive and its layout catch up with the texts they set."""
    QThreadPool.globalInstance().waitForDone(10_000)
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(20)


@pytest.fixture
def styled(window):
    """The program's font, palette and stylesheet on this window only: changing the application's
    while other tests' widgets await deletion has crashed the suite."""
    from app.ui import theme
    theme.load_fonts()
    font = window.font()
    font.setFamily(theme.UI_FAMILY)
    font.setPixelSize(theme.FONT_BODY)
    window.setFont(font)
    window.setPalette(theme.qpalette(theme.LIGHT))
    window.setStyleSheet(theme.stylesheet(theme.LIGHT))
    return window


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_no_section_clips_its_text(styled, size, qtbot):
    window = styled
    window.resize(*size)
    qtbot.waitExposed(window)
    found = []

    def fits(where):  # a widget that will not shrink widens the window past the screen it was sized for
        if window.width() > size[0] or window.height() > size[1]:
            found.append(f"{where}: the window grew to {window.width()}×{window.height()}")

    for row, (key, _title, page) in enumerate(window.sections):
        window.nav.setCurrentRow(row)
        _settle(qtbot)
        found += [f"{key}: {p}" for p in _problems(page)]
        fits(key)
    window.open_section("quiz")  # the question with the longest answer to choose, then its feedback
    quizzes = window.quizzes
    pack = quizzes.quiz_packs()[0]
    longest = max((q for q in pack.quiz if q.type in ("single", "multiple")),
                  key=lambda q: max(len(o.text) for o in q.options))
    assert max(len(o.text) for o in longest.options) > 100
    quizzes._start(quizzes.tree.topLevelItem(0).child(0))
    quizzes.run.start(pack, pack.quizzes[0], only=[longest.id])
    _settle(qtbot)
    found += [f"quiz question: {p}" for p in _problems(quizzes)]
    fits("quiz question")
    quizzes.run.pick(2)
    quizzes.run.confirm()
    _settle(qtbot)
    found += [f"quiz feedback: {p}" for p in _problems(quizzes)]
    fits("quiz feedback")
    quizzes.show_list()
    found += [f"nav: {p}" for p in _tree_problems_of_nav(window)]
    pack, course = window.ctx.typing_courses()[0]
    window.start_lesson(pack.id, course.id, course.lessons[-1].id)
    _settle(qtbot)
    found += [f"drill: {p}" for p in _problems(window.drill)]
    fits("drill")
    typed_attempt(window, "мама мыла раму, а папа читал")  # the result screen of a finished attempt
    _settle(qtbot)
    found += [f"result: {p}" for p in _problems(window.result)]
    fits("result")
    window.open_section("progress")  # the skill cards, now with a result on the typing card
    _settle(qtbot)
    assert window.progress.cards.cards["typing"].figure.text() != "—"
    found += [f"progress cards: {p}" for p in _problems(window.progress)]
    window.progress.show_details(True)
    _settle(qtbot)
    found += [f"progress details: {p}" for p in _problems(window.progress)]
    assert not found, "\n".join(found)


def _tree_problems_of_nav(window) -> list[str]:
    nav, fm = window.nav, window.nav.fontMetrics()
    room = nav.viewport().width() - 2 * 12
    return [f"section {nav.item(i).text()!r} needs {fm.horizontalAdvance(nav.item(i).text())}px, has {room}"
            for i in range(nav.count()) if fm.horizontalAdvance(nav.item(i).text()) > room]
