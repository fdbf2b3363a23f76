"""interface.json: the language and the window geometry, each kept when the other is saved."""

import pytest

from app.storage.interface import (FILENAME, load_language, load_window_geometry, save_language,
                                   save_window_geometry)


def test_geometry_and_language_are_kept_side_by_side(tmp_path):
    save_language(tmp_path, "en")
    save_window_geometry(tmp_path, b"\x01\xd9\xd0\xcb geometry")
    assert load_language(tmp_path) == "en"
    save_language(tmp_path, "ru")
    assert load_window_geometry(tmp_path) == b"\x01\xd9\xd0\xcb geometry"
    assert load_language(tmp_path) == "ru"


@pytest.mark.parametrize("content", ['{"window": "not base64!"}', '{"window": 5}', "[1, 2]", "{broken"])
def test_unreadable_geometry_means_the_default_window(tmp_path, content):
    (tmp_path / FILENAME).write_text(content, encoding="utf-8")
    assert load_window_geometry(tmp_path) is None
    assert load_language(tmp_path) == "ru"


def test_no_file_means_no_geometry(tmp_path):
    assert load_window_geometry(tmp_path) is None


def test_oversized_geometry_is_refused(tmp_path):
    with pytest.raises(ValueError, match="bytes"):
        save_window_geometry(tmp_path, b"x" * 5000)
