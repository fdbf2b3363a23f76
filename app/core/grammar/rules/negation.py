"""«Не» и «ни» там, где их путают грамотные люди в спешке: «нечего не понял», «как бы я не старался,
…», «я тут не причём».

Every word here is in the dictionary, so a speller passes them; the words around decide: a negative
pronoun before a negated verb takes «ни» («ничего не понял»), a concessive clause before its main
clause takes «ни» («как бы я ни старался, …»), and «ни при чём» is a set phrase of three words.
"""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding, known, likeliest_pos, match_case, parses
from app.core.phrase import phrase

NI_PRONOUN = RuleInfo(
    "OURS_NI_PRONOUN",
    phrase("«Ничего не», а не «нечего не»"),
    phrase("Перед отрицанием «не» местоимение пишется с «ни»: «ничего не понял»."),
    phrase("Местоимения с «ни» («ничего», «никого», «нигде», «никогда») стоят в предложении с отрицанием "
    "при глаголе: «Я ничего не понял», «Никого не было дома». Местоимения с ударным «не» («нечего», "
    "«некого», «негде», «некогда») сами несут отрицание и отрицания при глаголе не допускают: «Мне "
    "нечего сказать», «Некого спросить»."),
    Category.SPELLING,
)
NI_CONCESSIVE = RuleInfo(
    "OURS_NI_CONCESSIVE",
    phrase("«Ни» в уступительном придаточном"),
    phrase("В обороте «как бы … ни», «что бы … ни» пишется «ни»: «как бы я ни старался»."),
    phrase("Придаточное со значением «несмотря на то что» («как бы я ни старался», «что бы ты ни выбрал», "
    "«где бы мы ни были») содержит усилительную частицу «ни», а не отрицание: смысл предложения не "
    "меняется, если её убрать. «Не» здесь было бы отрицанием: «Боюсь, как бы он не опоздал»."),
    Category.SPELLING,
)
NI_PRI_CHEM = RuleInfo(
    "OURS_NI_PRI_CHEM",
    phrase("«Ни при чём»"),
    phrase("Пишется в три слова и с «ни»: «ни при чём»."),
    phrase("Выражение «ни при чём» («не имеет отношения») пишется в три слова: частица «ни», предлог «при» и "
    "местоимение «чём». Слитное «причём» — союз «и к тому же»: «Заказ пришёл, причём раньше срока»."),
    Category.SPELLING,
)

NE_ADJECTIVE = RuleInfo(
    "OURS_NE_ADJECTIVE",
    phrase("«Не» с прилагательными и причастиями"),
    phrase("Прилагательное или причастие без зависимых слов пишется с «не» слитно."),
    phrase("«Не» с полным прилагательным и с полным причастием без зависимых слов пишется слитно: «неоплаченные "
    "счета», «неразобранные вещи», «небольшой город». Раздельно — при противопоставлении («не большой, а "
    "огромный») и когда у причастия есть зависимые слова: «не прочитанные мной письма», «ещё не оплаченные "
    "счета»."),
    Category.SPELLING,
)

NE_HEARD = RuleInfo(
    "OURS_NE_SLYSHNO",
    phrase("«Не слышно», «не видно»"),
    phrase("В роли сказуемого «не слышно», «не видно» пишутся раздельно."),
    phrase("«Слышно», «видно» в безличном предложении — сказуемое, как глагол, и «не» с ним пишется раздельно: "
    "«ночью его совсем не слышно», «отсюда ничего не видно». Слитно пишется наречие, которое отвечает на вопрос "
    "«как?» при глаголе: «неслышно вошла», «дверь неслышно закрылась»."),
    Category.SPELLING,
)

RULES = (NI_PRONOUN, NI_CONCESSIVE, NI_PRI_CHEM, NE_ADJECTIVE, NE_HEARD)

