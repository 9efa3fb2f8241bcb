"""Infobox blocks: glued and split label/value lines, offices with terms and successors."""

from __future__ import annotations

import hashlib

import pytest

from factoid.extract.common import Subject
from factoid.extract.infobox import alias_spans, find_blocks, read_infoboxes
from factoid.model import Document, PassageRole

SUBJECT = Subject("box.txt@0", "Walter Krivitsky")


def _doc(text: str) -> Document:
    return Document("box.txt", text, hashlib.sha256(text.encode()).hexdigest(), len(text), "txt")


def _read(text: str, role: PassageRole = PassageRole.MAIN):
    doc = _doc(text)
    claims = list(read_infoboxes(doc, SUBJECT, role_at=lambda offset: role))
    for c in claims:
        assert doc.text[c.span.start : c.span.end] == c.span.quote, c
        assert c.span.grounded_in(doc.text)
        assert c.extractor == "extract.infobox.v2"
        assert c.subject == SUBJECT.entity
    return claims


def _by(claims, prop):
    return [c for c in claims if c.property == prop]


GLUED = (
    "Walter Krivitsky\n"
    "Born1899\n"
    "DiedFebruary 10, 1941(1941-02-10) (aged 41)\n"
    "Cause of deathGunshot wound\n"
    "SpouseAntonina Krivitskaya\n"
    "Chief of the Foreign Intelligence Bureau\n"
    "In office\n"
    "1 May 1935 – 6 October 1937\n"
    "Preceded byX. Y. Surname\n"
    "Succeeded byA. B. Other\n"
)


def test_glued_birth_year():
    claims = _read(GLUED)
    born = _by(claims, "date_of_birth")
    assert [c.value for c in born] == ["1899"]
    assert born[0].span.quote == "Born1899"


def test_glued_death_date_with_iso_and_age():
    died = _by(_read(GLUED), "date_of_death")
    assert [c.value for c in died] == ["1941-02-10"]
    assert died[0].span.quote.startswith("DiedFebruary 10, 1941")
    # the age and the bracketed ISO date are not a place
    assert not _by(_read(GLUED), "place_of_death")


def test_glued_spouse():
    spouse = _by(_read(GLUED), "spouse")
    assert [c.value for c in spouse] == ["Antonina Krivitskaya"]
    assert spouse[0].span.quote == "SpouseAntonina Krivitskaya"


def test_cause_of_death_never_mislabelled_natural():
    manners = {c.value for c in _by(_read(GLUED), "manner_of_death")}
    assert manners <= {"homicide", "suicide", "unknown"}


@pytest.mark.parametrize(
    ("line", "manner"),
    [("Cause of deathExecution by firing squad", "execution"),
     ("Manner of deathSuicide", "suicide"),
     ("Cause of deathPneumonia", "natural")],
)
def test_cause_of_death_categories(line, manner):
    claims = _read(f"Some Person\nBorn1901\n{line}\n")
    assert [c.value for c in _by(claims, "manner_of_death")] == [manner]


def test_office_term_from_in_office_and_next_line():
    offices = _by(_read(GLUED), "position_held")
    termed = [c for c in offices if "start" in c.qualifiers]
    assert len(termed) == 1
    c = termed[0]
    assert c.value == "Chief of the Foreign Intelligence Bureau"
    assert c.qualifiers == {"start": "1935-05-01", "end": "1937-10-06"}
    assert c.span.quote.startswith("Chief of the Foreign Intelligence Bureau")
    assert c.span.quote.endswith("6 October 1937")


def test_preceded_and_succeeded_by_attach_to_office():
    offices = _by(_read(GLUED), "position_held")
    replaces = [c for c in offices if "replaces" in c.qualifiers]
    replaced_by = [c for c in offices if "replaced_by" in c.qualifiers]
    assert [c.qualifiers["replaces"] for c in replaces] == ["X. Y. Surname"]
    assert [c.qualifiers["replaced_by"] for c in replaced_by] == ["A. B. Other"]
    assert {c.value for c in replaces + replaced_by} == {"Chief of the Foreign Intelligence Bureau"}
    assert replaces[0].span.quote == "Preceded byX. Y. Surname"
    assert replaced_by[0].span.quote == "Succeeded byA. B. Other"


