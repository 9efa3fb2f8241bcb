"""Abbreviated record lines (``factoid.extract.records``): finding aids, genealogy records and
catalogue cards write facts as "b. D, P; s. of A and B; d. D, P. Bur. P". Sentences written
for these tests; the people are invented."""

from __future__ import annotations

import pytest

from factoid.extract import records


def _kinds(line: str, code: str = "en") -> list[tuple[str, str]]:
    return [(f.kind, f.value) for f in records.facts_of(line, code)]


def test_semicolons_and_full_stops_separate_the_facts_of_a_line():
    got = _kinds("b. 2 May 1612, Hadleigh Hall, Suffolk; s. of Roger Quill and Ann Pym. Bur. St Mary's Church, Ipswich.")
    assert got == [("born", "2 May 1612, Hadleigh Hall, Suffolk"), ("parents", "Roger Quill and Ann Pym"),
                   ("buried", "St Mary's Church, Ipswich")]


def test_d_of_is_a_daughter_not_a_death():
    assert _kinds("d. of Hugh Marlow and Jane Ferrers") == [("parents", "Hugh Marlow and Jane Ferrers")]


def test_a_fact_inside_another_persons_bracket_is_not_read():
    got = _kinds("m. 1640 Edith Crane (d. 1688), widow; d. 1671, Norwich")
    assert ("died", "1671, Norwich") in got
    assert all(value != "1688" for _, value in got)


def test_a_line_of_prose_opens_no_fact():
    assert _kinds("The papers were sorted by the donor in 1950.") == []


def test_a_born_value_gives_date_and_the_place_up_to_lower_case_words():
    assert records.life("3 Jul. 1702, Leiden, after a long illness") == ("1702-07-03", "Leiden", "3 Jul. 1702")
    assert records.life("Leiden, 3 Jul. 1702")[:2] == ("1702-07-03", "Leiden")
    assert records.life("c. 1650")[:2] == ("1650~", None)


def test_two_parents_are_father_and_mother_one_is_by_the_given_name():
    assert records.parent_names("Roger Quill and Ann Pym") == [("father", "Roger Quill"), ("mother", "Ann Pym")]
    assert records.parent_names("Maria Quill") == [("mother", "Maria Quill")]
    assert records.parent_names("Roger Quill") == [("father", "Roger Quill")]


def test_a_spouse_loses_marriage_years_and_numbering():
    assert records.spouse_names("(1) 1640 Edith Crane; (2) 1660 Mary Dunn") == ["Edith Crane", "Mary Dunn"]


def test_german_abbreviations_are_data():
    got = _kinds("geb. 4. März 1711 in Kassel; gest. 9. Mai 1780 in Gotha", "de")
    assert got == [("born", "4. März 1711 in Kassel"), ("died", "9. Mai 1780 in Gotha")]
    assert records.life("4. März 1711 in Kassel")[:2] == ("1711-03-04", "Kassel")


def test_italian_m_is_a_death_english_m_a_marriage():
    assert _kinds("m. Pisa 1702", "it") == [("died", "Pisa 1702")]
    assert _kinds("m. 1702 Anna Vico", "en") == [("spouse", "1702 Anna Vico")]


FINDING_AID = """# Papers of Eldred Quill

## Biographical history

Quill, Eldred (Eldred Rogerson), 1612-1675, surveyor.
- b. 2 May 1612, Hadleigh Hall, Suffolk (then a manor of the Pym family); s. of Roger Quill and Ann Pym.
- brother Simon Quill, merchant; sister Ruth Quill, schoolmistress.
- 1640 m. Edith Crane, widow of a draper.
- d. 14 Nov. 1675, Norwich, after a fever of some weeks. Bur. St Peter's Church, Norwich.

Correspondents: Hartlib, Samuel, 1600-1662; Oldenburg, Henry, c. 1619-1677 (d. 1677, London).
"""


