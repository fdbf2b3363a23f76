"""Locating a problem in a TOML file: the line of a key or table, since tomllib keeps no positions."""

from app.packs.toml_lines import LineMap

TEXT = '''format = 1

[[course]]
id = "ru"
title = """Курс
id = "not a key"
"""

[[course.lesson]]
id = "l1"
text = "ао"

[[course.lesson]]
id = "l2"
"text" = "ол"

[[course]]
id = "en"
[[course.lesson]]
id = "e1"
'''


def test_keys_and_tables_are_found_under_their_array_index():
    lines = LineMap(TEXT)
    assert lines.line(("format",)) == 1
    assert lines.line(("course", 0)) == 3 and lines.line(("course", 0, "id")) == 4
    assert lines.line(("course", 0, "lesson", 1, "text")) == 15  # a quoted key too
    assert lines.line(("course", 1, "id")) == 18
    assert lines.line(("course", 1, "lesson", 0, "id")) == 20  # lesson numbering restarts in a new course


def test_a_line_inside_a_multi_line_string_is_not_a_key():
    assert LineMap(TEXT).line(("course", 0, "title")) == 5
    assert LineMap(TEXT).line(("course", 0, "id")) == 4


def test_a_missing_field_is_placed_at_its_nearest_located_parent():
    lines = LineMap(TEXT)
    assert lines.line(("course", 0, "lesson", 0, "new_keys")) == 9
    assert lines.line(("nothing",)) is None


def test_a_key_is_looked_for_in_its_own_table_only():
    text = '[[item]]\nid = "a"\n\n[[item]]\ntext = "b"\n'
    lines = LineMap(text)
    assert lines.line(("item", 1, "id")) == 4  # not line 2, which is the first item's
    assert lines.line(("item", 0, "id")) == 2 and lines.line(("item", 1, "text")) == 5


def test_a_header_inside_a_multi_line_string_is_text():
    text = 'a = """\n[[item]]\n"""\n[[item]]\nid = "x"\n'
    assert LineMap(text).line(("item", 0, "id")) == 5 and LineMap(text).line(("item", 1)) is None
