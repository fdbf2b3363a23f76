import zipfile
import zlib
from pathlib import Path

import pytest

from app.packs import archive
from app.packs.builder import build_pack
from app.packs.limits import MAX_RATIO, RATIO_FLOOR
from app.packs.installer import install_pack, list_installed, remove_pack
from app.packs.loader import validate_pack
from app.packs.names import printable
from app.packs.problems import PackError
from app.packs.registry import available_packs

from .helpers import folder_entries, patch_central, tree_digest, write_zip


def bump(folder: Path, version: str) -> None:
    manifest = folder / "pack.toml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text.replace('version = "1.0.0"', f'version = "{version}"'), encoding="utf-8")


@pytest.fixture
def installed(mini, data_dir, tmp_path):
    """data_dir with mini 1.0.0 installed; returns a function asserting it is untouched."""
    build_pack(mini, tmp_path / "v1.ctpack")
    install_pack(tmp_path / "v1.ctpack", data_dir)
    before = tree_digest(data_dir)

    def untouched():
        assert tree_digest(data_dir) == before
        assert sorted(p.name for p in (data_dir / "packs").iterdir()) == ["mini"]
    return untouched


def test_round_trip(mini, data_dir, tmp_path):
    out = tmp_path / "mini.ctpack"
    built = build_pack(mini, out)
    pack = install_pack(out, data_dir)
    assert pack.path == data_dir / "packs" / "mini"
    assert pack.content_hash == built.content_hash
    assert [p.id for p in list_installed(data_dir)] == ["mini"]
    assert any(p.id == "mini" and not p.builtin for p in available_packs(data_dir))
    remove_pack("mini", data_dir)
    assert list_installed(data_dir) == []
    assert list((data_dir / "packs").iterdir()) == []


