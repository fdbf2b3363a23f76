"""A colleague's private life told to the customer (docs/scorecard_rubric.md, «Тон»: «сплетни о сотрудниках»; the
same words are «сведения о личной жизни сотрудника» under «Безопасность данных»):

- «У гида недавно умер отец, вот он и сорвался», «от него ушла жена», «у неё сейчас развод», «у мастера проблемы в
  семье» — in a sentence about a person of the company's (named by a noun of the company's people, or by «он» / «она»
  when the reply names such a person), one of that person's own people with what befell them (a death, leaving, an
  illness), or a word of private trouble itself (развод, похороны, запой, беременность, депрессия, «личные
  проблемы»).

A sentence that speaks to the customer («у вас», «ваш отец») is about the customer's own family — sympathy, not gossip;
and the company's own steps («сотрудник на больничном, урок проведёт другой преподаватель») name an absence, not a
private life, so «больничный», «отпуск» are not among the words.
"""

from __future__ import annotations

from app.core.scorecard.card import Span
from app.core.scorecard.customer_others import AGENTS
from app.core.scorecard.reply import Reply

_OWNERS = frozenset({"поддержка", "компания", "банк", "хозяин", "хозяйка", "владелец", "арендодатель"})
_STAFF = (AGENTS - _OWNERS) | {"коллега", "инструктор", "экзаменатор", "методист", "лектор", "проводница",
                               "бортпроводник", "бортпроводница", "педагог"}
STAFF = _STAFF  # the company's people, for the safety reading of their health (data_health)
_THIRD = frozenset({"он", "она", "него", "неё", "нее", "его", "её", "ее", "ему", "ей", "ним", "ней"})
_KIN = frozenset({"отец", "мать", "мама", "папа", "жена", "муж", "сын", "дочь", "ребёнок", "дети", "брат", "сестра",
                  "бабушка", "дедушка", "семья", "родственник", "родитель"})
_BEFELL = frozenset({"умереть", "скончаться", "погибнуть", "уйти", "бросить", "развестись", "заболеть", "болеть",
                     "попасть", "изменить", "выгнать"})
_PRIVATE = frozenset({"развод", "похороны", "запой", "беременность", "беременный", "депрессия", "горе", "смерть",
                      "выкидыш", "алкоголь", "пить"})
_YOU = frozenset({"вы", "вас", "вам", "вами", "ваш", "ваша", "ваше", "ваши", "вашего", "вашей", "вашу", "вашим", "вашем"})


def private_life(r: Reply) -> list[Span]:
    """Spans of sentences that tell a colleague's private life."""
    names_staff = any(t.lemmas & _STAFF for t in r.tokens)
    found = []
    for start, end in r.sentences:
        words = r.tokens_in(start, end)
        lowered = {t.lower for t in words}
        if lowered & _YOU:
            continue
        about = any(t.lemmas & _STAFF for t in words) or (names_staff and bool(lowered & _THIRD))
        if not about:
            continue
        lemmas = [t.lemmas for t in words]
        kin_befell = any(x & _KIN for x in lemmas) and any(x & _BEFELL for x in lemmas)
        private = any(x & _PRIVATE for x in lemmas) or ("личный" in {y for x in lemmas for y in x}
                                                        and any(x & {"проблема", "жизнь", "обстоятельство"} for x in lemmas))
        if kin_befell or private:
            found.append((words[0].start, words[-1].end - words[0].start))
    return found
