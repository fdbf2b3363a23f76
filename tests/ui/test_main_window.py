"""The main window: opens in Russian with its sections, Ctrl+digit opens a section, and it fits a 1280×720 screen."""


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


def test_the_window_fits_1280_by_720(ctx, qapp, qtbot, no_dialogs):
    from app.ui import theme
    from app.ui.main_window import MainWindow
    font = qapp.font()
    font.setFamily(theme.UI_FAMILY)
    font.setPixelSize(14)  # the size the application sets at start
    qapp.setFont(font)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    need = window.minimumSizeHint()
    widest = max((window.stack.widget(i) for i in range(window.stack.count())),
                 key=lambda page: page.minimumSizeHint().width())
    assert need.width() <= 1280, f"{type(widest).__name__} needs {widest.minimumSizeHint().width()} px"
    assert need.height() <= 720


def test_the_empty_first_frame_centres_its_note_and_never_scrolls_the_sections_sideways(qapp, qtbot):
    """Both are set by property name (no Qt enums before the first frame): a misspelt name would fail silently."""
    from PySide6.QtCore import Qt

    from app.ui.main_window import MainWindow
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.loading.text() == "Загрузка…"
    assert window.loading.alignment() == Qt.AlignmentFlag.AlignCenter
    assert window.nav.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert not window.nav.isEnabled() and window.nav.count() == 12
