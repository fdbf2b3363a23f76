"""A session's outcome carries consistency and flags from app.core.plausibility."""

from app.core.drill import Drill
from app.core.thresholds import LessonThresholds
from app.core.sessions import SessionKind, SessionSpec, judge_session

TEXT = "клиент ждёт ответа в чате"


def typed(gaps):
    drill = Drill(TEXT, "ru")
    t = 0.0
    for ch, gap in zip(TEXT, gaps):
        t += gap
        drill.type_char(ch, t)
    return drill


def spec():
    return SessionSpec(SessionKind.CUSTOM, "проба", TEXT, "ru", LessonThresholds(0, 0))


def test_pasted_text_is_flagged_but_still_judged():
    outcome = judge_session(spec(), typed([0.001] * len(TEXT)))
    assert [f.code for f in outcome.plausibility.flags] == ["pasted"]
    assert not outcome.plausibility.counts
    assert outcome.completed


def test_human_typing_is_not_flagged_and_has_a_consistency():
    gaps = [0.18, 0.31, 0.22, 0.45, 0.2, 0.27, 0.35, 0.19, 0.4, 0.24] * 3
    outcome = judge_session(spec(), typed(gaps))
    assert outcome.plausibility.flags == ()
    assert outcome.plausibility.counts
    assert 0 < outcome.plausibility.consistency <= 100
    assert outcome.plausibility.to_dict()["flags"] == []
