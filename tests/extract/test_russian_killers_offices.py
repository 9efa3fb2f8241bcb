"""Russian killers after agent words, ministers by their ministry, a relative's post, and a
hedged second year (factoid.extract.russian, lang/ru/lexicon.toml)."""

from __future__ import annotations

from extract_run import extract_text


def _values(text: str, prop: str, subject: str) -> set[str]:
    _, claims = extract_text(text, "ru")
    return {c.value for c in claims if c.property == prop and c.subject_name == subject}


def test_a_killer_after_from_the_hand_of_or_by_order_of() -> None:
    assert _values("Борис Антонович Клюев — земский врач. Погиб в 1918 году от руки Фёдора Лукина.",
                   "killed_by", "Борис Антонович Клюев") == {"Fyodor Lukin"}
    assert _values("Олег Викторович Гаврилов — инженер. В 1937 году расстрелян по приказу Григория Бурова.",
                   "killed_by", "Олег Викторович Гаврилов") == {"Grigory Burov"}


def test_the_one_killed_is_not_the_killer_named_after_the_agent_words() -> None:
    _, claims = extract_text("Борис Антонович Клюев — земский врач. Погиб в 1918 году от руки Фёдора Лукина.", "ru")
    assert not [c for c in claims if c.property == "date_of_death" and "Лукин" in c.subject_name]


def test_a_minister_by_ministry_and_not_a_fathers_post() -> None:
    assert _values("Сергей Павлович Лавров — государственный деятель. В 1905—1908 годах — министр финансов.",
                   "position_held", "Сергей Павлович Лавров") == {"Minister of Finance"}
    assert not _values("Владимир Ильич Суханов — писатель. Его отец Илья Суханов был министром финансов.",
                       "position_held", "Владимир Ильич Суханов")


def test_a_hedged_second_year() -> None:
    assert _values("Яков Петрович Свешников — зодчий. Родился в 1711 году (по другим данным — в 1713 году).",
                   "date_of_birth", "Яков Петрович Свешников") == {"1711", "1713"}
    assert _values("Яков Петрович Свешников — зодчий. Родился в 1711 году, в 1740 году переехал в Москву.",
                   "date_of_birth", "Яков Петрович Свешников") == {"1711"}


def test_a_post_in_the_title_of_a_book_is_no_post_held() -> None:
    assert not _values("Юрий Андреевич Вольнов — историк. В 1912 году издал книгу «Министр финансов и его время».",
                       "position_held", "Юрий Андреевич Вольнов")
