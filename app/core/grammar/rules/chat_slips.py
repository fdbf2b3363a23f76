"""Опечатки чата, которые словарь принимает за другие слова: «Хорошево дня», «хорошего вечере», «по этому
(= поэтому) отправка будет в понедельник», «ещё рас», «за не удобства», «спасибо за ожидания».

Every form here is in the dictionary («Хорошево» is a district of Moscow, «рас» the genitive of «раса»,
«по этому» a preposition with a pronoun), so a speller passes them; the words around decide.
"""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding, has_tag, known, match_case, parses
from app.core.phrase import phrase

WISH_FORM = RuleInfo(
    "OURS_WISH_FORM",
    phrase("Опечатка в пожелании"),
    phrase("В пожелании пишется «хорошего дня», «всего хорошего»: прилагательное и существительное в родительном падеже."),
    phrase("Пожелание «(желаю) хорошего дня», «всего доброго», «приятного вечера» стоит в родительном падеже: "
    "прилагательное кончается на -его / -ого (читается [ево], но пишется «г»), существительное — «дня», «вечера», "
    "«выходных». «Хорошево» — название района, а не прилагательное."),
    Category.SPELLING,
)
POETOMU = RuleInfo(
    "OURS_POETOMU",
    phrase("«Поэтому» и «по этому»"),
    phrase("Союзное слово «поэтому» («по этой причине») пишется слитно."),
    phrase("«Поэтому» значит «по этой причине, вследствие этого» и пишется слитно: «Склад закрыт, поэтому "
    "отправка будет в понедельник». Раздельно «по этому» — предлог с местоимением, за ним идёт слово, к "
    "которому «этому» относится: «по этому адресу», «по этому вопросу». Слитно пишется и «поскольку» («так как»); "
    "раздельно «по скольку» — только в вопросе о количестве: «по скольку штук?»."),
    Category.SPELLING,
)
RAZ = RuleInfo(
    "OURS_RAZ",
    phrase("«Раз» и «рас»"),
    phrase("Здесь нужно слово «раз»."),
    phrase("«Ещё раз», «в следующий раз», «как раз» пишутся с «з» на конце: это слово «раз». «Рас» — "
    "форма слова «раса» («рас и народов»)."),
    Category.SPELLING,
)
NE_NOUN = RuleInfo(
    "OURS_NE_NOUN",
    phrase("«Не» с существительными"),
    phrase("Существительное с «не» пишется слитно."),
    phrase("«Не» с существительными пишется слитно, когда получается одно слово с противоположным смыслом: "
    "«неудобство», «неисправность», «недоразумение», «невнимательность». Раздельно — только при "
    "противопоставлении: «не удобство, а необходимость»."),
    Category.SPELLING,
)
THANKS_FOR = RuleInfo(
    "OURS_THANKS_FOR",
    phrase("«Спасибо за ожидание»"),
    phrase("Благодарят «за ожидание», «за понимание»: винительный падеж единственного числа."),
    phrase("После «спасибо за», «благодарим за» слова «ожидание», «понимание», «терпение», «внимание» стоят "
    "в винительном падеже единственного числа и кончаются на -ие: «Спасибо за ожидание», «Благодарим за "
    "терпение и понимание». «Ожидания» — это «надежды»: «оправдать ожидания»."),
    Category.GRAMMAR,
)

ADVERB_FORM = RuleInfo(
    "OURS_ADVERB_FORM",
    phrase("Наречие, а не прилагательное"),
    phrase("Глагол поясняет наречие: «автоматически», а не «автоматический»."),
    phrase("На вопрос «как?» при глаголе отвечает наречие на -ски: «скидка применится автоматически», «это "
    "технически невозможно». Прилагательное на -ский относится к существительному: «автоматический "
    "перевод», «технический перерыв»."),
    Category.GRAMMAR,
)

PARTICLE_HYPHEN = RuleInfo(
    "OURS_PARTICLE_HYPHEN",
    phrase("Частица через дефис"),
    phrase("Частицы «же», «бы», «ли» пишутся отдельно, без дефиса."),
    phrase("Частицы «же» («ж»), «бы» («б») и «ли» («ль») всегда пишутся отдельно от слова, к которому относятся: "
    "«тот же номер», «сегодня же», «я бы уточнила», «подойдёт ли». Через дефис пишутся другие частицы: «-то», "
    "«-либо», «-нибудь», «кое-», «-ка», «-таки»."),
    Category.SPELLING,
)