_NI = {"нечего": "ничего", "некого": "никого", "некому": "никому", "нечему": "ничему", "нечем": "ничем",
       "негде": "нигде", "некуда": "никуда", "неоткуда": "ниоткуда"}
# The words that open a concessive clause with «бы»: «как бы», «что бы», «где бы» …
_CONCESSIVE = frozenset({"как", "что", "кто", "где", "куда", "откуда", "когда", "сколько", "какой", "какая",
                         "какое", "какие", "чей", "чья", "чьё", "чье", "чьи", "чего", "кого", "кому", "чем"})
_SENTENCE_ENDS = ".!?…"


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i, w in enumerate(t.words):
        nxt = t.word(i + 1)
        if w.low in _NI and nxt is not None and nxt.low == "не" and t.plain_gap(i + 1):
            found.append(finding(NI_PRONOUN, w.start, w.end, match_case(w.text, _NI[w.low])))
        elif w.low in ("не", "ни") and nxt is not None and t.plain_gap(i + 1):
            _pri_chem(t, i, found)
            _pronoun_apart(t, i, found)
            if w.low == "не":
                _ne_before_noun(t, i, found)
                _ne_after_degree(t, i, found)
                _ne_predicative(t, i, found)
        elif w.low in _HEARD:
            _heard(t, i, found)
        elif w.low.startswith("не") and nxt is not None and nxt.low in _AGENTS and t.plain_gap(i + 1):
            _ne_with_agent(t, i, found)
        elif w.low == "сколько" and t.starts_sentence(i) and not (nxt is not None and nxt.low == "бы"):
            _concessive_from(t, i + 1, found)  # «Сколько я ему не звонил, …»: no «бы» after «сколько»
        elif w.low in _CONCESSIVE and (t.starts_sentence(i) or t.gap_before(i).strip() == ","):
            _concessive(t, i, found)
    return found


def _pri_chem(t: Text, i: int, found: list[Finding]) -> None:
    """«не причём», «не при чём», «ни причём» → «ни при чём»."""
    w, nxt, third = t.words[i], t.words[i + 1], t.word(i + 2)
    if nxt.low == "причем" and _ends_phrase(t, i + 2):
        end = nxt.end
    elif w.low == "не" and nxt.low == "при" and third is not None and third.low == "чем" and t.plain_gap(i + 2) \
            and _ends_phrase(t, i + 3):
        end = third.end
    else:
        return
    found.append(finding(NI_PRI_CHEM, w.start, end, match_case(w.text, "ни при чём")))


# «ни» + a question word + «не» is one negative word: «ни как не могу» → «никак не могу».
_NI_WORDS = frozenset({"как", "когда", "где", "куда", "откуда", "кто", "что", "чего", "кого", "кому", "чему", "сколько"})
# «не» + a question word + an infinitive (or «было», «будет») is one word: «мне не когда было» → «некогда».
_NE_WORDS = frozenset({"когда", "где", "куда", "откуда", "кого", "чего", "кому", "чему", "зачем"})


def _pronoun_apart(t: Text, i: int, found: list[Finding]) -> None:
    """«ни как не могу» → «никак», «мне не когда было ответить» → «некогда»; «не как не может» → «никак»: the
    negative word before the verb's own «не» is one with «ни»."""
    w, word, after = t.words[i], t.words[i + 1], t.word(i + 2)
    if after is None or not t.plain_gap(i + 2):
        return
    joined = w.low + word.low
    if w.low == "ни" and word.low in _NI_WORDS and after.low == "не":
        pass
    elif w.low == "не" and word.low in _NI_WORDS and after.low == "не" and _finite_after(t, i + 3) \
            and not _contrast_after(t, i + 3):
        joined = "ни" + word.low
    elif w.low == "не" and word.low in _NE_WORDS and (
            after.low in ("было", "будет") or likeliest_pos(after.text) == "INFN"):
        pass
    else:
        return
    if not known(joined):
        return
    found.append(finding(NI_PRONOUN, w.start, word.end, match_case(w.text, joined),
                         message=phrase("Отрицательное местоимение или наречие пишется слитно: «{joined}».",
                                        joined=joined)))


