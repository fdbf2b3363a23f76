"""Запятые, которых правила не требуют: после союза («что, он прав»), после обстоятельства в начале
предложения («Вечером, мы…»), между подлежащим и сказуемым («Мой брат, работает»), перед одиночным
«и»/«или», соединяющим два слова («хлеб, и молоко») или два сказуемых одного подлежащего («пришёл
домой, и сразу лёг»), перед инфинитивом, который зависит от глагола («решил, написать»).

Each rule fires only where no right comma can stand at that place: the part after the comma runs to the
end of the sentence with no comma of its own (a parenthetical, a phrase or an apposition would close
with one), and the words on both sides are what the dictionary and the tree say they are — a clause
with a verb of its own after the conjunction, a personal pronoun opening the main clause after the
adverb, a subject the verb agrees with and no other subject (or a noun phrase the tree hangs on the
predicate's subject), two words of one part of speech and one case, two verbs of one subject, or a verb
and the infinitive the tree makes its complement. A repeated «и… и…», a name (an address) or a word that could end
the clause («Знаешь что, …», «Ну что, …») keeps its comma.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import (RuleInfo, SUBJECT_PRONOUNS, Text, agrees_with_pronoun, finding, likeliest_pos,
                                          parses)
from app.core.grammar.rules.introductory import PHRASES
from app.core.phrase import phrase

AFTER_CONJUNCTION = RuleInfo(
    "OURS_COMMA_AFTER_CONJUNCTION",
    phrase("Лишняя запятая после союза"),
    phrase("После союза запятая не нужна."),
    phrase("Запятая ставится перед союзом или союзным словом, которое начинает придаточное предложение, а не "
           "после него: «Я думаю, что он прав», «Не знаю, почему он ушёл», «Я не пошёл, потому что устал». "
           "Союз в начале предложения тоже не отделяется: «Но мы не можем…», «Поэтому мы продлили…», «Так как "
           "заказ задерживается…». "
           "После союза запятая стоит, только если за ним идёт вводное слово или обособленный оборот, — и тогда "
           "их закрывает вторая запятая: «Я думаю, что, конечно, он прав»."),
    Category.PUNCTUATION,
)
AFTER_ADVERBIAL = RuleInfo(
    "OURS_COMMA_AFTER_ADVERBIAL",
    phrase("Лишняя запятая после обстоятельства"),
    phrase("Обстоятельство в начале предложения запятой не отделяется."),
    phrase("Наречие времени или места в начале предложения — обычный член предложения, а не вводное слово: "
           "«Вечером мы пошли в кино», «Вчера я закончил отчёт». Запятая нужна, если за ним идёт уточнение или "
           "придаточное: «Вечером, когда все ушли, мы…»."),
    Category.PUNCTUATION,
)
SUBJECT_PREDICATE = RuleInfo(
    "OURS_COMMA_SUBJECT_PREDICATE",
    phrase("Запятая между подлежащим и сказуемым"),
    phrase("Подлежащее и сказуемое запятой не разделяются."),
    phrase("Между подлежащим и сказуемым запятая не ставится: «Мой брат работает в банке», «Заказ пришёл "
           "вчера». Запятые появляются, только если между ними стоит вводное слово или оборот, — тогда их две: "
           "«Мой брат, кажется, работает в банке»."),
    Category.PUNCTUATION,
)
SINGLE_AND = RuleInfo(
    "OURS_COMMA_BEFORE_SINGLE_AND",
    phrase("Лишняя запятая перед «и» или «или»"),
    phrase("Перед одиночным «и» или «или» между однородными членами запятая не нужна."),
    phrase("Одиночный союз «и» или «или», соединяющий два однородных члена, запятой не отделяется: «Мы купили "
           "хлеб и молоко», «Вам чай или кофе?», «Он пришёл домой и сразу лёг спать». Запятая нужна, если союз "
           "повторяется («и хлеб, и молоко») или соединяет два предложения со своими подлежащими: «Он пришёл "
           "домой, и мы сели ужинать»."),
    Category.PUNCTUATION,
)

BEFORE_INFINITIVE = RuleInfo(
    "OURS_COMMA_BEFORE_INFINITIVE",
    phrase("Лишняя запятая перед инфинитивом"),
    phrase("Глагол и зависящий от него инфинитив запятой не разделяются."),
    phrase("Неопределённая форма, которая зависит от глагола, — часть того же сказуемого или дополнение к нему, "
           "и запятая между ними не ставится: «Я решил написать в поддержку», «Мы планируем открыть второй "
           "магазин», «Не забудьте взять паспорт». Запятая перед инфинитивом нужна, только если между ними стоит "
           "вводное слово или оборот, — тогда запятых две: «Вы можете, например, оплатить картой»."),
    Category.PUNCTUATION,
)

RULES = (AFTER_CONJUNCTION, AFTER_ADVERBIAL, SUBJECT_PREDICATE, SINGLE_AND, BEFORE_INFINITIVE)

# the rest of the sentence after the comma: no other mark before its end
_REST_CLEAN = re.compile(r"(?:[^,;:()«»\"„“”—–-]|(?<=\w)-(?=\w))*(?:[.!?…]+\s*)?$")
_END = re.compile(r"^\s*[.!?…]+")

_OPENERS = frozenset({"что", "чтобы", "почему", "зачем", "отчего", "если", "будто", "словно", "когда", "хотя",
                      "который", "которая", "которое", "которые", "которого", "которой", "которому", "которым",
                      "котором", "которую", "которых", "которыми"})
CLAUSE_OPENERS = _OPENERS | {"где", "куда", "откуда", "пока", "как", "потому", "поскольку", "раз", "кто", "чей", "ли"}
_DOUBLE_OPENERS = {"что": frozenset({"потому", "оттого", "так"}), "как": frozenset({"так"})}
# what may follow a conjunction's comma rightly: another conjunction, a particle of a set phrase
_NOT_NEXT = frozenset({"и", "а", "но", "или", "да", "если", "когда", "хотя", "как", "чтобы", "что", "ли", "же", "мол",
                       "дескать", "нет", "не", "ни", "то", "ну"})
# introductory words the writer forgot to close: «…, если, конечно он…» lacks a comma, it has none too many
INTRODUCTORY_WORDS = frozenset({"конечно", "возможно", "наверное", "наверно", "вероятно", "видимо", "кажется", "пожалуй",
                           "например", "впрочем", "кстати", "разумеется", "естественно", "безусловно", "очевидно",
                           "может", "должно", "говорят", "значит", "итак", "похоже", "правда", "несомненно",
                           "бесспорно", "допустим", "скорее", "напротив", "следовательно", "собственно", "вообще",
                           "кроме", "помимо", "по-моему", "по-видимому", "во-первых", "во-вторых", "несмотря", "вдруг",
                           "наоборот", "оказывается"})
# «Знаешь что, давай…», «Ну что, пойдём?»: «что» ends a clause of its own
_NOT_BEFORE_WHAT = frozenset({"знаешь", "знаете", "слушай", "слушайте", "смотри", "смотрите", "вот", "ну", "а", "и",
                              "так", "да", "скажу", "поэтому"})

_TIME_PLACE = frozenset({"вчера", "сегодня", "завтра", "позавчера", "послезавтра", "утром", "вечером", "днем",
                         "ночью", "летом", "зимой", "весной", "осенью", "иногда", "обычно", "всегда", "недавно",
                         "давно", "вскоре", "потом", "затем", "позже", "теперь", "здесь", "тут", "дома"})
# two-word adverbials of time: «В субботу», «На выходных», «Этим летом», «Вчера вечером»
_DAYS = frozenset({"понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"})
_PARTS = frozenset({"утром", "вечером", "днем", "ночью"})
_SEASONS = frozenset({"летом", "зимой", "весной", "осенью"})
_TIME_PAIRS = {"в": _DAYS, "во": frozenset({"вторник"}), "на": frozenset({"выходных"}),
               "этим": _SEASONS | _PARTS, "этой": frozenset({"зимой", "весной", "осенью", "ночью"}),
               "прошлым": _SEASONS, "прошлой": frozenset({"зимой", "весной", "осенью"}),
               "вчера": _PARTS, "сегодня": _PARTS, "завтра": _PARTS}
# nouns people are called by: «Мама, пришёл ответ» is an address
_ADDRESS_WORDS = frozenset({"мама", "папа", "друг", "друзья", "ребята", "коллеги", "господа", "товарищи", "дружище",
                            "сынок", "дочка", "бабушка", "дедушка", "милый", "милая", "дорогой", "дорогая"})
# words between «и» and the second verb that make the second part an addition of its own («и поэтому…»)
_JOINING = frozenset({"поэтому", "потому", "тогда", "значит", "притом", "причем", "даже", "только", "тоже", "также",
                      "вдобавок", "все-таки", "всё-таки", "все", "всё", "так", "вот", "еще", "ещё", "уже"})


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i in range(len(t.words) - 1):
        if t.gap_before(i + 1).strip() != ",":
            continue
        rest = t.text[t.words[i].end + 1:]
        if not _REST_CLEAN.match(_sentence_rest(rest)):
            continue
        for rule in (_after_conjunction, _opening_conjunction, _after_adverbial, _subject_predicate, _subject_phrase,
                     _with_companion, _single_and, _before_infinitive):
            hit = rule(t, i)
            if hit:
                start = t.words[hit[0]].start
                found.append(finding(hit[1], start, t.words[i + 1].end,
                                     t.text[start:t.words[i].end] + " " + t.words[i + 1].text))
                break
    return found


def _sentence_rest(rest: str) -> str:
    m = re.search(r"[.!?…]", rest)
    return rest if m is None else rest[:m.end()]


def _after_conjunction(t: Text, i: int):
    """«…, что, он прав», «…, потому что, очень устал», «…, почему, он ушёл»."""
    w, nxt = t.words[i], t.words[i + 1]
    pair = _DOUBLE_OPENERS.get(w.low)
    if pair and i > 0 and t.plain_gap(i) and t.words[i - 1].low in pair:
        first = i - 1
    elif w.low in _OPENERS:
        first = i
    else:
        return None
    if first == 0 or "," not in t.gap_before(first) or t.words[first - 1].low in _NOT_BEFORE_WHAT:
        return None
    if nxt.low in _NOT_NEXT or _parenthetical(nxt.low) or not _clause_follows(t, i + 1, w.low == "чтобы"):
        return None
    return i, AFTER_CONJUNCTION


# Conjunctions and linking adverbs that open a sentence with no comma of their own: «Но мы…», «Поэтому мы…».
# «А» is left out: «А, понятно» is an interjection.
_OPENING = frozenset({"но", "и", "также", "поэтому", "зато", "причем", "причём", "притом", "ведь"})
_OPENING_PAIRS = frozenset({("потому", "что"), ("так", "как"), ("а", "также"), ("и", "поэтому"), ("а", "поэтому"),
                            ("но", "поэтому"), ("и", "также"), ("поэтому", "что")})
# prepositional phrases that are introductory: «Но, к сожалению(,) мы…» lacks a comma, it has none too many. Those
# of introductory.py by their first two words, and those a writer may set off or not («в итоге», «в целом»)
_INTRODUCTORY_PHRASES = frozenset(p[:2] for p in PHRASES if len(p) > 1) | frozenset({
    ("в", "итоге"), ("в", "любом"), ("в", "принципе"), ("в", "целом"), ("в", "частности"), ("на", "самом"),
    ("по", "данным"), ("по", "крайней"), ("по", "мнению"), ("по", "словам"), ("с", "точки"), ("со", "слов")})


def _opening_conjunction(t: Text, i: int):
    """«Но, мы не можем…», «Поэтому, мы продлили…», «Так как, заказ задерживается…»: a conjunction that opens
    the sentence, a comma, then a clause with no comma up to the sentence's end — nothing the comma could set off."""
    first = i
    if i > 0 and t.plain_gap(i) and (t.words[i - 1].low, t.words[i].low) in _OPENING_PAIRS:
        first = i - 1
    elif t.words[i].low not in _OPENING:
        return None
    if not t.opens_sentence(first):
        return None
    nxt = t.words[i + 1]
    after = t.word(i + 2)
    if nxt.low in _NOT_NEXT or nxt.low in CLAUSE_OPENERS or nxt.low in INTRODUCTORY_WORDS or not nxt.text.islower():
        return None
    if after is not None and (nxt.low, after.low) in _INTRODUCTORY_PHRASES:
        return None
    if any("Prnt" in p.tag or p.tag.POS in ("GRND", "PRTF", "INTJ") for p in parses(nxt.low)[:2]):
        return None
    return (first, AFTER_CONJUNCTION) if _clause_follows(t, i + 1) else None