INFINITIVE_SIGN = RuleInfo(
    "OURS_INFINITIVE_SOFT_SIGN",
    phrase("«Можно подключить», а не «подключит»"),
    phrase("При словах «можно», «нельзя», «нужно», «надо» глагол стоит в неопределённой форме, с мягким знаком."),
    phrase("Слова «можно», «нельзя», «нужно», «надо», «необходимо» требуют неопределённой формы глагола: «подключить "
    "её можно в приложении», «оплатить нужно до пятницы». Без мягкого знака («подключит», «оплатит») получается "
    "«он подключит» — форма, у которой в этом предложении нет подлежащего."),
    Category.GRAMMAR,
)

IMPERATIVE_FORM = RuleInfo(
    "OURS_IMPERATIVE_FORM",
    phrase("«Выберите», а не «выберете»"),
    phrase("В просьбе нужна повелительная форма: «выберите», «напишите»."),
    phrase("Просьба или указание — повелительная форма на -ите: «откройте заказ и выберите адрес», «напишите нам». "
    "Форма на -ете («выберете», «напишете») — будущее время: «когда вы выберете адрес, нажмите „Сохранить“». Рядом с "
    "другими просьбами («откройте…, выберете…») нужна повелительная."),
    Category.GRAMMAR,
)

RULES = (WISH_FORM, POETOMU, RAZ, NE_NOUN, THANKS_FOR, ADVERB_FORM, PARTICLE_HYPHEN, INFINITIVE_SIGN, IMPERATIVE_FORM)

# Particles written apart, never with a hyphen: «тот-же» → «тот же».
_APART_PARTICLES = ("же", "ж", "бы", "б", "ли", "ль")

# Nouns of a wish («хорошего дня») and their genitive, singular or plural as the wish takes it.
_WISH_NOUNS = {"день": "дня", "вечер": "вечера", "утро": "утра", "отдых": "отдыха", "настроение": "настроения",
               "путь": "пути", "выходной": "выходных", "выходные": "выходных", "праздник": "праздника",
               "дно": "дня"}  # «хорошего вам дна» is «дня» with one letter lost
_WISH_ADJECTIVES = frozenset({"хорошего", "доброго", "приятного", "отличного", "прекрасного", "удачного",
                              "спокойного", "чудесного", "замечательного", "хороших", "приятных", "отличных",
                              "прекрасных", "удачных", "спокойных", "добрых"})
_BETWEEN = frozenset({"вам", "тебе", "всем", "и"})
_RAZ_BEFORE = frozenset({"еще", "ещё", "как", "в", "следующий", "этот", "тот", "первый", "второй", "последний",
                         "один", "ни", "каждый", "какой", "который", "другой"})
_THANKS = frozenset({"спасибо", "благодарю", "благодарим", "благодарны", "благодарна", "благодарен",
                     "благодарность", "признательны"})
_THANKED = {"ожидания": "ожидание", "понимания": "понимание", "терпения": "терпение", "внимания": "внимание",
            "обращения": "обращение"}
# «Спасибо за ваши обращения»: several contacts thanked for, the plural said outright
_PLURAL_BEFORE = frozenset({"ваши", "все", "эти", "ваших"})
_BEFORE_THANKED = frozenset({"ваше", "ваш", "вашу", "ваши", "и", "терпение", "понимание", "ожидание", "внимание",
                             "за"})


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i, w in enumerate(t.words):
        if w.low == "хорошево":
            _khorosho(t, i, found)
        elif w.low in _WISH_ADJECTIVES:
            _wish_noun(t, i, found)
        elif w.low == "по":
            _po_etomu(t, i, found)
        elif w.low == "рас" and i > 0 and t.plain_gap(i) and t.words[i - 1].low in _RAZ_BEFORE:
            found.append(finding(RAZ, w.start, w.end, match_case(w.text, "раз")))
        elif w.low == "не":
            _ne_noun(t, i, found)
            _untrue(t, i, found)
        elif w.low in _THANKED:
            _thanked(t, i, found)
        elif w.low.endswith("ческий") and i > 0 and t.plain_gap(i):
            _adverb(t, i, found)
        if w.low in _TAKE_INFINITIVE:
            _infinitive_sign(t, i, found)
        if w.low.endswith("ете"):  # «войдёте» with its «ё» is written as the future it is
            _future_for_imperative(t, i, found)
        if "-" in w.text and w.low.rsplit("-", 1)[1] in _APART_PARTICLES and known(w.low.rsplit("-", 1)[0]):
            word, particle = w.text[:w.text.rindex("-")], w.text[w.text.rindex("-") + 1:]
            fixes = [f"{word} {particle}"] + ([word + particle] if known(word + particle) else [])  # «так же», «также»
            found.append(finding(PARTICLE_HYPHEN, w.start, w.end, *fixes))
    return found


