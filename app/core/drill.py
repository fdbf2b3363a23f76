"""The state of one typing drill, advanced one keystroke at a time.

Every method here does constant work per key, so a drill over a long text
stays as fast as one over a short text. Times are seconds on a monotonic
clock supplied by the caller; the drill's clock starts at the first key and
stops while the drill is paused.

Error modes
-----------
``block``   a wrong key is counted as an error but the caret does not move;
            the learner must press the right key.
``correct`` a wrong key is shown in place and the caret moves on; the drill
            ends only when every wrong character has been erased with
            Backspace and typed correctly.
``free``    a wrong key is shown in place and the caret moves on; errors may
            be left; the drill ends when the last character is typed.

A keystroke that is what the expected key gives in the other layout (``f``
for ``а``) is a *wrong-layout* keystroke: it is reported so the screen can
say «переключите раскладку», it does not move the caret, and it is not
counted as an error.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from app.core.drill_clock import LiveTime, live_time
from app.core.layouts import is_wrong_layout, load_layout, other_layout_id
from app.core.metrics import IDLE_LIMIT, Summary, summarise
from app.core.typography import TypographyPolicy, accepts, substitutes
from app.core.vocabulary import ErrorMode

BACKSPACE = "\b"


class CharState(IntEnum):
    PENDING = 0
    CORRECT = 1  # typed right the first time
    ERROR = 2  # currently wrong (or, in block mode, being retried)
    CORRECTED = 3  # right now, but was wrong before


@dataclass(frozen=True)
class Keystroke:
    """One key press as stored: ``typed`` is ``"\\b"`` for Backspace."""

    t: float  # seconds of drill clock since the first key
    position: int  # index in the target the key was aimed at
    expected: str  # target character at that index ("" past the end)
    typed: str
    correct: bool
    wrong_layout: bool = False


@dataclass(frozen=True)
class KeyResult:
    keystroke: Keystroke
    changed: tuple[int, ...]  # positions whose display changed
    finished: bool


class Drill:
    def __init__(self, target: str, layout_id: str, mode: ErrorMode = ErrorMode.CORRECT,
                 policy: TypographyPolicy | None = None):
        if not target:
            raise ValueError("a drill needs a non-empty text")
        self.target = target
        self.layout_id = layout_id
        self.mode = ErrorMode(mode)
        self.policy = policy or TypographyPolicy()
        self._table = substitutes(self.policy)
        self._primary = load_layout(layout_id)
        self._other_id = other_layout_id(layout_id)
        self.states = [CharState.PENDING] * len(target)
        self.typed: list[str] = []  # what stands at each position so far
        self._had_error = [False] * len(target)
        self._errors_standing = 0
        self.log: list[Keystroke] = []
        # Running totals for the live figures, kept per key so the screen never rescans the log.
        self.live_correct = 0
        self.live_errors = 0
        self.live_seconds = 0.0
        self._start: float | None = None
        self._paused_at: float | None = None
        self._paused_total = 0.0
        self.finished = False

    # -- clock -------------------------------------------------------------
    def _clock(self, now: float) -> float:
        if self._start is None:
            self._start = now
        return now - self._start - self._paused_total

    def pause(self, now: float) -> None:
        if self._paused_at is None and self._start is not None and not self.finished:
            self._paused_at = now

    def resume(self, now: float) -> None:
        if self._paused_at is not None:
            self._paused_total += now - self._paused_at
            self._paused_at = None

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    @property
    def started(self) -> bool:
        return self._start is not None

    @property
    def in_progress(self) -> bool:
        """Typed into and not finished: leaving now would throw the typing away."""
        return self.started and not self.finished

    def live_time(self, now: float) -> LiveTime:
        """The active time to show at ``now`` (see :mod:`app.core.drill_clock`)."""
        since = self.elapsed(now) - self.log[-1].t if self.log else None
        return live_time(self.live_seconds, since, self.paused)

    def elapsed(self, now: float) -> float:
        """Drill-clock seconds at ``now`` (0 before the first key)."""
        if self._start is None:
            return 0.0
        end = self._paused_at if self._paused_at is not None else now
        return end - self._start - self._paused_total

    # -- position ----------------------------------------------------------
    @property
    def position(self) -> int:
        return len(self.typed)

    @property
    def expected(self) -> str:
        """The character the caret is on, or "" at the end."""
        pos = self.position
        return self.target[pos] if pos < len(self.target) else ""

    def layout_for(self, ch: str) -> str:
        """The layout a character is typed in: the drill's own, else the other one
        (Latin of an e-mail address inside a Russian text)."""
        if ch and not self._primary.can_type(ch) and ch not in self._table:
            return self._other_id
        return self.layout_id

    def _record(self, stroke: Keystroke) -> None:
        if self.log:
            gap = stroke.t - self.log[-1].t
            if 0 <= gap <= IDLE_LIMIT:
                self.live_seconds += gap
        self.log.append(stroke)
        if stroke.typed != BACKSPACE and not stroke.wrong_layout:
            if stroke.correct:
                self.live_correct += 1
            else:
                self.live_errors += 1

    def summary(self) -> Summary:
        """The attempt's figures by the definitions in :mod:`app.core.metrics` (scans the log)."""
        return summarise(self.log, len(self.target))

    # -- keys --------------------------------------------------------------
    def type_char(self, ch: str, now: float) -> KeyResult | None:
        """Apply one typed character; None when the drill ignores it (finished or paused)."""
        if self.finished or self.paused or len(ch) != 1:
            return None
        pos = self.position
        if pos >= len(self.target):  # correct mode: errors left, nothing more to type
            return None
        t = self._clock(now)
        expected = self.target[pos]
        if accepts(expected, ch, self._table):
            return self._accept(pos, ch, t)
        if is_wrong_layout(expected, ch, self.layout_for(expected)):
            stroke = Keystroke(t, pos, expected, ch, False, wrong_layout=True)
            self._record(stroke)
            return KeyResult(stroke, (), False)
        return self._reject(pos, ch, t)

    def _accept(self, pos: int, ch: str, t: float) -> KeyResult:
        stroke = Keystroke(t, pos, self.target[pos], ch, True)
        self._record(stroke)
        if self.states[pos] == CharState.ERROR:  # block mode retry
            self._errors_standing -= 1
        self.states[pos] = CharState.CORRECTED if self._had_error[pos] else CharState.CORRECT
        self.typed.append(ch)
        return KeyResult(stroke, (pos, pos + 1), self._check_finished())

    def _reject(self, pos: int, ch: str, t: float) -> KeyResult:
        stroke = Keystroke(t, pos, self.target[pos], ch, False)
        self._record(stroke)
        self._had_error[pos] = True
        if self.states[pos] != CharState.ERROR:
            self._errors_standing += 1
        self.states[pos] = CharState.ERROR
        if self.mode is ErrorMode.BLOCK:
            return KeyResult(stroke, (pos,), False)
        self.typed.append(ch)
        return KeyResult(stroke, (pos, pos + 1), self._check_finished())

    def backspace(self, now: float) -> KeyResult | None:
        """Erase the last typed character (not in block mode, where nothing wrong is kept)."""
        if self.finished or self.paused or self.mode is ErrorMode.BLOCK or not self.typed:
            return None
        t = self._clock(now)
        pos = len(self.typed) - 1
        self.typed.pop()
        if self.states[pos] == CharState.ERROR:
            self._errors_standing -= 1
        self.states[pos] = CharState.PENDING
        stroke = Keystroke(t, pos, self.target[pos], BACKSPACE, False)
        self._record(stroke)
        return KeyResult(stroke, (pos, pos + 1), False)

    def _check_finished(self) -> bool:
        if len(self.typed) < len(self.target):
            return False
        if self.mode is ErrorMode.CORRECT and self._errors_standing:
            return False
        self.finished = True
        return True

    def finish_now(self) -> None:
        """End the drill early (a timed test whose time is up)."""
        self.finished = True

    @property
    def errors_standing(self) -> int:
        return self._errors_standing

