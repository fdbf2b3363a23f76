"""Our rule on capital letters in place names."""

import pytest


@pytest.mark.parametrize("text, rule, span, fix", [
    ("Посылка прибудет в москву.", "OURS_PLACE_NAME_CAPITAL", "москву", "Москву"),
])
def test_fires(rule_hits, text, rule, span, fix):
    assert rule_hits(text, rule) == [(span, (fix,))]


def test_old_names_of_peoples_are_written_small(rule_hits):
    assert rule_hits("Эти племена в летописях назывались русью.", "OURS_PLACE_NAME_CAPITAL") == []
