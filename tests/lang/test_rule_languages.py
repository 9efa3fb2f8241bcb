"""Polish, Czech, Italian and Spanish prose through the rule reader (``extract/prose_rules``,
``lang/<code>/frames.jsonl`` and ``lexicon.toml``), on short biographies of invented people
written for these tests: birth and death with date and place, arrest, execution, marriage and
children, places put back from the locative, and the language guessed from the text."""

from __future__ import annotations

import pytest
from extract_run import extract_text

from factoid.extract.prose_rules import LANGUAGES, nominative, place_value
from factoid.ingest.language import guess_language

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def extract():
    def run(text: str, language: str):
        _, claims = extract_text(text, language)
        return {(c.subject_name, c.property, c.value) for c in claims if f".{language}." in c.extractor}

    return run


def test_every_language_with_frames_and_a_reader_is_read():
    assert {"fr", "de", "pl", "cs", "it", "es", "pt", "nl", "uk", "zh"} <= set(LANGUAGES)
    assert "en" not in LANGUAGES and "ru" not in LANGUAGES


@pytest.mark.parametrize(("text", "code"), [
    ("Jan Kowalczyk urodził się w Krakowie. Był inżynierem, który pracował dla kolei przez wiele lat.", "pl"),
    ("Tomáš Novotný se narodil v Brně. Byl to inženýr, který pracoval pro dráhu a také psal knihy.", "cs"),
    ("Giulio Bernardi era un pittore della scuola senese. Nel 1740 si trasferì a Roma con la sua famiglia.", "it"),
    ("Pedro Almagro fue un pintor de Sevilla. En 1905 se trasladó con su familia a Madrid, donde murió.", "es"),
    ("Rui Alvarenga foi um pintor de Coimbra. Em 1905 mudou-se com a sua família para Lisboa, onde morreu.", "pt"),
    ("Pieter Hendriks was een schilder uit Leiden. In 1905 verhuisde hij met zijn gezin naar Delft, waar hij "
     "overleed.", "nl"),
    ("Jeanne Dupont est née à Lyon. Elle était la fille d'un marchand et elle a vécu à Paris.", "fr"),
])
def test_the_language_of_a_passage_is_guessed_from_its_function_words(text, code):
    assert guess_language(text) == code


def test_polish_birth_and_death_with_places_in_the_locative(extract):
    got = extract("Jan Kowalczyk urodził się 3 maja 1870 roku w Krakowie, a zmarł 12 lutego 1931 roku "
                  "w Moskwie. W 1905 roku został aresztowany.", "pl")
    assert {("Jan Kowalczyk", "date_of_birth", "1870-05-03"), ("Jan Kowalczyk", "place_of_birth", "Kraków"),
            ("Jan Kowalczyk", "date_of_death", "1931-02-12"), ("Jan Kowalczyk", "place_of_death", "Moscow"),
            ("Jan Kowalczyk", "arrested", "1905")} <= got


def test_czech_ordinal_days_do_not_end_the_sentence(extract):
    got = extract("Tomáš Novotný se narodil 4. března 1880 v Praze a zemřel 9. června 1944 ve Vídni.", "cs")
    assert {("Tomáš Novotný", "date_of_birth", "1880-03-04"), ("Tomáš Novotný", "place_of_birth", "Prague"),
            ("Tomáš Novotný", "date_of_death", "1944-06-09"), ("Tomáš Novotný", "place_of_death", "Vienna")} <= got


def test_czech_place_belongs_to_its_own_clause(extract):
    got = extract("Tomáš Novotný se narodil 4. března 1880 v rodině učitele, studoval v Brně a pracoval v Praze.", "cs")
    assert ("Tomáš Novotný", "date_of_birth", "1880-03-04") in got
    assert not any(p == "place_of_birth" for _, p, _ in got)


def test_a_subjectless_death_after_sentences_about_a_relative_is_not_the_subjects(extract):
    got = extract("Tomáš Novotný se narodil roku 1880. Jeho syn Karel se narodil roku 1910. "
                  "Karel zemřel roku 1990. Zemřel v Ostravě. Po válce Novotný odjel do Vídně. Zemřel roku 1950.", "cs")
    deaths = {v for _, p, v in got if p == "date_of_death"}
    assert deaths == {"1950"}
    assert ("Tomáš Novotný", "place_of_death", "Ostrava") not in got


def test_czech_spouse_in_the_accusative_is_given_in_the_nominative(extract):
    got = extract("Tomáš Novotný se narodil roku 1900. Opustil manželku Zuzanu a odjel do Ameriky.", "cs")
    assert ("Tomáš Novotný", "spouse", "Zuzana") in got