def test_preceded_by_without_office_gives_nothing():
    claims = _read("Some Person\nBorn1901\nPreceded byX. Y. Surname\n")
    assert not _by(claims, "position_held")


SPLIT = "Ignace Reiss\nBorn\n1899 Podwołoczyska\nDied\n4 September 1937 Lausanne\n"


def test_split_label_value_lines():
    claims = _read(SPLIT)
    assert [c.value for c in _by(claims, "date_of_birth")] == ["1899"]
    assert [c.value for c in _by(claims, "place_of_birth")] == ["Podwołoczyska"]
    assert [c.value for c in _by(claims, "date_of_death")] == ["1937-09-04"]
    assert [c.value for c in _by(claims, "place_of_death")] == ["Lausanne"]
    born = _by(claims, "date_of_birth")[0]
    assert born.span.quote == "Born\n1899 Podwołoczyska"


def test_find_blocks_sees_the_infobox():
    blocks = find_blocks(GLUED)
    assert len(blocks) == 1
    texts = [ln.text for ln in blocks[0]]
    assert "Born1899" in texts and "Succeeded byA. B. Other" in texts
    for ln in blocks[0]:
        assert GLUED[ln.start : ln.end] == ln.text


PROSE = (
    "Walter Krivitsky was born in 1899 in a small town in Galicia and served for many years in Soviet military "
    "intelligence. He broke with Moscow in 1937, lived in Paris and then in New York, and died in Washington in "
    "February 1941; the police called it a suicide, but many of his friends never believed that."
)


def test_prose_paragraph_is_not_a_block():
    assert find_blocks(PROSE) == []
    assert _read(PROSE) == []


def test_wrapped_prose_with_one_label_word_is_not_a_block():
    wrapped = (
        "Born in a family of modest means, he left\n"
        "school early and went to work in a factory\n"
        "in Lviv, where he first met the revolutionaries.\n"
    )
    assert find_blocks(wrapped) == []


def test_blank_line_ends_the_block():
    text = GLUED + "\nHe defected in Paris on 6 October 1937.\n"
    blocks = find_blocks(text)
    assert blocks
    assert all("defected" not in ln.text for b in blocks for ln in b)


@pytest.mark.parametrize("role", [PassageRole.COMMENT, PassageRole.OFFTOPIC])
def test_blocks_in_comments_and_offtopic_are_not_read(role):
    assert _read(GLUED, role) == []


def test_role_is_recorded_on_claims():
    claims = _read(GLUED, PassageRole.QUOTE)
    assert claims and all(c.span.role == PassageRole.QUOTE for c in claims)


def test_offsets_survive_a_leading_preamble():
    text = "Some page header that is quite long and is followed by the box.\n\n" + GLUED
    claims = _read(text)
    assert _by(claims, "date_of_birth")[0].span.start == text.index("Born1899")


# --- every layout (extract.infobox.v2) -------------------------------------------------------

def _values(claims, prop):
    return [c.value for c in _by(claims, prop)]


DASH_DUMP = (
    "Nestor Makhno\n"
    "- Birth Date: 1888-11-08\n"
    "- Birth Place: Huliaipole, Yekaterinoslav Governorate\n"
    "- Net Worth: $1.5 Million\n"
    "- Age: 45 years old\n"
    "- Height: 1.60 m\n"
    "- Death Date: 1934-07-25\n"
    "- Death Place: Paris, France,\n"
    "- Buried: Père Lachaise Cemetery\n"
    "- Codename1: Batko\n"
    "- Children: 1\n"
)


def test_dash_template_dump_reads_known_labels_and_ignores_junk():
    claims = _read(DASH_DUMP)
    assert _values(claims, "date_of_birth") == ["1888-11-08"]
    assert _values(claims, "place_of_birth") == ["Huliaipole, Yekaterinoslav Governorate"]
    assert _values(claims, "date_of_death") == ["1934-07-25"]
    assert _values(claims, "place_of_death") == ["Paris, France"]
    assert _values(claims, "place_of_burial") == ["Père Lachaise Cemetery"]
    # "Net Worth", "Age", "Height" and a bare count of children produce nothing
    assert not _by(claims, "child")
    assert {c.property for c in claims} == {"date_of_birth", "place_of_birth", "date_of_death",
                                             "place_of_death", "place_of_burial"}


