"""The engine process answers like the service in-process, hands errors back, and refuses calls once closed."""

import dataclasses

import pytest

from app.core.grammar import service
from app.core.grammar.engine_client import EngineProcess
from app.core.grammar.engine_protocol import EngineCrashed
from app.core.grammar.offline import embedded_check
from app.core.scorecard import score_reply
from tests.core.grammar.texts import TEXTS


def _settled(result):
    """The result with each spelling fix list cut to its first: the search beyond the first-order edits stops
    on a clock, so on a busy machine the two processes may list different tails; the best fix must agree."""
    return dataclasses.replace(result, findings=[dataclasses.replace(f, replacements=f.replacements[:1])
                                                 for f in result.findings])


def test_the_engine_process_answers_like_the_service_and_hands_back_errors():
    engine = EngineProcess()
    try:
        settings = service.OFFLINE.to_dict()
        assert engine.call("load", {"settings": settings, "languages": ("ru",)}) == ("embedded", "")
        service.load(service.OFFLINE)  # warm here too: a cold speller may run out of its time budget
        for text in TEXTS:
            assert _settled(engine.call("check", {"settings": settings, "text": text, "language": "ru"})) == \
                _settled(service.check(text, "ru"))
        with pytest.raises(ValueError, match="русского и английского"):
            engine.call("check", {"settings": settings, "text": "Hallo", "language": "de"})
        reply = {"reply": "Здравствуйте, Марина! Извените за задержку, заказ будет завтра.",
                 "customer_messages": ["Где мой заказ?"], "customer_name": "Марина"}
        graded = engine.call("grade", {"settings": settings, **reply})
        assert graded.to_json() == score_reply(**reply, grammar=embedded_check).to_json()
        assert engine.pid is not None and engine.starts == 1
    finally:
        engine.close()
    assert engine.pid is None
    with pytest.raises(EngineCrashed, match="закрывается"):
        engine.call("check", {"settings": service.OFFLINE.to_dict(), "text": "Привет.", "language": "ru"})