def _finite_after(t: Text, k: int) -> bool:
    """Word k is a finite verb by its likeliest reading: «не как не может», not «не как не знающий»."""
    w = t.word(k)
    readings = parses(w.text) if w is not None and t.plain_gap(k) else ()
    return bool(readings) and readings[0].tag.POS == "VERB"


def _contrast_after(t: Text, k: int) -> bool:
    """«…, а …» follows in the sentence: «не как …, а как …» contrasts two ways, «не» is apart."""
    for n in range(k + 1, len(t.words)):
        if t.starts_sentence(n):
            return False
        if t.words[n].low == "а" and t.gap_before(n).strip() == ",":
            return True
    return False


def _ends_phrase(t: Text, k: int) -> bool:
    """Nothing follows the phrase in its clause but punctuation, or «тут», «здесь» and the like:
    «причём» as a conjunction always has a clause after it."""
    nxt = t.word(k)
    return nxt is None or not t.plain_gap(k) or nxt.low in ("тут", "здесь", "совсем", "абсолютно", "вообще")


def _concessive(t: Text, i: int, found: list[Finding]) -> None:
    """«Как бы я не старался, всё равно…» → «ни»: «X бы … не VERB» closed by a comma with a main clause
    after it. A wish or a fear («как бы не опоздать», «боюсь, как бы он не заболел») has no comma and
    clause after it, or an infinitive."""
    bi = t.word(i + 1)
    if bi is None or bi.low != "бы" or not t.plain_gap(i + 1):
        return
    _concessive_from(t, i + 2, found)


def _concessive_from(t: Text, start: int, found: list[Finding]) -> None:
    """Look for «не VERB» from word ``start`` on, the clause closed by a comma with a main clause after it."""
    for k in range(start, min(start + 4, len(t.words) - 1)):
        if not t.plain_gap(k):
            return
        if t.words[k].low == "ни":
            return
        if t.words[k].low != "не":
            continue
        verb = t.words[k + 1]
        readings = parses(verb.text)
        if not t.plain_gap(k + 1) or not readings or readings[0].tag.POS != "VERB":
            return
        after = k + 2
        while after < len(t.words) and t.plain_gap(after):
            after += 1
        if after >= len(t.words) or t.gap_before(after).strip() != ",":
            return  # no main clause after a comma: a wish or a fear
        w = t.words[k]
        found.append(finding(NI_CONCESSIVE, w.start, w.end, "ни"))
        return


# Words before «не» after which the adjective or participle has no dependent word of its own: the start of a
# clause, a preposition, «и», «а», «или».
_OPENERS = frozenset({"и", "а", "или", "но", "в", "во", "на", "с", "со", "из", "к", "ко", "о", "об", "по", "за", "от",
                      "для", "без", "у", "при", "про", "через", "под", "над"})
# The one who did it, with a participle: «не прочитанные мной письма» — a dependent word, so «не» apart.
_AGENTS = frozenset({"мной", "мною", "нами", "тобой", "тобою", "вами", "им", "ею", "ими"})