PIPE_TABLE = (
    "Lise Meitner | |\n"
    "---|---|\n"
    "Born |\n"
    "Elise Meitner 7 November 1878 Vienna, Austria-Hungary |\n"
    "Died | 27 October 1968 Cambridge, England |\n"
    "(aged 89)\n"
    "Residence | Austria Germany Sweden United Kingdom |\n"
    "Birthplace | Vienna[2] |\n"
    "Relatives | Otto Robert Frisch (nephew) Walter Meitner (brother) |\n"
)


def test_pipe_table_rows_values_on_next_line_and_no_leaks():
    claims = _read(PIPE_TABLE)
    assert _values(claims, "date_of_birth") == ["1878-11-07"]
    # the birth name before the date is not a place; the citation mark does not leak
    assert _values(claims, "place_of_birth") == ["Vienna, Austria-Hungary", "Vienna"]
    assert _values(claims, "date_of_death") == ["1968-10-27"]
    # the age line and the unknown "Residence" row never become a place of death
    assert _values(claims, "place_of_death") == ["Cambridge, England"]
    for c in claims:
        assert "|" not in c.value and "aged" not in c.value and "[" not in c.value


BORDERED_TABLE = (
    "| Tomas Elgueta Ruiz | |\n"
    "|---|---|\n"
    "| Office | 3rd Governor of Valdora |\n"
    "| In office | 2 May 1861 – 9 June 1867 |\n"
    "| Office 2 | Mayor of Puerto Alto |\n"
    "| Term 2 | 1850 – 1855 |\n"
    "| Born | 4 April 1819 Santa Inés, Valdora |\n"
    "| Died | 30 June 1880 (aged 61) Puerto Alto |\n"
    "| Political party | Conservative |\n"
    "| Spouse(s) | Rosa Vial (m. 1845) |\n"
)


def test_markdown_table_rows_with_a_left_border_are_fields():
    """"| Born | 1819 |": the left border is layout, like a bullet, so the row is a field and
    numbered offices keep their own terms."""
    claims = _read(BORDERED_TABLE)
    assert _values(claims, "date_of_birth") == ["1819-04-04"]
    assert _values(claims, "date_of_death") == ["1880-06-30"]
    assert _values(claims, "place_of_death") == ["Puerto Alto"]
    assert _values(claims, "member_of_political_party") == ["Conservative"]
    assert _values(claims, "spouse") == ["Rosa Vial"]
    offices = {c.value: c.qualifiers for c in _by(claims, "position_held")}
    assert offices["Mayor of Puerto Alto"]["start"] == "1850"
    assert offices["Mayor of Puerto Alto"]["end"] == "1855"
    assert "Governor of Valdora" in " ".join(offices)
    for c in claims:
        assert "|" not in c.value


def test_a_names_box_in_several_scripts_gives_aliases_only():
    """Hangul, Hanja and romanisation rows are writings of the subject's name, not people."""
    from factoid.extract.infobox import rows

    text = "Names\nKorean name\nHangul 세종\nHanja 世宗\nRevised Romanization Sejong\nMcCune–Reischauer Sejong\n"
    kinds = [r.kind for block in rows.find_rows(text) for r in block]
    assert kinds == ["alias"] * 6
    assert not _read("Walter Krivitsky\nBorn: 1899\n" + text)[1:]


def test_relatives_marked_in_brackets():
    claims = _read("Lise Meitner\nBorn: 7 November 1878\nRelatives: Walter Meitner (brother), Otto Frisch (nephew)\n")
    assert _values(claims, "sibling") == ["Walter Meitner"]
    assert not _by(claims, "child")


def test_lowercase_quick_facts_list():
    text = "Quick facts\nborn: March 3, 1850, Tver\ndied: 12 June 1911\nspouse: Olga Ivanova\n"
    claims = _read(text)
    assert _values(claims, "date_of_birth") == ["1850-03-03"]
    assert _values(claims, "place_of_birth") == ["Tver"]
    assert _values(claims, "date_of_death") == ["1911-06-12"]
    assert _values(claims, "spouse") == ["Olga Ivanova"]


