"""The main window: opens in Russian with its sections; Ctrl+digit opens a section."""

def test_window_opens_in_russian_with_the_sections(window):
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["Главная", "Прогресс", "Курсы", "Тест на время", "Свой текст", "Адаптивная тренировка",
                      "Грамотность",
                      "Деловая переписка", "Сетевой этикет", "Пакеты", "Сертификаты", "Настройки"]
    assert "Анна" in window.home.welcome.text()


def test_ctrl_digits_open_sections_and_ctrl_0_the_tenth(window, qtbot):
    from PySide6.QtCore import Qt

    window.show()
    qtbot.waitExposed(window)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentRow() == 2
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentRow() == 9
    assert window.stack.currentWidget() is window.sections[9][2]
