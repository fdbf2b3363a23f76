"""«Добавить в словарь» from a spelling underline, and the dictionary list in Settings."""

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor

from app.core.content import GrammarItem
from app.core.grammar.findings import Category


TEXT = "Откройте личкаб сегодня, и скорость вырастет."
WORD = "личкаб"




def start_items(screen, items):
    pack = next(p for p in screen.grammar_packs() if p.manifest.language == "ru")
    screen.exercise.start(pack, "проба", items)
    screen.pages.setCurrentWidget(screen.exercise)
    return screen.exercise


def _spelling(editor):
    return [editor.toPlainText()[f.offset:f.offset + f.length] for f in editor.findings
            if f.category == Category.SPELLING]


def test_a_word_added_from_the_underline_menu_is_no_longer_flagged(grammar, ctx, qtbot):
    exercise = start_items(grammar, [GrammarItem("t-dict", "free", "Предложите тариф.", ("Подключите тариф.",))])
    editor = exercise.editor
    editor.setPlainText(TEXT)
    qtbot.waitUntil(lambda: WORD in _spelling(editor), timeout=30_000)
    cursor = QTextCursor(editor.document())
    cursor.setPosition(TEXT.index(WORD) + 3)
    menu = editor.context_menu(editor.cursorRect(cursor).center())
    first = menu.actions()[0]
    assert first.text() == f"Добавить «{WORD}» в словарь"
    first.trigger()
    assert WORD not in _spelling(editor)  # at once, before the engine answers
    assert ctx.store.dictionary.words(ctx.profile.id) == [WORD]
    qtbot.wait(300)
    editor.setPlainText(TEXT + " Извените.")  # re-checked: the word stays clean, a misspelling is still found
    qtbot.waitUntil(lambda: "Извените" in _spelling(editor), timeout=30_000)
    assert WORD not in _spelling(editor)


def test_no_dictionary_entry_off_a_spelling_underline(grammar, qtbot):
    exercise = start_items(grammar, [GrammarItem("t-dict2", "free", "Предложите тариф.", ("Подключите тариф.",))])
    editor = exercise.editor
    editor.setPlainText(TEXT)
    qtbot.waitUntil(lambda: bool(editor.findings), timeout=30_000)
    menu = editor.context_menu(QPoint(2, 2))  # on «Откройте», not underlined
    assert menu.actions() and not any("словарь" in a.text() for a in menu.actions())


def test_settings_lists_words_removes_one_and_brings_it_back(window, ctx, qtbot):
    ctx.add_word("Мегасвязь")
    ctx.add_word("личкаб")
    box = window.settings.dictionary
    assert [box.words.item(i).text() for i in range(box.words.count())] == ["личкаб", "мегасвязь"]
    box.words.setCurrentRow(1)
    box.remove_button.click()
    assert ctx.store.dictionary.words(ctx.profile.id) == ["личкаб"]
    assert not box.undo_button.isHidden() and box.undo_button.text() == "Вернуть «мегасвязь»"
    box.undo_button.click()
    assert ctx.store.dictionary.words(ctx.profile.id) == ["личкаб", "мегасвязь"]
    assert [box.words.item(i).text() for i in range(box.words.count())] == ["личкаб", "мегасвязь"]