def test_tab_separated_table():
    text = "Full name\tPyotr Kropotkin\nBorn\t9 December 1842\nDied\t8 February 1921\nSpouse\tSofia Ananyeva-Rabinovich\n"
    claims = _read(text)
    assert _values(claims, "date_of_birth") == ["1842-12-09"]
    assert _values(claims, "date_of_death") == ["1921-02-08"]
    assert _values(claims, "spouse") == ["Sofia Ananyeva-Rabinovich"]


def test_glued_label_and_value():
    claims = _read("BornMarch 3, 1850\nDiedJune 1, 1901Kazan\nChildrenAnna, Boris and Vera\n")
    assert _values(claims, "date_of_birth") == ["1850-03-03"]
    assert _values(claims, "place_of_death") == ["Kazan"]
    assert _values(claims, "child") == ["Anna", "Boris", "Vera"]


def test_numbered_office_and_term_keys():
    text = (
        "Born: 1895\n"
        "Office: Head of the Far Eastern Directorate\n"
        "Term: 1937–1938\n"
        "Office 2: Deputy Chief of the Secret Department\n"
        "Office 3: Chief of the Border Guard\n"
        "Term 2: 1933–1936\n"
    )
    offices = _by(_read(text), "position_held")
    terms = {c.value: c.qualifiers for c in offices}
    assert terms["Head of the Far Eastern Directorate"] == {"start": "1937", "end": "1938"}
    assert terms["Deputy Chief of the Secret Department"] == {"start": "1933", "end": "1936"}
    assert terms["Chief of the Border Guard"] == {}


def test_numbered_keys_without_a_separator():
    text = (
        "Born 1 May 1810\n"
        "Office 1 Warden of the Northern March\n"
        "Term 1 1840–1851\n"
        "Office 2 Admiral of the Eastern Fleet\n"
        "Term 2 1851–1860\n"
    )
    claims = _read(text)
    terms = {c.value: c.qualifiers for c in _by(claims, "position_held")}
    assert terms == {"Warden of the Northern March": {"start": "1840", "end": "1851"},
                     "Admiral of the Eastern Fleet": {"start": "1851", "end": "1860"}}
    assert _values(claims, "date_of_birth") == ["1810-05-01"]


def test_office_title_line_in_office_and_successor_merge_into_one_office():
    text = (
        "2nd President of the Agrarian League\n"
        "In office\n"
        "4 May 1920 – 9 June 1923\n"
        "Succeeded by Andrey Lyapchev\n"
        "Personal details\n"
        "Born 1 March 1879\n"
    )
    offices = _by(_read(text), "position_held")
    assert {c.value for c in offices} == {"President of the Agrarian League"}
    assert {"start": "1920-05-04", "end": "1923-06-09"} in [c.qualifiers for c in offices]
    assert {"replaced_by": "Andrey Lyapchev"} in [c.qualifiers for c in offices]


def test_title_with_several_offices():
    claims = _read("Born 1451\nTitle Grand Master of the Order; Governor of the Isles\n")
    assert _values(claims, "position_held") == ["Grand Master of the Order", "Governor of the Isles"]


NAMES_BOX = (
    "Spouse(s) Song Qingling\n"
    "Sun Yat-sen\n"
    "Names (details)\n"
    "Known in English as: Sun Yat-sen\n"
    "Pinyin: Sūn Yìxiān\n"
    "Cantonese: Syun1 Jat6-sin1\n"
    "Courtesy name (字): Zaizhi (載之)\n"
    "Born 12 November 1866\n"
)


def test_names_box_gives_aliases_never_spouses():
    doc = _doc(NAMES_BOX)
    subject = Subject("box.txt@0", "Sun Yat-sen")
    claims = list(read_infoboxes(doc, subject, role_at=lambda offset: PassageRole.MAIN))
    assert [c.value for c in claims if c.property == "spouse"] == ["Song Qingling"]
    assert [c.value for c in claims if c.property == "date_of_birth"] == ["1866-11-12"]
    aliases = [doc.text[a:b] for a, b in alias_spans(doc, subject)]
    assert "Sūn Yìxiān" in aliases and "Zaizhi" in aliases
    assert all(":" not in a for a in aliases)


