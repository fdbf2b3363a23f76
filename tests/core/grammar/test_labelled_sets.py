"""The labelled sets that tests/bench/eval_case_agreement.py measures are well-formed: every error's
fragment is in its sentence, no sentence twice, a fix differs from what it fixes, and each kind has
both wrong and correct sentences, so a broken or lopsided set fails here rather than in a measurement."""

import sys
import tomllib
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import eval_case_agreement  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "data" / "grammar"
SETS = (sorted(DATA.glob("case_agreement*.toml")) + sorted(DATA.glob("native_writing*.toml"))
        + sorted(DATA.glob("real_writing*.toml")))


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.name)
def test_set_is_well_formed(path):
    items = eval_case_agreement.load_set(path)
    texts = [i.text for i in items]
    assert [t for t, n in Counter(texts).items() if n > 1] == []
    kinds_wrong = {i.kind for i in items if i.wrong}
    kinds_right = {i.kind for i in items if not i.wrong}
    assert kinds_wrong and kinds_right <= kinds_wrong
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    assert [e["text"] for e in raw["error"] if e.get("fix") == e["fragment"]] == []


def test_native_writing_covers_every_kind_both_ways():
    items = eval_case_agreement.load_set(DATA / "native_writing.toml")
    wrong = Counter(i.kind for i in items if i.wrong)
    right = Counter(i.kind for i in items if not i.wrong)
    assert sum(wrong.values()) >= 150 and sum(right.values()) >= 150
    assert set(wrong) == set(right) and len(wrong) >= 12
    assert all(right[kind] >= 5 for kind in wrong)


def test_a_fragment_not_in_its_sentence_is_refused(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[error]]\nkind = "ne"\ntext = "Я нехочу спать."\nfragment = "не хочу"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="не хочу"):
        eval_case_agreement.load_set(bad)



def test_a_span_fix_set_is_refused_with_the_script_that_measures_it(tmp_path, capsys):
    bad = tmp_path / "replies.toml"
    bad.write_text('[[error]]\nkind = "spelling"\ntext = "Извените."\nspan = "Извените"\nfix = "Извините"\n',
                   encoding="utf-8")
    with pytest.raises(SystemExit):
        eval_case_agreement.main(["--set", str(bad)])
    assert "eval_operator_replies.py" in capsys.readouterr().err

def test_a_split_set_loads_one_half_at_a_time_and_each_half_covers_every_kind():
    path = DATA / "real_writing_blind_3.toml"
    whole = eval_case_agreement.load_set(path)
    tune = eval_case_agreement.load_set(path, "tune")
    check = eval_case_agreement.load_set(path, "check")
    assert {i.half for i in tune} == {"tune"} and {i.half for i in check} == {"check"}
    assert len(tune) + len(check) == len(whole)
    assert abs(len(tune) - len(check)) <= len(whole) // 10
    assert {i.kind for i in tune if i.wrong} == {i.kind for i in check if i.wrong} == {i.kind for i in whole if i.wrong}