@pytest.mark.slow
def test_a_finding_aid_gives_its_subjects_facts_and_no_correspondents(extract):
    _, _, claims = extract(FINDING_AID)
    got = {(c.property, c.value) for c in claims if c.extractor == records.EXTRACTOR}
    subjects = {c.subject_name for c in claims if c.extractor == records.EXTRACTOR}
    assert {("date_of_birth", "1612-05-02"), ("father", "Roger Quill"),
            ("mother", "Ann Pym"), ("sibling", "Simon Quill"), ("sibling", "Ruth Quill"),
            ("date_of_death", "1675-11-14"), ("place_of_death", "Norwich"),
            ("place_of_burial", "St Peter's Church"), ("place_of_burial", "Norwich")} <= got
    assert len(subjects) == 1 and "Quill" in subjects.pop()
    births = [v for p, v in got if p == "place_of_birth"]
    assert births and all(v.startswith("Hadleigh Hall") for v in births)  # the bracket is no place
    assert not any(v in {"1677", "1662"} for _, v in got)  # correspondents' lifespans


GENEALOGY = """Family record

Marlow, Hugh, 1650-1712; b. 8 Jan 1650, Dover; d. 3 Mar 1712, Canterbury.
Marlow, Jane, 1655-1730; b. 1655, Deal; m. 1674 Hugh Marlow.
"""


@pytest.mark.slow
def test_each_headword_gives_its_own_persons_facts(extract):
    _, _, claims = extract(GENEALOGY)
    births = {}
    for c in claims:
        if c.extractor == records.EXTRACTOR and c.property == "date_of_birth":
            births.setdefault(c.subject, set()).add(c.value)
    hugh = next(s for s, v in births.items() if "1650-01-08" in v)
    assert births[hugh] == {"1650-01-08"}  # Jane's record below is never Hugh's


@pytest.mark.slow
def test_a_rulers_lifespan_far_from_the_subject_is_not_the_subjects(extract):
    from tests.extract_run import extract_text

    text = ("Henrik Vessel\n\nDe Deense landmeter Henrik Vessel werd op 3 maart 1640 geboren in Aarhus en stierf "
            "op 9 mei 1701 in Wenen, waar hij als hofmeester van keizer Leopold I (1640-1705) werkte.\n")
    _, claims = extract_text(text, "nl")
    years = {c.value for c in claims if c.property in {"date_of_birth", "date_of_death"}}
    assert "1705" not in years


def test_words_before_a_date_that_are_no_place_give_nothing():
    assert records.life("Joel Emmanuel Lund, was a singer who left for Boston in 1902")[:2] == (None, None)


@pytest.mark.slow
def test_a_sentence_after_the_subjects_name_is_prose_not_a_record(extract):
    text = ("Edda Lund\n\nEdda Lund, born Edda Maria Holm, was a Swedish weaver. She left Sweden for Chicago "
            "in 1902 with her sister Anna.\n")
    _, _, claims = extract(text)
    assert not [c for c in claims if c.extractor == records.EXTRACTOR]


def test_a_glued_works_row_ends_the_children_list():
    import hashlib

    from factoid.extract.common import Subject
    from factoid.extract.infobox import read_infoboxes
    from factoid.model import Document, PassageRole

    text = "Born3 March 1620Leiden\nChildrenPieter Vos\nNotable worksTractatus Novus, Liber Astrorum\n"
    doc = Document("b.txt", text, hashlib.sha256(text.encode()).hexdigest(), len(text), "txt")
    claims = list(read_infoboxes(doc, Subject("b@0", "Jan Vos"), role_at=lambda _o: PassageRole.MAIN))
    assert {c.value for c in claims if c.property == "child"} == {"Pieter Vos"}


def test_dutch_kin_lines_of_a_record_name_the_spouse_and_a_child():
    kind, value = _kinds("echtgenote van Pieter Claesz Bos (1620–1671), huwelijk 1650 te Delft", "nl")[0]
    assert kind == "spouse" and records.spouse_names(value)[0] == "Pieter Claesz Bos"
    assert _kinds("moeder van Grietje Bos", "nl") == [("child", "Grietje Bos")]
