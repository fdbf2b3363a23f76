"""The language layer: tokens with offsets, morphology, a dependency tree and named entities."""

from app.core.grammar.language import analyse, analyzer


def test_tokens_carry_offsets_morphology_and_a_tree():
    text = "Курьер привезёт ваш заказ завтра. Спасибо!"
    analysis = analyse(text)
    assert len(analysis.sentences) == 2
    tokens = analysis.sentences[0].tokens
    assert [text[t.start:t.end] for t in tokens] == ["Курьер", "привезёт", "ваш", "заказ", "завтра", "."]
    courier, brings, yours, order = tokens[:4]
    assert brings.head == -1 and courier.head == brings.index and courier.rel == "nsubj"
    assert order.head == brings.index and order.rel == "obj" and yours.head == order.index
    assert courier.feat("Case") == "Nom" and brings.feat("VerbForm") == "Fin"
    assert [t.text for t in analysis.sentences[0].subtree(order.index)] == ["ваш", "заказ"]


def test_names_places_and_organisations_are_found():
    text = "Мария Соколова из Новосибирска написала в Сбербанк."
    kinds = {text[e.start:e.end]: e.kind for e in analyse(text).entities}
    assert kinds["Мария Соколова"] == "PER" and kinds["Новосибирска"] == "LOC"
    assert any(kind == "ORG" for kind in kinds.values())
    name = text.index("Соколова")
    assert analyse(text).entity_at(name, name + len("Соколова")).kind == "PER"


def test_a_text_is_parsed_once():
    text = "Оператор ответит через минуту."
    assert analyse(text) is analyse(text)
    assert analyzer().loaded


def test_words_close_in_meaning_are_closer_than_unrelated_ones():
    close = analyzer().similarity("подорожать", "вырасти")
    far = analyzer().similarity("вырасти", "сменить")
    assert close is not None and far is not None and close > 0.5 > far
    assert analyzer().similarity("подорожать", "zzqxw") is None  # a word navec does not know


def test_an_email_or_web_address_is_one_word_and_no_comma_is_asked_inside_its_sentence():
    from app.core.grammar.offline import embedded_check

    text = "Напишите на support@example.ru, указав номер заказа."
    words = [t.text for t in analyse(text).sentences[0].tokens]
    assert "support@example.ru" in words
    assert embedded_check(text, "ru") == []
    assert "https://example.ru/orders" in [t.text for t in analyse("Откройте https://example.ru/orders, выбрав заказ.")
                                            .sentences[0].tokens]