def _ne_before_noun(t: Text, i: int, found: list[Finding]) -> None:
    """«Не разобранные вещи стоят в коридоре» → «Неразобранные»: «не», a full adjective or participle and
    at once the noun it agrees with, at the start of a clause or after a preposition, with no contrast."""
    adj, noun, prev = t.words[i + 1], t.word(i + 2), t.word(i - 1)
    if noun is None or not t.plain_gap(i + 2):
        return
    if not (t.starts_sentence(i) or t.gap_before(i).strip() == "," or (
            prev is not None and t.plain_gap(i) and prev.low in _OPENERS)):
        return
    readings = parses(adj.text)
    if not readings or readings[0].tag.POS not in ("ADJF", "PRTF") or {"Apro", "Anum", "Supr"} & set(readings[0].tag.grammemes):
        return
    joined = "не" + adj.text.lower()
    if not known(joined) or not any(p.tag.POS in ("ADJF", "PRTF") for p in parses(joined)):
        return
    tag = readings[0].tag
    if not any(p.tag.POS == "NOUN" and p.tag.case == tag.case and p.tag.number == tag.number
               and (tag.number == "plur" or p.tag.gender == tag.gender) for p in parses(noun.text)):
        return
    if _contrast_follows(t, i + 2) or _negation_series(t, i):
        return  # «не новые вещи, а старые»; «не каприз, не лень и не злая воля»: each «не» negates
    before = t.word(i - 2)
    if prev is not None and t.plain_gap(i) and (prev.low in ("а", "но") or prev.low == "и" and before is not None
                                                and before.low == "хотя"):
        return  # «изменить номер, а не отображаемый номер», «хотя и не завершённая сделка»: a contrast
    found.append(finding(NE_ADJECTIVE, t.words[i].start, adj.end, match_case(t.words[i].text, joined)))


def _negation_series(t: Text, i: int) -> bool:
    """An earlier «не» of the same sentence negates a word closed by a comma: «не каприз, не лень и не …»."""
    k = i - 1
    while k > 0 and not t.starts_sentence(k):
        k -= 1
        if t.words[k].low == "не" and k + 2 <= i and "," in t.gap_before(k + 2):
            return True
    return False


def _contrast_follows(t: Text, k: int) -> bool:
    for n in range(k + 1, len(t.words)):
        if t.starts_sentence(n):
            return False
        if t.words[n].low in ("а", "но") and t.gap_before(n).strip() == ",":
            return True
    return False


# Words of degree before «не» + an adjective or adverb: the negated word is one word then, a quality to a degree
# («очень неудобно», «крайне неприятный»); «совсем не», «вовсе не», «далеко не» negate, and are not here.
_DEGREE = frozenset({"очень", "крайне", "весьма", "довольно", "достаточно", "слишком", "необычайно", "чрезвычайно",
                     "исключительно", "настолько", "столь"})


def _ne_after_degree(t: Text, i: int, found: list[Finding]) -> None:
    """«Объясняет очень не понятно» → «непонятно»: a word of degree, «не» and an adjective or adverb that is a
    word with «не» joined, with no contrast after it."""
    prev, word = t.word(i - 1), t.words[i + 1]
    if prev is None or prev.low not in _DEGREE or not t.plain_gap(i):
        return
    readings = parses(word.text)
    if not readings or readings[0].tag.POS not in ("ADJF", "ADJS", "ADVB", "PRED", "PRTS"):
        return
    joined = "не" + word.text.lower()
    if not known(joined) or _contrast_follows(t, i + 1):
        return
    found.append(finding(NE_ADJECTIVE, t.words[i].start, word.end, match_case(t.words[i].text, joined),
                         message=phrase("После слов меры («очень», «крайне», «весьма») «не» пишется слитно: "
                                        "«очень неудобно».")))


# Adverbs and predicatives in -о whose «не» form is one word meaning the opposite («непонятно» = «неясно»);
# words of state («не холодно», «не страшно») and «не обязательно», written both ways, are not here.
_JOINED_ADVERBS = frozenset({"понятно", "допустимо", "удобно", "приятно", "возможно", "правильно", "интересно",
                             "логично", "справедливо", "хорошо", "плохо", "вежливо", "аккуратно", "прилично"})
# words before «не» that strengthen the negation, or negative words: «совсем не понятно», «ничего не понятно»
_STRENGTHENING = frozenset({"совсем", "вовсе", "отнюдь", "далеко", "ничуть", "нисколько", "никак", "вообще",
                            "ничего", "никому", "никогда", "нигде", "ни", "не", "совершенно", "абсолютно",
                            "отнюдь", "никто", "ничем"})