def _after_adverbial(t: Text, i: int):
    """«Вечером, мы пошли в кино», «В субботу, мы…», «Вчера вечером, я…»: a time or place adverbial of
    one or two words alone before the main clause's pronoun."""
    first = i
    if i > 0 and t.plain_gap(i) and t.words[i].low in _TIME_PAIRS.get(t.words[i - 1].low, ()):
        first = i - 1
    if not t.starts_sentence(first) or first == i and t.words[i].low not in _TIME_PLACE:
        return None
    if t.words[i + 1].low not in SUBJECT_PRONOUNS:
        return None
    verb = _finite_within(t, i + 2, 3, t.words[i + 1].low)
    if verb is None or _comma_after(t, verb):  # «Завтра, я думаю, будет дождь»
        return None
    return first, AFTER_ADVERBIAL


def _subject_predicate(t: Text, i: int):
    """«Мой брат, работает в банке»: a subject at the sentence start, its verb right after the comma (or
    after one adverb: «Этот ноутбук, постоянно перегревается»)."""
    k = i + 1
    if k + 1 < len(t.words) and t.plain_gap(k + 1) and _adverb(t.words[k].low):
        k += 1
    if _comma_after(t, k) or k + 1 >= len(t.words):
        return None
    verb = _indicative(t.words[k].low)
    if verb is None:
        return None
    subj = t.words[i]
    first = i
    if subj.low in SUBJECT_PRONOUNS:
        if not t.starts_sentence(i) or not agrees_with_pronoun(verb, subj.low):
            return None
    else:
        if subj.low in _ADDRESS_WORDS:
            return None
        noun = _nominative_noun(subj.low)
        if noun is None or not _agrees_with_noun(verb, noun):
            return None
        while not t.starts_sentence(first) and t.plain_gap(first) and _modifier_of(t.words[first - 1].low, noun):
            first -= 1  # «Мой старший брат, работает…»: the noun's agreeing words before it
        if not t.starts_sentence(first):
            return None
        if not _subject_of(t, i, k, verb):
            return None
    return first, SUBJECT_PREDICATE


