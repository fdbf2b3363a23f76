"""Rude conduct of the company's people, told by the customer: «Водитель всю дорогу матерился», «Экзаменатор
перебивал меня и закатывал глаза», «Проводница орала на сына», «Ваш спикер назвал мой вопрос «глупым»».

The rubric's complaint is any unpleasantness the customer reports (docs/scorecard_rubric.md, «Сочувствие»): being
sworn at, mocked, shouted at or called names by a courier, a teacher or a guide is one, though none of the complaint
words («ужасно», «безобразие») may be there. Read from the parse of each sentence: a verb of offending by word or
manner (swearing, mocking, shouting, insulting, interrupting, calling names) whose subject — its own, or that of the
verb it is joined to by «и» — is a person who serves the customer: one of the company's trades, or any person named
with «ваш» («ваш спикер»), or an animate noun that is not one of the customer's own people. Not negated («ни разу не
нагрубил» praises), not in an «если» clause (which supposes). «Смеяться» offends only «над» someone or with what was
said quoted («засмеялась и сказала: «…»»): a guide at whose jokes everyone laughed is praise. «Назвать» offends only
with the customer or theirs as its object and a quoted word («назвал меня «несовременным»»): «назвал сумму» reports.
"""

from __future__ import annotations

import re

from app.core.grammar.language.syntax import analyse
from app.core.scorecard.customer_deliveries import lemmas
from app.core.scorecard.customer_others import AGENTS
from app.core.scorecard.words import morph

# Verbs of offending by word or manner.
_OFFEND = frozenset({
    "хамить", "нахамить", "грубить", "нагрубить", "дерзить", "оскорбить", "оскорблять", "обозвать", "обзывать",
    "высмеять", "высмеивать", "насмехаться", "издеваться", "поиздеваться", "глумиться", "перебивать", "перебить",
    "материться", "обматерить", "выругаться", "ругаться", "отругать", "наругать", "накричать", "кричать", "орать",
    "наорать", "прикрикнуть", "унизить", "унижать", "тыкать", "швырнуть", "швырять", "толкнуть", "толкать",
    "нагрубить", "огрызаться", "огрызнуться", "передразнивать", "передразнить", "хамить",
})
# Refusing to serve: «продавец отказался менять сим-карту», «курьер отказался поднимать на этаж».
_REFUSE = frozenset({"отказаться", "отказываться"})
_LAUGH = frozenset({"смеяться", "засмеяться", "посмеяться", "рассмеяться", "хихикать", "захихикать", "ржать"})
_NAME = frozenset({"назвать", "называть"})
# The customer's own people: what they do is not the company's conduct.
_OWN = frozenset({"муж", "жена", "сын", "дочь", "дочка", "мама", "папа", "мать", "отец", "ребёнок", "ребенок", "брат",
                  "сестра", "бабушка", "дедушка", "внук", "внучка", "друг", "подруга", "сосед", "соседка", "коллега",
                  "человек", "люди", "все", "никто", "я", "мы"})
_YOURS = frozenset({"ваш", "ваша", "ваше", "ваши", "вашего", "вашей", "вашу", "вашим"})
_MINE = frozenset({"меня", "нас", "мне", "нам", "мой", "моя", "моё", "мое", "мои", "моего", "мою", "мою", "наш", "нашу",
                   "наше", "наши", "нашего", "моего", "мою"})


def _serves(sentence, tok) -> bool:
    """The subject names a person who serves the customer for the company."""
    readings = [p for p in morph().parse(tok.low) if p.tag.POS == "NOUN"]
    if not readings or any(p.normal_form in _OWN for p in readings):
        return False
    if any(p.normal_form in AGENTS for p in readings):
        return True
    if any(c.low in _YOURS for c in sentence.children(tok.index)):
        return True
    return all("anim" in p.tag for p in readings) and not any("Name" in p.tag or "Surn" in p.tag for p in readings)


def _subject(sentence, verb):
    """The verb's own subject, or that of the verb it is joined to («перебивал меня и закатывал глаза»)."""
    seen = set()
    while verb is not None and verb.index not in seen:
        seen.add(verb.index)
        for child in sentence.children(verb.index):
            if child.rel.startswith("nsubj"):
                return child
        if verb.rel != "conj":
            return None
        verb = sentence.head_of(verb)
        if verb is not None and verb.rel.startswith("acl"):
            return None  # «Проводница в поезде, который вы мне продали, орала…»: a relative clause's subject is not it
    return None


