"""``check_text`` and the grammar screen build the same checker; ``find_task`` names what is missing."""

from __future__ import annotations

import pytest

from app.services.errors import ServiceError
from app.services.texts import check_text, find_task


def test_check_text_adds_our_rules_to_the_engine():
    result = check_text("Здравствуйте Мария, заказ уже в пути.", "ru", engine="embedded")
    assert [f.rule_id for f in result.findings] == ["OURS_ADDRESS_COMMA"]
    assert result.engine_used == "embedded"


def test_bad_engine_configuration_is_a_value_error(monkeypatch):
    monkeypatch.delenv("CHAT_TRAINER_LT_URL", raising=False)
    with pytest.raises(ValueError, match="не настроен"):
        check_text("Привет.", engine="languagetool", lt_url=None, lt_path=None)


@pytest.mark.parametrize("spec, message", [("без-двоеточия", "ПАКЕТ:ЗАДАНИЕ"), ("нет-такого:t1", "не найден"),
                                           ("ru-correspondence:нет-такого", "нет задания")])
def test_find_task_names_what_is_missing(tmp_path, spec, message):
    with pytest.raises(ServiceError, match=message):
        find_task(spec, tmp_path)
