"""One check for every caller: the service, the command line and the offline check for grading agree."""

import io

import pytest

from app.core.grammar import service
from app.core.grammar.engine_client import EngineProcess
from app.core.grammar.engine_protocol import EngineCrashed, read_frame, write_frame
from app.core.grammar.offline import embedded_check
from app.core.scorecard import score_reply

TEXTS = ("Иван подскажите пожалуйста номер заказа.", "Ответ придёт в течении двух дней.",
         "Мы постараемся чтобы заказ пришёл вовремя. Я праверю его сегодня.")


def test_our_rules_are_always_part_of_the_check():
    result = service.check("Ответ придёт в течении двух дней.", "ru")
    assert ("OURS_V_TECHENIE", "ours") in {(f.rule_id, f.source) for f in result.findings}
    assert result.engine_used == "embedded"


def test_grading_and_certificates_see_the_same_findings_as_the_screens():
    for text in TEXTS:
        assert embedded_check(text, "ru") == service.check(text, "ru", service.OFFLINE).findings


def test_settings_are_checked_and_take_the_server_from_the_environment(monkeypatch):
    with pytest.raises(ValueError, match="Неизвестный движок"):
        service.CheckSettings(engine="java")
    monkeypatch.setenv("CHAT_TRAINER_LT_URL", "http://lt.example:8081")
    assert service.CheckSettings.from_environment().lt_url == "http://lt.example:8081"
    assert service.CheckSettings.from_environment(lt_path="/opt/lt").lt_url == ""


def test_frames_carry_messages_and_a_broken_stream_is_named():
    stream = io.BytesIO()
    write_frame(stream, {"id": 1, "op": "check", "args": {"text": "Привет"}})
    stream.seek(0)
    assert read_frame(stream) == {"id": 1, "op": "check", "args": {"text": "Привет"}}
    assert read_frame(stream) is None  # the other end has closed
    assert read_frame(io.BytesIO(b"\x00\x00\x00\x09abc")) is None  # cut off mid-message
    with pytest.raises(ValueError, match="повреждено"):
        read_frame(io.BytesIO(b"\xff\xff\xff\xff"))


def test_the_engine_process_answers_like_the_service_and_hands_back_errors():
    engine = EngineProcess()
    try:
        settings = service.OFFLINE.to_dict()
        assert engine.call("load", {"settings": settings, "languages": ("ru",)}) == ("embedded", "")
        for text in TEXTS:
            assert engine.call("check", {"settings": settings, "text": text, "language": "ru"}) == \
                service.check(text, "ru")
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
