"""What the company sends or does to reach the customer is never a thing of the customer's own: «надоели звонки с
предложениями», «надоела рассылка» are weariness at the company (anger, empathy owed) even without «ваши» — unlike
«старая карта надоела», a thing of one's own the customer simply wants changed. The nouns are read by their sense:
calls, letters, messages, mailings, notifications, adverts and offers reach the customer from outside.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.core.scorecard.words import Token

# contact that comes to the customer from outside, by its sense
_CONTACT = frozenset({"звонок", "письмо", "рассылка", "сообщение", "смс", "sms", "эсэмэска", "уведомление", "пуш",
                      "реклама", "спам", "предложение", "напоминание", "оповещение", "обзвон", "акция"})


def contact_from_outside(words: Iterable[Token]) -> bool:
    """A noun in the sentence names contact that reaches the customer from outside («звонки», «рассылка»)."""
    return any(t.lemmas & _CONTACT for t in words)
