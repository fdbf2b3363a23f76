"""A «как …?» answered by the way to another doing on the same thing.

«Как удалить аккаунт?» — «Выйти из аккаунта можно в меню профиля»; «хочу рефинансировать ипотеку, как это сделать» —
«Оформить ипотеку у нас можно в приложении»: the reply tells the way to a doing on the customer's thing, but not the
doing asked about. Its verb is not the asked one (any form, a five-letter stem: «переоформить» keeps «оформ»), the
asked doing is named nowhere in the reply (nor by its noun: «удаление», «возврат», :mod:`kin_words`), and the two
verbs are far apart in navec's space — further than near synonyms that are the right way in other words
(«отменить» ~ «отключить» 0.27, «добавить» ~ «пригласить» 0.28, «выставить счёт» ~ «сформировать счёт», «получить
выписку» ~ «заказать выписку»), as «удалить» ~ «выйти» (0.08) and «рефинансировать» ~ «оформить» (0.19) are. A name
in quotes («в разделе «Ипотека»») is the interface, not the thing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.grammar.language.syntax import close_in_meaning
from app.core.scorecard.kin_words import kin_taken_up
from app.core.scorecard.questions import COMMON, questions, sentence_before, touched
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import Token, normal_form, tokenize

# Below this navec similarity two verbs name doings of their own; near synonyms stand at 0.25 and above.
ANOTHER_DOING = 0.2
# Verbs that name no doing of their own: «как это сделать?» points back to the doing wanted before it.
_NO_DOING = frozenset({"быть", "есть", "являться", "мочь", "смочь", "стать", "иметь", "хотеть", "поступить",
                       "действовать"}) | COMMON
_MODALS = frozenset({"можно", "нужно", "надо", "необходимо", "следует"})


def _stems(tokens: Sequence[Token]) -> set[str]:
    return {x for t in tokens for x in t.lemmas | {y[:5] for y in t.lemmas if len(y) >= 6}}


def asked_doings(r: Reply) -> list[tuple[Token, list[Token]]]:
    """The doings the customer asks the way to, each with the nouns it is done to: «Как удалить аккаунт?» —
    («удалить», [«аккаунт»]); «Хочу рефинансировать ипотеку, как это сделать?» — («рефинансировать», [«ипотеку»])."""
    found = []
    # «хочу рефинансировать ипотеку, как это сделать» asks without its mark: a last comma part that opens with «как»
    told = [s.strip() for message in r.customer_messages for s in re.split(r"(?<=[.!…\n])", message)
            if s.strip() and not s.strip().endswith("?")]
    for chunk in questions(r) + told:
        words = tokenize(chunk)
        for i, tok in enumerate(words):
            opens = chunk in told and (not i or "," in chunk[words[i - 1].end:tok.start]) \
                and "," not in chunk[tok.start:]  # the last part, as a question is: not «как обычно, …»
            verb = next((t for t in words[i + 1:i + 4] if t.tag.startswith("INFN")), None) \
                if tok.lower == "как" and (chunk not in told or opens) else None
            if verb is None:
                continue
            source = words
            if verb.lemmas & _NO_DOING:  # «как это сделать?»: the doing wanted before it, in this sentence or the last
                source = words[:i] + tokenize(sentence_before(r, chunk))
                verb = next((t for t in source if t.tag.startswith("INFN") and not t.lemmas & _NO_DOING), None)
                if verb is None:
                    continue
            at = source.index(verb)
            things = [t for t in source[at + 1:at + 5] if t.tag.startswith("NOUN") and not t.lemmas & COMMON][:2]
            if things:
                found.append((verb, things))
    return found


def way_to_another(r: Reply) -> str:
    """The asked verb, when every way the reply tells on the customer's thing — an infinitive with «можно / нужно»
    just before the thing, in one comma part — is for another doing, and the asked doing is named nowhere in the reply;
    else an empty string. Imperatives are left out: they are often one step of several on the way («выберите тариф»,
    «откройте заказ»), not the way itself."""
    said = _stems(r.tokens)
    for verb, things in asked_doings(r):
        if touched(verb.lemmas, said) or kin_taken_up([verb], r.tokens) or _noun_of(verb, r.tokens):
            continue
        names = set().union(*(t.lemmas for t in things))
        ways = _ways_on(r, names)
        if ways and all(_another(verb, way) for way in ways):
            return verb.text
    return ""


def _noun_of(verb: Token, tokens: Sequence[Token]) -> bool:
    """A noun made from the verb's root: «смена» from «сменить», «удаление» from «удалить» (navec puts them only
    0.29 and 0.25 apart). The root is the infinitive without «-ть» and the vowel before it, four letters or more."""
    roots = {re.sub(r"[аеиоуыяю]?т[ьи]$", "", x) for x in verb.lemmas}
    roots = {x for x in roots if len(x) >= 4}
    return any(t.tag.startswith("NOUN") and any(x.startswith(root) for x in t.lemmas for root in roots) for t in tokens)


def _ways_on(r: Reply, names: set[str]) -> list[Token]:
    """The verbs of the reply's ways that act on a thing of these names: «Выйти из аккаунта можно…», «оформить
    ипотеку можно…» — not on a name in quotes («Оформить можно в разделе «Ипотека»»)."""
    ways = []
    toks = r.tokens
    for i, tok in enumerate(toks):
        if not tok.lemmas & names or _quoted(r.text, tok.start):
            continue
        part = r.part_at(tok.start)
        if part is None:
            continue
        inside = r.tokens_in(part[0], part[1])
        modal = any(t.lower in _MODALS for t in inside)
        ways += [t for t in toks[max(0, i - 3):i] if part[0] <= t.start and not t.lemmas & _NO_DOING
                 and t.tag.startswith("INFN") and modal]
    return ways


def _quoted(text: str, at: int) -> bool:
    """The word stands inside «…» (an interface name)."""
    before = text[:at]
    return before.count("«") > before.count("»")


def _another(verb: Token, way: Token) -> bool:
    """Two verbs of two doings: no shared stem, far apart in navec's space."""
    if touched(verb.lemmas, _stems([way])):
        return False
    return not close_in_meaning(normal_form(verb.lower), normal_form(way.lower), ANOTHER_DOING)

