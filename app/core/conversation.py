"""The course of a chat: which scripted customer turn follows a reply, canned replies, shift KPIs."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.core.content import CorrespondenceTask, CustomerTurn
from app.core.thresholds import REPLY_PASS_SCORE


def next_turn(task: CorrespondenceTask, after: str, reply: str, done: bool = False) -> CustomerTurn | None:
    """The customer's next turn after the operator's ``reply`` to turn ``after`` ("" = the first message).

    A branch whose ``when`` words occur in the reply (case-insensitive, as word starts)
    wins over the default branch (no ``when``); None when the chat is over.
    """
    if done:
        return None
    candidates = [t for t in task.turns if t.after == after]
    text = reply.lower()
    for turn in candidates:
        if turn.when and any(re.search(r"(?<!\w)" + re.escape(w.lower()), text) for w in turn.when):
            return turn
    return next((t for t in candidates if not t.when), None)


_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


def fill_placeholders(template: str, customer: str, context: Sequence[tuple[str, str]]) -> str:
    """Fill {имя} with the customer's name and {label} with the context value whose label matches.

    «{номер заказа}» matches a context label «Номер заказа» (case-insensitive); an unknown
    placeholder is left as it is, so the learner sees what still needs filling.
    """
    values = {label.strip().lower(): value for label, value in context}
    if customer:
        values.setdefault("имя", customer)

    def fill(m: re.Match) -> str:
        key = m.group(1).strip().lower()
        return values.get(key, m.group(0))

    return _PLACEHOLDER.sub(fill, template)


def unfilled(text: str) -> list[str]:
    """Placeholders still left in a reply («{номер заказа}»)."""
    return _PLACEHOLDER.findall(text)


DEFAULT_CANNED = (
    ("Приветствие", "Здравствуйте, {имя}! Меня зовут Анна, я помогу вам."),
    ("Проверяю", "Спасибо, что подождали. Проверяю информацию, это займёт не больше двух минут."),
    ("Извинение", "Приносим извинения за неудобства, сейчас во всём разберусь."),
    ("Номер заказа", "Подскажите, пожалуйста, номер заказа: он есть в письме с подтверждением."),
    ("Завершение", "Рада была помочь! Если появятся вопросы, пишите, мы на связи."),
)


@dataclass
class ChatTiming:
    """When a customer arrived and when the operator answered, in seconds from the shift's start."""

    arrived: float
    replies: list[float] = field(default_factory=list)
    closed: float | None = None

    @property
    def first_response(self) -> float | None:
        return self.replies[0] - self.arrived if self.replies else None

    @property
    def handle_time(self) -> float | None:
        return self.closed - self.arrived if self.closed is not None else None


@dataclass(frozen=True)
class ShiftKpis:
    """The end-of-shift figures. Every customer of the shift counts: one never answered, or who had not
    yet arrived when the shift ended, is missed — it lowers the shares and scores 0 — so ending a
    shift early never improves its report."""

    chats: int  # customers who arrived
    answered: int  # chats with a first reply
    first_response_avg: float | None  # over the answered chats (a missed one has no time to average)
    first_response_within_target: float  # share of all the shift's customers, 0..1
    handle_avg: float | None  # over the closed chats
    handle_within_target: float  # share of all the shift's customers, 0..1
    score_avg: float | None  # per customer: its replies' mean, 0 when missed; None for an empty shift
    customers: int  # in the shift, arrived or not
    missed: int  # never answered, or never arrived


def shift_kpis(timings: Sequence[ChatTiming], chat_scores: Sequence[Sequence[float]], first_target: float,
               handle_target: float, customers: int | None = None) -> ShiftKpis:
    """The end-of-shift report: ``timings`` and ``chat_scores`` (each reply's score) of the chats that
    arrived, in the same order; ``customers`` is how many the shift has in all (default: those arrived)."""
    if len(chat_scores) != len(timings):
        raise ValueError(f"оценки даны для {len(chat_scores)} чатов, а пришло {len(timings)}")
    customers = max(len(timings), customers if customers is not None else 0)
    firsts = [t.first_response for t in timings if t.first_response is not None]
    handles = [t.handle_time for t in timings if t.handle_time is not None]
    per_customer = [sum(s) / len(s) if s else 0.0 for s in chat_scores]  # never-arrived ones add 0

    def share(values: Sequence[float], target: float) -> float:
        return sum(1 for v in values if v <= target) / customers if customers else 0.0

    return ShiftKpis(
        chats=len(timings), answered=len(firsts),
        first_response_avg=sum(firsts) / len(firsts) if firsts else None,
        first_response_within_target=share(firsts, first_target),
        handle_avg=sum(handles) / len(handles) if handles else None,
        handle_within_target=share(handles, handle_target),
        score_avg=sum(per_customer) / customers if customers else None,
        customers=customers, missed=customers - len(firsts),
    )


def shift_passed(kpis: ShiftKpis) -> bool:
    """A shift counts as passed when its customers' scores (missed ones at 0) average the scorecard's
    own pass mark."""
    return kpis.score_avg is not None and kpis.score_avg >= REPLY_PASS_SCORE


def stored_shift_score(kpis: Mapping[str, Any], stored: float, customers: int) -> float:
    """The honest score of a stored shift, for the task list's best score.

    Rows written under the rule above say how many customers the shift had, and their score is it.
    Older rows averaged only the replies given, so a shift ended after one good reply showed 100:
    they are re-scored here with the missed customers at 0 — the answered chats keep their average.
    """
    if "customers" in kpis:
        return stored
    answered = kpis.get("answered")
    if not isinstance(answered, int) or isinstance(answered, bool) or customers <= 0:
        return stored
    return stored * min(answered, customers) / customers
