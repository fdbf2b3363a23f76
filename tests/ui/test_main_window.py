"""The main window fits an ordinary laptop screen: no page may make it wider or taller than 1280×720."""


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
