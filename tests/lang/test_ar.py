"""A page written wholly in Arabic script (``factoid.extract.prose_arabic``, ``lang/ar/``): its
heading and name row give the subject, its label rows and prose sentences give the dates and
places of birth and death in English with Arabic quotes, and its person merges with the Latin
forms of an English page. The people and sentences are written for these tests (one invented
man; Saladin's life restated in our own words)."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_run import extract_text

import factoid.api as api
from factoid.ingest.language import guess_language

pytestmark = pytest.mark.slow

INVENTED = ("كريم يوسف الشامي\n\n"
            "الاسم الكامل: كريم يوسف الشامي\nتاريخ الولادة: ٣ مارس ١٨٨٤\nمكان الولادة: حلب\n"
            "تاريخ الوفاة: 17 نيسان 1952\nمكان الوفاة: بيروت\n\n"
            "كريم يوسف الشامي طبيب ومؤرخ. وُلد في حلب في 3 مارس 1884، ودرس الطب في إسطنبول. "
            "توفي والده في دمشق سنة 1901. توفي كريم الشامي في بيروت في 17 نيسان 1952.")

SALADIN_AR = ("صلاح الدين يوسف بن أيوب\n\n"
              "مكان الولادة: تكريت\nتاريخ الوفاة: 4 مارس 1193\nمكان الوفاة: دمشق\n\n"
              "صلاح الدين يوسف بن أيوب سلطان حكم مصر والشام. وُلد في تكريت سنة 1137، "
              "وكان والده نجم الدين أيوب قائدا. وتوفي صلاح الدين في دمشق في 4 مارس 1193.\n")
SALADIN_EN = ("Saladin\n\n"
              "Salah ad-Din Yusuf ibn Ayyub was the first sultan of Egypt and Syria. "
              "Salah ad-Din Yusuf ibn Ayyub was born in Tikrit in 1137. His father Najm ad-Din Ayyub "
              "was a soldier. Salah ad-Din died in Damascus on 4 March 1193.\n")


def claims_of(text: str) -> list:
    _, claims = extract_text(text, "ar")
    return claims


def test_arabic_is_told_by_its_script():
    assert guess_language(INVENTED) == "ar"
    assert guess_language("Salim Haddad was an engineer in Beirut and Cairo.") != "ar"


def test_an_arabic_only_page_gives_its_subject_and_rows():
    claims = claims_of(INVENTED)
    rows = {(c.subject_name, c.property, c.value, c.span.quote) for c in claims if c.extractor.startswith("extract.infobox")}
    who = "كريم يوسف الشامي"
    assert {(who, "date_of_birth", "1884-03-03", "تاريخ الولادة: ٣ مارس ١٨٨٤"),
            (who, "place_of_birth", "Aleppo", "مكان الولادة: حلب"),
            (who, "date_of_death", "1952-04-17", "تاريخ الوفاة: 17 نيسان 1952"),
            (who, "place_of_death", "Beirut", "مكان الوفاة: بيروت")} <= rows


def test_prose_sentences_give_birth_and_death_with_arabic_quotes():
    claims = [c for c in claims_of(INVENTED) if c.extractor.startswith("extract.prose.ar")]
    got = {(c.property, c.value, c.span.quote) for c in claims}
    born = "وُلد في حلب في 3 مارس 1884، ودرس الطب في إسطنبول."
    died = "توفي كريم الشامي في بيروت في 17 نيسان 1952."
    assert {("date_of_birth", "1884-03-03", born), ("place_of_birth", "Aleppo", born),
            ("date_of_death", "1952-04-17", died), ("place_of_death", "Beirut", died)} <= got
    assert {c.subject_name for c in claims} == {"كريم يوسف الشامي"}
    # "توفي والده": the father's death is not the subject's
    assert not any(c.value == "1901" or c.value == "Damascus" for c in claims)
    assert next(c for c in claims if c.value == "Aleppo").value_text == "حلب"


def test_a_name_after_the_verb_is_whose_event_and_the_manner_is_read():
    text = ("سليم حداد\n\nسليم حداد مهندس. أُعدم عمر بن زياد الحداد في بغداد في 8 شباط 1963.")
    got = {(c.subject_name, c.property, c.value) for c in claims_of(text)}
    who = "عمر بن زياد الحداد"
    assert {(who, "date_of_death", "1963-02-08"), (who, "place_of_death", "Baghdad"),
            (who, "manner_of_death", "execution")} <= got
    assert not any(s == "سليم حداد" and p == "date_of_death" for s, p, _ in got)


def test_names_in_prose_are_mentions():
    text = "صلاح الدين يوسف بن أيوب\n\nكان والده نجم الدين أيوب قائدا، وخدم أبو بكر البغدادي في جيشه."
    mentions, _ = extract_text(text, "ar")
    names = {m.text for m in mentions}
    assert {"صلاح الدين يوسف بن أيوب", "نجم الدين أيوب", "أبو بكر البغدادي"} <= names
    # father and son share the lineage name but are two people
    by_name = {m.text: m.entity for m in mentions}
    assert by_name["نجم الدين أيوب"] != by_name["صلاح الدين يوسف بن أيوب"]


def test_a_hijri_year_is_no_birth_year():
    text = "زياد حداد\n\nوُلد زياد حداد في دمشق سنة 1299 هـ."
    got = {(c.property, c.value) for c in claims_of(text)}
    assert ("place_of_birth", "Damascus") in got
    assert not any(p == "date_of_birth" for p, _ in got)


def test_an_arabic_page_and_an_english_page_are_one_person(tmp_path: Path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "saladin-ar.txt").write_text(SALADIN_AR, encoding="utf-8")
    (corpus / "saladin-en.txt").write_text(SALADIN_EN, encoding="utf-8")
    kb = api.open_kb(str(tmp_path / "kb.db"))
    assert api.ingest(kb, [corpus]).ok
    api.build(kb)
    people = api.people(kb)
    hits = [p for p in people if any("صلاح" in a for a in p["aliases"])]
    assert len(hits) == 1, people
    person = hits[0]
    assert any("Salah ad-Din" in a for a in person["aliases"]), person
    assert person["documents"] == 2
    _, claims = api.person_claims(kb, person["name"])
    deaths = {c["value"] for c in claims if c["property"] == "place_of_death"}
    assert deaths == {"Damascus"}, claims
    kb.engine.dispose()


def test_a_heading_loses_its_site_name_and_title():
    text = "السلطان صلاح الدين يوسف بن أيوب - موسوعة\n\nوُلد في تكريت سنة 1137م."
    got = {(c.subject_name, c.property, c.value) for c in claims_of(text)}
    assert {("صلاح الدين يوسف بن أيوب", "date_of_birth", "1137"),
            ("صلاح الدين يوسف بن أيوب", "place_of_birth", "Tikrīt")} <= got


@pytest.mark.parametrize(("text", "quote", "edtf"), [
    ("توفي في 4 مارس 1193م", "4 مارس 1193", "1193-03-04"),  # the Gregorian marker glued on
    ("ولد سنة ١١٣٧م", "١١٣٧", "1137"),
])
def test_a_year_with_a_glued_marker_is_read(text, quote, edtf):
    from factoid import dates
    (match,) = dates.find_dates(text)
    assert (text[match.start : match.end], match.value.edtf) == (quote, edtf)


@pytest.mark.parametrize(("text", "expected"), [
    ("سليم حداد\\n\\nسليم حداد (12 يناير 1901 - 3 مايو 1966) مهندس لبناني.",
     {("date_of_birth", "1901-01-12"), ("date_of_death", "1966-05-03")}),
    ("سليم حداد\\n\\nسليم حداد (بيروت 1901م - القاهرة 1966م) مهندس لبناني.",
     {("date_of_birth", "1901"), ("place_of_birth", "Beirut"), ("date_of_death", "1966"),
      ("place_of_death", "Cairo")}),
])
def test_a_life_in_brackets_after_the_name(text, expected):
    got = {(c.property, c.value) for c in claims_of(text) if c.subject_name == "سليم حداد"}
    assert expected <= got