def _subject_phrase(t: Text, i: int):
    """«Наш специалист по подключению, свяжется…», «Мой старший брат, работает…», «Новая версия приложения, уже
    доступна»: the words from the sentence start to the comma are one noun phrase — every one of them hangs,
    in the tree, on a noun that is the subject of the predicate right after the comma (or after one adverb),
    a verb or a short adjective agreeing with it; no verb, participle or gerund in the phrase, which could
    be a detached one whose first comma is missing."""
    start = _clause_start(t, i)
    if not t.starts_sentence(start) or start == i:
        return None
    k = i + 1
    if k + 1 < len(t.words) and t.plain_gap(k + 1) and (
            t.words[k].low == "не" or likeliest_pos(t.words[k].low) == "ADVB"):
        k += 1  # «уже доступна», «не смог»
    if _comma_after(t, k) or t.words[i + 1].low in CLAUSE_OPENERS or k + 1 < len(t.words) and tuple(
            w.low for w in t.words[i + 1:i + 3]) in PHRASES:
        return None  # «…, пока разрешает…» opens a clause; «…, может быть…» may be an aside missing its comma
    sent, pred = t.token(k)
    if pred is None:
        return None
    subject = next((c for c in sent.children(pred.index) if c.rel in ("nsubj", "nsubj:pass")), None)
    if subject is None or subject.pos != "NOUN":
        return None
    noun = next((p for p in parses(subject.text.lower()) if p.tag.POS == "NOUN" and p.tag.case == "nomn" and not
                 {"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr"} & set(p.tag.grammemes)), None)
    words = [t.token(m)[1] for m in range(start, i + 1)]
    if noun is None or subject.low in _ADDRESS_WORDS or any(w is None for w in words) or subject not in words:
        return None
    if not _predicate_agrees(t.words[k].low, noun) or _subject_after(t, k) or _place_predicate(t, i):
        return None
    for w in words:
        if any(p.tag.POS in ("VERB", "INFN", "PRTF", "PRTS", "GRND") for p in parses(w.text.lower())[:1]) \
                or w.low in CLAUSE_OPENERS or w.low in ("и", "или", "а", "но"):
            return None
        up = w
        while up is not None and up is not subject:
            up = sent.head_of(up)
        if up is None:
            return None
    return start, SUBJECT_PREDICATE


