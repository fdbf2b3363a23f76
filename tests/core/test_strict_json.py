"""Strict JSON from bytes: each thing json.loads lets through is refused with a Russian reason."""

import pytest

from app.core.strict_json import loads_strict, nesting_depth


def load(data: bytes, max_bytes: int = 1000, max_depth: int = 4):
    return loads_strict(data, max_bytes=max_bytes, max_depth=max_depth)


def test_a_plain_utf8_document_is_read():
    assert load('{"имя": "Анна", "баллы": [1, 2.5]}'.encode()) == {"имя": "Анна", "баллы": [1, 2.5]}


@pytest.mark.parametrize("data, reason", [
    ('{"a": 1}'.encode("utf-8-sig"), "записан в кодировке UTF-8 с меткой порядка байтов (BOM), а нужна UTF-8 без BOM"),
    ('{"a": 1}'.encode("utf-16"), "записан в кодировке UTF-16 или UTF-32"),
    ('{"a": 1}'.encode("utf-16-le"), "содержит нулевые байты (похоже на UTF-16)"),
    ('{"a": "Я"}'.encode("cp1251"), "не в кодировке UTF-8 (байт 7)"),
    (b'{"a": 1, "a": 2}', "ключ «a» повторяется в одном объекте"),
    (b'{"a": NaN}', "значение NaN не допускается в JSON"),
    (b'[Infinity]', "значение Infinity не допускается в JSON"),
    (b'{"a": 1}\n{"b": 2}', "после документа JSON лишние данные (строка 2, столбец 1)"),
    (b'{"a": }', "не JSON: Expecting value (строка 1, столбец 7)"),
    (b'[[[[[1]]]]]', "глубина вложенности 5, допускается не больше 4"),
    (b"x" * 2000, "слишком большой"),
])
def test_what_json_loads_would_accept_or_crash_on_is_refused_with_the_reason(data, reason):
    with pytest.raises(ValueError) as err:
        load(data)
    assert reason in str(err.value)


def test_depth_is_counted_without_recursion_and_brackets_inside_strings_do_not_count():
    assert nesting_depth('{"a": "[[[[", "b": [{"c": "}}"}]}') == 3
    assert nesting_depth("[" * 200_000 + "]" * 200_000) == 200_000  # json.loads would hit RecursionError
