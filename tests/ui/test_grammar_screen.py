"""Grammar exercises driven through the real screens and the real embedded engine."""

from PySide6.QtWidgets import QApplication

from app.core.content import GrammarItem




def start_items(screen, items, language="ru"):
    pack = next(p for p in screen.grammar_packs() if p.manifest.language == language)
    screen.exercise.start(pack, "проба", items)
    screen.pages.setCurrentWidget(screen.exercise)
    return screen.exercise


def wait_verdict(qtbot, exercise):
    qtbot.waitUntil(lambda: exercise.verdict is not None, timeout=20_000)
    return exercise.verdict


def test_topics_list_every_grammar_pack_with_progress(grammar):
    titles = [grammar.tree.topLevelItem(i).text(0) for i in range(grammar.tree.topLevelItemCount())]
    assert any("русск" in t.lower() or "грамот" in t.lower() for t in titles)
    first_topic = grammar.tree.topLevelItem(0).child(0)
    assert first_topic.text(1).startswith("0 / ")
    assert "загружается" not in window_status(grammar)


def window_status(grammar):
    return grammar.window().engine_label.text()


def test_a_right_answer_is_accepted_and_stored(grammar, ctx, qtbot):
    item = GrammarItem("t-addr", "punctuation", "Добрый день Иван! Чем могу помочь?",
                       ("Добрый день, Иван! Чем могу помочь?",), topic="Обращение",
                       explanation="Обращение выделяется запятыми.")
    exercise = start_items(grammar, [item])
    exercise.editor.setPlainText("Добрый день, Иван! Чем могу помочь?")
    exercise.submit()
    verdict = wait_verdict(qtbot, exercise)
    assert verdict.accepted and "Верно" in exercise.result.text()
    row = ctx.store.attempts.list(ctx.profile.id, kind="grammar")[0]
    assert row.exercise_id == "t-addr" and row.passed


def test_a_wrong_answer_shows_the_diff_the_rule_and_is_stored(grammar, ctx, qtbot):
    item = GrammarItem("t-addr2", "punctuation", "Добрый день Иван!", ("Добрый день, Иван!",),
                       explanation="Обращение выделяется запятыми.")
    exercise = start_items(grammar, [item])
    exercise.submit()  # sent back unchanged
    verdict = wait_verdict(qtbot, exercise)
    assert not verdict.accepted
    shown = exercise.result.text()
    assert "<u>,</u>" in shown and "Обращение выделяется запятыми" in shown
    assert not ctx.store.attempts.list(ctx.profile.id, kind="grammar")[0].passed


def test_engine_findings_are_underlined_as_you_type_and_fixed_in_one_click(grammar, qtbot):
    item = GrammarItem("t-free", "free", "Сообщите срок.", ("Ответ придёт в течение двух дней.",))
    exercise = start_items(grammar, [item])
    exercise.editor.setPlainText("Ответ придёт в течении двух дней.")
    qtbot.waitUntil(lambda: bool(exercise.editor.findings), timeout=20_000)
    assert exercise.editor.extraSelections()
    exercise.submit()
    verdict = wait_verdict(qtbot, exercise)
    assert not verdict.accepted
    fix = exercise.fixes.itemAt(0).widget()
    assert "течение" in fix.text()
    fix.click()
    assert exercise.editor.toPlainText() == "Ответ придёт в течение двух дней."


def test_gap_and_choose_items(grammar, qtbot):
    gap = GrammarItem("t-gap", "gap", "Ответ придёт в течени___ двух дней.", ("е",))
    choose = GrammarItem("t-choose", "choose", "Заказ должен ___ завтра.", ("доставиться",),
                         options=("доставится", "доставиться"))
    exercise = start_items(grammar, [gap, choose])
    exercise.gap.setText("и")
    exercise.submit()
    assert not wait_verdict(qtbot, exercise).accepted
    exercise.next_item()
    [b for b in exercise.options.buttons() if b.text().endswith(" доставиться")][0].setChecked(True)
    exercise.submit()
    assert wait_verdict(qtbot, exercise).accepted
    QApplication.processEvents()
