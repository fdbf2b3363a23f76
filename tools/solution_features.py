"""What a learned second opinion on «solution» would look at: a few cheap figures about a reply.

Every figure is read from what the scorecard's judges already hold — the reply's tokens and lemmas, the customer's
questions, the word lists, navec similarities of words — and from the rules' own verdict: which branch of
:func:`app.core.scorecard.solution.solution` decided it, named by the family of its reason. Each lies in 0…1 so
the trained weights can be read side by side. (About 3–6 ms a reply.) Used by ``tools/train_solution_model.py``
and ``tests/bench/eval_solution_model.py``; the model is not part of the program (see
docs/solution_model_plan.md for why).
"""

from __future__ import annotations

import math

from app.core.scorecard.card import ElementResult
from app.core.scorecard.customer import UNHURT
from app.core.scorecard.questions import asks_how, content, figures_of, questions
from app.core.scorecard.reasons import why_questions
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import find_phrases, normal_form, tokenize

# The rules' reasons by family: the start of the reason's Russian template (its message id) → the family. A
# reason no family starts is «other»; a test keeps every template of solution.py in some family.
BRANCHES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("done", ("Оператор сделал",)),
    ("step_and_time", ("Есть конкретный шаг и срок",)),
    ("steps", ("Клиенту дан понятный следующий шаг",)),
    ("fact", ("Дан конкретный ответ", "То, о чём пишет клиент, доступно ему уже сейчас")),
    ("explained", ("Клиент спросил, и ответ", "Клиент спросил «почему», и ответ", "Клиент не понял, за что")),
    ("named", ("Клиент спросил, где это найти", "Клиент спросил, кто или где", "Клиент спросил, какие они")),
    ("refusal_with_way", ("Отказ с другим путём",)),
    ("elsewhere", ("{quoted} и отсылка", "Клиент уже написал")),
    ("contradiction", ("Ответ противоречит",)),
    ("bare_refusal", ("Отказ без другого пути",)),
    ("template", ("Ответ не о том", "Вместо ответа — реклама", "Шаблон вместо ответа")),
    ("half_answer", ("Клиент спросил {missing}",)),
    ("off_topic", ("Клиент спросил «{question}», а ответ об этом", "Клиент спросил «{question}», а ответ ни одним",
                   "Клиент просит «{bidden}»", "Клиент спросил, успеете ли", "Клиенту это нужно скоро",
                   "Клиент спрашивает, как быть после отмены", "Клиент пишет «",
                   "Клиент просит помочь с выбором", "Клиент поправил", "Клиент передумал",
                   "Клиент просит уйти от прежнего значения", "Сделано не с тем, о чём писал клиент")),
    ("no_reason", ("Клиент спросил «{question}», а ответ не называет причину",)),
    ("no_time", ("Следующий шаг за компанией", "Шаг назван", "Клиент пишет, что срок")),
    ("no_how", ("Клиент спросил, как это сделать", "Клиент пишет, что не работает", "Клиент сообщает о сбое",
                "Клиент пишет, что уже пробовал", "Клиент спросил, можно ли",
                "Клиент показывает, что в этом не разбирается", "Клиент спросил, что ему делать",
                "Клиент пишет, что не может")),
    ("nothing", ("Нет ни ответа", "Ответ только просит прислать данные", "Клиента отправляют самого искать")),
)
# What the rubric fails whatever else the reply holds: a reply that contradicts itself, a refusal with no other way,
# «не знаю» with a pointer elsewhere (docs/scorecard_rubric.md, «Решение»): no model may pass these.
LOCKED_FAILS = frozenset({"contradiction", "bare_refusal", "elsewhere"})

FEATURES: tuple[str, ...] = (
    "rules_passed",
    *(f"branch_{name}" for name, _ in BRANCHES),
    "questions", "asks_how", "asks_why", "upset",
    "asked_words", "asked_words_repeated", "asked_words_close", "asked_word_least_close",
    "new_figure", "time_frame", "template", "hand_off", "advert", "vague", "refusal", "dont_know",
    "question_back", "steps", "done_verb", "future_verb", "new_words", "length",
)

