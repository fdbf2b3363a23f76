"""Messages about an imported XML file point at the file's own lines."""

from app.packs.xml_lines import opening_lines


def test_each_opening_is_found_on_its_line():
    source = '<quiz>\n  <question type="x">\n  </question>\n\n<question>\n<questions/>\n<question\n type="y"/>'
    assert opening_lines(source, "question") == [2, 5, 7]  # «<questions/>» is another tag


def test_no_openings_and_a_file_without_newlines():
    assert opening_lines("<course><lesson/><lesson>x</lesson></course>", "lesson") == [1, 1]
    assert opening_lines("<course/>", "lesson") == []
