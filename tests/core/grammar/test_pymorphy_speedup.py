"""The remembered grammeme categories answer exactly what pymorphy3 computes."""

import pymorphy3
from pymorphy3 import tagset

from app.core.grammar import pymorphy_speedup

CATEGORIES = ("POS", "animacy", "aspect", "case", "gender", "involvement", "mood", "number", "person", "tense",
              "transitivity", "voice")


def test_every_category_answers_as_pymorphy_computes_it_and_keeps_its_type():
    pymorphy_speedup.apply()
    pymorphy_speedup.apply()  # harmless when repeated
    analyzer = pymorphy3.MorphAnalyzer()
    original = tagset._select_grammeme_from.__dict__["__get__"].__closure__
    assert original  # the installed function wraps pymorphy3's own
    compute = next(c.cell_contents for c in original if callable(c.cell_contents))
    for word in ("заявку", "оформили", "быстрее", "вам", "позвоним", "пришедший", "их", "стали", "три"):
        for parse in analyzer.parse(word):
            tag = parse.tag
            for name in CATEGORIES:
                for _ in range(2):  # computed, then remembered
                    got = getattr(tag, name)
                    want = compute(type(tag).__dict__[name], tag, type(tag))
                    assert got == want and type(got) is type(want)
