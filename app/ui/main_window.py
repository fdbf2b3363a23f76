"""The main window: a section list on the left, the current screen on the right.

The window is shown as a bare frame first and filled by :meth:`populate`
once the store is open, so that it appears as fast as an empty PySide6
window does; screens and the store are imported only then.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QMainWindow, QStackedWidget, QWidget

from app import __version__
from app.ui import theme

# app.core, the error texts, the pages and the screens are imported inside the methods that use them: the bare
# frame must appear before they load (see the module docstring).


GRAMMAR_DELAY_MS = 0  # after the first screens are shown


class MainWindow(QMainWindow):
    def __init__(self, ctx=None):
        super().__init__()
        self.ctx = None
        self.setWindowTitle(self.tr("Тренажёр оператора чата") + f" {__version__}")
        self.resize(1100, 760)
        self.nav = QListWidget()
        self.nav.setObjectName("Nav")
        self.nav.setFixedWidth(theme.NAV_WIDTH)
        # Enum properties set by name: Qt's namespace (and its ~100 Python enums) is not needed before
        # the first frame (see the module docstring).
        self.nav.setProperty("horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        self.stack = QStackedWidget()
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.loading = QLabel(self.tr("Загрузка…"))
        self.loading.setProperty("alignment", "AlignCenter")
        self.stack.addWidget(self.loading)
        for title in self._section_titles():
            self.nav.addItem(title)
        self.nav.setEnabled(False)
        if ctx is not None:
            self.populate(ctx)

    def _section_titles(self) -> list[str]:
        return [self.tr("Главная"), self.tr("Прогресс"), self.tr("Курсы"), self.tr("Тест на время"),
                self.tr("Свой текст"), self.tr("Адаптивная тренировка"), self.tr("Грамотность"), self.tr("Деловая переписка"), self.tr("Сетевой этикет"), self.tr("Пакеты"),
                self.tr("Сертификаты"), self.tr("Настройки")]

    def populate(self, ctx) -> None:
        """Build the screens over an open store."""
        from PySide6.QtGui import QKeySequence, QShortcut

        from app.ui.adaptive_screen import AdaptiveScreen
        from app.ui.certs_screen import CertsScreen
        from app.ui.correspondence_screen import CorrespondenceScreen
        from app.ui.course_screen import CourseScreen
        from app.ui.custom_text_screen import CustomTextScreen
        from app.ui.dashboard_screen import DashboardScreen
        from app.ui.drill_screen import DrillScreen
        from app.ui.grammar_screen import GrammarScreen
        from app.ui.grammar_service import GrammarService
        from app.ui.home_screen import HomeScreen
        from app.ui.lrs_sender import LrsSender
        from app.ui.packs_screen import PacksScreen
        from app.ui.page import Page
        from app.ui.quiz_screen import QuizScreen
        from app.ui.result_screen import ResultScreen
        from app.ui.settings_screen import SettingsScreen
        from app.ui.timed_screen import TimedScreen

        self.ctx = ctx
        self.home = HomeScreen(ctx)
        self.progress = DashboardScreen(ctx)
        self.course = CourseScreen(ctx)
        self.timed = TimedScreen(ctx)
        self.custom = CustomTextScreen(ctx)
        self.adaptive = AdaptiveScreen(ctx)
        self.grammar_service = GrammarService(ctx.store.settings, self)
        self.grammar = GrammarScreen(ctx, self.grammar_service)
        self.correspondence = CorrespondenceScreen(ctx, self.grammar_service)
        self.quizzes = QuizScreen(ctx)
        self.packs = PacksScreen(ctx.data_dir, progress=self._pack_progress)
        self.certs = CertsScreen(ctx, self.grammar_service)
        self.lrs_sender = LrsSender(ctx.store, self)  # the xAPI outbox, delivered off the GUI thread
        ctx.attemptSaved.connect(lambda _id: self.lrs_sender.kick())
        self.settings = SettingsScreen(ctx, self.grammar_service, lrs_sender=self.lrs_sender)
        self.drill = DrillScreen(ctx)
        self.result = ResultScreen()
        screens = (self.home, self.progress, self.course, self.timed, self.custom, self.adaptive, self.grammar,
                   self.correspondence, self.quizzes, self.packs, self.certs, self.settings)
        tall = (self.progress, self.adaptive, self.settings)  # scrolled, so the window keeps a sane minimum height
        keys = ("home", "progress", "course", "timed", "custom", "adaptive", "grammar", "correspondence", "quiz",
                "packs", "certs", "settings")
        self.sections = [(key, title, Page(title, screen, scrolled=screen in tall))
                         for key, title, screen in zip(keys, self._section_titles(), screens)]
        for _key, _title, screen in self.sections:
            self.stack.addWidget(screen)
        for screen in (self.drill, self.result):  # no page title (they name the exercise), the same margins
            screen.layout().setContentsMargins(*theme.PAGE_MARGINS)
            self.stack.addWidget(screen)
        # Ctrl+1…Ctrl+9, then Ctrl+0 for the tenth section; later ones are reached by the list.
        for i, digit in zip(range(len(self.sections)), "1234567890"):
            QShortcut(QKeySequence(f"Ctrl+{digit}"), self, lambda i=i: self.nav.setCurrentRow(i))

        self.nav.currentRowChanged.connect(self._on_nav)
        self.home.startLesson.connect(self.start_lesson)
        self.home.openScreen.connect(self.open_section)
        self.course.startLesson.connect(self.start_lesson)
        self.timed.start.connect(self.start_session)
        self.custom.start.connect(self.start_session)
        self.adaptive.start.connect(self.start_session)
        self.packs.packsChanged.connect(ctx.reload_packs)
        ctx.profileChanged.connect(self.packs.refresh)
        ctx.attemptSaved.connect(lambda _id: self.packs.refresh())
        self.drill.finished.connect(self._on_finished)
        self.drill.leave.connect(self._back_from_session)
        self.result.again.connect(self._again)
        self.result.next_lesson.connect(self._start_next)
        self.result.back.connect(self._back_from_session)
        self.result.discard.connect(self._discard_attempt)
        self.result.undo_discard.connect(self._undo_discard)
        self._discarded: list = []
        self._return_to = "home"
        self._nav_row = 0
        self.engine_label = QLabel()
        self.statusBar().addPermanentWidget(self.engine_label)
        self.grammar_service.stateChanged.connect(self._show_engine_state)
        self._show_engine_state(self.grammar_service.state)
        self.nav.setEnabled(True)
        self.nav.setCurrentRow(0)
        self._on_nav(0)
        # The grammar engine loads in its own process, at a lower priority, once the screens are
        # shown: a drill typed meanwhile does not wait for it.
        QTimer.singleShot(GRAMMAR_DELAY_MS, self.grammar_service.start)

    def _show_engine_state(self, state: str) -> None:
        self.engine_label.setText(self.grammar_service.state_text())
        self.engine_label.setToolTip(self.grammar_service.detail)
        if state == "restarting":
            self.statusBar().showMessage(self.grammar_service.detail, 15000)

    # -- navigation -----------------------------------------------------------------
    def _on_nav(self, row: int) -> None:
        if not 0 <= row < len(self.sections):
            return
        if self.stack.currentWidget() is self.drill and not self.drill.confirm_leave():
            # The learner stays in the drill: the list goes back to the section it came from. (A row is
            # always kept current: a list with none takes row 0 when it gets the focus, opening «Главная».)
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self._nav_row)
            self.nav.clearSelection()
            self.nav.blockSignals(False)
            return
        self._nav_row = row
        self.stack.setCurrentWidget(self.sections[row][2])

    # -- window -------------------------------------------------------------------
    def remember_geometry(self, data_dir) -> None:
        """Restore the size and position kept in ``data_dir`` and keep them there on closing."""
        from PySide6.QtCore import QByteArray

        from app.storage.interface import load_window_geometry

        self._geometry_dir = data_dir
        saved = load_window_geometry(data_dir)
        if saved:
            self.restoreGeometry(QByteArray(saved))

    def closeEvent(self, event) -> None:
        if self.ctx is not None and self.stack.currentWidget() is self.drill and not self.drill.confirm_leave():
            event.ignore()
            return
        if getattr(self, "_geometry_dir", None) is not None:
            from app.storage.interface import save_window_geometry
            try:
                save_window_geometry(self._geometry_dir, bytes(self.saveGeometry().data()))
            except OSError:
                pass  # a read-only data folder: the window opens at its default size next time
        super().closeEvent(event)

    def open_section(self, key: str) -> None:
        for i, (k, _t, _s) in enumerate(self.sections):
            if k == key:
                self.nav.setCurrentRow(i)
                self._on_nav(i)

    def _back_from_session(self) -> None:
        self.open_section(self._return_to)

    def _pack_progress(self, pack) -> str:
        from app.core.progress import pack_progress

        done, total = pack_progress(pack, self.ctx.passed_ids(pack.id))
        return self.tr("{done} из {total}").format(done=done, total=total) if total else ""

    # -- sessions -------------------------------------------------------------------
    def _find_lesson(self, pack_id: str, course_id: str, lesson_id: str):
        for pack, course in self.ctx.typing_courses():
            if pack.id == pack_id and course.id == course_id:
                for i, lesson in enumerate(course.lessons):
                    if lesson.id == lesson_id:
                        return pack, course, i
        return None

    def start_lesson(self, pack_id: str, course_id: str, lesson_id: str) -> None:
        from app.core.sessions import SessionKind, build_session, session_thresholds
        from app.core.text_check import TextError

        found = self._find_lesson(pack_id, course_id, lesson_id)
        if found is None:
            return
        pack, course, index = found
        lesson = course.lessons[index]
        prefs = self.ctx.preferences
        try:
            spec = build_session(SessionKind.LESSON, f"{course.title}. {index + 1}. {lesson.title}", lesson.text,
                                 course.layout, prefs,
                                 thresholds=session_thresholds(SessionKind.LESSON, prefs, lesson=lesson),
                                 pack_id=pack_id, exercise_id=lesson.id)
        except TextError as exc:  # a validated pack should never get here; say so if it does
            from app.ui.core_texts import say_error
            self.statusBar().showMessage(say_error(exc), 15000)
            return
        self.course.select_course(pack_id, course_id)
        self._return_to = "course" if self.stack.currentWidget() is not self.sections[0][2] else "home"
        self._lesson_key = (pack_id, course_id, index)
        self.start_session(spec)

    def start_session(self, spec) -> None:
        from app.core.sessions import SessionKind

        if spec.kind is not SessionKind.LESSON:
            self._return_to = {SessionKind.TIMED: "timed", SessionKind.ADAPTIVE: "adaptive"}.get(spec.kind, "custom")
            self._lesson_key = None
        self.nav.clearSelection()
        self.stack.setCurrentWidget(self.drill)
        self.drill.start(spec)

    def _next_lesson_id(self) -> tuple[str, str, str] | None:
        key = getattr(self, "_lesson_key", None)
        if key is None:
            return None
        pack_id, course_id, index = key
        for pack, course in self.ctx.typing_courses():
            if pack.id == pack_id and course.id == course_id and index + 1 < len(course.lessons):
                return pack_id, course_id, course.lessons[index + 1].id
        return None

    def _on_finished(self, spec, drill, outcome, attempt_id: int) -> None:
        from app.core.sessions import SessionKind

        self._discarded = []
        has_next = spec.kind is SessionKind.LESSON and self._next_lesson_id() is not None
        self.result.show_outcome(spec, drill, outcome, has_next, attempt_id)
        self.stack.setCurrentWidget(self.result)
        self.result.setFocus()  # keys typed on after the end go to the screen that swallows them

    def _discard_attempt(self, attempt_id: int) -> None:
        from PySide6.QtWidgets import QMessageBox

        from app.storage.errors import SaveError
        from app.ui.core_texts import say_error

        try:
            self._discarded = self.ctx.delete_attempts([attempt_id])
        except SaveError as exc:
            QMessageBox.warning(self, self.tr("Попытка не удалена"), say_error(exc))
            return
        self.result.show_discarded(bool(self._discarded))

    def _undo_discard(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from app.storage.errors import SaveError
        from app.ui.core_texts import say_error

        try:
            self.ctx.restore_attempts(self._discarded)
        except SaveError as exc:
            QMessageBox.warning(self, self.tr("Попытка не возвращена"), say_error(exc))
            return
        self._discarded = []
        self.result.show_discarded(False)

    def _start_next(self) -> None:
        nxt = self._next_lesson_id()
        if nxt is not None:
            self.start_lesson(*nxt)

    def _again(self) -> None:
        from app.core.sessions import SessionKind

        if self.drill.spec is not None and self.drill.spec.kind is SessionKind.ADAPTIVE:
            self.adaptive.next_drill()  # a new text from the model the last attempt has just moved
            return
        self.stack.setCurrentWidget(self.drill)
        self.drill.restart()