def test_italian_life_span_bracket_with_a_death_mark_and_an_execution(extract):
    got = extract("Giulio Bernardi\n\n(Siena 1702, † Mosca 1771). Pittore e poeta. "
                  "Fu arrestato nel 1750 e giustiziato nel settembre 1771.", "it")
    assert {("Giulio Bernardi", "date_of_birth", "1702"), ("Giulio Bernardi", "place_of_birth", "Siena"),
            ("Giulio Bernardi", "place_of_death", "Moscow"), ("Giulio Bernardi", "arrested", "1750"),
            ("Giulio Bernardi", "date_of_death", "1771-09"),
            ("Giulio Bernardi", "manner_of_death", "execution")} <= got


def test_spanish_birth_death_and_child(extract):
    got = extract("Pedro Almagro nació el 3 de mayo de 1880 en Sevilla y murió el 2 de enero de 1950 en Madrid. "
                  "Su hijo Luis fue pintor.", "es")
    assert {("Pedro Almagro", "date_of_birth", "1880-05-03"), ("Pedro Almagro", "date_of_death", "1950-01-02"),
            ("Pedro Almagro", "place_of_death", "Madrid"), ("Pedro Almagro", "child", "Luis")} <= got



def test_portuguese_birth_death_manner_and_child(extract):
    """Portuguese is read from its data files alone (``lang/pt``): months, trigger words."""
    got = extract("Rui Alvarenga nasceu em 3 de maio de 1880 em Coimbra e morreu em 2 de janeiro de 1950 em "
                  "Lisboa, de tuberculose. O seu filho Luís foi pintor.", "pt")
    assert {("Rui Alvarenga", "date_of_birth", "1880-05-03"), ("Rui Alvarenga", "place_of_birth", "Coimbra"),
            ("Rui Alvarenga", "date_of_death", "1950-01-02"), ("Rui Alvarenga", "place_of_death", "Lisbon"),
            ("Rui Alvarenga", "manner_of_death", "natural"), ("Rui Alvarenga", "child", "Luís")} <= got


def test_dutch_life_bracket_parents_and_marriage(extract):
    """Dutch is read from its data files alone (``lang/nl``): months, kin and marriage words."""
    got = extract("Pieter Hendriks\n\nPieter Hendriks (Leiden, 3 mei 1820 – Delft, 9 juni 1881) was een "
                  "Nederlands schilder. Hij was de zoon van Jan Hendriks en Maria de Wit. Hij trouwde in 1850 "
                  "met Anna Bos.", "nl")
    assert {("Pieter Hendriks", "date_of_birth", "1820-05-03"), ("Pieter Hendriks", "place_of_birth", "Leiden"),
            ("Pieter Hendriks", "date_of_death", "1881-06-09"), ("Pieter Hendriks", "place_of_death", "Delft"),
            ("Pieter Hendriks", "father", "Jan Hendriks"), ("Pieter Hendriks", "mother", "Maria de Wit"),
            ("Pieter Hendriks", "spouse", "Anna Bos")} <= got


@pytest.mark.parametrize(("written", "code", "english"), [
    ("Krakowie", "pl", "Kraków"), ("Warszawie", "pl", "Warsaw"), ("Moskwie", "pl", "Moscow"),
    ("Praze", "cs", "Prague"), ("Moskvě", "cs", "Moscow"), ("Mosca", "it", "Moscow"),
    ("Nieznanowie", "pl", "Nieznanowie"),
])
def test_places_in_the_locative_are_named_as_the_gazetteer_names_them(written, code, english):
    assert place_value(written, code) == english


def test_names_in_the_accusative():
    assert nominative("Zuzanu", "cs") == "Zuzana"
    assert nominative("Annę Kowalską", "pl") == "Anna Kowalska"
    assert nominative("Pedro", "es") == "Pedro"


@pytest.mark.parametrize(("text", "code"), [
    ("Giulio Bernardi nacque il 14 marzo (2 marzo v.s.) 1881 a Roma.", "it"),
    ("Tomáš Novotný se narodil 14. března (2. března starého stylu) 1881 v Praze.", "cs"),
    ("Jan Kowalczyk urodził się 14 marca (2 marca st. st.) 1881 roku w Krakowie.", "pl"),
    ("Louis Marchand est né le 14 mars (2 mars a. s.) 1881 à Lyon.", "fr"),
    ("Karl Weber wurde am 14. März (2. März a. St.) 1881 in Köln geboren.", "de"),
])
def test_an_old_style_date_beside_the_new_style_one_gives_the_gregorian_day(extract, text, code):
    births = {v for _, p, v in extract(text, code) if p == "date_of_birth"}
    assert births == {"1881-03-14"}


