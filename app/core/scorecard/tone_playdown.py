"""Tone faults that play the customer's trouble down (rubric, «Тон»: «система не может ошибаться», поучение):

- **the trouble denied in the customer's own words**: «Результаты не могли обнулиться», «Наш биллинг не допускает
  двойных списаний» — what the customer reports happened, declared something that cannot or does not happen;
- **the trouble called common**: «Аварии бывают у всех», «такое случается с каждым банком» — the company's failure
  excused as everyone's;
- **«hard to miss»**: «Кнопку трудно не заметить», «это сложно не понять» — the customer told they should have seen it;
- **a retort**: «Вы вообще читаете сообщения?» — «Конечно, читаем» — the reproach answered as if it were a question;
- **a rhetorical question**: «Неужели так сложно проверить адрес?», «Разве вы не читали условия?»;
- **a mocking question**: «Инструкцию вы, конечно, не открывали?»;
- **the complaint called groundless**: «проблема надуманная», «ваша претензия необоснованна»;
- **a tautology**: «Невозвратный тариф на то и невозвратный».

Each finder returns the spans of the words that show the fault, so the reason can quote them.
"""

from __future__ import annotations

from app.core.scorecard.card import Span
from app.core.scorecard.customer import UNHURT
from app.core.scorecard.denied_fault import denied_thing_blamed
from app.core.scorecard.reply import Reply
from app.core.scorecard.tone_cues import _sentences
from app.core.scorecard.words import morph, sentences, tokenize

# Verbs that deny an event as a rule: «не допускает», «не бывает», «не случается».
_NEVER = frozenset({"допускать", "бывать", "случаться", "происходить", "возникать"})
# Words too common to tie a denial to the customer's trouble: «у нас такого не бывает» says nothing of it.
_PLAIN = frozenset({"быть", "мочь", "это", "такой", "наш", "ваш", "мы", "вы", "я", "у", "всё", "весь"})


def _told(r: Reply) -> tuple[set[str], set[str], set[str]]:
    """What the customer says happened: lemmas of their verbs not negated («обнулились», «списали»), of those of
    them in the past tense alone (what did happen, not «верните»), and of their nouns («два списания»)."""
    verbs: set[str] = set()
    past: set[str] = set()
    nouns: set[str] = set()
    for message in r.customer_messages:
        toks = tokenize(message)
        for i, t in enumerate(toks):
            if t.tag.startswith("VERB") and not (i and toks[i - 1].lower == "не"):
                verbs |= t.lemmas
                if "past" in t.tag:
                    past |= t.lemmas
            elif t.tag.startswith("NOUN"):
                nouns |= t.lemmas
    return verbs - _PLAIN, past - _PLAIN, nouns - _PLAIN


def _infinitive(word: str) -> bool:
    """«обнулиться», and «пропасть», whose likeliest reading is the noun."""
    return any(p.tag.POS == "INFN" for p in morph().parse(word))


def denied_as_told(r: Reply) -> list[Span]:
    """«Результаты не могли обнулиться, всё хранится на сервере» to «вчера все результаты обнулились»; «Наш биллинг
    не допускает двойных списаний» to «два списания за май»: to a customer with a trouble, the very thing they report
    declared impossible («не мог(ли)» with their verb) or never happening (a negated «допускать / бывать» with their
    noun). «Курьер не мог приехать раньше: дорогу перекрыли» to «курьер не приехал» explains, the customer's verb
    there is negated. «Система не может списать дважды» to «вы списали дважды»: the present «не может» of a thing
    (third person) with a verb the customer told in the past — what happened called impossible; «мы не можем
    вернуть» to «верните» refuses (first person, and their verb is no past deed)."""
    if not r.customer.states:
        return []
    verbs, past, nouns = _told(r)
    found = []
    for _, words in _sentences(r):
        lowered = [t.lower for t in words]
        for i, tok in enumerate(words[1:], 1):
            if lowered[i - 1] != "не" or not tok.tag.startswith("VERB"):
                continue
            if "мочь" in tok.lemmas and ("past" in tok.tag or "3per" in tok.tag and "pres" in tok.tag):
                theirs = verbs if "past" in tok.tag else past
                infinitive = words[i + 1] if i + 1 < len(words) else None
                if infinitive is not None and _infinitive(infinitive.lower) and infinitive.lemmas & theirs:
                    found.append((words[i - 1].start, infinitive.end - words[i - 1].start))
                    break
            if tok.lemmas & _NEVER and "pres" in tok.tag:
                theirs = next((t for t in words if t.tag.startswith("NOUN") and t.lemmas & nouns), None)
                if theirs is not None:
                    start, end = min(words[i - 1].start, theirs.start), max(tok.end, theirs.end)
                    found.append((start, end - start))
                    break
    return found


