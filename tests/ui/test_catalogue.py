"""The catalogue pages (courses, topics, tasks, quizzes): group headings, columns that fit, the page's buttons."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTreeWidget, QTreeWidgetItem

from app.ui.catalogue import fit_columns, group_item, listing_page


def tree_with_pack(qtbot, title: str) -> tuple[QTreeWidget, QTreeWidgetItem, QTreeWidgetItem]:
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.setHeaderLabels(["Упражнение", "Лучший результат", "Попыток"])
    head = group_item(tree, title)
    entry = QTreeWidgetItem(head, ["Клавиши а и о", "312 зн/мин", "4"])
    return tree, head, entry


def test_a_heading_is_open_spans_the_row_and_cannot_be_chosen(qtbot):
    tree, head, entry = tree_with_pack(qtbot, "Русская раскладка: слепой набор для операторов чата, полный курс")
    assert head.isExpanded() and head.isFirstColumnSpanned()
    assert not head.flags() & Qt.ItemFlag.ItemIsSelectable
    tree.show()
    qtbot.waitExposed(tree)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(head).center())
    assert tree.selectedItems() == []
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(entry).center())
    assert tree.selectedItems() == [entry]


def test_columns_fit_their_text_and_one_takes_the_rest(qtbot):
    tree, _, entry = tree_with_pack(qtbot, "Пакет")
    tree.resize(900, 300)
    fit_columns(tree)
    tree.show()
    qtbot.waitExposed(tree)
    metrics = tree.fontMetrics()
    for column in (1, 2):
        wanted = max(metrics.horizontalAdvance(entry.text(column)),
                     metrics.horizontalAdvance(tree.headerItem().text(column)))
        assert tree.columnWidth(column) >= wanted
        assert tree.columnWidth(column) < 300  # as wide as its text, not a third of the row
    assert tree.columnWidth(0) > 500  # the exercise's title takes the rest of the row
    assert sum(tree.columnWidth(c) for c in range(3)) >= tree.viewport().width() - 2  # no empty strip on the right


def test_a_listing_page_has_its_intro_the_tree_and_the_main_button_on_the_right(qtbot):
    tree, _, _ = tree_with_pack(qtbot, "Пакет")
    start, back = QPushButton("Начать"), QPushButton("Удалить результаты")
    below = QLabel("Выберите упражнение.")
    page = listing_page("<b>Курсы</b> слепого набора", tree, start, below=[below], left=[back])
    qtbot.addWidget(page)
    page.resize(800, 500)
    page.show()
    qtbot.waitExposed(page)
    intro = page.findChildren(QLabel)[0]
    assert intro.text() == "<b>Курсы</b> слепого набора" and intro.wordWrap()
    assert start.property("role") == "primary"
    assert intro.y() < tree.y() < below.y() < start.y()
    assert back.x() < start.x() and start.geometry().right() > page.width() - 20
    assert tree.height() > page.height() / 2  # the list takes the room the page has