@pytest.mark.parametrize(("text", "code"), [
    ("Ahmed Karim est né en 1299 de l'Hégire (1882) à Lyon.", "fr"),
    ("Ahmed Karim nacque nel 1299 dell'Egira (1882) a Roma.", "it"),
    ("Ahmed Karim urodził się w 1299 r. hidżry (1882) w Krakowie.", "pl"),
])
def test_a_hijri_year_is_no_gregorian_year(extract, text, code):
    births = {v for _, p, v in extract(text, code) if p == "date_of_birth"}
    assert births == {"1882"}


def test_polish_party_membership_in_the_genitive(extract):
    got = extract("Jan Kowalczyk urodził się w 1900 roku w Krakowie. Był członkiem Komunistycznej Partii Niemiec. "
                  "Jego brat wstąpił do Polskiej Partii Socjalistycznej.", "pl")
    assert {v for _, p, v in got if p == "member_of_political_party"} == {"Communist Party of Germany"}


def test_ukrainian_birth_death_places_in_the_locative_and_arrest(extract):
    got = extract("Іван Коваленко народився 3 травня 1880 року в Одесі, а помер 12 лютого 1937 року в Києві. "
                  "У 1936 році був заарештований. Його син Петро народився в 1910 році.", "uk")
    assert {("Іван Коваленко", "date_of_birth", "1880-05-03"), ("Іван Коваленко", "place_of_birth", "Odesa"),
            ("Іван Коваленко", "date_of_death", "1937-02-12"), ("Іван Коваленко", "place_of_death", "Kyiv"),
            ("Іван Коваленко", "arrested", "1936"), ("Іван Коваленко", "child", "Петро")} <= got
    assert ("Іван Коваленко", "date_of_birth", "1910") not in got


# "son/daughter of X and (of) Y" with a bracket or an apposition after the father, and lists
# of siblings or children after a verb of having: every listed name is its own claim, in the
# nominative where the language declines it, each quoting the name as written.
_PARENTS_AND_LISTS = [
    ("pl", "Jan Kowalczyk\n\nJan Kowalczyk urodził się 3 maja 1870 roku w Krakowie. Był najstarszym synem "
           "Adama Kowalczyka (1840–1900), kupca krakowskiego, i Zofii z Nowaków. Miał dwie siostry, Helenę "
           "i Martę, oraz brata Piotra.",
     {("father", "Adam Kowalczyk"), ("mother", "Zofia"), ("sibling", "Helena"), ("sibling", "Marta"),
      ("sibling", "Piotr")}),
    ("fr", "Louis Mabika\n\nLouis Mabika, né le 3 mars 1920 à Dakar, est un écrivain. Fils de Jean Mabika, "
           "pêcheur, et de Marie Ndiaye, il étudie à Paris. Il épouse Claire Sow en 1950 ; ils ont trois "
           "enfants, dont Paul, Anne et Lucie.",
     {("father", "Jean Mabika"), ("mother", "Marie Ndiaye"), ("spouse", "Claire Sow"), ("child", "Paul"),
      ("child", "Anne"), ("child", "Lucie")}),
    ("it", "Giulio Bernardi\n\nGiulio Bernardi (Siena, 3 maggio 1620 – Roma, 9 giugno 1680) è stato un pittore. "
           "Era il primogenito di Marco Bernardi, mercante di lana, e di Chiara Tolomei. Ebbe un fratello, "
           "Pietro, che divenne frate, e una sorella, Agnese.",
     {("father", "Marco Bernardi"), ("mother", "Chiara Tolomei"), ("sibling", "Pietro"), ("sibling", "Agnese")}),
    ("es", "Pedro Almagro\n\nPedro Almagro (Sevilla, 2 de mayo de 1850 – Madrid, 3 de junio de 1910) fue un "
           "pintor. Fue el segundo hijo de Luis Almagro y de Carmen Ruiz. Sus hermanos mayores fueron Ana "
           "María, Rosa y Juan Carlos.",
     {("father", "Luis Almagro"), ("mother", "Carmen Ruiz"), ("sibling", "Ana María"), ("sibling", "Rosa"),
      ("sibling", "Juan Carlos")}),
    ("de", "Agathe Lindner\n\nAgathe Lindner (* 3. Mai 1880 in Köln; † 9. Juni 1950 in Bonn) war eine Malerin. "
           "1900 ging sie nach Berlin zu ihren Brüdern Karl und Otto. Sie hatte drei Kinder: Max, Erika und Hans.",
     {("sibling", "Karl"), ("sibling", "Otto"), ("child", "Max"), ("child", "Erika"), ("child", "Hans")}),
    ("cs", "Tomáš Novotný\n\nTomáš Novotný se narodil 3. března 1880 v Brně. Byl synem Josefa Novotného, "
           "učitele, a Marie Novotné. Měl dvě sestry, Annu a Kateřinu, a bratra Karla.",
     {("father", "Josef Novotný"), ("mother", "Marie Novotná"), ("sibling", "Anna"), ("sibling", "Kateřina"),
      ("sibling", "Karel")}),
    ("uk", "Іван Петренко\n\nІван Петренко народився 27 серпня 1856 року в Києві. Був сином Петра Петренка "
           "і Марії. Мав двох сестер, Ганну і Олену.",
     {("father", "Петро Петренко"), ("mother", "Марія"), ("sibling", "Ганна"), ("sibling", "Олена")}),
]
_KIN = {"father", "mother", "sibling", "child", "spouse"}