def _place_predicate(t: Text, i: int) -> bool:
    """«Водитель в пути, скоро будет», «Посылка на складе, завтра будет у вас»: the phrase before the comma ends in «в»
    or «на» with a noun in the prepositional case (an adjective may stand between) — where the subject is, the
    predicate of a clause with no verb, so the comma parts two clauses, not a subject from its verb."""
    if not any(p.tag.POS == "NOUN" and p.tag.case in ("loct", "loc2") for p in parses(t.words[i].low)[:3]):
        return False
    for back in (1, 2):
        m = i - back
        if m < 1 or not t.plain_gap(m + 1):
            return False
        if t.words[m].low in ("в", "на"):
            return back == 1 or any(p.tag.POS == "ADJF" and p.tag.case in ("loct", "loc2")
                                    for p in parses(t.words[m + 1].low)[:1])
    return False


def _subject_after(t: Text, k: int) -> bool:
    """«Большая разница, не хочет человек…»: a word after the predicate, in its sentence, that may be a subject
    of its own."""
    for m in range(k + 1, len(t.words)):
        if _END.match(t.gap_before(m)):
            return False
        if t.words[m].low in SUBJECT_PRONOUNS or _nominative_noun(t.words[m].low) is not None:
            return True
    return False


def _predicate_agrees(word: str, noun) -> bool:
    """The word can only be an indicative verb, or is most likely a short adjective or participle (the tree has
    made it the subject's head), and agrees with the noun."""
    verb = _indicative(word)
    if verb is not None:
        return _agrees_with_noun(verb, noun)
    found = parses(word)
    return bool(found) and found[0].tag.POS in ("ADJS", "PRTS") and any(
        p.tag.number == noun.tag.number and (noun.tag.number == "plur" or p.tag.gender == noun.tag.gender)
        for p in found)


