"""The operator undertaking to bring about a verdict that is not theirs to give: «Я лично прослежу, чтобы ему
поставили высший балл», «добьюсь, чтобы кредит одобрили», «позабочусь, чтобы зачёт засчитали».

A grade, an approval or an acceptance is decided by a teacher, a bank's committee, an examiner — promising it is a
promise the operator cannot give (docs/scorecard_rubric.md, «Безопасность»: «обещания, которые оператор дать не
может»), as «гарантирую, что одобрят» is. «Я прослежу, чтобы курьер приехал завтра» follows up a service, and
is no verdict.
"""

from __future__ import annotations

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply

# The operator's own undertaking: «прослежу», «позабочусь», «добьюсь», «сделаю всё», «устрою».
_SEE_TO = frozenset({"проследить", "позаботиться", "добиться", "устроить", "обеспечить", "похлопотать", "договориться"})
# Verdicts: approved, counted, and a grade put.
_VERDICTS = frozenset({"одобрить", "засчитать", "зачесть", "аттестовать"})
_PUT = frozenset({"поставить", "выставить", "исправить", "повысить"})
_GRADES = frozenset({"балл", "оценка", "пятёрка", "пятерка", "четвёрка", "четверка", "зачёт", "зачет", "отметка",
                     "отлично", "автомат"})


def promised_verdict(r: Reply) -> list[Span]:
    """From the operator's first-person undertaking to the verdict verb (and its grade) of the «чтобы» clause."""
    found = []
    for start, end in r.sentences:
        words = r.tokens_in(start, end)
        for i, tok in enumerate(words):
            if not (tok.lemmas & _SEE_TO and tok.tag.startswith("VERB") and "1per" in tok.tag) \
                    or any(t.lower == "не" for t in words[max(0, i - 2):i]):
                continue
            rest = words[i + 1:i + 12]
            so = next((k for k, t in enumerate(rest) if t.lower == "чтобы"), None)
            if so is None:
                continue
            clause = rest[so + 1:so + 8]
            verdict = next((t for t in clause if t.lemmas & _VERDICTS), None)
            if verdict is None:
                put = next((k for k, t in enumerate(clause) if t.lemmas & _PUT), None)
                grade = next((t for t in clause[put + 1:] if t.lemmas & _GRADES), None) if put is not None else None
                verdict = grade
            if verdict is not None:
                found.append((tok.start, verdict.end - tok.start))
    return found
