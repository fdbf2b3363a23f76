"""The course of a chat: which scripted customer turn follows a reply, canned replies, shift KPIs."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

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
    chats: int
    answered: int
    first_response_avg: float | None
    first_response_within_target: float  # share of answered chats, 0..1
    handle_avg: float | None
    handle_within_target: float
    score_avg: float | None


def shift_kpis(timings: Sequence[ChatTiming], scores: Sequence[float], first_target: float,
               handle_target: float) -> ShiftKpis:
    """The end-of-shift report: averages and the share of chats within the targets."""
    firsts = [t.first_response for t in timings if t.first_response is not None]
    handles = [t.handle_time for t in timings if t.handle_time is not None]
    return ShiftKpis(
        chats=len(timings), answered=len(firsts),
        first_response_avg=sum(firsts) / len(firsts) if firsts else None,
        first_response_within_target=sum(1 for f in firsts if f <= first_target) / len(firsts) if firsts else 0.0,
        handle_avg=sum(handles) / len(handles) if handles else None,
        handle_within_target=sum(1 for h in handles if h <= handle_target) / len(handles) if handles else 0.0,
        score_avg=sum(scores) / len(scores) if scores else None,
    )


def shift_passed(kpis: ShiftKpis) -> bool:
    """A shift counts as passed when its replies average the scorecard's own pass mark."""
    return kpis.score_avg is not None and kpis.score_avg >= REPLY_PASS_SCORE