def _with_companion(t: Text, i: int):
    """«Я, с подругой зашла…», «Мы, с коллегами обсудили…»: a subject pronoun opens the sentence, and «с» with
    the companions in the instrumental joins it to its verb with no closing comma after them."""
    w = t.words[i]
    if w.low not in SUBJECT_PRONOUNS or not t.starts_sentence(i) or t.words[i + 1].low not in ("с", "со"):
        return None
    k = i + 2
    while k < len(t.words) and t.plain_gap(k) and all(
            p.tag.case == "ablt" for p in parses(t.words[k].low) if p.tag.POS in ("NOUN", "ADJF", "NPRO")) \
            and any(p.tag.POS in ("NOUN", "ADJF", "NPRO") for p in parses(t.words[k].low)):
        k += 1
    if k == i + 2 or k >= len(t.words) or not t.plain_gap(k):
        return None
    sent, pron = t.token(i)
    _, verb = t.token(k)
    if pron is None or verb is None or pron.head != verb.index or pron.rel != "nsubj":
        return None
    found = parses(t.words[k].low)
    if not found or found[0].tag.POS != "VERB" or "impr" in found[0].tag:
        return None
    return i, SUBJECT_PREDICATE


# verbs of saying, asking and thinking: a clause of its own may follow them («Подскажите, оплатить можно картой?»)
_SAYING = frozenset({"сказать", "говорить", "подсказать", "подсказывать", "спросить", "спрашивать", "уточнить",
                     "уточнять", "ответить", "отвечать", "написать", "писать", "думать", "считать", "знать",
                     "понимать", "понять", "объяснить", "объяснять", "представить", "представлять", "помнить",
                     "слушать", "смотреть", "видеть", "поверить", "верить"})


