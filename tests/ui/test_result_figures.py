"""The result screen's top: big figures against the thresholds, the chart by seconds, missed keys, next step."""

from app.core.attempt_timeline import NextStep
from app.core.drill import Drill, ErrorMode
from app.core.metrics import check_thresholds, summarise
from app.core.thresholds import LessonThresholds
from app.core.typography import TypographyPolicy
from app.ui.result_figures import ResultFigures


def test_figures_chart_missed_keys_and_advice(qtbot):
    text = "олололо олололо"
    drill = Drill(text, "ru", ErrorMode.CORRECT, TypographyPolicy())
    t = 0.0
    for i, ch in enumerate(text):
        if ch == "о" and i < 6:  # «о» missed three times
            drill.type_char("ъ", t)
            t += 0.2
            drill.backspace(t)
            t += 0.2
        drill.type_char(ch, t)
        t += 0.2
    summary = summarise(drill.log, len(text))
    thresholds = LessonThresholds(cpm=100, accuracy=70)
    view = ResultFigures()
    qtbot.addWidget(view)
    step = view.show_attempt(summary, thresholds, check_thresholds(summary, thresholds), drill.log, has_next=True)
    assert step is NextStep.PRACTISE_KEYS
    assert view._values["accuracy"].text().endswith("\u00a0%") and "," in view._values["accuracy"].text()
    assert view.missed.text() == "Ошибки в этой попытке: «о» × 3"
    assert "«о»" in view.advice.text() and "адаптивной" in view.advice.text()
    assert len(view.chart.seconds) >= 3 and sum(s.errors for s in view.chart.seconds) == 3
    assert view._needs["cpm"].text().startswith("✓ порог 100")