# Compared by navec at most this many of the customer's and of the reply's content words: enough for a chat reply,
# and bounded in time.
_ASKED_CAP, _SAID_CAP = 12, 40
_CLOSE = 0.45  # two words this near by navec speak of one thing («возврат» ~ «вернуть»)


def branch(result: ElementResult) -> str:
    """The family of the rules' reason, or «other»."""
    template = getattr(result.reason, "template", str(result.reason))
    return next((name for name, starts in BRANCHES if template.startswith(starts)), "other")


def features(r: Reply, rules: ElementResult) -> dict[str, float]:
    """The figures of :data:`FEATURES`, in that order, for the reply and the rules' «solution» verdict."""
    from app.core.grammar.language.syntax import analyzer  # the language layer holds the navec vectors

    tokens, lex, text = r.tokens, r.lex, r.text
    said_by_customer = "\n".join(r.customer_messages)
    theirs = tokenize(said_by_customer)
    asked = content(theirs)
    said = content(tokens)
    said_lemmas = set().union(*said.values()) if said else set()
    repeated = [w for w, lemmas in asked.items() if lemmas & said_lemmas]
    nav = analyzer()
    said_forms = [normal_form(w) for w in list(said)[:_SAID_CAP]]
    nearest = [max([(nav.similarity(normal_form(w), s) or 0.0) for s in said_forms] or [0.0])
               for w in list(asked)[:_ASKED_CAP]]
    nearest = [1.0 if w in repeated else n for w, n in zip(asked, nearest)]
    their_lemmas = set().union(*(t.lemmas for t in theirs)) if theirs else set()
    family = branch(rules)
    verbs = [t for t in tokens if t.tag.startswith("VERB")]
    out = {
        "rules_passed": float(rules.passed is True),
        **{f"branch_{name}": float(family == name) for name, _ in BRANCHES},
        "questions": min(len(questions(r)), 4) / 4,
        "asks_how": float(asks_how(r)),
        "asks_why": float(bool(why_questions(r))),
        "upset": float(bool(set(r.customer.states) - UNHURT)),
        "asked_words": min(len(asked), 20) / 20,
        "asked_words_repeated": len(repeated) / len(asked) if asked else 0.0,
        "asked_words_close": sum(n >= _CLOSE for n in nearest) / len(nearest) if nearest else 0.0,
        "asked_word_least_close": max(0.0, min(nearest)) if nearest else 0.0,
        "new_figure": float(bool(figures_of(text) - figures_of(said_by_customer))),
        "time_frame": float(bool(find_phrases(tokens, lex.time_frames, gap=0))),
        "template": float(bool(find_phrases(tokens, lex.templates, gap=1))),
        "hand_off": float(bool(find_phrases(tokens, lex.hand_offs, gap=1))),
        "advert": float(bool(find_phrases(tokens, lex.adverts, gap=1))),
        "vague": float(bool(find_phrases(tokens, lex.vague + lex.look_elsewhere, gap=0))),
        "refusal": float(bool(find_phrases(tokens, lex.refusal, gap=1))),
        "dont_know": float(bool(r.dont_know)),
        "question_back": float(any(text[s:e].rstrip().endswith("?") for s, e in r.sentences)),
        "steps": min(len(r.imperatives[0]) + len(r.imperatives[1]), 3) / 3,
        "done_verb": float(any("perf" in t.tag and "past" in t.tag for t in verbs)),
        "future_verb": float(any("futr" in t.tag for t in verbs)),
        "new_words": len([w for w, lemmas in said.items() if not lemmas & their_lemmas]) / len(said) if said else 0.0,
        "length": min(math.log1p(len(tokens)) / math.log1p(150), 1.0),
    }
    return out
