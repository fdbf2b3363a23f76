"""«Между нами» as a relation, not an aside: «вас переадресовывали между нами и отелем», «договор между нами и
банком».

«Между нами» opens a confidence — gossip about someone («Между нами, она вечно всё путает»; docs/scorecard_rubric.md,
«Тон»: сплетни). Followed by «и» and another party, it names the two sides of a relation and confides nothing.
"""

from __future__ import annotations

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply


def between_parties(r: Reply, span: Span) -> bool:
    """Whether the «между нами» at ``span`` goes on with «и» and another party («между нами и отелем»)."""
    after = [t for t in r.tokens if t.start >= span[0] + span[1]][:2]
    return len(after) == 2 and after[0].lower == "и" and after[1].tag.startswith(("NOUN", "NPRO", "ADJF"))
