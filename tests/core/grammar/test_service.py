"""The one grammar check: our rules always included; engine settings checked, the server taken from the environment."""

import pytest

from app.core.grammar import service


def test_our_rules_are_always_part_of_the_check():
    result = service.check("Ответ придёт в течении двух дней.", "ru")
    assert ("OURS_V_TECHENIE", "ours") in {(f.rule_id, f.source) for f in result.findings}
    assert result.engine_used == "embedded"


def test_settings_are_checked_and_take_the_server_from_the_environment(monkeypatch):
    with pytest.raises(ValueError, match="Неизвестный движок"):
        service.CheckSettings(engine="java")
    monkeypatch.setenv("CHAT_TRAINER_LT_URL", "http://lt.example:8081")
    assert service.CheckSettings.from_environment().lt_url == "http://lt.example:8081"
    assert service.CheckSettings.from_environment(lt_path="/opt/lt").lt_url == ""