def _khorosho(t: Text, i: int, found: list[Finding]) -> None:
    """«Хорошево дня», «Всего хорошево»: the district name where the adjective of a wish belongs (written small,
    it is never the district)."""
    w, prev, nxt = t.words[i], t.word(i - 1), t.word(i + 1)
    after_all = prev is not None and prev.low == "всего" and t.plain_gap(i) or w.text.islower()
    before_wish = nxt is not None and t.plain_gap(i + 1) and (
        nxt.low in _BETWEEN or any(p.normal_form in _WISH_NOUNS for p in parses(nxt.text)))
    if after_all or before_wish:
        found.append(finding(WISH_FORM, w.start, w.end, match_case(w.text, "хорошего")))


def _wish_noun(t: Text, i: int, found: list[Finding]) -> None:
    """«хорошего вечере», «доброго вам дна»: the noun of a wish that lost its genitive."""
    k = i + 1
    while k < len(t.words) and t.plain_gap(k) and t.words[k].low in _BETWEEN - {"и"}:
        k += 1
    noun = t.word(k)
    if noun is None or not t.plain_gap(k) or k - i > 2:
        return
    if i > 0 and t.plain_gap(i) and t.words[i - 1].low in ("от", "для", "до", "из", "у", "без", "с", "со"):
        return  # «от хорошего вечера», «для доброго утра»: a preposition governs the case
    readings = [p for p in parses(noun.text) if p.tag.POS == "NOUN"]
    lemmas = {p.normal_form for p in readings}
    if not readings or not lemmas & _WISH_NOUNS.keys() or any(p.tag.case == "gent" and p.normal_form != "дно"
                                                             for p in readings):
        return
    lemma = next(iter(sorted(lemmas & _WISH_NOUNS.keys())))
    fixed = _WISH_NOUNS[lemma]
    if _plural(t.words[i].low) and lemma in ("день", "вечер"):
        fixed = {"день": "дней", "вечер": "вечеров"}[lemma]
    found.append(finding(WISH_FORM, noun.start, noun.end, match_case(noun.text, fixed),
                         message=phrase("В пожелании существительное стоит в родительном падеже: «{fixed}».",
                                        fixed=fixed)))


def _plural(adjective: str) -> bool:
    return adjective.endswith("их") or adjective.endswith("ых")


def _governs_dative(word: str) -> bool:
    """A word «этому» can go with: a noun, adjective, participle, pronoun or numeral in the dative."""
    readings = parses(word)
    if readings and readings[0].tag.POS in ("CONJ", "PRCL", "PREP"):
        return False  # «по этому и не позвонил», «по этому в кино не пошли»: not the abbreviation «И.», «В.»
    return any(p.tag.case == "datv" and p.tag.POS in ("NOUN", "ADJF", "PRTF", "NPRO", "NUMR") for p in readings)


def _po_etomu(t: Text, i: int, found: list[Finding]) -> None:
    """«…, по этому отправка будет в понедельник» → «поэтому»; «по скольку банк отклонил» → «поскольку»."""
    second, nxt = t.word(i + 1), t.word(i + 2)
    if second is None or second.low not in ("этому", "скольку") or not t.plain_gap(i + 1):
        return
    if nxt is None or not t.plain_gap(i + 2) or _governs_dative(nxt.text):
        return  # «по этому адресу», «по этому.»: the pronoun has its noun, or nothing shows the sense
    if second.low == "скольку" and any(p.tag.case in ("gent", "accs") and p.tag.number == "plur"
                                       for p in parses(nxt.text)):
        return  # «по скольку штук»
    fixed = "поэтому" if second.low == "этому" else "поскольку"
    w = t.words[i]
    found.append(finding(POETOMU, w.start, second.end, match_case(w.text, fixed),
                         message=POETOMU.message if fixed == "поэтому" else
                         phrase("Союз «поскольку» («так как») пишется слитно.")))


