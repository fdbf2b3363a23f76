"""The one checker builder: whichever engine is asked for, our rules are added to what it finds."""

import pytest

from app.core.grammar.shared import build_checker


def test_the_embedded_checker_includes_our_rules():
    checker = build_checker("embedded")
    try:
        result = checker.check("Ответ придёт в течении двух дней.", "ru")
    finally:
        checker.close()
    assert ("OURS_V_TECHENIE", "ours") in {(f.rule_id, f.source) for f in result.findings}


def test_an_unknown_engine_is_refused():
    with pytest.raises(ValueError):
        build_checker("java")
