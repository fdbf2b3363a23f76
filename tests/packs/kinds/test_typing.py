"""Typing courses: a lesson's speed threshold is accepted in the same range as a profile's."""

from app.core.preferences import from_stored
from app.core.thresholds import CPM_RANGE
from app.packs.loader import load_pack

from ..helpers import edit, errors


def test_lesson_speed_threshold_has_the_profile_range(mini):
    lo, hi = CPM_RANGE
    edit(mini, "typing.toml", "min_cpm = 100", f"min_cpm = {hi}")
    assert load_pack(mini).typing[0].lessons[0].min_cpm == hi
    assert from_stored({"min_cpm": hi})[0].min_cpm == hi  # a profile may ask the same
    edit(mini, "typing.toml", f"min_cpm = {hi}", f"min_cpm = {hi + 1}")
    [problem] = errors(mini)
    assert "min_cpm: значение 2001 вне допустимого диапазона 0…2000" in problem
    assert from_stored({"min_cpm": hi + 1})[1] == ["min_cpm"]


def test_a_lesson_key_missing_from_the_layout_is_named(mini):
    edit(mini, "typing.toml", 'new_keys = "ао"', 'new_keys = "аоf"')
    [problem] = errors(mini)
    assert "course[1].lesson[1].new_keys: на раскладке" in problem and problem.endswith("нет клавиш: f")
