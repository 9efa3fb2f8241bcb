"""Rulers named by a given name and a Roman number in Russian text (extract.russian
``_regnal_names``): natasha tags no such name, so a page about an empress had none."""

from __future__ import annotations

from tests.extract_run import extract_text


def test_a_rulers_name_number_and_patronymic_are_one_name_and_the_page_is_hers():
    # an invented empress: her heading and first sentence, her husband named in the genitive
    text = ("Софья II Андреевна (1702–1761)\n\n"
            "Софья II Андреевна родилась 3 мая 1702 года в Твери. После смерти Ивана V она правила девять лет.")
    mentions, claims = extract_text(text, language="ru")
    names = {m.text: m.kind for m in mentions}
    assert names["Софья II Андреевна"] == "subject"
    assert names["Иван V"] == "name"  # the mention carries the name in the nominative
    births = {c.value for c in claims if c.property == "date_of_birth"}
    assert "1702-05-03" in births


def test_the_genitive_of_a_rulers_name_is_put_back_to_the_nominative():
    from factoid import nlp_ru
    assert nlp_ru.nominative_given("Екатерины", "Gen") == "Екатерина"
    assert nlp_ru.nominative_given("Петра", "Gen") == "Пётр"
    assert nlp_ru.nominative_given("Софья", "Nom") == "Софья"


def test_a_number_after_a_common_word_is_no_ruler():
    # "Глава II" is a chapter, not a person
    mentions, _ = extract_text("Глава II\n\nВ 1702 году Софья Андреевна Лыкова переехала в Тверь.", language="ru")
    assert not any(" II" in m.text for m in mentions)
