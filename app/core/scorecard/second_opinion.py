"""A learned second opinion on «solution»: a small logistic model beside the hand rules.

The rules (:mod:`solution`) were tuned reply by reply and miss on wording they have not seen; the model weighs
the cheap figures of :mod:`solution_features` — the rules' own verdict among them — with weights learned from
the labelled sets by ``tools/train_solution_model.py`` (``app/assets/scorecard/solution_model.json``). It
overturns the rules only when it is sure — its probability at least ``margin`` away from one half — and then
says what it saw: the figures that pushed it most, and the customer's question.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from app.core.paths import ASSETS
from app.core.phrase import Phrase, joined, phrase
from app.core.scorecard.card import ElementResult
from app.core.scorecard.questions import questions
from app.core.scorecard.reply import Reply
from app.core.scorecard.solution_features import FEATURES, features

MODEL_PATH = ASSETS / "scorecard" / "solution_model.json"


@dataclass(frozen=True)
class Model:
    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    margin: float  # overturn the rules only when |p − ½| is at least this

    def contributions(self, values: dict[str, float]) -> list[float]:
        """Each feature's push on the log-odds: its weight times its standardised value."""
        return [w * (values[f] - m) / s for f, m, s, w in zip(self.features, self.mean, self.scale, self.weights)]

    def probability(self, values: dict[str, float]) -> float:
        """How likely a QA lead counts the solution as given, by the model."""
        z = self.bias + sum(self.contributions(values))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_PATH) -> Model:
    """The trained model; its features must be the ones :mod:`solution_features` computes, in the same order."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError(f"{path.name} was trained on features {data['features']}, but the code computes "
                         f"{list(FEATURES)}: run tools/train_solution_model.py again")
    return Model(tuple(data["features"]), tuple(data["mean"]), tuple(data["scale"]), tuple(data["weights"]),
                 float(data["bias"]), float(data["margin"]))


# What a figure says when it pushed the model: the wording when it is above the training mean, and below it (None:
# nothing worth saying). Figures left out (the rules' own branch, the customer's mood) tell a trainee nothing to do.
_SIGNS: dict[str, tuple[Phrase, Phrase | None]] = {
    "asked_words_repeated": (phrase("ответ говорит словами вопроса"), phrase("слов вопроса в ответе почти нет")),
    "asked_words_close": (phrase("ответ говорит о том же, о чём вопрос"), phrase("и близких по смыслу слов в ответе мало")),
    "asked_word_least_close": (phrase("ответ касается каждого слова вопроса"), phrase("одного из слов вопроса ответ не касается")),
    "new_figure": (phrase("в ответе есть цифра, которой не было у клиента"), phrase("в ответе нет ни одной новой цифры")),
    "time_frame": (phrase("назван срок"), phrase("срок не назван")),
    "template": (phrase("в ответе шаблонная фраза"), None),
    "hand_off": (phrase("вопрос передан дальше"), None),
    "advert": (phrase("в ответе реклама"), None),
    "vague": (phrase("обещание без срока или отсылка искать самому"), None),
    "refusal": (phrase("в ответе отказ"), None),
    "dont_know": (phrase("оператор не знает ответа"), None),
    "question_back": (phrase("ответ переспрашивает клиента"), None),
    "steps": (phrase("клиенту названы шаги"), phrase("шагов для клиента нет")),
    "done_verb": (phrase("оператор уже что-то сделал"), None),
    "future_verb": (phrase("сказано, что будет сделано"), None),
    "new_words": (phrase("в ответе есть сведения сверх слов клиента"), phrase("ответ в основном повторяет слова клиента")),
    "length": (phrase("ответ развёрнутый"), phrase("ответ очень короткий")),
}
_QUESTION_CAP = 90  # characters of the customer's question quoted in a reason


def reconsider(r: Reply, rules: ElementResult, model: Model | None = None) -> ElementResult:
    """The rules' verdict, or the model's where it is sure and disagrees, with a reason that says what it saw."""
    if rules.passed is None:
        return rules
    model = model or load_model()
    values = features(r, rules)
    p = model.probability(values)
    if abs(p - 0.5) < model.margin or (p >= 0.5) == rules.passed:
        return rules
    signs = _signs(model, values, towards_pass=p >= 0.5)
    question = _question(r)
    if p >= 0.5:
        return ElementResult("solution", True, phrase(
            'Ответ по существу отвечает клиенту на «{question}» ({signs}), хотя прямых примет ответа правила не нашли.',
            question=question, signs=signs))
    return ElementResult("solution", False, phrase(
        'Ответ не касается вопроса клиента «{question}» по существу: {signs}.', question=question, signs=signs))


def _signs(model: Model, values: dict[str, float], towards_pass: bool, limit: int = 2) -> Phrase:
    """The wordings of the figures that pushed the model most the way it went."""
    pushes = sorted(zip(model.contributions(values), model.features, model.mean),
                    key=lambda c: -c[0] if towards_pass else c[0])
    said = []
    for push, name, mean in pushes:
        if (push > 0) != towards_pass or name not in _SIGNS:
            continue
        wording = _SIGNS[name][0 if values[name] > mean else 1]
        if wording is not None:
            said.append(wording)
        if len(said) == limit:
            break
    return joined(", ", said) if said else phrase("так говорят признаки ответа в целом")


def _question(r: Reply) -> str:
    """The customer's first question, or the start of the first message when nothing ends with «?»."""
    asked = questions(r)
    text = (asked[0] if asked else next((m for m in r.customer_messages if m.strip()), "")).strip()
    return text if len(text) <= _QUESTION_CAP else text[:text.rfind(" ", 0, _QUESTION_CAP)].rstrip(",;:") + "…"
