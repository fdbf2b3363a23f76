"""«Рассказала за эту проблему» → «про эту проблему»: «за» в значении «о, про» после глаголов речи и знания.

In southern and Ukrainian-influenced speech «за» + the accusative stands for «о» + the prepositional («говорили за
жизнь», «слышал за новый тариф»). After a verb of telling, hearing or knowing, «за» with a noun for a thing in the
accusative can mean nothing else, so the finding is sure there; «за» that the literary language gives such verbs
is left alone: for a person or in someone's stead («рассказал за всех», «узнала за подругу»; «говорить» and
«писать» are left out, as «говорю за всю команду» speaks for a group), a place in the
instrumental («беседовали за столом», «узнал за границей»), a span of time or a price («рассказал за пять минут»,
«рассказывает за деньги») and «за то, что» (a pronoun, not a noun).
"""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding, match_case, parses
from app.core.phrase import phrase

ABOUT_ZA = RuleInfo(
    "OURS_ABOUT_ZA",
    phrase("«За» в значении «о, про»"),
    phrase("После глаголов речи и знания о предмете говорят «о» или «про», а не «за»."),
    phrase("«Рассказать за проблему», «слышал за новый тариф», «поговорить за жизнь» — просторечие, пришедшее из "
    "южных говоров и украинского языка. В литературном языке тема разговора вводится предлогом «о» (с предложным "
    "падежом) или «про» (с винительным): «рассказала об этой проблеме», «рассказала про эту проблему», «слышал о "
    "новом тарифе». «За» после этих глаголов уместно в других значениях: «говорю за всех» (от имени), "
    "«рассказал за пять минут» (срок), «говорили за столом» (место)."),
    Category.GRAMMAR,
)

RULES = (ABOUT_ZA,)

# verbs whose topic «за» cannot introduce in the literary language; «говорить», «писать» are not among them:
# «говорю за всю команду», «написал за весь отдел» speak on behalf of a group
_TELLING = frozenset({"рассказать", "рассказывать", "поговорить", "разговаривать", "беседовать",
                      "побеседовать", "слышать", "услышать", "слыхать", "узнать", "узнавать", "знать",
                      "напомнить", "напоминать", "вспомнить", "вспоминать", "забыть", "забывать",
                      "сообщить", "сообщать", "объяснить", "объяснять", "предупредить", "предупреждать",
                      "читать", "прочитать", "прочесть", "спорить", "поспорить"})
# a dative pronoun may stand between the verb and «за»: «рассказала мне за…»
_TO_WHOM = frozenset({"мне", "нам", "тебе", "вам", "ему", "ей", "им", "всем"})
# nouns of time and price: «за» then tells how long or for what pay («рассказал за пять минут», «пишет за деньги»)
_SPAN_OR_PRICE = frozenset({
    "секунда", "минута", "минутка", "час", "день", "сутки", "неделя", "месяц", "год", "время", "вечер", "ночь",
    "утро", "выходные", "лето", "зима", "весна", "осень", "период", "срок", "раз", "деньги", "плата", "оплата",
    "рубль", "копейка", "доллар", "евро", "сумма", "гонорар", "вознаграждение", "счёт", "счет", "бесценок",
    "компания",
})


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i, w in enumerate(t.words):
        if w.low != "за" or i == 0 or not t.plain_gap(i):
            continue
        k = i - 1
        if t.words[k].low in _TO_WHOM and k > 0 and t.plain_gap(k):
            k -= 1
        if not _telling(t.words[k].text):
            continue
        end = _thing_in_accusative(t, i + 1)
        if end is None:
            continue
        words = t.text[t.words[i + 1].start:t.words[end].end]
        found.append(finding(ABOUT_ZA, w.start, t.words[end].end, f"{match_case(w.text, 'про')} {words}",
                             message=phrase("О предмете разговора пишут «про {words}» или «о …», а не «за {words}».",
                                            words=words)))
    return found


def _telling(word: str) -> bool:
    """Every likely reading is a finite verb, an infinitive or a gerund of a verb of telling or knowing."""
    readings = [p for p in parses(word) if p.score >= 0.1]
    return bool(readings) and all(p.tag.POS in ("VERB", "INFN", "GRND") and p.normal_form in _TELLING
                                  for p in readings)


def _thing_in_accusative(t: Text, k: int) -> int | None:
    """The last index of a noun phrase from word k (modifiers, then a noun for a thing) that can only be in the
    accusative, never the instrumental; None if there is none."""
    for n in range(k, min(k + 4, len(t.words))):
        if not t.plain_gap(n) or not t.words[n].text.isalpha() or t.words[n].text[:1].isupper():
            return None
        readings = [p for p in parses(t.words[n].text) if p.score >= 0.05]
        if not readings or any(p.tag.case in ("ablt", "loct", "datv") for p in readings):
            return None
        top = readings[0]
        if top.tag.POS in ("ADJF", "PRTF") and any(p.tag.case == "accs" for p in readings):
            continue
        if top.tag.POS != "NOUN" or "anim" in top.tag or top.normal_form in _SPAN_OR_PRICE \
                or not any(p.tag.POS == "NOUN" and p.tag.case == "accs" for p in readings):
            return None
        return n
    return None
