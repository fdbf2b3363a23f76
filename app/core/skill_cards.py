"""One card per skill on «Прогресс»: where the learner stands, which way it is going, what to do next.

The figure is the mean of the last few results (one attempt says little), the trend compares it with
the few before, and the next step names the weakest thing the statistics show — a key, a grammar
topic, a scorecard item, a quiz topic — or the first thing to do when there is nothing yet.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from statistics import fmean

from app.core.phrase import Phrase, joined, phrase
from app.core.vocabulary import SCORECARD_BY_ID

WINDOW = 5  # results averaged into the figure, and into the figure the trend compares it with
SKILLS = ("typing", "grammar", "correspondence", "quiz")


@dataclass(frozen=True)
class SkillCard:
    skill: str  # one of SKILLS
    attempts: int
    figure: float | None  # mean of the last WINDOW results: зн/мин for typing, else per cent or score
    trend: float | None  # figure minus the mean of the WINDOW results before; None until there are two results
    series: tuple[float, ...]  # the results, oldest first, for a sparkline
    next_step: Phrase


def _figure_and_trend(series: Sequence[float]) -> tuple[float | None, float | None]:
    if not series:
        return None, None
    window = max(1, min(WINDOW, len(series) // 2)) if len(series) > 1 else 1
    last = fmean(series[-window:])
    if len(series) < 2:
        return last, None
    before = series[-2 * window:-window]
    return last, last - fmean(before)


def _card(skill: str, series: Sequence[float], next_step: Phrase) -> SkillCard:
    figure, trend = _figure_and_trend(series)
    return SkillCard(skill, len(series), figure, trend, tuple(series), next_step)


def typing_card(speeds: Sequence[float], weakest_keys: Sequence[str]) -> SkillCard:
    """``speeds``: зн/мин of the typing attempts, oldest first; ``weakest_keys``: worst first."""
    if not speeds:
        step = phrase("Пройдите первый урок курса слепой печати.")
    elif weakest_keys:
        keys = joined(", ", [f"«{k}»" for k in weakest_keys[:3]])
        step = phrase("Слабее всего клавиши {keys}: адаптивная тренировка соберёт текст из них.", keys=keys)
    else:
        step = phrase("Продолжайте курс: откройте следующий урок.")
    return _card("typing", speeds, step)


def grammar_card(scores: Sequence[float], topics: Sequence[tuple[str, int, int]]) -> SkillCard:
    """``scores``: 100 or 0 per answered exercise, oldest first; ``topics``: (topic, wrong, answered)."""
    worst = max((t for t in topics if t[1] > 0 and t[0]), key=lambda t: (t[1] / t[2], t[1]), default=None)
    if not scores:
        step = phrase("Начните с упражнений раздела «Грамотность».")
    elif worst is not None:
        step = phrase("Больше всего ошибок в теме «{topic}» ({wrong} из {answered}): повторите её.",
                      topic=worst[0], wrong=worst[1], answered=worst[2])
    else:
        step = phrase("Ошибок нет: берите следующую тему.")
    return _card("grammar", scores, step)


def correspondence_card(scores: Sequence[float], items: Sequence[tuple[str, int, int]]) -> SkillCard:
    """``scores``: each reply's score 0–100, oldest first; ``items``: (scorecard item, passed, graded)."""
    missed = [(name, ok, total) for name, ok, total in items if total and ok < total and name in SCORECARD_BY_ID]
    worst = min(missed, key=lambda t: (t[1] / t[2], t[0]), default=None)
    if not scores:
        step = phrase("Ответьте клиенту в разделе «Деловая переписка».")
    elif worst is not None:
        step = phrase("Чаще всего не выполнен пункт «{item}» ({ok} из {total}): следите за ним в следующем ответе.",
                      item=SCORECARD_BY_ID[worst[0]].title_ru, ok=worst[1], total=worst[2])
    else:
        step = phrase("Все пункты карты качества выполнены: попробуйте симуляцию смены.")
    return _card("correspondence", scores, step)


def quiz_card(scores: Sequence[float], categories: Sequence[tuple[str, float, int]]) -> SkillCard:
    """``scores``: each run's per cent, oldest first; ``categories``: (topic, mean per cent, runs)."""
    worst = min((c for c in categories if c[1] < 100 and c[0]), key=lambda c: (c[1], c[0]), default=None)
    if not scores:
        step = phrase("Пройдите первый тест по сетевому этикету.")
    elif worst is not None:
        step = phrase("Слабее всего тема «{topic}» ({share:.0%} верно): пройдите её тест ещё раз.",
                      topic=worst[0], share=worst[1] / 100)
    else:
        step = phrase("Все темы без ошибок: импортируйте банк вопросов учебного отдела.")
    return _card("quiz", scores, step)
