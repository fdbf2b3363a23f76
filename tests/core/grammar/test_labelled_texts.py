"""The set of whole texts that tests/bench/eval_texts.py measures is well-formed (every fragment found once
in its body, texts of message length, both halves alike), and the bench scores findings on a text the way
its figures say: a finding over a labelled error finds it, any other finding is an extra one."""

import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import eval_texts  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "data" / "grammar"
# The second set was written blind by another author and is only measured, never tuned on.
SETS = [DATA / "real_texts_blind.toml", DATA / "real_texts_blind_2.toml"]
KINDS = {"spelling", "punctuation", "grammar"}


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.stem)
def test_the_texts_are_messages_with_labelled_errors_of_the_three_kinds(path):
    texts = eval_texts.load_set(path)
    assert len(texts) >= 60
    assert [i for i, n in Counter(t.id for t in texts).items() if n > 1] == []
    assert len({t.body for t in texts}) == len(texts)
    assert [t.id for t in texts if not 300 <= len(t.body) <= 900] == []
    errors = [e for t in texts for e in t.errors]
    assert {e.kind for e in errors} == KINDS
    assert [e.fix for t in texts for e in t.errors if t.body[e.start:e.end] == e.fix] == []
    assert 5 <= sum(not t.errors for t in texts) <= 15


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.stem)
def test_the_halves_are_alike(path):
    tune, check = eval_texts.load_set(path, "tune"), eval_texts.load_set(path, "check")
    assert len(tune) + len(check) == len(eval_texts.load_set(path))
    assert abs(len(tune) - len(check)) <= 2
    for kind in KINDS:
        a = sum(e.kind == kind for t in tune for e in t.errors)
        b = sum(e.kind == kind for t in check for e in t.errors)
        assert abs(a - b) <= max(a, b) // 5, kind
    assert any(not t.errors for t in tune) and any(not t.errors for t in check)


def _write(tmp_path, errors: str) -> Path:
    path = tmp_path / "set.toml"
    path.write_text('[[text]]\nid = "a"\nhalf = "tune"\ngenre = "chat"\n'
                    'body = "Я думаю что он придёт. Я думаю, он опоздает."\n'
                    f"errors = [{errors}]\n", encoding="utf-8")
    return path


def test_an_ambiguous_or_missing_fragment_is_refused_and_occurrence_picks_the_copy(tmp_path):
    with pytest.raises(ValueError, match="occurs 2 times"):
        eval_texts.load_set(_write(tmp_path, '{fragment = "Я думаю", fix = "-", kind = "punctuation", sub = "x"}'))
    with pytest.raises(ValueError, match="не придёт"):
        eval_texts.load_set(_write(tmp_path, '{fragment = "не придёт", fix = "-", kind = "grammar", sub = "x"}'))
    text, = eval_texts.load_set(_write(
        tmp_path, '{fragment = "думаю", fix = "-", kind = "spelling", sub = "x", occurrence = 2}'))
    assert text.errors[0].start == text.body.rindex("думаю")


def test_a_finding_off_every_error_is_extra_and_flags_its_sentence(tmp_path):
    text, = eval_texts.load_set(_write(
        tmp_path, '{fragment = "думаю что", fix = "думаю, что", kind = "punctuation", sub = "clause"}'))
    on_error = eval_texts.Seen(text.body.index("что"), 0, "COMMA")
    in_second = eval_texts.Seen(text.body.index("опоздает"), 8, "WORD")
    result = eval_texts.score([text], lambda body: [on_error, in_second])
    assert result["per_kind"]["punctuation"]["found"] == 1
    assert [s.rule_id for _, s in result["extras"]] == ["WORD"]
    assert result["counts"]["correct_sentences"] == 1 and result["counts"]["correct_flagged"] == 1
    missed = eval_texts.score([text], lambda body: [in_second])
    assert missed["per_kind"]["punctuation"]["found"] == 0 and len(missed["misses"]) == 1