def _ne_noun(t: Text, i: int, found: list[Finding]) -> None:
    """«за не удобства», «из-за не исправности»: after a preposition, «не» and a noun make one word."""
    noun, prev = t.word(i + 1), t.word(i - 1)
    if noun is None or prev is None or not t.plain_gap(i) or not t.plain_gap(i + 1):
        return
    if not any(p.tag.POS == "PREP" for p in parses(prev.text)) or any(p.tag.POS != "NOUN" for p in parses(noun.text)):
        return
    after = t.word(i + 2)
    if after is not None and t.gap_before(i + 2).strip() == "," and after.low == "а":
        return  # «не удобства, а необходимости»: a contrast keeps «не» apart
    joined = "не" + noun.text.lower()
    if known(joined) and all(p.tag.POS == "NOUN" for p in parses(joined)):
        w = t.words[i]
        found.append(finding(NE_NOUN, w.start, noun.end, match_case(w.text, joined)))


_CONTRAST_REACH = 6  # words after the noun where «а» («не правда, а выдумка») keeps «не» apart


def _untrue(t: Text, i: int, found: list[Finding]) -> None:
    """«Это не правда» → «неправда» (a lie): after «это», with no contrast after it and no question «не правда
    ли?»."""
    noun, prev = t.word(i + 1), t.word(i - 1)
    if noun is None or prev is None or noun.low != "правда" or prev.low != "это" or not t.plain_gap(i) \
            or not t.plain_gap(i + 1):
        return
    for k in range(i + 2, min(i + 2 + _CONTRAST_REACH, len(t.words))):
        if any(mark in t.gap_before(k) for mark in ".!?…"):
            break  # the sentence is over
        if t.words[k].low in ("ли", "а", "но"):
            return
    w = t.words[i]
    found.append(finding(NE_NOUN, w.start, noun.end, match_case(w.text, "неправда")))


def _thanked(t: Text, i: int, found: list[Finding]) -> None:
    """«Спасибо за ожидания», «благодарим за терпение и понимания» → «ожидание», «понимание»."""
    k = i - 1
    while k >= 0 and t.plain_gap(k + 1) and t.words[k].low in _BEFORE_THANKED and t.words[k].low != "за":
        k -= 1
    if k < 0 or t.words[k].low != "за" or not t.plain_gap(k + 1):
        return
    if not any(t.words[j].low in _THANKS for j in range(max(0, k - 3), k)):
        return
    if t.words[i].low == "обращения" and t.words[i - 1].low in _PLURAL_BEFORE:
        return
    w = t.words[i]
    found.append(finding(THANKS_FOR, w.start, w.end, match_case(w.text, _THANKED[w.low])))


_COPULAS = frozenset({"быть", "стать", "становиться", "казаться", "оказаться", "оказываться", "получиться",
                      "получаться", "выглядеть", "являться", "остаться", "оставаться", "считаться", "называться"})


def _adverb(t: Text, i: int, found: list[Finding]) -> None:
    """«скидка применится автоматический» → «автоматически»: an adjective in «-ческий» right after an
    intransitive verb, with no noun after it, answers «как?» and is the adverb with one letter too many."""
    w, verb, nxt = t.words[i], t.words[i - 1], t.word(i + 1)
    if nxt is not None and t.plain_gap(i + 1) and nxt.low not in ("и", "или", "а", "но"):
        return  # «работает технический отдел»: the adjective has its noun
    readings = parses(verb.text)
    if not readings or readings[0].tag.POS not in ("VERB", "INFN") or readings[0].tag.transitivity != "intr" \
            or readings[0].normal_form in _COPULAS:
        return
    adverb = w.text.lower()[:-1]
    if known(adverb) and any(p.tag.POS == "ADVB" for p in parses(adverb)):
        found.append(finding(ADVERB_FORM, w.start, w.end, match_case(w.text, adverb)))


# words of state that take an infinitive: «подключить можно», «оплатить нужно»
_TAKE_INFINITIVE = frozenset({"можно", "нельзя", "нужно", "надо", "необходимо"})


