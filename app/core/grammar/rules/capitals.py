"""Прописная буква в географических названиях («в Москву», «по России») и строчная в местоимении посреди
предложения («…, мы её уже чиним»).

A place name is a noun: adjectives formed from places («украинский номер», «петербургский офис») are written
with a small letter, though OpenCorpora marks them Geox too."""

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

PRONOUN_CAPITAL = RuleInfo(
    "OURS_PRONOUN_CAPITAL",
    phrase("Строчная буква в местоимении посреди предложения"),
    phrase("Посреди предложения местоимение пишется со строчной буквы."),
    phrase("После запятой предложение продолжается, и местоимения пишутся со строчной буквы: «Ошибка на "
    "нашей стороне, мы её уже чиним». С прописной из вежливости пишут только «Вы» и «Ваш» в обращении к "
    "одному человеку."),
    Category.SPELLING,
)

RULES = (PLACE_NAME_CAPITAL, PRONOUN_CAPITAL)

# Pronouns that mid-sentence take a small letter whoever writes them («Вы», «Ваш» may be capitalised out of respect).
_PRONOUNS = frozenset({"я", "меня", "мне", "мной", "мы", "нас", "нам", "нами", "он", "она", "оно", "они", "его", "её",
                       "ее", "их", "ему", "ей", "им", "ими", "наш", "наша", "наше", "наши", "нашего", "нашей",
                       "нашему", "нашим", "нашими", "наших", "нашу", "мой", "моя", "моё", "мое", "мои"})

# Titles a possessive pronoun before them takes a capital with: «Её Величество», «Ваше Превосходительство»;
# the predicate agrees with the person they name (predicate_agreement).
TITLES = frozenset({"величество", "высочество", "превосходительство", "сиятельство", "святейшество",
                    "преосвященство", "высокопреосвященство", "благородие", "высокоблагородие", "светлость"})

# the old names of peoples, written with a small letter: «варяги назывались русью»
_PEOPLES = frozenset({"русь", "чудь", "меря", "мурома", "емь", "сумь", "ижора"})
# place names that in a chat are a slip of a common word: «всего хорошево» is «хорошего» (chat_slips)
_SLIPS = frozenset({"хорошево"})


# Words naming God: a pronoun standing for Him is capitalised out of reverence («Бог создал мир, и Он…»).
_GOD = frozenset({"бог", "божий", "господь", "господний", "всевышний", "творец", "создатель", "христос", "иисус",
                  "аллах", "вседержитель"})
_HIS = frozenset({"он", "его", "ему", "им"})


def _reverential(t: Text, i: int) -> bool:
    """«Он», «Его», «Ему», «Им» after a word naming God in the text stand for Him: the capital is reverence."""
    return t.words[i].low in _HIS and any(
        w.text[:1].isupper() and any(p.normal_form in _GOD for p in parses(w.low)[:2]) for w in t.words[:i])


def _before_title(t: Text, i: int) -> bool:
    """The pronoun is part of a title: «от Её Величества»."""
    return i + 1 < len(t.words) and any(p.normal_form in TITLES for p in parses(t.words[i + 1].low))


# Prepositions of place and direction: «в лондон», «из берлина», «по кипру».
_PLACE_PREPOSITIONS = frozenset({"в", "во", "на", "из", "до", "по", "к", "ко", "у", "под", "над", "через", "около",
                                 "возле", "от", "за", "между", "с", "со", "из-за", "из-под", "вокруг", "близ"})


def _one_of_a_kind(analyses) -> bool:
    """The dictionary gives the word no plural: a place is one of a kind («москва», «тверь» are Sgtm, «альпы» Pltm,
    «сочи» indeclinable). A word with a full paradigm of both numbers it marks as a place is sometimes a city
    («лондон») and sometimes a common noun it mislabels («минивэн», «молл», «сплит»)."""
    return any(g in p.tag for p in analyses for g in ("Sgtm", "Pltm", "Fixd"))


def _after_place_preposition(t: Text, i: int) -> bool:
    """A word with both numbers is read as a place only where a place is asked for: right after a preposition of
    place or direction («летим в лондон»). As the object of a verb it is a thing («возьмите минивэн на 7 мест»)."""
    before = t.word(i - 1)
    return before is not None and t.plain_gap(i) and before.low in _PLACE_PREPOSITIONS


def check(t: Text) -> list[Finding]:
    found = []
    for w in t.words:
        if not w.text.isalpha() or not w.text.islower() or not known(w.text):
            continue  # a word the dictionary lacks is a misspelling («будеш»), not a place
        analyses = parses(w.text)
        # only nouns that can be nothing but a place name («москву», not «орёл» or «мир»)
        if analyses and all("Geox" in p.tag and p.tag.POS == "NOUN" for p in analyses) \
                and analyses[0].normal_form not in _PEOPLES and w.low not in _SLIPS \
                and (_one_of_a_kind(analyses) or _after_place_preposition(t, w.index)):
            found.append(finding(PLACE_NAME_CAPITAL, w.start, w.end, w.text[:1].upper() + w.text[1:]))
    for i, w in enumerate(t.words):
        # after a comma or a bare space in one sentence: «Ошибка на нашей стороне, Мы её уже чиним»
        if i and w.text[:1].isupper() and w.text[1:].islower() and w.low in _PRONOUNS \
                and t.gap_before(i).strip() in ("", ",") and "\n" not in t.gap_before(i) and not _before_title(t, i) \
                and not _reverential(t, i):
            found.append(finding(PRONOUN_CAPITAL, w.start, w.end, w.text.lower()))
    return found