def test_build_is_reproducible(mini, tmp_path):
    a, b = tmp_path / "a.ctpack", tmp_path / "b.ctpack"
    build_pack(mini, a)
    for p in mini.rglob("*"):  # new times and CRLF line ends change nothing
        p.write_bytes(p.read_bytes().replace(b"\n", b"\r\n"))
    build_pack(mini, b)
    assert a.read_bytes() == b.read_bytes()
    with zipfile.ZipFile(a) as zf:
        names = zf.namelist()
        assert names == sorted(names)
        assert {i.date_time for i in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_build_refuses_broken_folder(mini, tmp_path):
    (mini / "grammar.toml").write_text("[[item]]\nid = 'X'\n", encoding="utf-8")
    with pytest.raises(PackError) as info:
        build_pack(mini, tmp_path / "out.ctpack")
    assert any(p.file == "grammar.toml" and p.field == "item[1].id" for p in info.value.problems)
    assert not (tmp_path / "out.ctpack").exists()


def test_update_and_refuse_older_unless_forced(mini, data_dir, tmp_path, installed):
    bump(mini, "1.2.0")
    newer = tmp_path / "v2.ctpack"
    build_pack(mini, newer)
    assert install_pack(newer, data_dir).manifest.version == "1.2.0"
    with pytest.raises(PackError) as info:
        install_pack(tmp_path / "v1.ctpack", data_dir)
    assert "1.2.0" in str(info.value) and "1.0.0" in str(info.value)
    assert list_installed(data_dir)[0].manifest.version == "1.2.0"
    assert install_pack(tmp_path / "v1.ctpack", data_dir, force=True).manifest.version == "1.0.0"
    assert sorted(p.name for p in (data_dir / "packs").iterdir()) == ["mini"]


def test_failed_swap_restores_old_version(mini, data_dir, tmp_path, installed, monkeypatch):
    bump(mini, "2.0.0")
    build_pack(mini, tmp_path / "v2.ctpack")
    import app.packs.installer as inst
    real = inst.os.rename

    def flaky(src, dst):
        if Path(src).name == "pack":
            raise OSError(28, "No space left on device")
        return real(src, dst)
    monkeypatch.setattr(inst.os, "rename", flaky)
    with pytest.raises(OSError):
        install_pack(tmp_path / "v2.ctpack", data_dir)
    installed()


def test_remove_refuses_builtin_and_unknown(data_dir):
    with pytest.raises(PackError, match="не установлен"):
        remove_pack("nothing-here", data_dir)
    with pytest.raises(PackError, match="недопустимый id"):
        remove_pack("../etc", data_dir)


# ---------------------------------------------------------------- hostile archives

def hostile(mini: Path, tmp_path: Path, extra: dict[str, bytes], *, replace: bool = True, **kw) -> Path:
    """A zip of mini (as version 9.0.0, so it would replace the installed one) plus ``extra``."""
    entries = folder_entries(mini)
    entries["pack.toml"] = entries["pack.toml"].replace(b'version = "1.0.0"', b'version = "9.0.0"')
    entries.update(extra)
    return write_zip(tmp_path / "hostile.ctpack", entries, **kw)


def refused(file: Path, data_dir: Path, entry: str, words: str) -> None:
    with pytest.raises(PackError) as info:
        install_pack(file, data_dir)
    text = str(info.value)
    shown = printable(entry)  # a control character in a name is shown escaped, never echoed raw
    assert shown in text and words in text, text
    report = validate_pack(file)
    assert report.errors and any(shown in str(p) for p in report.errors)


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


@pytest.mark.parametrize("entry, content, words", [
    ("typing.toml", "[[course]]\nid = «x»\n", "ошибка синтаксиса TOML"),
    ("grammar.toml", b"[[item]]\nid = \"\xff\xfe\"\n", "не в кодировке UTF-8"),
    ("pack.toml", None, "неизвестное поле"),  # unknown kind in [files]
    ("quiz.toml", '[[question]]\nid = "mini-ao"\ntype = "truefalse"\ntext = "?"\nanswer = true\n', "уже занят"),
    ("correspondence.toml", '[[task]]\nid = "t"\ntitle = 5\n', "ожидается строка"),
    ("grammar.toml", '[[item]]\nid = "g"\nkind = "gap"\ntext = "a ___"\nanswers = ["b"]\nhint = 1\n',
     "неизвестное поле"),
    ("typing.toml", "", "не найден"),  # referenced file missing
    ("typing.toml", '[[course]]\nid = "c"\ntitle = "t"\nlayout = "ru"\n[[course.lesson]]\nid = "l"\n'
                    'title = "t"\ntext = "мир 😀"\n', "нет ни на одной раскладке"),
    ("evil.py", "import os\n", "недопустимый тип файла"),
])
def test_bad_content(mini, tmp_path, data_dir, installed, entry, content, words):
    entries = folder_entries(mini)
    entries["pack.toml"] = entries["pack.toml"].replace(b'version = "1.0.0"', b'version = "9.0.0"')
    if content is None:
        entries["pack.toml"] = entries["pack.toml"].replace(b"[files]\n", b"[files]\nvideo = \"v.toml\"\n")
    elif content == "":
        del entries[entry]
    else:
        entries[entry] = content.encode() if isinstance(content, str) else content
    refused(write_zip(tmp_path / "bad.ctpack", entries), data_dir, entry, words)
    installed()


def test_an_install_killed_mid_swap_is_repaired_by_the_next_one(tmp_path):
    """Killed after moving the old version aside: the next install puts it back first."""
    from app.packs.installer import recover_interrupted
    root = tmp_path / "data" / "packs"
    aside = root / ".install-abc" / "old"
    aside.mkdir(parents=True)
    (aside / "pack.toml").write_text('id = "kept-pack"\n', encoding="utf-8")
    (root / ".install-def" / "pack").mkdir(parents=True)  # killed while unpacking
    recover_interrupted(root)
    assert (root / "kept-pack" / "pack.toml").is_file()
    assert sorted(p.name for p in root.iterdir()) == ["kept-pack"]


def test_a_built_pack_with_a_very_repetitive_file_installs(tmp_path, data_dir):
    """A big imported bank whose text compresses > 100 times is split into files under the size whose
    ratio the limits check, so validate, build and install all take it."""
    from app.packs.builder import build_pack
    from app.packs.quiz_import import import_quiz

    bank = tmp_path / "bank.gift"
    general = "Спасибо за ожидание, уже проверяю. " * 250
    bank.write_text("\n\n".join([f"::Ответ::Как начать ответ? {{=Здравствуйте! ~Чё надо? ####{general}}}"] * 300),
                    encoding="utf-8")
    import_quiz(bank, tmp_path / "pack")
    data = b"".join(p.read_bytes() for p in sorted((tmp_path / "pack").glob("quiz-*.toml")))
    assert len(data) > MAX_RATIO * len(zlib.compress(data, 9)) and len(data) > RATIO_FLOOR
    build_pack(tmp_path / "pack", tmp_path / "bank.ctpack")
    pack = install_pack(tmp_path / "bank.ctpack", data_dir)
    assert len(pack.quiz) == 300
