"""Прописная буква в географических названиях: «в Москву», «по России»."""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding, known, parses
from app.core.phrase import phrase

PLACE_NAME_CAPITAL = RuleInfo(
    "OURS_PLACE_NAME_CAPITAL",
    phrase("Прописная буква в названиях городов и стран"),
    phrase("Географическое название пишется с прописной буквы."),
    phrase("Названия городов, стран, регионов и рек — имена собственные, они пишутся с прописной "
    "буквы: «доставка в Москву», «по всей России», «склад в Казани»."),
    Category.SPELLING,
)

RULES = (PLACE_NAME_CAPITAL,)

# the old names of peoples, written with a small letter: «варяги назывались русью»
_PEOPLES = frozenset({"русь", "чудь", "меря", "мурома", "емь", "сумь", "ижора"})
# place names that in a chat are a slip of a common word: «всего хорошево» is «хорошего» (chat_slips)
_SLIPS = frozenset({"хорошево"})


def check(t: Text) -> list[Finding]:
    found = []
    for w in t.words:
        if not w.text.isalpha() or not w.text.islower() or not known(w.text):
            continue  # a word the dictionary lacks is a misspelling («будеш»), not a place
        analyses = parses(w.text)
        # only words that can be nothing but a place name («москву», not «орёл» or «мир»)
        if analyses and all("Geox" in p.tag for p in analyses) and analyses[0].normal_form not in _PEOPLES \
                and w.low not in _SLIPS:
            found.append(finding(PLACE_NAME_CAPITAL, w.start, w.end, w.text[:1].upper() + w.text[1:]))
    return found
