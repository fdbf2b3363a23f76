"""Writes tests/storage/data/before-records.sqlite3 with the program as it was before typed records
(commit 1d07d9d; run from a checkout of it: python make_before_records.py DATA_DIR). Kept to show how
the fixture was made; it is not imported by the tests."""
import sys
from pathlib import Path
from app.core.drill import Keystroke
from app.core.metrics import summarise
from app.storage import open_store

data = Path(sys.argv[1])
with open_store(data) as store:
    p = store.profiles.create("Анна")
    store.profiles.set_current(p.id)
    text = "привет мир"
    log = [Keystroke(0.2 * i, i, ch, ch, True) for i, ch in enumerate(text)]
    s = summarise(log, len(text)).to_dict()
    store.attempts.save_typing(p.id, kind="timed", pack_id="ru-typing", exercise_id="timed-1", layout="ru",
                               mode="correct", text=text, started_at="2026-12-01T10:00:00", summary=s,
                               keystrokes=log, passed=True,
                               details={"completed": True, "title": "Тест «мир»", "time_limit": 180.0,
                                        "typography": {"quotes": "allow"},
                                        "plausibility": {"consistency": 75.0, "flags": [{"code": "pasted", "detail": "x"}]}})
    store.attempts.save_result(p.id, kind="grammar", pack_id="ru-grammar", exercise_id="g1", score=0.0, passed=False,
                               started_at="2026-12-01T10:05:00",
                               details={"topic": "Предлоги", "kind": "correct", "answer": "в течении дня",
                                        "matched_key": None,
                                        "findings": [{"rule_id": "V_TECHENIE", "message": "«в течение»", "offset": 0,
                                                      "length": 10, "category": "grammar", "replacements": ["в течение"],
                                                      "source": "ours"}]})
    store.attempts.save_result(p.id, kind="correspondence", pack_id="ru-correspondence", exercise_id="c1", score=70.0,
                               passed=False, started_at="2026-12-01T10:06:00",
                               details={"turn": "", "reply": "Здравствуйте!", "seconds": 42.0,
                                        "scorecard": {"elements": {"greeting": {"passed": True, "reason": "есть"},
                                                                   "closing": {"passed": False, "reason": "нет"}},
                                                      "total": 70.0, "pass": False}})
    store.attempts.save_result(p.id, kind="correspondence", pack_id="ru-correspondence", exercise_id="shift-1",
                               score=70.0, passed=False, started_at="2026-12-01T10:07:00",
                               details={"type": "shift", "kpis": {"chats": 2, "answered": 2}, "scores": [70.0, 70.0]})
    store.attempts.save_result(p.id, kind="quiz", pack_id="ru-netiquette", exercise_id="quiz-final", score=50.0,
                               passed=False, started_at="2026-12-01T10:08:00",
                               details={"seed": 3, "order": ["q1", "q2"], "right": ["q2"],
                                        "per_category": {"Тон": 50.0}})  # a run from before answers were kept
