"""interface.json: the language, the window geometry and the colour scheme last seen, each kept when another is saved."""

import pytest

from app.storage.interface import (FILENAME, load_dark_scheme, load_language, load_window_geometry,
                                   save_dark_scheme, save_language, save_window_geometry)


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


def test_the_colour_scheme_last_seen_is_kept_beside_the_language(tmp_path):
    assert load_dark_scheme(tmp_path) is None  # not known: the system is asked before the first frame
    save_language(tmp_path, "en")
    save_dark_scheme(tmp_path, True)
    assert load_dark_scheme(tmp_path) is True and load_language(tmp_path) == "en"
    save_dark_scheme(tmp_path, False)
    assert load_dark_scheme(tmp_path) is False


@pytest.mark.parametrize("content", ['{"dark_scheme": "yes"}', '{"dark_scheme": 1}', "{broken"])
def test_an_unreadable_colour_scheme_means_asking_the_system(tmp_path, content):
    (tmp_path / FILENAME).write_text(content, encoding="utf-8")
    assert load_dark_scheme(tmp_path) is None
