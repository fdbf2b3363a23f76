"""The built-in typing courses (exercises/*-typing/typing.toml) are sound and reproducible."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from app.core.layouts import load_layout
from app.core.text_check import TextError, check_text, normalise_text
from app.core.typography import _CLASSES

ROOT = Path(__file__).resolve().parents[2]
EXERCISES = ROOT / "app" / "exercises"
PACKS = {"ru": "ru-typing", "en": "en-typing"}
ID_RE = re.compile(r"^[a-z0-9-]+$")
# characters the typography policy lets a learner type with a plain key (« → ", — → -)
PLAIN = {ch: plain for table in _CLASSES.values() for ch, plain in table.items()} | {"…": "."}
TYPOGRAPHIC = set(PLAIN)
LENGTHS = {"keys": (300, 700), "words": (400, 900), "phrases": (400, 900)}


def load(lang: str) -> dict:
    with open(EXERCISES / PACKS[lang] / "typing.toml", "rb") as fh:
        return tomllib.load(fh)


def course(lang: str) -> dict:
    doc = load(lang)
    assert len(doc["course"]) == 1
    return doc["course"][0]


def typeable(ch: str) -> bool:
    """On either layout, or typographic (until check_text accepts the other layout itself)."""
    return ch in TYPOGRAPHIC or ch == "\n" or any(load_layout(x).can_type(ch) for x in ("ru", "en"))


def check_mixed(text: str, layout_id: str) -> str:
    """check_text on the course layout; characters of the other layout are allowed too."""
    try:
        return check_text(text, load_layout(layout_id))
    except TextError as exc:
        bad = [b.char for b in exc.bad]
        assert bad and all(typeable(ch) for ch in bad), str(exc)
        return normalise_text(text)


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_pack_manifest(lang):
    with open(EXERCISES / PACKS[lang] / "pack.toml", "rb") as fh:
        pack = tomllib.load(fh)
    assert pack["format"] == 1
    assert pack["id"] == PACKS[lang]
    assert pack["language"] == lang
    assert pack["files"]["typing"] == "typing.toml"
    assert pack["title"] and pack["description"] and pack["authors"]


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_ids_unique_and_well_formed(lang):
    c = course(lang)
    ids = [c["id"]] + [x["id"] for x in c["lesson"]] + [x["id"] for x in c["timed"]]
    assert len(ids) == len(set(ids))
    for i in ids:
        assert ID_RE.match(i), i
    assert c["layout"] == lang


@pytest.mark.parametrize("lang, lessons, timed", [("ru", 32, 8), ("en", 16, 5)])
def test_enough_lessons_and_timed_texts(lang, lessons, timed):
    c = course(lang)
    assert len(c["lesson"]) >= lessons
    assert len(c["timed"]) >= timed


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_stages_in_order(lang):
    stages = [x["stage"] for x in course(lang)["lesson"]]
    order = ["keys", "words", "phrases"]
    assert set(stages) == set(order)
    assert stages == sorted(stages, key=order.index)


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_texts_pass_the_text_checker(lang):
    c = course(lang)
    for item in c["lesson"]:
        if item["stage"] == "phrases":
            check_mixed(item["text"], lang)  # e-mail addresses and URLs are Latin
        else:
            check_text(item["text"], load_layout(lang))
    for item in c["timed"]:
        check_text(item["text"], load_layout(lang))


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_lengths(lang):
    c = course(lang)
    for item in c["lesson"]:
        lo, hi = LENGTHS[item["stage"]]
        n = len(normalise_text(item["text"]))
        assert lo <= n <= hi, f"{item['id']}: {n} characters, want {lo}–{hi}"
    for item in c["timed"]:
        n = len(normalise_text(item["text"]))
        assert 500 <= n <= 1000, f"{item['id']}: {n} characters"


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_keys_lessons_use_only_learnt_keys(lang):
    learnt: set[str] = {" "}
    capitals = False
    for item in course(lang)["lesson"]:
        if item["stage"] != "keys":
            break
        learnt |= {PLAIN.get(ch, ch) for ch in item["new_keys"]}
        capitals = capitals or "shift" in item["id"]
        for ch in normalise_text(item["text"]):
            plain = PLAIN.get(ch, ch)
            assert plain in learnt or plain.lower() in learnt, f"{item['id']}: {ch!r} not learnt yet"
            if ch.isupper():
                assert capitals, f"{item['id']}: capital {ch!r} before the Shift lesson"


def test_russian_keys_follow_the_plan():
    lessons = course("ru")["lesson"]
    keys = "".join(x["new_keys"] for x in lessons)
    assert keys.startswith("аовлыдфжпрэ")
    assert set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя") <= set(keys)
    assert set("0123456789№") <= set(keys)


def test_english_keys_follow_the_plan():
    lessons = course("en")["lesson"]
    keys = "".join(x["new_keys"] for x in lessons)
    assert keys.startswith("fjdksla;gh")
    assert set("abcdefghijklmnopqrstuvwxyz0123456789") <= set(keys)


def test_phrases_use_latin_only_in_addresses():
    """In the Russian course Latin letters appear only inside e-mail addresses and URLs."""
    for item in course("ru")["lesson"] + course("ru")["timed"]:
        for word in normalise_text(item["text"]).split():
            if re.search(r"[A-Za-z]", word):
                assert "@" in word or "://" in word or re.search(r"\.[a-z]{2,}", word), (item["id"], word)


def test_generator_reproduces_the_files(tmp_path):
    pytest.importorskip("wordfreq")
    subprocess.run([sys.executable, str(ROOT / "tools" / "make_courses.py"), "--out", str(tmp_path)],
                   check=True, cwd=ROOT, capture_output=True)
    for pack in PACKS.values():
        made = (tmp_path / pack / "typing.toml").read_bytes()
        assert made == (EXERCISES / pack / "typing.toml").read_bytes(), f"{pack}: run tools/make_courses.py"
