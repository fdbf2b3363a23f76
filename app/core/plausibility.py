"""Consistency and plausibility of a typing attempt, from its keystroke log alone.

* **Consistency** follows Monkeytype: the speed of every whole second of
  typing (character keystrokes in that second, right or wrong), then the
  coefficient of variation ``cv`` of those speeds mapped to 0–100 with
  ``100 × (1 − tanh(cv + cv³/3 + cv⁵/5))``. Seconds that fall wholly inside
  an idle gap (see :data:`app.core.metrics.IDLE_LIMIT`) are left out, as the
  metrics leave them out of the active time; so is a last second typed only
  in part.
* **Flags** mark timing no person produces. A flagged attempt is shown as
  such and does not count towards a certificate:

  - ``pasted``: :data:`PASTE_RUN` or more characters arriving together
    (each within :data:`PASTE_GAP` of the previous one): text pasted or
    injected, not typed;
  - ``uniform``: over at least :data:`UNIFORM_MIN_GAPS` intervals, the
    intervals vary less than :data:`UNIFORM_MAX_CV` of their mean; people's
    intervals vary by 30–70 %, a script's by next to nothing;
  - ``burst``: :data:`BURST_WINDOW` characters in a row faster than
    :data:`BURST_CPM` зн/мин, above the fastest bursts on record;
  - ``sustained``: the whole attempt (of at least :data:`SUSTAINED_MIN_SECONDS`
    of active time) faster than :data:`SUSTAINED_CPM` зн/мин, above the world
    record for sustained typing (about 216 WPM, 1,080 зн/мин).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import fmean, pstdev

from app.core.metrics import IDLE_LIMIT, StrokeLike, is_char_stroke, summarise
from app.core.phrase import phrase

PASTE_GAP = 0.005
PASTE_RUN = 5
UNIFORM_MIN_GAPS = 40
UNIFORM_MAX_CV = 0.12
BURST_WINDOW = 15
BURST_CPM = 2000.0
SUSTAINED_CPM = 1200.0
SUSTAINED_MIN_SECONDS = 15.0


@dataclass(frozen=True)
class Flag:
    code: str  # "pasted" | "uniform" | "burst" | "sustained"
    detail: str  # what was seen, in words, for the result screen and the verifier

    def to_dict(self) -> dict:
        return {"code": self.code, "detail": self.detail}


@dataclass(frozen=True)
class Plausibility:
    consistency: float | None  # None when the attempt is under two whole seconds
    flags: tuple[Flag, ...]

    @property
    def counts(self) -> bool:
        """Whether the attempt may count towards a certificate."""
        return not self.flags

    def to_dict(self) -> dict:
        return {"consistency": self.consistency, "flags": [f.to_dict() for f in self.flags]}


def kogasa(cv: float) -> float:
    """Monkeytype's map from a coefficient of variation to a 0–100 consistency."""
    return 100.0 * (1.0 - math.tanh(cv + cv ** 3 / 3 + cv ** 5 / 5))


def per_second_counts(times: Sequence[float], idle_limit: float = IDLE_LIMIT) -> list[int]:
    """Character keystrokes in each whole second of typing (idle seconds and a last part-second left out)."""
    if not times:
        return []
    end = times[-1]
    counts = [0] * (int(end) + 1)
    for t in times:
        counts[int(t)] += 1
    idle = [False] * len(counts)
    for prev, cur in zip(times, times[1:]):
        if cur - prev > idle_limit:
            # seconds that start after prev and end before cur saw no typing at all
            for s in range(math.ceil(prev), math.floor(cur)):
                idle[s] = True
    # the last keystroke falls inside the last second, so that second is partial
    return [n for n, skip in zip(counts[:-1], idle) if not skip]


def consistency(log: Sequence[StrokeLike], idle_limit: float = IDLE_LIMIT) -> float | None:
    counts = per_second_counts([s.t for s in log if is_char_stroke(s)], idle_limit)
    if len(counts) < 2:
        return None
    mean = fmean(counts)
    if mean == 0:
        return None
    return round(kogasa(pstdev(counts) / mean), 1)


def _gaps(log: Sequence[StrokeLike]) -> list[float]:
    chars = [s.t for s in log if is_char_stroke(s)]
    return [b - a for a, b in zip(chars, chars[1:])]


def _pasted(gaps: Sequence[float]) -> Flag | None:
    run = best = 0
    for gap in gaps:
        run = run + 1 if gap < PASTE_GAP else 0
        best = max(best, run)
    if best + 1 >= PASTE_RUN:
        return Flag("pasted", phrase("{count} знаков подряд пришли одновременно, как при вставке текста", count=best + 1))
    return None


def _uniform(gaps: Sequence[float], idle_limit: float) -> Flag | None:
    counted = [g for g in gaps if PASTE_GAP <= g <= idle_limit]
    if len(counted) < UNIFORM_MIN_GAPS:
        return None
    cv = pstdev(counted) / fmean(counted)
    if cv < UNIFORM_MAX_CV:
        return Flag("uniform", phrase("промежутки между нажатиями почти одинаковы (разброс {cv:.0%}, "
                                      "у людей обычно 30–70 %)", cv=cv))
    return None


def _burst(gaps: Sequence[float]) -> Flag | None:
    window = BURST_WINDOW - 1  # gaps between BURST_WINDOW characters
    if len(gaps) < window:
        return None
    gaps = [g if g >= PASTE_GAP else 1e6 for g in gaps]  # pasted text is flagged as such, not as a burst
    total = sum(gaps[:window])
    fastest = total
    for i in range(window, len(gaps)):
        total += gaps[i] - gaps[i - window]
        fastest = min(fastest, total)
    if window * 60.0 / fastest > BURST_CPM:
        return Flag("burst", phrase("{count} знаков подряд со скоростью {cpm:.0f} зн/мин (быстрее {limit:.0f} не печатают)",
                                    count=BURST_WINDOW, cpm=window * 60.0 / fastest, limit=BURST_CPM))
    return None


def assess(log: Sequence[StrokeLike], text_length: int | None = None,
           idle_limit: float = IDLE_LIMIT) -> Plausibility:
    """Consistency and the flags of one attempt."""
    gaps = _gaps(log)
    flags = [f for f in (_pasted(gaps), _uniform(gaps, idle_limit), _burst(gaps)) if f]
    summary = summarise(log, text_length if text_length is not None else len(log), idle_limit)
    if summary.seconds >= SUSTAINED_MIN_SECONDS and summary.cpm > SUSTAINED_CPM:
        flags.append(Flag("sustained", phrase("средняя скорость {cpm:.0f} зн/мин за {seconds:.0f} с выше мирового рекорда",
                                              cpm=summary.cpm, seconds=summary.seconds)))
    return Plausibility(consistency(log, idle_limit), tuple(flags))
