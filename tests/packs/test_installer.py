"""Installing, updating and removing a pack: versions, a failed swap, bad content refused whole,
an interrupted install repaired."""

import zlib
from pathlib import Path

import pytest

from app.packs.builder import build_pack
from app.packs.installer import install_pack, list_installed, remove_pack
from app.packs.limits import MAX_RATIO, RATIO_FLOOR
from app.packs.problems import PackError
from app.packs.registry import available_packs

from .helpers import folder_entries, refused, write_zip


def bump(folder: Path, version: str) -> None:
    manifest = folder / "pack.toml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text.replace('version = "1.0.0"', f'version = "{version}"'), encoding="utf-8")


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
