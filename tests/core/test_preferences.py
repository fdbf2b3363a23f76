"""A profile's preferences: bad stored values fall back to defaults, and which ones is said."""

from app.core.preferences import Preferences, from_stored
from app.core.vocabulary import ErrorMode


def test_preferences_from_bad_stored_values_fall_back_and_say_which():
    prefs, ignored = from_stored({"error_mode": "nonsense", "min_cpm": "fast", "font_size": 24,
                                  "min_accuracy": 250, "typography": {"yo": True}, "extra": 1})
    assert prefs.error_mode is ErrorMode.CORRECT and prefs.font_size == 24
    assert prefs.typography.yo and prefs.min_cpm == 180.0
    assert sorted(ignored) == ["error_mode", "min_accuracy", "min_cpm"]
    assert from_stored(Preferences().to_stored()) == (Preferences(), [])