def test_children_one_per_line_and_relatives_under_sub_labels():
    text = (
        "Born 1 May 1840\n"
        "Children Pavel\n"
        "Maria (died young)\n"
        "Relatives Brothers:\n"
        "Ilya Orlov\n"
        "Gleb Orlov[3]\n"
        "Sister:\n"
        "Nadezhda Orlova\n"
        "Signature Orlov signature.svg\n"
    )
    claims = _read(text)
    assert _values(claims, "child") == ["Pavel", "Maria"]
    assert _values(claims, "sibling") == ["Ilya Orlov", "Gleb Orlov", "Nadezhda Orlova"]


def test_parents_in_infobox_order_and_placeholders_ignored():
    claims = _read("Born: 1840\nParents: Ivan Orlov, Anna Orlova\nSpouse: N/A\nChildren: Not Available\n")
    assert _values(claims, "father") == ["Ivan Orlov"]
    assert _values(claims, "mother") == ["Anna Orlova"]
    assert not _by(claims, "spouse") and not _by(claims, "child")


def test_label_alone_then_value_line_with_ignored_labels_between():
    text = "Gender\nMale\nDate of Death\n4 March 1193\nBirthplace\nTikrit\nChildren\nCurrent Residence\nDamascus\n"
    claims = _read(text)
    assert _values(claims, "date_of_death") == ["1193-03-04"]
    assert _values(claims, "place_of_birth") == ["Tikrit"]
    assert not _by(claims, "child")


def test_single_died_line_heading_a_page():
    claims = _read("Died: 10 Feb 1891 in Stockholm, Sweden\n\nShe was a mathematician.\n")
    assert _values(claims, "date_of_death") == ["1891-02-10"]
    assert _values(claims, "place_of_death") == ["Stockholm, Sweden"]


@pytest.mark.parametrize(
    ("text", "birth", "place"),
    [
        ("Naissance : 5 mai 1821 à Rouen\nDécès : 8 mai 1880\nConjoint : Louise Colet\n", "1821-05-05", "Rouen"),
        ("Geboren: 14. März 1879 in Ulm\nGestorben: 18. April 1955\nEhepartner: Mileva Marić\n", "1879-03-14", "Ulm"),
        ("Родился: 11 сентября 1877, Дзержиново\nУмер: 20 июля 1926, Москва\nСупруга: Софья Мушкат\n",
         "1877-09-11", "Дзержиново"),
    ],
)
def test_foreign_infoboxes(text, birth, place):
    claims = _read(text)
    assert _values(claims, "date_of_birth") == [birth]
    assert _values(claims, "place_of_birth") == [place]
    assert len(_by(claims, "date_of_death")) == 1
    assert len(_by(claims, "spouse")) == 1


def test_russian_labels_for_date_and_place_fields():
    text = "Дата рождения: 4 февр. 1893\nМесто рождения: Смоленская губерния\nЗвание: Маршал\nНаграды: Орден Ленина\n"
    claims = _read(text)
    assert _values(claims, "date_of_birth") == ["1893-02-04"]
    assert _values(claims, "place_of_birth") == ["Смоленская губерния"]
    assert _values(claims, "military_rank") == ["Маршал"]
    assert _values(claims, "award_received") == ["Орден Ленина"]


def test_unmarried_partner_is_not_a_spouse():
    claims = _read("Born 1451\nSpouse(s) Filipa Perestrelo\nPartner(s) Beatriz Arana\n")
    assert _values(claims, "spouse") == ["Filipa Perestrelo"]


def test_spouse_with_marriage_years_and_subject_name_line():
    text = "Born 1874\nSpouse(s) | Wilhelmina Rahner (m. 1894) |\n"
    assert _values(_read(text), "spouse") == ["Wilhelmina Rahner"]
    subject_line = _read("Born 1887\nSpouse(s) Soong Mei\nWalter Krivitsky\nNames (details)\n")
    assert _values(subject_line, "spouse") == ["Soong Mei"]


def test_born_over_three_lines_birth_name_date_place():
    text = "Born\nWalter Ginsberg\n28 June 1899\nPodwołoczyska, Galicia\nDied\n10 February 1941\nWashington, D.C.\nSpouse Tonia\n"
    claims = _read(text)
    assert _values(claims, "date_of_birth") == ["1899-06-28"]
    assert _values(claims, "place_of_birth") == ["Podwołoczyska, Galicia"]
    assert _values(claims, "place_of_death") == ["Washington, D.C."]
    assert _values(claims, "spouse") == ["Tonia"]
    born = _by(claims, "place_of_birth")[0]
    assert born.span.quote.startswith("Born\nWalter") and born.span.quote.endswith("Galicia")