def _infinitive_sign(t: Text, i: int, found: list[Finding]) -> None:
    """«подключит её можно в приложении» → «подключить»: in the comma-free stretch of «можно» (up to three words
    either side), a perfective future of «он» whose infinitive is the same word with «ь» — while the stretch has no
    infinitive of its own and no noun or pronoun in the nominative singular that could be the verb's subject."""
    if i > 0 and t.plain_gap(i) and t.words[i - 1].low == "как":
        return  # «как нельзя лучше»
    start, end = i, i
    while start > 0 and t.plain_gap(start) and start > i - 4:
        start -= 1
    while end + 1 < len(t.words) and t.plain_gap(end + 1) and end < i + 3:
        end += 1
    words = range(start, end + 1)
    if any(any(p.tag.POS == "INFN" for p in parses(t.words[k].text)) for k in words):
        return
    for k in words:
        w = t.words[k]
        readings = parses(w.text)
        if not readings or w.text[:1].isupper() and k != start or not all(
                p.tag.POS == "VERB" and p.tag.person == "3per" and p.tag.number == "sing" and p.tag.tense == "futr"
                for p in readings):
            continue  # a perfective future only: «как нельзя лучше подходит» is a present with its subject further
        infinitive = w.low + "ь"
        if not any(p.tag.POS == "INFN" and p.normal_form == readings[0].normal_form for p in parses(infinitive)):
            continue
        # a word right after the verb that may be its accusative object («оплатит заказ можно») is no subject
        if any(any(p.tag.POS in ("NOUN", "NPRO") and p.tag.case == "nomn" and p.tag.number != "plur"
                   and p.score >= 0.05 for p in parses(t.words[m].text)) and not (m == k + 1 and has_tag(t.words[m].text, "accs"))
               for m in words if m not in (i, k)):
            return  # «мастер подключит можно завтра»: a subject is there
        found.append(finding(INFINITIVE_SIGN, w.start, w.end, match_case(w.text, infinitive)))


# words that open a clause of time, condition or purpose, where the future is meant: «когда выберете, нажмите…»
_SUBORDINATE = frozenset({"если", "когда", "как", "пока", "чтобы", "что", "где", "куда", "который", "которые",
                          "которую", "которое", "которой", "после", "ли", "вы", "вам", "вас"})
# words opening an indirect question, which speaks of a choice to come: «Напишите, какой вариант выберете»
_ASKING = frozenset({"какой", "который", "сколько", "кто", "чей", "почему", "зачем", "откуда", "насколько"})


def _future_for_imperative(t: Text, i: int, found: list[Finding]) -> None:
    """«откройте заказ, выберете адрес» → «выберите»: a future of «вы» whose imperative differs in «е» for «и», in a
    sentence of requests — another imperative or «пожалуйста» in it, the clause without «вы» or a word opening a
    clause of time or condition, and the sentence no question."""
    w = t.words[i]
    readings = [p for p in parses(w.text) if p.score >= 0.05]
    if not readings or not all(p.tag.POS == "VERB" and p.tag.mood == "indc" and p.tag.person == "2per"
                               and p.tag.number == "plur" for p in readings):
        return
    wanted = w.low[:-3] + "ите"
    if not any(p.tag.mood == "impr" and p.tag.number == "plur" and p.normal_form == readings[0].normal_form
               for p in parses(wanted)) or t.asks(i):
        return
    if "—" in t.gap_before(i) or "–" in t.gap_before(i):
        return  # «введите код — войдете без телефона»: what follows the request
    start = i
    while start > 0 and not t.starts_sentence(start):
        start -= 1
    clause = i
    while clause > start and t.gap_before(clause).strip() in ("", "«", "»"):
        clause -= 1
    if any(t.words[k].low in _SUBORDINATE or {p.normal_form for p in parses(t.words[k].text)} & _ASKING
           for k in range(clause, i)):
        return
    end = i
    while end + 1 < len(t.words) and not t.starts_sentence(end + 1):
        end += 1
    def request(k: int) -> bool:
        return t.words[k].low == "пожалуйста" or bool(parses(t.words[k].text)) and all(
            p.tag.mood == "impr" and p.tag.number == "plur" for p in parses(t.words[k].text))

    if not any(request(k) for k in range(start, end + 1) if k != i):
        return  # no request in the sentence: no other imperative, no «пожалуйста»
    if any(t.words[k].low in ("и", "а", "но", "тогда") for k in range(clause, i)) and not any(
            request(k) for k in range(i + 1, end + 1)):
        return  # «ищите, и в этом найдете…»: the last word says what the requests lead to
    found.append(finding(IMPERATIVE_FORM, w.start, w.end, match_case(w.text, wanted)))
