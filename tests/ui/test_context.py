"""The application context: a profile's settings are kept across a restart."""

from app.core.vocabulary import ErrorMode


def test_settings_are_kept_per_profile_across_restart(window, ctx, store):
    screen = window.settings
    [b for b in screen.mode_group.buttons() if b.property("mode") == "block"][0].click()
    screen.typo_checks["yo"].setChecked(True)
    screen.min_cpm.setValue(220)
    from app.ui.context import AppContext
    again = AppContext(store, store.data_dir)
    assert again.preferences.error_mode is ErrorMode.BLOCK
    assert again.preferences.typography.yo and again.preferences.min_cpm == 220
