"""Choosing and preparing the data directory."""

from __future__ import annotations

import errno
import stat
import tempfile
from pathlib import Path

import platformdirs
import pytest
from storage_helpers import permissions_enforced

from app.storage import DB_FILENAME, DataDirError, StorageError, open_store, prepare_data_dir, resolve_data_dir

def test_option_wins_over_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("CHAT_TRAINER_DATA", str(tmp_path / "env"))
    assert resolve_data_dir(str(tmp_path / "opt")) == tmp_path / "opt"


def test_environment_is_honoured(monkeypatch, tmp_path):
    monkeypatch.setenv("CHAT_TRAINER_DATA", str(tmp_path / "env"))
    assert resolve_data_dir(None) == tmp_path / "env"
    with open_store(resolve_data_dir(None)) as store:
        assert store.path == tmp_path / "env" / DB_FILENAME
    assert (tmp_path / "env" / DB_FILENAME).is_file()


def test_default_is_the_user_data_dir(monkeypatch):
    monkeypatch.delenv("CHAT_TRAINER_DATA", raising=False)
    assert resolve_data_dir(None) == Path(platformdirs.user_data_dir("chat-trainer", appauthor=False))
    monkeypatch.setenv("CHAT_TRAINER_DATA", "")
    assert resolve_data_dir(None) == Path(platformdirs.user_data_dir("chat-trainer", appauthor=False))


def test_tilde_is_expanded(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("USERPROFILE", str(tmp_path))
    assert resolve_data_dir("~/тренажёр") == tmp_path / "тренажёр"
    monkeypatch.setenv("CHAT_TRAINER_DATA", "~/env")
    assert resolve_data_dir(None) == tmp_path / "env"


def test_missing_parents_are_created(tmp_path):
    target = tmp_path / "а" / "б" / "данные"
    assert prepare_data_dir(target) == target
    assert target.is_dir()
    assert list(target.iterdir()) == []  # the write probe cleans up after itself


def test_a_file_is_not_a_data_dir(tmp_path):
    target = tmp_path / "data"
    target.write_text("not a folder")
    with pytest.raises(DataDirError) as info:
        open_store(target)
    assert str(target) in str(info.value)
    assert "файл, а не папка" in str(info.value)
    assert isinstance(info.value, StorageError)
    assert target.read_text() == "not a folder"


def test_a_file_inside_the_path_is_reported(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(DataDirError, match="не удалось создать"):
        prepare_data_dir(tmp_path / "file" / "data")


def test_unwritable_dir_is_reported(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "NamedTemporaryFile", refuse)
    with pytest.raises(DataDirError) as info:
        prepare_data_dir(tmp_path)
    assert str(info.value) == f"Папка данных «{tmp_path}» недоступна: в неё нельзя записывать — нет прав на запись."


def test_read_only_filesystem_is_reported(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(Path, "mkdir", refuse)
    with pytest.raises(DataDirError, match="только для чтения"):
        prepare_data_dir(tmp_path / "new")


@pytest.mark.skipif(not permissions_enforced(), reason="file permissions are not enforced here (root?)")
def test_read_only_dir_is_reported(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(DataDirError, match="нельзя записывать"):
            open_store(locked)
        with pytest.raises(DataDirError, match="не удалось создать"):
            prepare_data_dir(locked / "data")
    finally:
        locked.chmod(stat.S_IRWXU)
