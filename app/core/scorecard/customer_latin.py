"""States of a customer who writes in English, wholly or in part: «I am very worried, I write second time»,
«urgent please», «the app does not work».

The Russian lists do not see them, and the rubric's states (docs/scorecard_rubric.md, «Сочувствие») do not depend
on the language: worry said outright, a repeated contact, urgency, a thing that does not work. Each state keeps the
words that showed it, as :mod:`customer` does.
"""

from __future__ import annotations

import re

_WORD = r"(?<![A-Za-z'])"
_END = r"(?![A-Za-z'])"
_CUES = {
    "worry": (r"worr(?:y|ied|ying)", r"afraid", r"scared", r"nervous", r"anxious", r"panic(?:king)?"),
    "repeat": (r"(?:second|third|fourth|2nd|3rd|4th)\s+time", r"(?:write|writing|wrote|ask|asking|asked)\s+again",
               r"again\s+(?:and\s+again|no\s+answer)", r"already\s+(?:wrote|write|asked|called|contacted)"),
    # anger said outright: «I am furious», «fed up with your service», «this is ridiculous»
    "anger": (r"furious", r"angry", r"outraged", r"fed\s+up", r"ridiculous", r"how\s+dare", r"mad\s+at",
              r"pissed(?:\s+off)?", r"sick\s+(?:and\s+tired\s+)?of"),
    "urgency": (r"urgent(?:ly)?", r"asap", r"as\s+soon\s+as\s+possible", r"right\s+now"),
    "complaint": (r"(?:does|do|did|is|are)\s*(?:n't|not)\s+(?:work|working|come|arrive|arrived|open|load)",
                  r"not\s+working", r"(?:can't|cannot|can\s+not)\s+(?:log\s*in|login|enter|pay|open|access|get)",
                  r"never\s+(?:came|arrived)", r"broken", r"stuck", r"charged\s+twice", r"no\s+answer",
                  # a judgement of the service or what came: «your app is super slow», «it's a scam»
                  r"(?:so|too|very|super|really|extremely)\s+slow", r"scam", r"fraud", r"rip-?off", r"terrible",
                  r"awful", r"horrible", r"damaged", r"overcharged", r"disappointed", r"unacceptable"),
}
_PATTERNS = {state: re.compile(_WORD + "(?:" + "|".join(cues) + ")" + _END, re.IGNORECASE)
             for state, cues in _CUES.items()}
# «Don't worry, I only ask»: a cue denied or said of no trouble.
_DENIED_RE = re.compile(r"(?:\bno\b|\bnot\b|n't|\bnever\b)\s*$", re.IGNORECASE)


def english_states(text: str) -> dict[str, list[str]]:
    """The states English words in ``text`` show, each with the words — none where a cue is denied («not
    worried», «don't worry»)."""
    found: dict[str, list[str]] = {}
    for state, pattern in _PATTERNS.items():
        for m in pattern.finditer(text):
            if state in ("worry", "urgency", "anger") and _DENIED_RE.search(text[max(0, m.start() - 8):m.start()]):
                continue
            found.setdefault(state, []).append(m.group())
    return found