def _before_infinitive(t: Text, i: int):
    """«Я решил, написать в поддержку», «Не забудьте, взять паспорт»: a finite verb or an imperative right
    before the comma, an infinitive right after it that the tree makes the verb's complement, and the clause
    before the comma opened by nothing that could end there («Когда вы решите, оплатить можно…»)."""
    verb_w, inf_w = t.words[i], t.words[i + 1]
    verbs = parses(verb_w.low)
    if not verbs or verbs[0].tag.POS != "VERB" or any(p.normal_form in _SAYING for p in verbs):
        return None
    if not parses(inf_w.low) or parses(inf_w.low)[0].tag.POS != "INFN":
        return None
    start = _clause_start(t, i)
    if not t.starts_sentence(start) or any(w.low in CLAUSE_OPENERS for w in t.words[start:i + 1]):
        return None
    sent, v = t.token(i)
    _, inf = t.token(i + 1)
    if v is None or inf is None or inf.head != v.index or inf.rel != "xcomp":
        return None
    return i, BEFORE_INFINITIVE


def _subject_of(t: Text, i: int, k: int, verb) -> bool:
    """The noun at i is the verb's subject: it can only be nominative and no later word can be the
    verb's subject, or the tree says so (an inanimate «Отчёт, отправил» may be a fronted object)."""
    if all(p.tag.case == "nomn" for p in parses(t.words[i].low) if p.tag.POS == "NOUN"):
        for w in t.words[k + 1:]:
            other = _nominative_noun(w.low)
            if w.low in SUBJECT_PRONOUNS or other is not None and all(p.tag.case == "nomn" for p in parses(w.low)
                                                                 if p.tag.POS == "NOUN"):
                return False
        return True
    sent, tok = t.token(i)
    _, vtok = t.token(k)
    return tok is not None and vtok is not None and tok.rel == "nsubj" and tok.head == vtok.index \
        and not any(c.rel in ("nsubj", "nsubj:pass") and c.index != tok.index for c in sent.children(vtok.index))


def _single_and(t: Text, i: int):
    """«хлеб, и молоко.», «чай, или кофе?», «пришёл домой, и сразу лёг спать»."""
    conj = t.words[i + 1]
    if conj.low not in ("и", "или") or i + 2 >= len(t.words) or not t.plain_gap(i + 2):
        return None
    start = _clause_start(t, i)
    if any(w.low in ("и", "или", "ни", "либо", "как", "не", "только") for w in t.words[start:i + 1]):
        return None  # «и хлеб, и молоко», «как…, так и…», «не только…, но и…»
    if _two_words(t, i, i + 2):
        return i, SINGLE_AND
    if start == 0 or t.starts_sentence(start):
        if _two_predicates(t, start, i, i + 2):
            return i, SINGLE_AND
    return None


def _two_words(t: Text, a: int, b: int) -> bool:
    """Word a and the last word of the sentence (b, or b+1 after an agreeing adjective) are one part of
    speech in one case: «хлеб, и молоко.», «чай, или свежий кофе?»; two nouns may end with a phrase of a
    preposition that has no verb in it: «чехол, и защитное стекло к телефону.»."""
    last = b
    if b + 1 < len(t.words) and t.plain_gap(b + 1) and not likeliest_pos(t.words[b + 1].low) == "PREP":
        last = b + 1
    end = _prepositional_tail(t, last)
    tail = t.gap_before(end + 1) if end + 1 < len(t.words) else t.text[t.words[end].end:] or "."
    if not _END.match(tail):
        return False
    x, y = _top(t.words[a].low), _top(t.words[last].low)
    if x is None or y is None or x.normal_form == y.normal_form:
        return False  # «учиться, и учиться»: a repetition for emphasis
    if last == b + 1:
        mod = _top(t.words[b].low)
        if mod is None or mod.tag.POS != "ADJF" or not _share_case(mod, y):
            return False
    for pos in ("NOUN", "ADJF", "INFN"):
        if x.tag.POS == pos and y.tag.POS == pos and (end == last or pos == "NOUN"):
            names = {"Name", "Surn"} & (set(x.tag.grammemes) | set(y.tag.grammemes))
            return pos == "INFN" or _share_case(x, y) and not names
    return False