def test_undated_birth_value_naming_the_subject_is_not_a_place():
    claims = _read("Born: Walter Krivitsky\nDied: 1941\nSpouse: Tonia\n")
    assert not _by(claims, "place_of_birth")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("30 августа (11 сентября) 1877", "1877-09-11"),
        ("11 (24) апреля 1908", "1908-04-24"),
        ("2 March [14 March] 1881", "1881-03-14"),
        ("1er janvier 1900", "1900-01-01"),
    ],
)
def test_dual_calendar_dates_read_as_new_style(value, expected):
    claims = _read(f"Born: {value}\nDied: 1950\n")
    assert _values(claims, "date_of_birth") == [expected]


def test_spouses_flattened_without_separators_split_after_marriage_brackets():
    claims = _read("Born: 1890\nSpouse(s) | Anna Ivanova (m. 1911; div. 1920) Olga Petrova (m. 1925) |\n")
    assert _values(claims, "spouse") == ["Anna Ivanova", "Olga Petrova"]


def test_ignored_rows_inside_an_office_keep_its_successor():
    text = (
        "People's Commissar of Justice\n"
        "In office\n"
        "1 May 1930 – 2 June 1935\n"
        "Premier | Ivan Ivanov\n"
        "Preceded by | Pavel Petrov\n"
        "Born | 1 May 1890\n"
    )
    offices = _by(_read(text), "position_held")
    assert {"replaces": "Pavel Petrov"} in [c.qualifiers for c in offices]


def test_russian_table_cells_surname_first_relation_words_and_party_letters():
    text = (
        "Дата рождения | 11 (24) мая 1901 |\n"
        "Супруга | Орлова, Мария Петровна |\n"
        "Дети | сын — Орлов, Пётр Иванович |\n"
        "Партия | ВКП(б) (1925 — 1950) |\n"
    )
    claims = _read(text)
    assert _values(claims, "date_of_birth") == ["1901-05-24"]
    assert _values(claims, "spouse") == ["Мария Петровна Орлова"]
    assert _values(claims, "child") == ["Пётр Иванович Орлов"]
    assert _values(claims, "member_of_political_party") == ["ВКП(б)"]


def test_child_list_drops_link_junk_and_the_subject_himself():
    text = "Born: 1899\nChildren:\nAnna Krivitskaya\nWalter Krivitsky — biography\n"
    assert _values(_read(text), "child") == ["Anna Krivitskaya"]


def test_alias_pairs_join_the_box_title_and_its_alias_names():
    from factoid.extract.infobox import alias_pairs
    from factoid.extract.mentions import NameSpan

    text = "Rudolf Abel\n- Rank: Colonel\n- Birth Name: William Fisher\n- Codename1: Emil Goldfus\n- Birth Date: 1903-07-11\n"
    spans = [NameSpan(text.index(n), text.index(n) + len(n), n) for n in ("Rudolf Abel", "William Fisher", "Emil Goldfus")]
    pairs = alias_pairs(_doc(text), spans)
    assert pairs == [(0, spans[1].start), (0, spans[2].start)]


def test_hard_wrapped_prose_with_label_words_is_not_a_block():
    wrapped = (
        "His father had served the old regime, and his mother came from\n"
        "Born into a family of small traders in the south, he was sent to\n"
        "school early. Family members later said he rarely spoke of those\n"
        "years. Died in poverty, they said, was how he expected to end, and\n"
        "Title to the family house passed to his brother in the end.\n"
    )
    assert find_blocks(wrapped) == []
    assert _read(wrapped) == []


def test_prose_lines_before_a_box_are_not_part_of_it():
    text = "A short opening remark.\nAnother short line here.\nIvan Orlov\nBorn: 1 May 1890\nDied: 2 June 1950\n"
    (block,) = find_blocks(text)
    assert [ln.text for ln in block][0] == "Ivan Orlov"


def test_dialogue_lines_are_not_relatives():
    text = "Father: Where were you all night?\nMother: He went out to see the river again\nBorn: 1850\n"
    claims = _read(text)
    assert not _by(claims, "father") and not _by(claims, "mother")