@pytest.mark.parametrize(("code", "text", "expected"), _PARENTS_AND_LISTS, ids=[c for c, _, _ in _PARENTS_AND_LISTS])
def test_parents_and_lists_of_relatives_each_their_own_claim_in_the_nominative(code, text, expected):
    _, claims = extract_text(text, code)
    subject = text.split("\n")[0]
    got = {(c.property, c.value) for c in claims if c.property in _KIN}
    assert got == expected
    assert {c.subject_name for c in claims if c.property in _KIN} == {subject}
    for c in claims:  # the quote is the source text; the value text is the name as written there
        if c.property in _KIN:
            assert c.value_text in text


def test_a_possessive_before_a_son_makes_him_a_child_not_whose_son():
    _, claims = extract_text("Jan Kowalczyk\n\nJan Kowalczyk urodził się 3 maja 1870 roku w Krakowie. "
                             "Jego syn Adam Kowalczyk został lekarzem.", "pl")
    assert {(c.property, c.value) for c in claims if c.property in _KIN} == {("child", "Adam Kowalczyk")}


def test_a_bare_had_children_names_nobody():
    _, claims = extract_text("Pedro Almagro\n\nPedro Almagro nació en Sevilla en 1850. No volvió a casarse "
                             "ni tuvo hijos.", "es")
    assert not [c for c in claims if c.property in _KIN]


@pytest.mark.parametrize(("written", "code", "table", "nominative_form"), [
    ("Ludwika Kościuszki", "pl", "genitive_male", "Ludwik Kościuszko"),
    ("Jana Kowalskiego", "pl", "genitive_male", "Jan Kowalski"),
    ("Tekli", "pl", "genitive_female", "Tekla"),
    ("Anny Kowalskiej", "pl", "genitive_female", "Anna Kowalska"),
    ("Josefa Nováka", "cs", "genitive_male", "Josef Novák"),
    ("Pavla", "cs", "genitive_male", "Pavel"),
    ("Марії Шевченко", "uk", "genitive_female", "Марія Шевченко"),
    ("Louis Mabika", "fr", "genitive_male", "Louis Mabika"),  # a language without the table keeps it
])
def test_names_in_the_genitive_by_sex(written, code, table, nominative_form):
    assert nominative(written, code, table) == nominative_form


def test_a_head_line_bracket_after_a_coat_of_arms_is_the_subjects_with_an_unknown_place(extract):
    # "herbu Nałęcz III": the arms' number ends the head, not a person; the manor the
    # gazetteer does not know is put back in the nominative by a sure ending, as data
    got = extract("Jan Kowalczyk\n\nJan Kowalczyk herbu Nałęcz III (ur. 3 maja 1870 w Janowszczyźnie, "
                  "zm. 12 lutego 1931 w Krakowie) – polski inżynier.", "pl")
    assert {("Jan Kowalczyk", "date_of_birth", "1870-05-03"), ("Jan Kowalczyk", "date_of_death", "1931-02-12"),
            ("Jan Kowalczyk", "place_of_birth", "Janowszczyzna"), ("Jan Kowalczyk", "place_of_death", "Kraków")} <= got
    assert {s for s, _, _ in got} == {"Jan Kowalczyk"}


@pytest.mark.parametrize(("written", "code", "value"), [
    ("Janowszczyźnie", "pl", "Janowszczyzna"),
    ("Krakowie", "pl", "Kraków"),       # the gazetteer's name wins over a guess
    ("Nieznanem", "pl", "Nieznanem"),   # no sure ending: as written
    ("Janowszczyźnie", "cs", "Janowszczyźnie"),  # a language without the guesses
])
def test_unknown_places_are_guessed_back_only_from_sure_endings(written, code, value):
    assert place_value(written, code) == value
