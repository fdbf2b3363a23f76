"""A KTouch course's own keyboard in the drill: the keys it lights and the wrong layout it names."""

from pathlib import Path

import pytest

from app.core.thresholds import LessonThresholds
from app.core.sessions import SessionKind, SessionSpec
from app.packs.ktouch import import_ktouch
from tests.ui.keys import press, type_text

DVORAK = Path("/usr/share/ktouch/courses/us.dvorak1.xml")


@pytest.mark.skipif(not DVORAK.is_file(), reason="нет пакета ktouch-data: bash scripts/setup.sh --test")
def test_dvorak_course_shows_dvorak_keys_and_names_the_wrong_layout(window, tmp_path):
    pack = import_ktouch(DVORAK, tmp_path / "dvorak")
    layout = pack.typing[0].layout
    window.start_session(SessionSpec(SessionKind.CUSTOM, "проба", "oeu", layout, LessonThresholds(0, 0)))
    drill = window.drill
    assert drill.keyboard.layout_id == "kt-us-dvorak"
    assert drill.keyboard._lit == {"KeyS"}  # Dvorak's «o» is on QWERTY's S
    press(drill.text, "s")  # the same key with QWERTY switched on
    assert "«English Dvorak (USA)»" in drill.hint.text()
    assert drill.drill.position == 0 and drill.drill.log[-1].wrong_layout
    type_text(drill.text, "oeu")
    assert window.stack.currentWidget() is window.result