def test_names_with_particles_are_names():
    claims = _read("Born: 1451\nSpouse: Beatriz Enríquez de Arana\nFather: Ludwig van Beethoven\n")
    assert _values(claims, "spouse") == ["Beatriz Enríquez de Arana"]
    assert _values(claims, "father") == ["Ludwig van Beethoven"]


def test_flattened_award_list_restarts_at_award_heads():
    claims = _read("Born: 1899\nAwards | Order of Lenin Order of the Red Banner Medal for Valour |\n")
    assert _values(claims, "award_received") == ["Order of Lenin", "Order of the Red Banner", "Medal for Valour"]


def test_spouse_list_flattened_without_any_separator():
    claims = _read("Born |\n1 May 1899 |\nSpouse |\nAnna (Nusia) Orlova Maria Petrova Olga Sidorova |\n")
    assert _values(claims, "spouse") == ["Anna Orlova", "Maria Petrova", "Olga Sidorova"]
    four = _read("Born: 1874\nSpouse(s) | Wilhelmina Beatrice \"Bess\" Rahner |\n")
    assert _values(four, "spouse") == ['Wilhelmina Beatrice "Bess" Rahner']


def test_rows_separated_by_blank_lines():
    text = "Born\n\nAnna Orlova\n3 March 1850\nTver\n\nDied\n\n12 June 1911\n\nSpouse(s)\n\nIvan Orlov\n\nShe taught music for forty years in Tver and in Moscow, and wrote two books.\n"
    claims = _read(text)
    assert _values(claims, "date_of_birth") == ["1850-03-03"]
    assert _values(claims, "place_of_birth") == ["Tver"]
    assert _values(claims, "date_of_death") == ["1911-06-12"]
    assert _values(claims, "spouse") == ["Ivan Orlov"]
    assert all("taught" not in ln.text for b in find_blocks(text) for ln in b)


def test_birth_name_before_the_date_is_an_alias_not_a_place():
    doc = _doc("Harry Blackstone | |\nBorn |\nHarry Bouton September 27, 1885 Chicago, Illinois |\nDied | 1965 |\n")
    subject = Subject("box.txt@0", "Harry Blackstone")
    claims = list(read_infoboxes(doc, subject, role_at=lambda offset: PassageRole.MAIN))
    assert [c.value for c in claims if c.property == "place_of_birth"] == ["Chicago, Illinois"]
    assert [doc.text[a:b] for a, b in alias_spans(doc, subject)] == ["Harry Bouton"]


def test_a_second_box_titled_by_a_name_above_its_office_line_is_that_persons(extract):
    text = (
        "Vera Lind (1890-1950) was a Swedish diplomat.\n\n"
        "Oskar Berg\n"
        "Minister of Trade of Sweden\n"
        "In office: 1921 – 1924\n"
        "Preceded by: Karl Holm\n"
    )
    _, _, claims = extract(text)
    offices = {(c.subject_name, c.value) for c in claims if c.property == "position_held"}
    assert offices and all(name == "Oskar Berg" for name, _ in offices)


def test_label_glued_to_an_approximate_year_glued_to_the_place():
    text = "Walter Krivitsky\nBornc. 1702Lyon, France\nDied4 May 1760Paris, France\nOccupation Clerk\n"
    claims = _read(text)
    assert [c.value for c in _by(claims, "date_of_birth")] == ["1702~"]
    assert [c.value for c in _by(claims, "place_of_birth")] == ["Lyon, France"]
    assert [c.value for c in _by(claims, "place_of_death")] == ["Paris, France"]


def test_children_with_article_joined_names_on_their_own_lines():
    text = "Walter Krivitsky\nBorn 1 May 1807\nSpouse(s) Zahra ad-Dawla\nChildren Layla ol-Nisa\nMaryam ol-Nisa\nNames\n"
    claims = _read(text)
    assert [c.value for c in _by(claims, "child")] == ["Layla ol-Nisa", "Maryam ol-Nisa"]
    assert [c.value for c in _by(claims, "spouse")] == ["Zahra ad-Dawla"]


def test_a_lower_case_clause_is_still_no_name():
    text = "Walter Krivitsky\nBorn 1 May 1807\nChildren none known\nOccupation Clerk\n"
    assert _by(_read(text), "child") == []


