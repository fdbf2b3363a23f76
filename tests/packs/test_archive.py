"""Reading a pack archive: escaping paths, links, zip bombs, lying headers and the like are refused, naming the entry, and the installed pack is left untouched."""

import zipfile

import pytest

from app.packs import archive

from .helpers import hostile, patch_central, refused


@pytest.mark.parametrize("name, words", [
    ("../evil.toml", "выходит за пределы"),
    ("sub/../../evil.toml", "выходит за пределы"),
    ("/etc/evil.toml", "абсолютный путь"),
    ("C:/evil.toml", "буква диска"),
    ("C:evil.toml", "буква диска"),
    ("sub\\evil.toml", "обратная косая"),
    ("a\x01.toml", "управляющий символ"),
    ("a\r.toml", "управляющий символ"),
    ("\x1b[2Ja.toml", "управляющий символ"),
])
def test_escaping_paths(mini, tmp_path, data_dir, installed, name, words):
    refused(hostile(mini, tmp_path, {name: b"x = 1\n"}), data_dir, name, words)
    installed()
    assert not (tmp_path / "evil.toml").exists() and not (data_dir / "evil.toml").exists()


def test_symlink(mini, tmp_path, data_dir, installed):
    file = hostile(mini, tmp_path, {"link.toml": b"/etc/passwd"}, modes={"link.toml": 0o120777})
    refused(file, data_dir, "link.toml", "символическая ссылка")
    installed()


def test_declared_ratio_bomb(mini, tmp_path, data_dir, installed):
    refused(hostile(mini, tmp_path, {"bomb.txt": b"\0" * (3 * 1024 * 1024)}), data_dir, "bomb.txt", "zip-бомб")
    installed()


def test_lying_header(mini, tmp_path, data_dir, installed):
    file = hostile(mini, tmp_path, {"notes.txt": b"a" * 100_000})
    patch_central(file, "notes.txt", size=10)
    refused(file, data_dir, "notes.txt", "повреждён")
    installed()


@pytest.mark.parametrize("cap, value, words", [
    ("MAX_FILE_BYTES", 1000, "файл слишком большой"),
    ("MAX_TOTAL_BYTES", 3000, "слишком большой"),
    ("MAX_FILES", 5, "слишком много файлов"),
])
def test_caps(mini, tmp_path, data_dir, installed, monkeypatch, cap, value, words):
    monkeypatch.setattr(archive, cap, value)
    file = hostile(mini, tmp_path, {"notes.txt": b"z" * 1500})
    entry = "notes.txt" if cap == "MAX_FILE_BYTES" else "hostile.ctpack"
    refused(file, data_dir, entry, words)
    installed()


def test_encrypted_entry(mini, tmp_path, data_dir, installed):
    file = hostile(mini, tmp_path, {"notes.txt": b"secret"})
    patch_central(file, "notes.txt", flag=0x1)
    refused(file, data_dir, "notes.txt", "зашифрован")
    installed()


def test_duplicate_entries(mini, tmp_path, data_dir, installed):
    file = hostile(mini, tmp_path, {})
    with pytest.warns(UserWarning), zipfile.ZipFile(file, "a") as zf:
        zf.writestr("typing.toml", b"")
    refused(file, data_dir, "typing.toml", "повторяется")
    installed()


def test_unsupported_compression(mini, tmp_path, data_dir, installed):
    refused(hostile(mini, tmp_path, {}, compress=zipfile.ZIP_BZIP2), data_dir, "pack.toml", "способ сжатия")
    installed()


def test_not_a_zip(tmp_path, data_dir, installed):
    file = tmp_path / "fake.ctpack"
    file.write_bytes(b"PK\x03\x04 not really a zip" * 10)
    refused(file, data_dir, "fake.ctpack", "не zip-архив")
    installed()