def _prepositional_tail(t: Text, last: int) -> int:
    """The last word of a phrase «к новому телефону» right after word ``last`` (up to four words, no verb in
    it, ending its sentence), or ``last`` when there is none."""
    if last + 1 >= len(t.words) or not t.plain_gap(last + 1) or not likeliest_pos(t.words[last + 1].low) == "PREP":
        return last
    k = last + 2
    while k < len(t.words) and k <= last + 4 and t.plain_gap(k):
        top = _top(t.words[k].low)
        if top is None or top.tag.POS in ("VERB", "INFN", "PRTS", "ADJS", "GRND", "PRED", "CONJ"):
            return last
        k += 1
    return k - 1 if k - 1 > last + 1 else last


def _two_predicates(t: Text, start: int, before: int, k: int) -> bool:
    """«Он пришёл домой, и сразу лёг спать»: the clause from ``start`` has a subject and a verb, and after
    «и» (and at most one adverb or «не») comes a verb of the same subject with no subject of its own."""
    if any(w.low in _JOINING for w in t.words[k:k + 2]):
        return False
    v2 = k
    while v2 < min(k + 2, len(t.words)) and (t.words[v2].low == "не" or _adverb(t.words[v2].low)):
        v2 += 1
    if v2 >= len(t.words) or v2 > k and not t.plain_gap(v2):
        return False
    second = _indicative(t.words[v2].low)
    if second is None:
        return False
    if any(w.low in CLAUSE_OPENERS for w in t.words[start:before + 1]):
        return False  # «Когда он пришёл домой, …»: the comma may end a subordinate clause
    verb_at = next((v for v in range(start + 1, before + 1) if _indicative(t.words[v].low) is not None), None)
    if verb_at is None:
        return _adjective_then_verb(t, start, before, second, v2)
    first = _indicative(t.words[verb_at].low)
    at = verb_at - 1
    while at > start and (t.words[at].low == "не" or _adverb(t.words[at].low) or any(
            p.tag.POS == "ADVB" for p in parses(t.words[at].low)) and not _nominative_noun(t.words[at].low)):
        at -= 1  # «Оператор вежливо извинился, и…»: the subject stands before the verb's adverbs
    subject = t.words[at]
    if subject.low in SUBJECT_PRONOUNS:
        if not agrees_with_pronoun(first, subject.low) or not agrees_with_pronoun(second, subject.low):
            return False
    else:
        key = _nominative_noun(subject.low)
        if key is None or subject.low in _ADDRESS_WORDS or not _agrees_with_noun(first, key) \
                or not _agrees_with_noun(second, key) or not _subject_of(t, at, verb_at, first):
            return False
    sent, vtok = t.token(v2)
    if vtok is None or any(c.rel in ("nsubj", "nsubj:pass") for c in sent.children(vtok.index)):
        return False
    return True


def _adjective_then_verb(t: Text, start: int, before: int, second, v2: int) -> bool:
    """«Услуга бесплатная, и начинает действовать сразу»: a noun and the full or short adjective that is its
    predicate, then «и» and a verb of the same subject with none of its own — two predicates of one subject."""
    if before != start + 1:
        return False
    key = _nominative_noun(t.words[start].low)
    if key is None or t.words[start].low in _ADDRESS_WORDS or not _agrees_with_noun(second, key):
        return False
    if not any(p.tag.POS in ("ADJF", "ADJS") and p.tag.number == key.tag.number
               and (key.tag.number == "plur" or p.tag.gender == key.tag.gender)
               and (p.tag.POS == "ADJS" or p.tag.case == "nomn") for p in parses(t.words[before].low)[:2]):
        return False
    sent, vtok = t.token(v2)
    return vtok is not None and not any(c.rel in ("nsubj", "nsubj:pass") for c in sent.children(vtok.index))