_HAPPEN = frozenset({"бывать", "случаться", "происходить"})
# «у всех», «с каждым», «у любого оператора», «везде»: everyone, everywhere.
_EVERYONE = frozenset({"все", "всех", "всеми", "каждый", "каждого", "каждым", "любой", "любого", "любым", "везде",
                       "повсюду", "всякого", "всяким"})


def common_to_all(r: Reply, upset: bool) -> list[Span]:
    """«Аварии бывают у всех, не только у нас», «такое случается с любым банком»: to an upset customer, the
    trouble excused as something that happens everywhere — the company's failure made no failure. «Такое бывает
    редко, простите нас» admits it; no one else is named there."""
    if not upset:
        return []
    found = []
    for _, words in _sentences(r):
        lowered = [t.lower for t in words]
        verb = next((t for t in words if t.lemmas & _HAPPEN and t.tag.startswith("VERB") and "pres" in t.tag), None)
        if verb is None:
            continue
        at = lowered.index(verb.lower)
        if at and lowered[at - 1] == "не":
            continue
        near = words[max(0, at - 4):at + 5]
        everyone = next((t for t in near if t.lower in _EVERYONE), None)
        not_only_us = any(lowered[k:k + 3] in (["не", "только", "у"], ["не", "только", "с"]) for k in range(len(words)))
        if everyone is not None or not_only_us:
            last = everyone if everyone is not None else words[-1]
            start, end = min(verb.start, last.start), max(verb.end, last.end)
            found.append((start, end - start))
    return found


_HARD = frozenset({"трудно", "сложно", "невозможно", "нельзя"})
# Seeing, finding and understanding: what a customer is told they could not have failed to do.
_NOTICE = frozenset({"заметить", "увидеть", "найти", "понять", "разобраться", "догадаться", "прочитать", "прочесть",
                     "перепутать", "пропустить"})


def hard_to_miss(r: Reply) -> list[Span]:
    """«Его трудно не заметить», «там сложно не разобраться»: the customer told that what they missed could hardly be
    missed — a lecture in the double negative («С вами невозможно не согласиться» agrees, the verb is not of
    noticing)."""
    found = []
    for _, words in _sentences(r):
        for a, b, c in zip(words, words[1:], words[2:]):
            if a.lower in _HARD and b.lower == "не" and c.tag.startswith("INFN") and c.lemmas & _NOTICE:
                found.append((a.start, c.end - a.start))
    return found


_OF_COURSE = frozenset({"конечно", "разумеется", "естественно"})


def _reproached(r: Reply) -> set[str]:
    """The verbs of the customer's reproach «Вы вообще читаете сообщения?», «вы там вообще работаете?»: a question
    with «вы» and «вообще» — from an upset customer only («Вы вообще доставляете в Тверь?» asks)."""
    verbs: set[str] = set()
    for message in r.customer_messages:
        toks = tokenize(message)
        for start, end in sentences(message):
            words = [t for t in toks if start <= t.start < end]
            lowered = {t.lower for t in words}
            if message[start:end].rstrip().endswith("?") and {"вы", "вообще"} <= lowered:
                verbs |= {x for t in words if t.tag.startswith("VERB") and "2per" in t.tag for x in t.lemmas}
    return verbs


def retort(r: Reply) -> list[Span]:
    """«Вы вообще читаете сообщения?» — «Конечно, читаем, причём внимательно»: an upset customer's reproach answered
    as a plain question, «конечно» with their own verb — a retort, not an answer to the trouble. Upset by more than
    the «вы вообще» itself: a trouble, a repeat, shouting."""
    upset = [w for state, said in r.customer.states.items() if state not in UNHURT for w in said
             if "вообщ" not in w.lower()]
    if not upset:
        return []
    verbs = _reproached(r)
    found = []
    for _, words in _sentences(r):
        at = next((i for i, t in enumerate(words[:3]) if t.lower in _OF_COURSE), None)
        # «читаем» reads likelier as the short adjective: the customer's verb is matched by its lemmas
        said = None if at is None else next((t for t in words[at + 1:at + 4] if t.lemmas & verbs), None)
        if said is not None:
            found.append((words[at].start, said.end - words[at].start))
    return found


def mock_question(r: Reply) -> list[Span]:
    """«Папку «Спам» вы, конечно, не проверяли?», «Условия вы, разумеется, не читали?»: a question to the customer
    («вы») whose verb is a negated past and which «конечно» or «разумеется» sets off — it asks nothing, it mocks
    (rubric, «Тон»: насмешка, сарказм). «Вы не проверяли папку «Спам»?» asks; «Конечно, вы можете вернуть…» is no
    question."""
    found = []
    for start, end in r.sentences:
        if not r.text[start:end].rstrip().endswith("?"):
            continue
        words = r.tokens_in(start, end)
        lowered = [t.lower for t in words]
        sure = next((i for i, w in enumerate(lowered) if w in _OF_COURSE), None)
        if sure is None or "вы" not in lowered:
            continue
        denied = next((t for a, t in zip(lowered, words[1:]) if a == "не" and t.tag.startswith("VERB")
                       and "past" in t.tag and "plur" in t.tag), None)
        if denied is not None:
            first = min(words[sure].start, denied.start)
            found.append((first, max(words[sure].end, denied.end) - first))
    return found


