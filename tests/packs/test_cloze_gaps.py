"""The gaps of a pack's ``cloze`` question: read into the core's gaps, and each mistake named with its
file, line and field."""

import pytest

from app.packs.loader import load_pack, validate_pack

MANIFEST = ('format = 2\nid = "cloze"\ntitle = "Пропуски"\nversion = "1.0.0"\nlanguage = "ru"\nauthors = ["Тест"]\n'
            'description = "Проба."\nlicence = "CC0-1.0"\n[files]\nquiz = "quiz.toml"\n')
QUESTION = ('[[question]]\nid = "c1"\ntype = "cloze"\ntext = "Клиенту пишут {#1}, ответ — за {#2} с."\n'
            'explanation = "Обращение на «вы» и быстрый ответ."\n')
CHOICE = ('[[question.gap]]\nkind = "multichoice"\ndisplay = "horizontal"\nshuffle = true\n'
          '[[question.gap.option]]\ntext = "на «вы»"\nweight = 100\n'
          '[[question.gap.option]]\ntext = "на «ты»"\nfeedback = "Только если клиент попросил."\n')
NUMBER = ('[[question.gap]]\nkind = "numerical"\nweight = 2\n'
          '[[question.gap.option]]\nvalue = 60\ntolerance = 10\nweight = 100\n'
          '[[question.gap.option]]\ntext = "*"\nfeedback = "Норматив — минута."\n')


def pack(tmp_path, quiz: str):
    (tmp_path / "pack.toml").write_text(MANIFEST, encoding="utf-8")
    (tmp_path / "quiz.toml").write_text(quiz, encoding="utf-8")
    return tmp_path


def errors(tmp_path, quiz: str) -> list[str]:
    return [str(p) for p in validate_pack(pack(tmp_path, quiz)).errors]


def test_gaps_are_read_with_their_kind_display_weight_and_options(tmp_path):
    [q] = load_pack(pack(tmp_path, QUESTION + CHOICE + NUMBER)).quiz
    choice, number = q.gaps
    assert (choice.kind, choice.display, choice.shuffle, choice.weight) == ("multichoice", "horizontal", True, 1)
    assert [(o.text, o.weight, o.feedback) for o in choice.options] == [
        ("на «вы»", 100, ""), ("на «ты»", None, "Только если клиент попросил.")]
    assert (number.kind, number.weight) == ("numerical", 2)
    assert [(o.value, o.tolerance, o.text) for o in number.options] == [(60, 10, ""), (None, 0, "*")]


def test_a_question_without_gaps_is_refused(tmp_path):
    assert errors(tmp_path, QUESTION) == [
        "quiz.toml:1: question[1].gap: у вопроса «cloze» нужен хотя бы один пропуск [[question.gap]]"]


@pytest.mark.parametrize("text, marks", [
    ("Клиенту пишут {#1}.", "{#1}"),
    ("Клиенту пишут {#1}, ответ — за {#1} с.", "{#1}, {#1}"),
    ("Клиенту пишут {#2}, ответ — за {#3} с.", "{#2}, {#3}"),
    ("Клиенту пишут ___, ответ — за ___ с.", "ни одной"),
])
def test_each_gap_needs_its_mark_exactly_once(tmp_path, text, marks):
    quiz = QUESTION.replace("Клиенту пишут {#1}, ответ — за {#2} с.", text) + CHOICE + NUMBER
    assert errors(tmp_path, quiz) == [f"quiz.toml:4: question[1].text: в тексте должны стоять метки пропусков "
                                      f"{{#1}}, {{#2}}, каждая один раз; сейчас: {marks}"]


def test_a_gap_without_a_right_option_or_any_option_is_named(tmp_path):
    no_right = CHOICE.replace("weight = 100\n", "")
    found = errors(tmp_path, QUESTION + no_right + NUMBER)
    assert found == ["quiz.toml:6: question[1].gap[1].option: в пропуске 1 нет верного варианта "
                     "(weight = 100 или correct = true)"]
    bare = '[[question.gap]]\nkind = "short"\n'
    assert errors(tmp_path, QUESTION + CHOICE + bare) == [
        "quiz.toml:16: question[1].gap[2].option: в пропуске 2 нет ни одного варианта [[question.gap.option]]"]


def test_an_option_without_its_answer_and_an_unknown_kind_are_named(tmp_path):
    found = errors(tmp_path, QUESTION + CHOICE.replace('text = "на «ты»"\n', "") + NUMBER.replace("value = 60\n", ""))
    assert any("question[1].gap[1].option[2].text: у варианта нужен текст text" in e for e in found)
    assert any("question[1].gap[2].option[1].value: у варианта числового пропуска нужно значение value" in e
               for e in found)
    odd = errors(tmp_path, QUESTION + CHOICE.replace('kind = "multichoice"', 'kind = "essay"') + NUMBER)
    assert any("question[1].gap[1].kind" in e and "essay" in e for e in odd)