def _opening_noun(sentence, verb):
    """A person named first in the sentence, in the nominative, before the verb — the subject the parse lost to a
    relative clause in between («Проводница в поезде, который вы мне продали, орала…»)."""
    first = sentence.tokens[0]
    if first.index >= verb.index or first.pos not in ("NOUN", "PROPN"):
        return None
    return first if any(p.tag.POS == "NOUN" and "nomn" in p.tag for p in morph().parse(first.low)) else None


def _offends(sentence, tok, line: str) -> bool:
    found = lemmas(tok)
    if found & _OFFEND or found & _REFUSE and "нельзя" not in line:
        return True
    tokens = sentence.tokens
    if found & _LAUGH:
        return any(t.low == "над" for t in tokens) or "«" in line[tok.end:] or ":" in line[tok.end:]
    if found & _NAME:
        after = line[tok.end:]
        objects = sentence.children(tok.index)
        mine = any(c.low in _MINE for o in objects for c in [o, *sentence.children(o.index)])
        return mine and ("«" in after or "\"" in after)
    return False


# A cheap look for the stems before any line is parsed (a long paste of calm text is not parsed for nothing).
_STEMS = re.compile(r"хам|груб|дерз|оскорб|обзыв|обозв|высме|насмех|издева|глум|переб|матер|руга|крич|ор[аеёу]|униз|униж|"
                    r"тыка|швыр|толк|огрыз|передразн|сме[яе]|хихик|ржа|назв|назыв|отказ", re.I)


def rude_conduct(text: str) -> list[str]:
    """The words that tell one of the company's people was rude to the customer, read line by line (a chat line is a
    sentence of its own)."""
    found: list[str] = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        if not _STEMS.search(line):
            continue
        last = None  # the subject of the sentence before, which a subjectless one goes on about
        for sentence in analyse(line).sentences:
            tokens = sentence.tokens
            if any(t.low == "если" for t in tokens):
                continue
            for tok in tokens:
                if tok.pos in ("PUNCT", "ADP", "PRON") or not _offends(sentence, tok, line):  # the tagger may miss a verb
                    continue
                if tok.index and tokens[tok.index - 1].low in ("не", "ни"):
                    continue
                subject = _subject(sentence, tok) or _opening_noun(sentence, tok)
                if subject is None and not _has_subject(sentence, tok) and _person_of(tok) != "x":
                    subject = last  # «Менеджер звонит каждый день. Вчера назвал меня «несовременным»»: the same one
                if subject is not None and subject.pos in ("NOUN", "PROPN") and _serves(sentence, subject):
                    found.append(line[tok.start:tok.end])
            last = next((t for t in tokens if t.rel.startswith("nsubj")), last)
    return found


def _has_subject(sentence, verb) -> bool:
    return any(c.rel.startswith(("nsubj", "expl")) for c in sentence.children(verb.index))


def _person_of(tok) -> str:
    """«3per» where the verb's form is of the third person (or past, which has none: then ""), "" otherwise."""
    tags = [p.tag for p in morph().parse(tok.low) if p.tag.POS == "VERB"]
    return "" if not tags or any("past" in t for t in tags) else ("3per" if all("1per" not in t and "2per" not in t
                                                                                for t in tags) else "x")


# Asking that the company's person say sorry: «Хочу, чтобы он извинился», «Требую извинений», «жду извинений».
_SORRY = frozenset({"извиниться", "извиняться", "извинение"})
_WANT = frozenset({"хотеть", "требовать", "потребовать", "ждать", "добиваться", "пусть", "пускай", "чтобы"})


def apology_wanted(text: str) -> list[str]:
    """The customer wants an apology for what was done to them — a demand the rubric counts as anger («требую»),
    and a wrong told. The customer's own «извините», «извиняюсь» are politeness, not this."""
    found: list[str] = []
    for line in text.split("\n"):
        if "извин" not in line.lower():
            continue
        for sentence in analyse(line).sentences:
            words = {x for t in sentence.tokens for x in lemmas(t)} | {t.low for t in sentence.tokens}
            if not words & _WANT or "спасибо" in words:
                continue
            for tok in sentence.tokens:
                if not lemmas(tok) & _SORRY:
                    continue
                forms = [p.tag for p in morph().parse(tok.low) if p.normal_form in _SORRY]
                if forms and not any("impr" in t or "1per" in t for t in forms):
                    found.append(line[tok.start:tok.end])
    return found
