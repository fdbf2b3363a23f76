"""A pack's own keyboard layouts (``[files] layouts``): a course is typed on one of them, and a layout
that cannot be read, takes a built-in or repeated id, or is not there is named with file, line and field."""

import re

from app.core.layouts import LAYOUT_IDS
from app.core.paths import EXERCISES
from app.packs.loader import load_pack

from ..helpers import edit, errors

# The example layout of FORMAT.md: three keys of Dvorak's home row.
DVORAK = re.search(r"```toml\n(\[\[layout\]\].*?)```", (EXERCISES / "FORMAT.md").read_text(encoding="utf-8"),
                   re.S).group(1)
COURSE = '[[course]]\nid = "dv"\ntitle = "Dvorak"\nlayout = "dvorak-home"\n' \
         '[[course.lesson]]\nid = "dv-1"\ntitle = "a o u"\nstage = "keys"\nnew_keys = "aou"\ntext = "aou uoa"\n'


def with_layouts(mini, layouts: str, course: str = COURSE):
    edit(mini, "pack.toml", "format = 1", "format = 2")
    edit(mini, "pack.toml", 'typing = "typing.toml"', 'typing = "typing.toml"\nlayouts = "layouts.toml"')
    (mini / "layouts.toml").write_text(layouts, encoding="utf-8")
    (mini / "typing.toml").write_text((mini / "typing.toml").read_text(encoding="utf-8") + "\n" + course,
                                      encoding="utf-8")
    return mini


def test_a_course_is_typed_on_the_packs_own_layout(mini):
    pack = load_pack(with_layouts(mini, DVORAK))
    [own] = pack.layouts
    assert own.id == "dvorak-home" and own.stroke_for("O").key.code == "KeyS"
    course = next(c for c in pack.typing if c.id == "dv")
    assert course.layout == "dvorak-home" and course.lessons[0].text == "aou uoa"


def test_a_course_on_a_layout_nobody_has_names_the_built_in_and_the_packs_own(mini):
    found = errors(with_layouts(mini, DVORAK, COURSE.replace('layout = "dvorak-home"', 'layout = "colemak"')))
    line = (mini / "typing.toml").read_text(encoding="utf-8").splitlines().index('layout = "colemak"') + 1
    builtin = ", ".join(LAYOUT_IDS)
    assert [e for e in found if "colemak" in e] == [
        f"typing.toml:{line}: course[3].layout: неизвестная раскладка «colemak» (встроенные: {builtin}, в пакете: dvorak-home)"]


def test_a_layout_may_not_take_a_built_in_or_a_repeated_id(mini):
    found = errors(with_layouts(mini, DVORAK.replace('id = "dvorak-home"', 'id = "ru"') + "\n" + DVORAK + "\n" + DVORAK))
    taken = [e for e in found if "недопустимый или занятый id раскладки" in e]
    assert len(taken) == 2
    assert taken[0].startswith("layouts.toml:2: layout[1].id: «ru»")
    assert taken[1].startswith("layouts.toml:") and "layout[3].id: «dvorak-home»" in taken[1]


def test_a_layout_that_cannot_be_read_is_named_and_its_course_too(mini):
    broken = DVORAK.replace('finger = "left_ring"', 'finger = "left_toe"')
    found = errors(with_layouts(mini, broken))
    assert any(e.startswith("layouts.toml:1: layout[1]: раскладка не читается:") and "left_toe" in e for e in found)
    assert any("course[3].layout: неизвестная раскладка «dvorak-home»" in e for e in found)
