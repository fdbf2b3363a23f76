"""Home, profiles, the course map and settings, driven as a user would."""

from app.core.vocabulary import ErrorMode
from app.core.records import TypingRecord


def test_window_opens_in_russian_with_the_sections(window):
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["Главная", "Прогресс", "Курсы", "Тест на время", "Свой текст", "Адаптивная тренировка",
                      "Грамотность",
                      "Деловая переписка", "Сетевой этикет", "Пакеты", "Сертификаты", "Настройки"]
    assert "Анна" in window.home.welcome.text()


def test_ctrl_digits_open_sections_and_ctrl_0_the_tenth(window, qtbot):
    from PySide6.QtCore import Qt

    window.show()
    qtbot.waitExposed(window)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentRow() == 2
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentRow() == 9
    assert window.stack.currentWidget() is window.sections[9][2]


def test_profiles_create_switch_rename_delete_with_confirmation(window, ctx, ask_name, no_dialogs, qtbot):
    ask_name += ["Борис"]
    window.home.create_profile()
    assert ctx.profile.name == "Борис"
    ask_name += ["Анна"]
    window.home.create_profile()  # duplicate name: refused with a message
    assert no_dialogs[-1][0] == "warning" and ctx.profile.name == "Борис"
    ask_name += ["Борис Петров"]
    window.home.rename_profile()
    assert ctx.store.profiles.get(ctx.profile.id).name == "Борис Петров"
    no_dialogs.answers["question"] = no_dialogs.answers["question"].No
    window.home.delete_profile()
    assert len(ctx.store.profiles.list()) == 2
    no_dialogs.answers["question"] = no_dialogs.answers["question"].Yes
    window.home.delete_profile()  # off the GUI thread, then the next profile is chosen
    qtbot.waitUntil(lambda: ctx.profile.name == "Анна", timeout=5000)
    assert [p.name for p in ctx.store.profiles.list()] == ["Анна"]


def test_course_map_unlocks_after_a_pass(window, ctx):
    pack, course = ctx.typing_courses()[0]
    screen = window.course
    screen.select_course(pack.id, course.id)
    top = screen.tree.topLevelItem(0)
    assert top.child(0).text(2) == "открыт"
    assert top.child(1).text(2) == "закрыт"
    ctx.store.attempts.save_typing(
        ctx.profile.id, kind="lesson", pack_id=pack.id, exercise_id=course.lessons[0].id, layout="ru",
        mode="correct", text="а", started_at="2026-01-01T00:00:00+00:00",
        record=TypingRecord(summary={"seconds": 1, "correct": 1, "errors": 0, "backspaces": 0, "wrong_layout": 0,
                 "cpm": 300, "wpm": 60, "accuracy": 100, "errors_per_char": 0}),
        keystrokes=[], passed=True)
    ctx.attemptSaved.emit(1)
    top = screen.tree.topLevelItem(0)
    assert top.child(0).text(2).endswith("пройден")
    assert top.child(1).text(2) == "открыт"


def test_settings_are_kept_per_profile_across_restart(window, ctx, store):
    screen = window.settings
    [b for b in screen.mode_group.buttons() if b.property("mode") == "block"][0].click()
    screen.typo_checks["yo"].setChecked(True)
    screen.min_cpm.setValue(220)
    from app.ui.context import AppContext
    again = AppContext(store, store.data_dir)
    assert again.preferences.error_mode is ErrorMode.BLOCK
    assert again.preferences.typography.yo and again.preferences.min_cpm == 220


def test_restoring_defaults_asks_first(window, ctx, no_dialogs):
    screen = window.settings
    screen.min_cpm.setValue(250)
    no_dialogs.answers["question"] = no_dialogs.answers["question"].No
    screen.reset_button.click()
    assert ctx.preferences.min_cpm == 250
    no_dialogs.answers["question"] = no_dialogs.answers["question"].Yes
    screen.reset_button.click()
    assert ctx.preferences.min_cpm == 180 and screen.min_cpm.value() == 180


def test_settings_offer_the_whole_speed_range_a_profile_may_hold(window, ctx):
    """The spin box, the stored profile and a pack's lesson accept the same range (app.core.thresholds)."""
    screen = window.settings
    screen.min_cpm.setValue(1500)  # once clipped to 1000 here, though a profile could hold up to 2000
    assert ctx.preferences.min_cpm == 1500
    screen.min_cpm.setValue(2500)
    assert screen.min_cpm.value() == 2000 and ctx.preferences.min_cpm == 2000