# what may follow the adverb closing its clause: a question word of a clause after it («непонятно, что делать»)
_CLAUSE_WORDS = frozenset({"что", "как", "почему", "зачем", "где", "когда", "куда", "откуда", "кто", "чем", "сколько"})


def _ne_predicative(t: Text, i: int, found: list[Finding]) -> None:
    """«С освещением не понятно», «для такой цены не допустимо» → «непонятно», «недопустимо»: «не» and an adverb
    of the list closing its clause, with no negation strengthened before it and no contrast after it."""
    word = t.words[i + 1]
    if word.low not in _JOINED_ADVERBS:
        return
    nxt = t.word(i + 2)
    if nxt is not None and t.plain_gap(i + 2) and nxt.low not in _CLAUSE_WORDS:
        return  # «не понятно объяснил, а…», «не возможно ли…»: the adverb does not close its clause
    for k in range(max(0, i - 3), i):
        if t.words[k].low in _STRENGTHENING and all(t.plain_gap(n) for n in range(k + 1, i + 1)):
            return
    if _contrast_follows(t, i + 1) or _negation_series(t, i):
        return
    joined = "не" + word.low
    found.append(finding(NE_ADJECTIVE, t.words[i].start, word.end, match_case(t.words[i].text, joined),
                         message=phrase("Без противопоставления и без усиления отрицания «не» с наречием на -о "
                                        "пишется слитно: «{joined}».", joined=joined)))


def _ne_with_agent(t: Text, i: int, found: list[Finding]) -> None:
    """«непрочитанные мной письма» → «не прочитанные»: a participle with the doer after it is written apart."""
    w = t.words[i]
    rest = w.text[2:]
    readings = parses(w.text)
    if not readings or readings[0].tag.POS not in ("ADJF", "PRTF") or not known(rest.lower()):
        return
    if not any(p.tag.POS == "PRTF" and "pssv" in p.tag for p in parses(rest)):
        return
    found.append(finding(NE_ADJECTIVE, w.start, w.end, f"{w.text[:2]} {rest}",
                         message=phrase("У причастия есть зависимое слово, поэтому «не» пишется раздельно.")))


_HEARD = frozenset({"неслышно", "невидно"})
_VERB_PARTS = ("VERB", "INFN", "GRND", "PRTF", "PRTS")
_LINKS = frozenset({"было", "будет", "стало", "станет"})  # «было не слышно»: the predicative's own link


# what makes «не слышно» a predicate: a negation made stronger, whom or what one does not hear or see, who does not
_PREDICATE_SIGNS = _STRENGTHENING | _LINKS | frozenset({"его", "её", "ее", "их", "меня", "тебя", "нас", "вас", "мне",
                                                        "нам", "вам", "тебе", "ему", "ей", "им", "никого"})


def _heard(t: Text, i: int, found: list[Finding]) -> None:
    """«Ночью вообще неслышно», «его отсюда невидно» → «не слышно», «не видно»: no verb in the clause for an adverb
    of manner to go with, and a word before it that only goes with a predicate — a negation made stronger
    («вообще», «совсем», «ничего»), whom one does not hear, a link («было»). «Работает тихо, почти неслышно»
    is an adverb of the verb before the comma."""
    k = t.run_start(i)
    end = t.run_end(i)
    for n in range(k, end + 1):
        if n != i and t.words[n].low not in _LINKS and any(p.tag.POS in _VERB_PARTS
                                                            for p in parses(t.words[n].text)[:1]):
            return
    if not any(t.words[n].low in _PREDICATE_SIGNS for n in range(k, i)):
        return
    w = t.words[i]
    fixed = f"{w.text[:2]} {w.text[2:]}"
    found.append(finding(NE_HEARD, w.start, w.end, fixed))
