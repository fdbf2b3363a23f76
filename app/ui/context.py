"""What every screen shares: the store, the current profile, its preferences, the packs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.core.preferences import Preferences, from_stored
from app.core.content import Pack, TypingCourse
from app.core.records import GradedKind
from app.storage.store import Store

PREFS_KEY = "preferences"


class AppContext(QObject):
    profileChanged = Signal()
    preferencesChanged = Signal()
    packsChanged = Signal()
    attemptSaved = Signal(int)  # results changed: an attempt saved (its id), or attempts deleted or put back (0)

    def __init__(self, store: Store, data_dir: Path, parent=None):
        super().__init__(parent)
        self.store = store
        self.data_dir = data_dir
        self._packs: list[Pack] | None = None
        self.pack_problems: list[str] = []
        self.ignored_preferences: list[str] = []
        self.profile = store.profiles.current()
        self.preferences = self._load_preferences()

    # -- profiles ---------------------------------------------------------------
    def switch_profile(self, profile_id: int) -> None:
        self.store.profiles.set_current(profile_id)
        self.profile = self.store.profiles.get(profile_id)
        self.preferences = self._load_preferences()
        self.profileChanged.emit()
        self.preferencesChanged.emit()

    def refresh_profile(self) -> None:
        """Re-read the current profile after a rename or a delete."""
        self.profile = self.store.profiles.current()
        self.preferences = self._load_preferences()
        self.profileChanged.emit()

    def _load_preferences(self) -> Preferences:
        if self.profile is None:
            return Preferences()
        stored = self.store.settings.get(PREFS_KEY, {}, profile_id=self.profile.id)
        prefs, self.ignored_preferences = from_stored(stored if isinstance(stored, dict) else {})
        return prefs

    def save_preferences(self, prefs: Preferences) -> None:
        if self.profile is not None:
            self.store.settings.set(PREFS_KEY, prefs.to_stored(), profile_id=self.profile.id)
        self.preferences = prefs
        self.preferencesChanged.emit()

    # -- packs ------------------------------------------------------------------
    @property
    def packs(self) -> list[Pack]:
        if self._packs is None:
            from app.packs.registry import scan_packs
            scan = scan_packs(self.data_dir)
            # Russian-language packs first: the interface and most learners are Russian.
            self._packs = sorted(scan.packs, key=lambda p: p.manifest.language != "ru")
            self.pack_problems = [str(b) for b in scan.broken]
        return self._packs

    def reload_packs(self) -> None:
        self._packs = None
        self.packsChanged.emit()

    def typing_courses(self) -> list[tuple[Pack, TypingCourse]]:
        return [(pack, course) for pack in self.packs for course in pack.typing]

    # -- results ------------------------------------------------------------------
    def delete_attempts(self, attempt_ids) -> list:
        """Delete the current profile's attempts from every figure; returns them for :meth:`restore_attempts`.

        Raises SaveError (nothing deleted) if the database refuses.
        """
        if self.profile is None:
            return []
        removed = self.store.attempts.delete(self.profile.id, list(attempt_ids))
        if removed:
            self.attemptSaved.emit(0)
        return removed

    def restore_attempts(self, removed) -> None:
        """Undo :meth:`delete_attempts`. Raises SaveError if the database refuses."""
        if removed:
            self.store.attempts.restore(removed)
            self.attemptSaved.emit(0)

    def passed_ids(self, pack_id: str) -> set[str]:
        if self.profile is None:
            return set()
        return self.store.attempts.passed_exercises(self.profile.id, pack_id)

    def grammar_attempts(self, pack_id: str) -> list:
        """The profile's stored grammar answers on a pack (for first-try credit, app.core.grammar_credit)."""
        if self.profile is None:
            return []
        return self.store.attempts.list(self.profile.id, kind=GradedKind.GRAMMAR, pack_id=pack_id)
