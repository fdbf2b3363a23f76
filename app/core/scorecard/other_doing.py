"""What a sentence says can or cannot be done, when that is another doing than the one the customer asked about.

«Остаток гигабайтов перенесётся?» — «Да, можно докупить гигабайты»: a yes, and a «можно», but of another thing; the
question stays open. Doings are compared by their verbs (the same normal form, or close in navec's space) and by the
noun that names the asked doing («возврат» for «вернуть»).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.scorecard.questions import COMMON, touched
from app.core.scorecard.words import Token, normal_form

# Verbs that name no action of their own: «Билет — это документ», «возврат может занять…».
_NO_ACTION = frozenset({"быть", "есть", "являться", "мочь", "смочь", "стать", "становиться", "иметь", "хотеть",
                        "нужно", "надо", "следовать"})
# A noun this close to the asked verb names that doing («возврат» ~ «вернуть» 0.34).
NAMED_BY_NOUN = 0.33


# Above this navec similarity two verbs name one doing; «отменить» ~ «вернуть» (0.41) are still two.
_SAME_DOING = 0.45
_CAN_WORDS = frozenset({"можно", "нельзя", "возможно", "невозможно"})

_ANSWERING = frozenset({"гарантировать", "обещать", "предсказать", "ответить", "судить", "определить"})


def can_another(words: Sequence[Token], verbs: Sequence[Token], things: Sequence[Token] = ()) -> bool:
    """«Да, модуль можно отключить» to «если отключим модуль, остатки сохранятся?», «Отменить можно и оставшиеся
    товары» to «вернут ли остаток?»: to a question about what will happen, the sentence says what can or cannot be
    done, and it is another doing than the one asked about (neither the same verb nor one close in meaning, nor the
    doing's noun) — and does not name what it is done to. A verb that names no doing of its own («можно это
    сделать?») points back, and is not compared."""
    # only a question about what will happen («сохранятся?», «вернут ли?»): to «можно ли оплатить частями?» another
    # verb is often the way itself («можно оформить рассрочку»)
    asked = [v for v in verbs if v.tag.startswith("VERB") and not v.lemmas & (_NO_ACTION | COMMON)]
    here = {x for t in words for x in t.lemmas | {y[:5] for y in t.lemmas if len(y) >= 6}}
    # the question's own verb or what it is done to («сменить тариф можно…» to «можно перейти на тариф?») is taken up
    nouns_here = {x for t in words if t.tag.startswith("NOUN") for x in t.lemmas | {y[:5] for y in t.lemmas if len(y) >= 6}}
    if not asked or any(touched(w.lemmas, here) for w in asked) or any(touched(w.lemmas, nouns_here) for w in things):
        return False
    at = [i for i, t in enumerate(words) if t.lower in _CAN_WORDS]
    # «сказать заранее нельзя» speaks of the answer, not of another doing
    said = [t for i in at for t in words[max(0, i - 4):i + 5] if t.tag.startswith("INFN")
            and not t.lemmas & (_NO_ACTION | COMMON | _ANSWERING)]
    if not said:
        return False
    if unknown_to_navec(asked):  # «маломерят?»: navec cannot tell whether «сверить по таблице» is another doing
        return False
    from app.core.grammar.language.syntax import close_in_meaning  # the language layer holds the navec vectors
    # «Возможно оформить возврат» to «можно вернуть?»: the doing asked about is named by its noun
    nouns = [normal_form(t.lower) for t in words if t.tag.startswith("NOUN")]
    if any(close_in_meaning(normal_form(v.lower), n, NAMED_BY_NOUN) for v in asked for n in nouns):
        return False
    return not any(close_in_meaning(normal_form(t.lower), normal_form(v.lower), _SAME_DOING)
                   for t in said for v in asked)


def unknown_to_navec(verbs: Sequence[Token]) -> bool:
    """Navec knows none of the question's verbs («маломерить»), leaving out a bid to be told («Подскажите, …») and
    verbs that name no doing («могу», which navec lacks too): no sentence can be told to name another doing by
    meaning."""
    from app.core.grammar.language.syntax import analyzer  # the language layer holds the navec vectors
    asked = [normal_form(v.lower) for v in verbs if "impr" not in v.tag and not v.lemmas & (_NO_ACTION | COMMON)]
    return bool(asked) and all(analyzer().similarity(form, form) is None for form in asked)
