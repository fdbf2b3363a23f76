"""Checking a text for a drill: whitespace tidied, characters no keyboard has named with their place."""

import re

import pytest

from app.core.layouts import load_layout
from app.core.text_check import TextError, check_text

RU = load_layout("ru")


def test_breaks_and_runs_of_spaces_become_one_space():
    assert check_text("  Добрый день!\r\n\tЧем\n\nпомочь?  ", RU) == "Добрый день! Чем помочь?"


def test_emoji_cjk_and_control_characters_are_named_with_place():
    with pytest.raises(TextError) as err:
        check_text("Привет 😀\nмир 中\x00", RU)
    message = str(err.value)
    assert "«😀» (эмодзи или значок, U+1F600), строка 1, позиция 8" in message
    assert "«中» (иероглиф, U+4E2D), строка 2" in message
    assert "(невидимый управляющий символ, U+0000)" in message
    descriptions = re.sub(r"U\+[0-9A-F]+", "", " ".join(b.name for b in err.value.bad))
    assert not re.search("[A-Za-z]", descriptions)  # no English Unicode names
    assert [b.char for b in err.value.bad] == ["😀", "中", "\x00"]


def test_empty_text_is_refused():
    with pytest.raises(TextError):
        check_text(" \n\t ", RU)
