"""The engine process's loop: one response per request with its id, errors handed back, unknown
requests named, and the loop ends when its input closes."""

import io

from app.core.grammar import service
from app.core.grammar.engine_protocol import read_frame, write_frame
from app.core.grammar.engine_host import serve

SETTINGS = service.OFFLINE.to_dict()


def run(*requests) -> list[dict]:
    given = io.BytesIO()
    for r in requests:
        write_frame(given, r)
    given.seek(0)
    out = io.BytesIO()
    serve(given, out)  # returns once the requests run out, as when the window's process is gone
    out.seek(0)
    replies = []
    while (reply := read_frame(out)) is not None:
        replies.append(reply)
    return replies


def test_each_request_gets_its_answer_under_its_id():
    [checked] = run({"id": 7, "op": "check", "args": {"settings": SETTINGS, "text": "Ответ придёт в течении дня.",
                                                     "language": "ru"}})
    assert checked["id"] == 7
    assert "OURS_V_TECHENIE" in {f.rule_id for f in checked["ok"].findings}


def test_errors_are_handed_back_and_the_loop_goes_on():
    unknown, wrong_language, fine = run(
        {"id": 1, "op": "translate", "args": {"settings": SETTINGS}},
        {"id": 2, "op": "check", "args": {"settings": SETTINGS, "text": "Hallo", "language": "de"}},
        {"id": 3, "op": "check", "args": {"settings": SETTINGS, "text": "Добрый день.", "language": "ru"}})
    assert unknown["id"] == 1 and str(unknown["error"]) == "Движок проверки не знает запроса «translate»."
    assert wrong_language["id"] == 2 and "русского и английского" in str(wrong_language["error"])
    assert fine["id"] == 3 and not fine["ok"].findings
