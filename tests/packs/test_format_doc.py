"""The examples in exercises/FORMAT.md form a valid pack."""

import re

from app.core.paths import EXERCISES
from app.core.vocabulary import GRAMMAR_KINDS, QUESTION_TYPES, SCORECARD_IDS
from app.packs.loader import load_pack


def test_format_md_examples_make_a_valid_pack(tmp_path):
    blocks = re.findall(r"```toml\n(.*?)```", (EXERCISES / "FORMAT.md").read_text(encoding="utf-8"), re.S)
    files = {}
    for block in blocks:
        for marker, name in (("format = 2", "pack.toml"), ("[[course]]", "typing.toml"), ("[[item]]", "grammar.toml"),
                             ("[[task]]", "replies.toml"), ("[[question]]", "quiz.toml"),
                             ("[[layout]]", "layouts.toml")):
            if marker in block:
                assert name not in files, f"two examples for {name}"
                files[name] = block
    assert len(files) == 6
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    pack = load_pack(tmp_path)
    assert not pack.warnings, [str(w) for w in pack.warnings]
    assert pack.counts() == {"typing": 3, "grammar": 5, "correspondence": 1, "quiz": 8}
    assert {g.kind for g in pack.grammar} == set(GRAMMAR_KINDS)
    assert {q.type for q in pack.quiz} == set(QUESTION_TYPES)
    assert pack.correspondence[0].turns[0].when == ("компенсац", "вернём")
    assert [lay.id for lay in pack.layouts] == ["dvorak-home"]
    assert pack.layouts[0].stroke_for("O").key.code == "KeyS"
    assert pack.shifts[0].tasks == ("cor-late-order",) and pack.quizzes[0].count == 4


def test_format_md_lists_every_scorecard_item():
    text = (EXERCISES / "FORMAT.md").read_text(encoding="utf-8")
    listed = re.search(r"Элементы оценки в `\[task.scorecard\]`: (.*?)\. Значение", text, re.S).group(1)
    assert re.findall(r"`(\w+)`", listed) == list(SCORECARD_IDS)