_RHETORICAL = frozenset({"неужели", "разве"})
_EFFORT = frozenset({"сложно", "трудно", "тяжело", "долго", "так"})


def rhetorical_reproach(r: Reply) -> list[Span]:
    """«Неужели так сложно проверить адрес?», «Разве вы не читали условия?»: a question with «неужели» or «разве»
    about the customer's effort or deed asks nothing — it reproaches («Неужели посылка до сих пор не пришла?» is
    surprise at the company's trouble, no «вы» and no word of effort)."""
    found = []
    for start, end in r.sentences:
        if not r.text[start:end].rstrip().endswith("?"):
            continue
        words = r.tokens_in(start, end)
        head = next((i for i, t in enumerate(words) if t.lower in _RHETORICAL), None)
        if head is not None and any(t.lower in _EFFORT or t.lower == "вы" for t in words[head + 1:head + 4]):
            found.append((words[head].start, words[min(head + 3, len(words) - 1)].end - words[head].start))
    return found


# The customer's complaint called groundless: «проблема надуманная», «претензия необоснованна».
_GRIEVANCES = frozenset({"проблема", "претензия", "жалоба", "недовольство", "обвинение", "возмущение", "требование"})
_GROUNDLESS = frozenset({"надуманный", "необоснованный", "безосновательный", "беспочвенный", "несущественный",
                         "преувеличенный", "раздутый"})


def groundless_complaint(r: Reply) -> list[Span]:
    """«Если честно, проблема надуманная», «Ваша претензия необоснованна»: a word for the customer's complaint next
    to a judgement that it has no ground — the complaint dismissed («необоснованное списание вернём» owns a fault:
    no word of complaint beside it)."""
    toks = r.tokens
    found = []
    for i, tok in enumerate(toks):
        if not tok.lemmas & _GROUNDLESS:
            continue
        near = [t for t in toks[max(0, i - 2):i + 3] if t.lemmas & _GRIEVANCES]
        if near:
            a, b = min(near[0].start, tok.start), max(near[0].end, tok.end)
            found.append((a, b - a))
    return found


def tautology(r: Reply) -> list[Span]:
    """«Невозвратный тариф на то и невозвратный», «Правила на то и правила»: «на то и» followed by a word the sentence
    has already said — the customer taught the obvious («и на то, и на другое» is no such thing)."""
    found = []
    for start, end in r.sentences:
        words = r.tokens_in(start, end)
        for i in range(len(words) - 3):
            na, to, i_, said = words[i:i + 4]
            if (na.lower, to.lower, i_.lower) != ("на", "то", "и") or r.text[na.end:i_.start].split() != ["то"]:
                continue
            if any(t.lemmas & said.lemmas for t in words[:i]):
                found.append((na.start, said.end - na.start))
    return found


# Pronouns that name who is (not) at fault or (not) bound: the nearest one before the words decides.
_PERSONS = frozenset({"я", "мы", "вы", "они", "он", "она"})
_NOT = frozenset({"не", "ни"})


def denied_blame(r: Reply, found_phrase, span: Span) -> bool:
    """«Поломка из-за грозы — не ваша вина», «Вы не виноваты», «это не ваша ошибка»: blaming words under a «не» the
    phrase does not hold itself clear the customer — the opposite of a reproach («вы не проверили» holds its «не»)."""
    if _NOT & set(found_phrase.words):
        return False
    inside = r.tokens_in(span[0], span[0] + span[1])
    before = [t for t in r.tokens if t.end <= span[0]][-2:]
    if before and not before[-1].tag.startswith("PREP"):  # «не по вине…»: a preposition may stand between
        before = before[-1:]
    return any(t.lower in _NOT for t in inside + before) or denied_thing_blamed(r, span)


def released_from_duty(r: Reply, found_phrase, span: Span) -> bool:
    """«ждать дальше вы не обязаны», «платить за чужую ошибку вы не обязаны»: «не обязан» said of the customer frees
    them from a duty; rude only when the operator or the company says it of themselves («Я не обязана…», «Мы не
    обязаны…»). The nearest person before the words in the sentence decides."""
    if not any(w.startswith("обязан") or w.startswith("=обязан") or w == "обязать" for w in found_phrase.words):
        return False
    start = r.sentence_at(span[0])[0]
    people = [t.lower for t in r.tokens_in(start, span[0]) if t.lower in _PERSONS]
    return bool(people) and people[-1] == "вы"