def test_find_rows_gives_each_caller_its_own_lists():
    """The blocks of the last few texts are kept (extraction asks three times per document):
    a caller that changes the lists it got does not change what the next caller gets."""
    from factoid.extract.infobox import rows

    text = "Maria Vell\nBorn\t2 May 1901\nDied\t7 June 1960\nSpouse\tJon Vell\n\nShe wrote novels.\n"
    first = rows.find_rows(text)
    assert first and first[0]
    expected = [list(block) for block in first]
    first[0].clear()
    first.append([])
    assert rows.find_rows(text) == expected


GLUED_FAMILY = (
    "Walter Krivitsky\n"
    "Spouse(s)Ilse Marek (m. 1921; div. 1925)Vera Holm (m. 1926)Lotte (m. 1940)\n"
    "ChildrenPeter KrivitskyAnna KrivitskayaMaria DeWitt\n"
    "ParentsAron Krivitsky (father)Rosa Holm (mother)\n"
)


def test_names_glued_after_marriage_brackets_are_one_claim_each_with_its_own_span():
    spouse = _by(_read(GLUED_FAMILY), "spouse")
    assert [c.value for c in spouse] == ["Ilse Marek", "Vera Holm", "Lotte"]
    assert [c.span.quote for c in spouse] == ["Ilse Marek", "Vera Holm", "Lotte"]


def test_names_glued_lower_to_upper_case_are_split_but_an_inner_capital_stays():
    child = _by(_read(GLUED_FAMILY), "child")
    assert [c.value for c in child] == ["Peter Krivitsky", "Anna Krivitskaya", "Maria DeWitt"]
    assert child[1].span.quote == "Anna Krivitskaya"


def test_parents_glued_after_their_markers():
    claims = _read(GLUED_FAMILY)
    assert [c.value for c in _by(claims, "father")] == ["Aron Krivitsky"]
    assert [(c.value, c.span.quote) for c in _by(claims, "mother")] == [("Rosa Holm", "Rosa Holm")]


def test_sentences_under_an_office_like_label_are_no_office():
    """A forum's "Post by someone" line with a reader's question below is no office held."""
    claims = _read("Walter Krivitsky\nPost by mira_k » Tue Feb 06, 2018 10:20 pm\nThanks. And his family? Did they flee?\n")
    assert not _by(claims, "position_held")
    kept = _read("Walter Krivitsky\nBorn: 1899\nPost: Head of the Fourth Department\n")
    assert [c.value for c in _by(kept, "position_held")] == ["Head of the Fourth Department"]


def test_a_style_in_a_box_with_a_succession_row_is_no_office():
    text = (
        "{{Infobox royalty\n"
        "| name         = Walter Krivitsky\n"
        "| title        = [[Augusta]]\n"
        "| succession   = [[List of empresses|Empress of the Eastern Realm]]\n"
        "| reign        = 1 April 527 – 28 June 548\n"
        "| predecessor  = [[Euphemia]]\n"
        "}}\n"
    )
    offices = _by(_read(text), "position_held")
    assert {c.value for c in offices} == {"Empress of the Eastern Realm"}
    assert {"replaces": "Euphemia"} in [c.qualifiers for c in offices]


def test_a_forum_post_under_a_post_label_is_no_office():
    text = (
        "Post by old_reader » Tue Feb 06, 2018 10:20 pm\n"
        "Thanks. And what of his sons? Did they live long?\n"
        "Post by other_reader » Tue Feb 06, 2018 10:41 pm\n"
    )
    assert _by(_read(text), "position_held") == []


def test_circa_glued_to_the_birth_name_still_dates_the_birth():
    claims = _read("Walter Krivitsky\nBornWalter Krivitskyc. 899Visby, Gotland\nDied1041\n")
    assert [c.value for c in _by(claims, "date_of_birth")] == ["0899~"]
    assert [c.value for c in _by(claims, "place_of_birth")] == ["Visby, Gotland"]


def test_an_order_after_a_knight_of_the_is_one_award():
    from factoid.extract.infobox.values import items

    assert items("Knight of the Order of the Lion (1901)", restart=("Order", "Knight")) == [
        "Knight of the Order of the Lion"]
    assert items("Order of the Lion Knight of the Bath", restart=("Order", "Knight")) == [
        "Order of the Lion", "Knight of the Bath"]
