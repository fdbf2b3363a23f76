"""«Свой текст»: a pasted or opened text becomes a drill; what the keyboard cannot type is named."""


def test_own_text_with_emoji_names_it_and_does_not_start(window, tmp_path):
    window.open_section("custom")
    screen = window.custom
    screen.editor.setPlainText("Спасибо за ожидание 🙏")
    screen.go.click()
    assert "🙏" in screen.error.text() and window.stack.currentWidget().body is screen
    bad = tmp_path / "cp1251.txt"
    bad.write_bytes("Привет".encode("cp1251"))
    screen.load_file(bad)
    assert "UTF-8" in screen.error.text()
    good = tmp_path / "ok.txt"
    good.write_text("Ваш заказ\nуже в пути.", encoding="utf-8")
    screen.load_file(good)
    screen.go.click()
    assert window.stack.currentWidget() is window.drill
    assert window.drill.drill.target == "Ваш заказ уже в пути."