def _clause_start(t: Text, i: int) -> int:
    k = t.run_start(i)
    return k


def _comma_after(t: Text, k: int) -> bool:
    return k + 1 < len(t.words) and "," in t.gap_before(k + 1)


def _clause_follows(t: Text, k: int, infinitive: bool = False) -> bool:
    """From word k to the sentence end there is a finite verb or a short adjective (or, after «чтобы»,
    an infinitive)."""
    while k < len(t.words):
        if k > 0 and _END.match(t.gap_before(k)):
            return False
        if any(p.tag.POS in ("ADJS", "PRTS", "PRED") or p.tag.POS == "VERB" and "impr" not in p.tag
               or infinitive and p.tag.POS == "INFN" for p in parses(t.words[k].low)[:3]):
            return True
        k += 1
    return False


def _finite_within(t: Text, k: int, n: int, pronoun: str):
    """The first of the next n words that is a verb agreeing with the pronoun (its subject)."""
    for v in range(k, min(k + n, len(t.words))):
        if not t.plain_gap(v):
            return None
        found = parses(t.words[v].low)
        if found and found[0].tag.POS == "VERB" and any(
                p.tag.POS == "VERB" and "impr" not in p.tag and agrees_with_pronoun(p, pronoun) for p in found):
            return v
    return None


@lru_cache(maxsize=8192)
def _top(word: str):
    found = parses(word)
    return found[0] if found else None


@lru_cache(maxsize=8192)
def _indicative(word: str):
    """The word's verb reading when it can only be an indicative verb (not an imperative, not a noun)."""
    found = parses(word)
    if not found or found[0].tag.POS != "VERB" or any("impr" in p.tag for p in found):
        return None
    if any(p.tag.POS != "VERB" and p.score > 0.1 for p in found):
        return None
    return found[0]


@lru_cache(maxsize=8192)
def _nominative_noun(word: str):
    found = parses(word)
    if not found or found[0].tag.POS != "NOUN" or found[0].tag.case != "nomn":
        return None
    if {"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr"} & set(found[0].tag.grammemes):
        return None
    return found[0]


@lru_cache(maxsize=8192)
def _parenthetical(word: str) -> bool:
    """An introductory word, or a preposition that may open a phrase set off by commas («…, которое, среди
    прочих…»): after a conjunction, the comma may be the phrase's, its closing one forgotten."""
    found = parses(word)
    return word in INTRODUCTORY_WORDS or any("Prnt" in p.tag for p in found) or bool(found) and found[0].tag.POS == "PREP"


@lru_cache(maxsize=8192)
def _adverb(word: str) -> bool:
    found = parses(word)
    return bool(found) and found[0].tag.POS == "ADVB" and word not in _JOINING


def _agrees_with_noun(verb, noun) -> bool:
    tag = verb.tag
    if tag.number != noun.tag.number:
        return False
    if tag.tense == "past":
        return tag.number == "plur" or tag.gender == noun.tag.gender
    return tag.person == "3per"


def _modifier_of(word: str, noun) -> bool:
    """«Мой», «наш», «этот», an adjective (also one that may be a noun: «старший»): a word that agrees with the
    noun after it."""
    return noun is not None and any(p.tag.POS in ("ADJF", "PRTF") and p.score >= 0.3 for p in parses(word)) and any(
        p.tag.case == "nomn" and p.tag.number == noun.tag.number
        and (noun.tag.number == "plur" or p.tag.gender == noun.tag.gender) for p in parses(word)
        if p.tag.POS in ("ADJF", "PRTF"))


def _share_case(x, y) -> bool:
    cases = {p.tag.case for p in parses(x.word) if p.tag.POS == x.tag.POS}
    return any(p.tag.case in cases for p in parses(y.word) if p.tag.POS == y.tag.POS)
