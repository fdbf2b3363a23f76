"""The settings screen: restoring defaults asks first; the whole speed range a profile may hold is offered."""

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
