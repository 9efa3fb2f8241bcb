"""The whole extractor on tiny prose documents (spaCy model loaded once per session)."""

from __future__ import annotations

import pytest

from factoid.model import PassageRole

pytestmark = pytest.mark.slow


def values(claims, prop, name=None):
    return [c.value for c in claims if c.property == prop and (name is None or c.subject_name == name)]


def about(claims, prop, value):
    return [c for c in claims if c.property == prop and c.value == value]


# ---- birth and death ---------------------------------------------------------------------------


def test_born_date_and_place(extract):
    _, _, claims = extract("Genrikh Lyushkov was born on 12 March 1900 in Odessa.")
    assert values(claims, "date_of_birth", "Genrikh Lyushkov") == ["1900-03-12"]
    assert values(claims, "place_of_birth", "Genrikh Lyushkov") == ["Odessa"]


def test_died_date_and_place_with_pronoun(extract):
    _, _, claims = extract("Genrikh Lyushkov was a Soviet officer. He died on 19 August 1945 in Dalian.")
    assert values(claims, "date_of_death", "Genrikh Lyushkov") == ["1945-08-19"]
    assert values(claims, "place_of_death", "Genrikh Lyushkov") == ["Dalian"]


def test_where_she_died(extract):
    _, _, claims = extract("Anna Petrova was a teacher. She moved to Riga, where she died in 1999.")
    assert values(claims, "date_of_death", "Anna Petrova") == ["1999"]
    assert values(claims, "place_of_death", "Anna Petrova") == ["Riga"]


def test_quote_is_the_sentence(extract):
    doc, _, claims = extract("Genrikh Lyushkov was a Soviet officer. He died on 19 August 1945 in Dalian.")
    c = about(claims, "date_of_death", "1945-08-19")[0]
    assert c.span.quote == "He died on 19 August 1945 in Dalian."
    assert c.span.role == PassageRole.MAIN and c.span.hedge is None
    assert c.extractor == "extract.prose.v2"


# ---- killings ------------------------------------------------------------------------------------


def test_x_shot_him(extract):
    _, _, claims = extract("Genrikh Lyushkov was held in a prison camp. Ivan Petrov shot him there.")
    assert values(claims, "killed_by", "Genrikh Lyushkov") == ["Ivan Petrov"]
    assert values(claims, "manner_of_death", "Genrikh Lyushkov") == ["homicide"]
    assert not values(claims, "killed_by", "Ivan Petrov")
    assert not values(claims, "manner_of_death", "Ivan Petrov")


def test_was_executed(extract):
    _, _, claims = extract("Yakov Agranov was arrested in 1937. He was executed on 1 August 1938.")
    assert values(claims, "manner_of_death", "Yakov Agranov") == ["execution"]
    assert values(claims, "date_of_death", "Yakov Agranov") == ["1938-08-01"]
    assert values(claims, "arrested", "Yakov Agranov") == ["1937"]


def test_passive_killed_gives_manner_and_date(extract):
    _, _, claims = extract("Ignace Reiss was a Soviet spy. He was killed by Sergei Efron in September 1937.")
    assert values(claims, "manner_of_death", "Ignace Reiss") == ["homicide"]
    assert values(claims, "date_of_death", "Ignace Reiss") == ["1937-09"]


def test_passive_killed_by_names_the_killer(extract):
    _, _, claims = extract("Ignace Reiss was a Soviet spy. He was killed by Sergei Efron in September 1937.")
    assert values(claims, "killed_by", "Ignace Reiss") == ["Sergei Efron"]


def test_planned_killing_is_not_a_death(extract):
    _, _, claims = extract("Genrikh Lyushkov was a Soviet defector. In 1938 he planned to kill Joseph Stalin.")
    assert not values(claims, "manner_of_death")
    assert not values(claims, "date_of_death")


# ---- arrests, sentences ----------------------------------------------------------------------------


def test_date_carried_from_previous_sentence_same_person(extract):
    _, _, claims = extract(
        "Boris Kamkov was a Soviet officer. In November 1957 he was tried. The court sentenced him to 10 years."
    )
    assert values(claims, "sentenced", "Boris Kamkov") == ["1957-11"]


def test_date_not_carried_to_a_different_person(extract):
    _, _, claims = extract(
        "Boris Kamkov was arrested in November 1957. Pavel Orlov was a quiet man. "
        "The court sentenced Pavel Orlov to ten years."
    )
    assert values(claims, "arrested", "Boris Kamkov") == ["1957-11"]
    assert not values(claims, "sentenced")


def test_arrest_with_its_own_date(extract):
    _, _, claims = extract("Elena Orlova was a Soviet agent. She was arrested on 3 May 1938.")
    assert values(claims, "arrested", "Elena Orlova") == ["1938-05-03"]


# ---- defections -------------------------------------------------------------------------------------


def test_on_date_he_defected(extract):
    _, _, claims = extract("Walter Krivitsky was a Soviet agent. On 6 October 1937 he defected.")
    assert values(claims, "defected", "Walter Krivitsky") == ["1937-10-06"]


def test_fled_to_france(extract):
    _, _, claims = extract("Alexander Orlov was a Soviet agent. He fled to France in 1937.")
    assert values(claims, "defected", "Alexander Orlov") == ["1937"]


def test_moved_to_a_city_is_not_a_defection(extract):
    _, _, claims = extract("Alexander Orlov was a Soviet agent. He moved to Kharkov in 1931.")
    assert not values(claims, "defected")


# ---- offices, ranks, awards, party --------------------------------------------------------------------


def test_office_with_year_range(extract):
    _, _, claims = extract(
        "Genrikh Lyushkov was a Soviet officer. In 1935-1937 he was head of the NKVD of the Azov-Black Sea region."
    )
    offices = [c for c in claims if c.property == "position_held"]
    assert len(offices) == 1
    assert offices[0].subject_name == "Genrikh Lyushkov"
    assert offices[0].value == "head of the NKVD of the Azov-Black Sea region"
    assert offices[0].qualifiers == {"start": "1935", "end": "1937"}


def test_appointed_deputy_director(extract):
    _, _, claims = extract(
        "Genrikh Lyushkov was a Soviet officer. He was appointed deputy director of the Secret Political Department in 1930."
    )
    offices = [c for c in claims if c.property == "position_held"]
    assert [(c.value, c.qualifiers) for c in offices] == [
        ("deputy director of the Secret Political Department", {"start": "1930"})
    ]


def test_promoted_to_rank(extract):
    _, _, claims = extract("Genrikh Lyushkov was a Soviet officer. In 1936 he was promoted to Major of State Security.")
    assert values(claims, "military_rank", "Genrikh Lyushkov") == ["Major of State Security"]


def test_two_orders_in_one_phrase(extract):
    _, _, claims = extract("Genrikh Lyushkov was a Soviet officer. He was awarded the Orders of the Red Banner and Lenin.")
    assert sorted(values(claims, "award_received", "Genrikh Lyushkov")) == ["Order of Lenin", "Order of the Red Banner"]
    assert not [c for c in claims if c.subject_name == "Lenin"]


def test_joined_party(extract):
    _, _, claims = extract("Genrikh Lyushkov was a Soviet officer. He joined the Bolshevik Party in 1917.")
    assert values(claims, "member_of_political_party", "Genrikh Lyushkov") == ["Bolshevik Party"]


# ---- family -----------------------------------------------------------------------------------------


def test_his_wife_comma_name(extract):
    _, _, claims = extract("Walter Krivitsky was a Soviet agent. His wife, Antonina Krivitskaya, lived in New York.")
    assert values(claims, "spouse", "Walter Krivitsky") == ["Antonina Krivitskaya"]


def test_his_wife_given_name_only(extract):
    _, _, claims = extract("Walter Krivitsky was a Soviet agent. His wife, Antonina, lived in New York.")
    assert values(claims, "spouse", "Walter Krivitsky") == ["Antonina"]


def test_possessive_widow(extract):
    _, _, claims = extract("Ignace Reiss was a Soviet spy. Reiss's widow Elsa wrote a book about him.")
    assert values(claims, "spouse", "Ignace Reiss") == ["Elsa"]


def test_brother_of(extract):
    _, _, claims = extract("Nahum Eitingon was a Soviet agent. He is the brother of Max Eitingon.")
    assert values(claims, "sibling", "Nahum Eitingon") == ["Max Eitingon"]
    assert not values(claims, "sibling", "Max Eitingon")


def test_in_the_family_of_the_tailor(extract):
    _, _, claims = extract("Genrikh Lyushkov was born in 1900 in Odessa in the family of the tailor Samuel Lyushkov.")
    assert values(claims, "father", "Genrikh Lyushkov") == ["Samuel Lyushkov"]
    assert values(claims, "date_of_birth", "Genrikh Lyushkov") == ["1900"]


# ---- references -------------------------------------------------------------------------------------


def test_she_after_a_woman_is_her(extract):
    _, _, claims = extract("Elena Orlova was a Soviet agent. Boris Orlov was her colleague. She was arrested in 1938.")
    assert values(claims, "arrested", "Elena Orlova") == ["1938"]
    assert not values(claims, "arrested", "Boris Orlov")


def test_he_after_a_woman_is_not_her(extract):
    _, _, claims = extract("Boris Orlov was a Soviet agent. Elena Orlova was his colleague. He was arrested in 1938.")
    assert values(claims, "arrested", "Boris Orlov") == ["1938"]
    assert not values(claims, "arrested", "Elena Orlova")


def test_initial_abbreviation(extract):
    _, _, claims = extract("Genrikh Lyushkov was a Soviet officer. In June 1938 L. crossed the border into Manchuria.")
    assert values(claims, "defected", "Genrikh Lyushkov") == ["1938-06"]


def test_sentence_initial_word_before_initial_is_not_a_name(extract):
    _, mentions, claims = extract("Genrikh Lyushkov was a Soviet officer. Later L. fled to Japan in June 1938.")
    assert "Later L" not in {m.text for m in mentions}
    assert not [c for c in claims if c.subject_name.startswith("Later")]


# ---- hedges and roles -------------------------------------------------------------------------------


def test_allegedly(extract):
    _, _, claims = extract("Genrikh Lyushkov was a Soviet officer. He was allegedly shot in 1945.")
    deaths = about(claims, "date_of_death", "1945")
    assert deaths and all(c.span.hedge == "allegedly" for c in deaths)


def test_according_to_another_version(extract):
    _, _, claims = extract(
        "Genrikh Lyushkov was a Soviet officer. According to another version, he died on 2 September 1945."
    )
    c = about(claims, "date_of_death", "1945-09-02")[0]
    assert c.span.hedge == "According to another version"


def test_according_to_his_widow(extract):
    _, _, claims = extract("Ignace Reiss was a Soviet agent. According to his widow, he was born in 1899.")
    c = about(claims, "date_of_birth", "1899")[0]
    assert c.span.hedge == "According to his widow"


def test_plain_sentence_has_no_hedge(extract):
    _, _, claims = extract("Walter Krivitsky was a Soviet agent. On 6 October 1937 he defected.")
    assert claims and all(c.span.hedge is None for c in claims)


TWO_PARAS = "Genrikh Lyushkov was a Soviet officer.\n\nGenrikh Lyushkov died on 19 August 1945 in Dalian."


def test_comment_passage_claims_carry_comment_role(extract):
    _, _, claims = extract(TWO_PARAS, roles={1: PassageRole.COMMENT})
    deaths = about(claims, "date_of_death", "1945-08-19")
    assert deaths and all(c.span.role == PassageRole.COMMENT for c in deaths)


@pytest.mark.parametrize("role", [PassageRole.OFFTOPIC, PassageRole.BOILERPLATE])
def test_offtopic_and_boilerplate_give_no_claims(extract, role):
    _, _, claims = extract(TWO_PARAS, roles={1: role})
    assert not [c for c in claims if c.span.start >= TWO_PARAS.index("\n\n")]


def test_prose_after_infobox_is_read(extract):
    text = "Walter Krivitsky\nBorn1899\nDied1941\n\nOn 6 October 1937 Krivitsky defected in Paris."
    _, _, claims = extract(text, title="Walter Krivitsky")
    assert values(claims, "defected") == ["1937-10-06"]


# ---- grounding over a larger document ----------------------------------------------------------------

STORY = (
    "Genrikh Samoilovich Lyushkov\n\n"
    "Genrikh Samoilovich Lyushkov was born in 1900 in Odessa in the family of the tailor Samuel Lyushkov. "
    "He joined the Bolshevik Party in 1917. In 1935-1937 he was head of the NKVD of the Azov-Black Sea region.\n\n"
    "On 13 June 1938 Lyushkov fled to Manchukuo. His wife, Nina Lyushkova, was arrested in 1938. "
    "According to one version, he was shot by Japanese officers in August 1945.\n\n"
    "Anonymous said...\n\n"
    "I think Lyushkov died in 1946 in Dairen."
)


def test_every_claim_is_grounded_and_roles_match(extract):
    roles = {3: PassageRole.COMMENT, 4: PassageRole.COMMENT}
    doc, _, claims = extract(STORY, roles=roles, title="Genrikh Samoilovich Lyushkov")
    assert claims
    comment_start = STORY.index("Anonymous said")
    for c in claims:
        assert doc.text[c.span.start : c.span.end] == c.span.quote
        expected = PassageRole.COMMENT if c.span.start >= comment_start else PassageRole.MAIN
        assert c.span.role == expected
    assert "1938-06-13" in values(claims, "defected")


def test_son_of_names_the_father(extract):
    _, _, claims = extract("Artur Artuzov was a Soviet intelligence chief. He was the son of a Swiss cheesemaker, Christian Frauchi.")
    assert set(values(claims, "father", "Artur Artuzov")) == {"Christian Frauchi"}
    assert not values(claims, "child")


def test_succeeding_names_the_predecessor_in_that_office(extract):
    _, _, claims = extract("In 1931 Artur Artuzov was appointed head of the Foreign Department of the OGPU, "
                           "succeeding Stanislav Messing. In 1935 he was succeeded by Abram Slutsky.")
    office = [c for c in claims if c.property == "position_held" and c.subject_name == "Artur Artuzov"]
    assert {c.value for c in office} == {"head of the Foreign Department of the OGPU"}
    quals = {k: v for c in office for k, v in c.qualifiers.items()}
    assert quals == {"start": "1931", "replaces": "Stanislav Messing", "replaced_by": "Abram Slutsky"}


def test_note_style_sentences_are_about_the_subject(extract):
    _, _, claims = extract("Frinovsky Mikhail Petrovich (1898-1940)\n\nArrested on April 6, 1939. Shot on February 4, 1940.",
                           title="Frinovsky Mikhail Petrovich (1898-1940)")
    assert set(values(claims, "arrested")) == {"1939-04-06"}
    assert "1940-02-04" in values(claims, "date_of_death")


def test_married_to_and_crossing_into(extract):
    _, _, claims = extract("Vsevolod Balitsky was married to Anna Balitskaya. In 1938 he crossed into Manchukuo.")
    assert set(values(claims, "spouse", "Vsevolod Balitsky")) == {"Anna Balitskaya"}
    assert set(values(claims, "spouse", "Anna Balitskaya")) == {"Vsevolod Balitsky"}
    assert set(values(claims, "defected", "Vsevolod Balitsky")) == {"1938"}


def test_the_date_on_the_verb_beats_a_date_inside_a_noun_phrase(extract):
    _, _, claims = extract("After the arrest of Lavrentiy Beria in 1953, Pavel Sudoplatov was arrested on 21 August 1953.")
    assert set(values(claims, "arrested", "Pavel Sudoplatov")) == {"1953-08-21"}


def test_pronoun_in_a_verbless_sentence_terminates(extract):
    """A pronoun whose sentence has no verb above it (a nominal root) once sent the search
    for its clause's verb round in circles."""
    _, _, claims = extract("Genrikh Lyushkov was a Soviet officer. A letter for him from Moscow, dated 1938.")
    assert isinstance(claims, list)


def test_single_name_people_need_an_anchored_passage(extract):
    """A pasted story that escaped the off-topic role yields no claims about its characters,
    while a biography's own relatives known by one name keep theirs."""
    _, _, claims = extract("Genrikh Lyushkov was a Soviet officer.\n\nNatasha married Pierre in the spring. "
                           "Sonya was the daughter of Pierre.")
    assert not [c for c in claims if c.subject_name in {"Natasha", "Sonya", "Pierre"}]
    _, _, claims = extract("Ignace Reiss was a Soviet agent.\n\nHis son Roman was born in 1926 in Vienna.")
    assert "1926" in values(claims, "date_of_birth", "Roman")


def test_coordinated_events_keep_their_own_dates(extract):
    _, _, claims = extract("Nikolai Yezhov was People's Commissar. Yezhov was himself arrested on 10 April 1939, "
                           "sentenced to death on 3 February 1940 and shot the following day.")
    assert set(values(claims, "arrested")) == {"1939-04-10"}
    assert set(values(claims, "sentenced")) == {"1940-02-03"}
    assert set(values(claims, "date_of_death")) == {"1940-02-04"}
    assert set(values(claims, "manner_of_death")) == {"execution"}


def test_copular_parents_and_lowercase_party(extract):
    _, _, claims = extract("Alexander Orlov was an NKVD officer. His father was Lazar Feldbin and his mother Anna. "
                           "He joined the Bolshevik party in 1920.")
    assert set(values(claims, "father", "Alexander Orlov")) == {"Lazar Feldbin"}
    assert set(values(claims, "member_of_political_party", "Alexander Orlov")) == {"Bolshevik party"}


def test_a_parent_titled_queen_is_the_mother(extract):
    """"son of King A and Queen B": a title only women bear marks the mother, whichever
    parent the tagger found."""
    _, _, claims = extract("Olaf Haraldsen was a Norse prince. He was the second son of King Erling and Queen Sigrid.")
    assert "Queen Sigrid" in values(claims, "mother")
    assert "Queen Sigrid" not in values(claims, "father")


def test_possessive_relatives_and_persuasion_are_not_claims(extract):
    _, _, claims = extract("Lyudmila Pismennaya was saved by her father's sister Anna Shulman. "
                           "Takeoka tried to persuade Lyushkov to commit suicide.")
    assert not values(claims, "father")
    assert not [c for c in claims if c.property == "manner_of_death" and c.value == "suicide"]


def test_a_rank_in_apposition_belongs_to_the_name_before_it(extract):
    _, _, claims = extract("Nina Pismennaya was the first wife of Yakov Pismenny - Major General of the NKVD of Ukraine.")
    assert set(values(claims, "military_rank", "Yakov Pismenny")) == {"Major General of the NKVD"}
    assert not values(claims, "military_rank", "Nina Pismennaya")


# ---- alternatives and places in the clause ---------------------------------------------------


def test_alternative_days_of_one_month_are_one_interval(extract):
    _, _, claims = extract("Lev Orlov was born on 3 or 5 March 1802 in Tula.")
    assert sorted(values(claims, "date_of_birth", "Lev Orlov")) == ["1802-03-03/1802-03-05"]


def test_month_day_or_day_replaces_the_bare_year(extract):
    _, _, claims = extract("Lev Orlov was born April 6 or 8, 1874, in Tula.")
    assert sorted(values(claims, "date_of_birth", "Lev Orlov")) == ["1874-04-06/1874-04-08"]


def test_alternative_years(extract):
    _, _, claims = extract("Lev Orlov was born in 1591, 1592 or 1600.")
    assert sorted(values(claims, "date_of_birth", "Lev Orlov")) == ["1591/1600"]


def test_alternative_birth_places(extract):
    _, _, claims = extract("Lev Orlov was born in Tula, Russia, or in the old quarter of Kazan.")
    assert sorted(values(claims, "place_of_birth", "Lev Orlov")) == ["Kazan", "Tula"]


def test_birth_date_is_not_a_date_of_another_clause(extract):
    _, _, claims = extract("As early as 1900, Lev Orlov told reporters he was born in April in Tula.")
    assert not values(claims, "date_of_birth")


def test_place_of_death_far_from_the_verb(extract):
    _, _, claims = extract("Lev Orlov died on November 8, 1887, in Kazan, Russia, where he had gone for a cure.")
    assert values(claims, "place_of_death", "Lev Orlov") == ["Kazan"]


# ---- kinship lists, parents, the verb's own place ---------------------------------------------


def test_plural_kinship_noun_lists_every_relative(extract):
    _, _, claims = extract("Lev Orlov had three brothers, Pavel Orlov, Ivan Orlov and Fyodor Orlov.")
    assert sorted(values(claims, "sibling", "Lev Orlov")) == ["Fyodor Orlov", "Ivan Orlov", "Pavel Orlov"]


def test_possessive_that_resolves_to_a_listed_relative_gives_nothing(extract):
    _, _, claims = extract("His sons, Ivan Orlov and Petr Orlov, were born in Tula.")
    assert not values(claims, "child")


def test_daughter_of_two_parents_in_apposition(extract):
    _, _, claims = extract("Vera Orlova was born in Tula, Russia, the daughter of the merchant Pavel Orlov "
                           "and the teacher Anna Orlova.")
    assert values(claims, "father", "Vera Orlova") == ["Pavel Orlov"]
    assert values(claims, "mother", "Vera Orlova") == ["Anna Orlova"]


def test_born_to_two_parents(extract):
    _, _, claims = extract("Lars Berg was born on March 19, 1848 in Bergen, Norway to Nils Berg and Eva Berg.")
    assert values(claims, "father", "Lars Berg") == ["Nils Berg"]
    assert values(claims, "mother", "Lars Berg") == ["Eva Berg"]


def test_the_daughter_of_someone_met_is_no_parentage(extract):
    _, _, claims = extract("Lev Orlov met the daughter of Pavel Petrov in 1920.")
    assert not [c for c in claims if c.property in {"father", "mother", "child"}]


def test_place_of_a_coordinated_verb_is_not_the_birthplace(extract):
    _, _, claims = extract("Lars Berg was born in 1848 and moved to Oslo with his uncle.")
    assert not values(claims, "place_of_birth")
    _, _, claims = extract("Lars Berg was born and grew up in Bergen.")
    assert values(claims, "place_of_birth", "Lars Berg") == ["Bergen"]


def test_a_child_named_after_have(extract):
    _, _, claims = extract("Lev Orlov lived in Tula. He and his wife had a daughter named Vera Orlova.")
    assert values(claims, "child", "Lev Orlov") == ["Vera Orlova"]


# ---- causes of death, executions, marriages --------------------------------------------------


def test_died_of_an_illness_is_natural(extract):
    _, _, claims = extract("Anna Lind died of pernicious anemia in 1926.")
    assert values(claims, "manner_of_death", "Anna Lind") == ["natural"]


def test_died_of_wounds_is_homicide(extract):
    _, _, claims = extract("Anna Lind died of her wounds on 3 May 1920.")
    assert values(claims, "manner_of_death", "Anna Lind") == ["homicide"]


def test_a_later_killing_by_the_subject_is_not_her_manner_of_death(extract):
    _, _, claims = extract("Anna Lind died in 1950, two years after she shot her rival.")
    assert not values(claims, "manner_of_death")


def test_burned_at_the_stake_after_a_trial(extract):
    _, _, claims = extract("Anna Lind was captured by soldiers at Bergen, tried for heresy, and burned at the "
                           "stake in Oslo on 30 May 1431.")
    assert values(claims, "manner_of_death", "Anna Lind") == ["execution"]
    assert values(claims, "date_of_death", "Anna Lind") == ["1431-05-30"]
    assert values(claims, "place_of_death", "Anna Lind") == ["Oslo"]


def test_spouse_in_a_relative_clause(extract):
    _, _, claims = extract("Anna Lind first met Frank Berg in 1875. Frank Berg, whom she married in 1876, was a marksman.")
    assert values(claims, "spouse", "Anna Lind") == ["Frank Berg"]


def test_spouse_in_apposition_or_named(extract):
    _, _, claims = extract("In 1860 Lars Berg married his 29-year-old first cousin, Maria Lind.")
    assert values(claims, "spouse", "Lars Berg") == ["Maria Lind"]
    _, _, claims = extract("Lars Berg possibly married a woman named Kate Olsen.")
    assert values(claims, "spouse", "Lars Berg") == ["Kate Olsen"]


def test_marriage_noun(extract):
    _, _, claims = extract("At eighteen, Anna Lind entered a nominal marriage with Ivan Petrov, a young geologist.")
    assert values(claims, "spouse", "Anna Lind") == ["Ivan Petrov"]


def test_married_the_daughter_of_someone_is_not_married_to_him(extract):
    _, _, claims = extract("Lars Berg married the daughter of Ivan Petrov in 1880.")
    assert not values(claims, "spouse")


# ---- burial (place_of_burial, Wikidata P119) --------------------------------------------------


def test_burial_place_is_not_a_place_of_death(extract):
    _, _, claims = extract("Anna Lind died and was buried in Bergen.")
    assert values(claims, "place_of_burial", "Anna Lind") == ["Bergen"]
    assert not values(claims, "place_of_death")
    _, _, claims = extract("Anna Lind died in Oslo in 1926 and was buried in Bergen.")
    assert values(claims, "place_of_death", "Anna Lind") == ["Oslo"]
    assert values(claims, "place_of_burial", "Anna Lind") == ["Bergen"]


def test_buried_in_a_cemetery_gives_no_death_date(extract):
    _, _, claims = extract("Lars Berg was buried at Highgate Cemetery in London on 3 May 1920.")
    assert values(claims, "place_of_burial", "Lars Berg") == ["Highgate Cemetery"]
    assert not values(claims, "date_of_death")


# ---- arrests, convictions, asylum --------------------------------------------------------------


def test_conviction_in_a_relative_clause_is_a_sentence(extract):
    _, _, claims = extract("Lars Berg was a chemist who, in 1950, was convicted of passing secrets to Sweden.")
    assert values(claims, "sentenced", "Lars Berg") == ["1950"]


def test_found_guilty(extract):
    _, _, claims = extract("Lars Berg was found guilty on 3 May 1921.")
    assert values(claims, "sentenced", "Lars Berg") == ["1921-05-03"]


def test_asylum_request_is_a_defection_dated_by_the_fronted_date(extract):
    _, _, claims = extract("On 4 April 1944, Lars Berg abandoned his post and requested political asylum in Canada.")
    assert values(claims, "defected", "Lars Berg") == ["1944-04-04"]


def test_captured_person_is_arrested_but_a_captured_city_is_nobody(extract):
    _, _, claims = extract("Anna Lind was captured by soldiers in May 1430 at Bergen.")
    assert values(claims, "arrested", "Anna Lind") == ["1430-05"]
    _, _, claims = extract("Lars Berg led the revolt. In 1774 the rebels captured Kazan.")
    assert not values(claims, "arrested")


def test_relative_clause_arrest_belongs_to_the_antecedent(extract):
    _, _, claims = extract("Lars Berg sheltered Anna Lind, who was arrested in 1920.")
    assert values(claims, "arrested", "Anna Lind") == ["1920"]
    assert not values(claims, "arrested", "Lars Berg")


# ---- offices of every era ----------------------------------------------------------------------


def test_rulers_and_local_offices(extract):
    _, _, claims = extract("In 1302, Omar Faruk became Sultan of Egypt.")
    assert values(claims, "position_held", "Omar Faruk") == ["Sultan of Egypt"]
    _, _, claims = extract("In 1881 Anna Lind was appointed professor at Uppsala University.")
    assert values(claims, "position_held", "Anna Lind") == ["professor at Uppsala University"]


def test_leading_a_revolt_is_no_office(extract):
    _, _, claims = extract("Ivan Bolotnikov was the leader of the Bolotnikov Rebellion in 1606.")
    assert not values(claims, "position_held")


def test_named_prizes_medals_and_order_grades(extract):
    _, _, claims = extract("In 1911 Anna Lind received the Nobel Prize in Chemistry.")
    assert values(claims, "award_received", "Anna Lind") == ["Nobel Prize in Chemistry"]
    _, _, claims = extract("Lars Berg was an Officer of the Order of the British Empire from 1946 to 1965.")
    assert values(claims, "award_received", "Lars Berg") == ["Officer of the Order of the British Empire"]
    _, _, claims = extract("Anna Lind was awarded the Davy Medal in 1903.")
    assert values(claims, "award_received", "Anna Lind") == ["Davy Medal"]


def test_a_date_of_a_later_verb_is_not_the_birth(extract):
    _, _, claims = extract("Lars Berg was a Norwegian-born writer, known for a best-selling book published in 1946.")
    assert not values(claims, "date_of_birth")
    _, _, claims = extract("Lars Berg was born in Bergen; he met his wife in 1926.")
    assert not values(claims, "date_of_birth")
    _, _, claims = extract("Lars Berg was born in Bergen, Norway on 3 May 1901.")
    assert values(claims, "date_of_birth", "Lars Berg") == ["1901-05-03"]


def test_plain_ranks_only_in_a_military_sentence(extract):
    _, _, claims = extract("During the war, Lars Berg served as a captain in the Norwegian Army until 1943.")
    assert values(claims, "military_rank", "Lars Berg") == ["captain"]
    _, _, claims = extract("Lars Berg was the captain of the school football team.")
    assert not values(claims, "military_rank")


def test_an_unnamed_subject_does_not_lend_its_birth_to_the_page_subject(extract):
    _, _, claims = extract(
        "Lev Orlov was born on 3 May 1802 in Tula, Russia. He had four children with his wife. "
        "All were registered as having been born in Kazan."
    )
    assert values(claims, "place_of_birth") == ["Tula"]


def test_a_subjectless_line_still_speaks_of_the_page_subject(extract):
    _, _, claims = extract("Lev Orlov\n\nBorn 12 May 1802 in Tula.")
    assert values(claims, "place_of_birth", "Lev Orlov") == ["Tula"]


# ---- causes of death stated of the death noun --------------------------------------------------


def test_death_due_to_illness_is_natural(extract):
    _, _, claims = extract("Anna Petrova was a teacher. Her death was due to a long illness of the lungs.")
    assert values(claims, "manner_of_death", "Anna Petrova") == ["natural"]


def test_death_caused_by_accident(extract):
    _, _, claims = extract("Boris Orlov was a pilot. His death was caused by a car accident near Minsk.")
    assert values(claims, "manner_of_death", "Boris Orlov") == ["accident"]


def test_death_not_due_to_illness_says_nothing(extract):
    _, _, claims = extract("Boris Orlov was a pilot. His death was not due to illness.")
    assert not values(claims, "manner_of_death", "Boris Orlov")


def test_died_in_her_sleep_is_natural(extract):
    _, _, claims = extract("Anna Petrova was a teacher. She died in her sleep in 1999.")
    assert values(claims, "manner_of_death", "Anna Petrova") == ["natural"]


def test_one_child_a_daughter_named(extract):
    _, _, claims = extract("Oleg Sidorov was a pilot. He had one child, a daughter named Anna Sidorova.")
    assert values(claims, "child", "Oleg Sidorov") == ["Anna Sidorova"]


def test_colleague_named_is_not_a_child(extract):
    _, _, claims = extract("Oleg Sidorov was a pilot. He had one colleague, a man named Pavel Gromov.")
    assert not values(claims, "child", "Oleg Sidorov")


def test_their_children_after_a_marriage(extract):
    _, _, claims = extract("Pavel Gromov was a farmer. He married Vera Lapina in 1901. "
                           "Their children were Anton Gromov and Mikhail Gromov.")
    assert sorted(values(claims, "child", "Pavel Gromov")) == ["Anton Gromov", "Mikhail Gromov"]
    assert sorted(values(claims, "child", "Vera Lapina")) == ["Anton Gromov", "Mikhail Gromov"]


def test_they_had_two_sons_after_a_marriage(extract):
    _, _, claims = extract("Pavel Gromov was a farmer. He married Vera Lapina in 1901. "
                           "They had two sons, Anton Gromov and Mikhail Gromov.")
    assert sorted(values(claims, "child", "Vera Lapina")) == ["Anton Gromov", "Mikhail Gromov"]


def test_their_brothers_are_not_the_couples(extract):
    _, _, claims = extract("Pavel Gromov was a farmer. He married Vera Lapina in 1901. "
                           "Their brothers were Anton Gromov and Mikhail Gromov.")
    assert not values(claims, "sibling", "Vera Lapina")
    assert not values(claims, "child", "Vera Lapina")


def test_a_birth_in_a_relative_clause_about_an_unnamed_child_is_not_the_parents(extract):
    _, _, claims = extract(
        "Lev Orlov was born on 3 May 1802 in Tula, Russia. "
        "He had one child, a daughter named Irina, who was born in May 1832."
    )
    assert values(claims, "date_of_birth", "Lev Orlov") == ["1802-05-03"]


# ---- family: names the entity tagger misses, parents, possessors ----------------------------


def test_plural_kin_lists_names_the_tagger_missed(extract):
    _, _, claims = extract("Boris Tallinger was a Hungarian spy. He had three brothers, Kurbat, Oshtal and Vemir, and grew up poor.")
    assert sorted(values(claims, "sibling", "Boris Tallinger")) == ["Kurbat", "Oshtal", "Vemir"]


def test_born_to_parents_the_tagger_took_for_places(extract):
    _, _, claims = extract("Osman Qadir was born in 1120 to Yildun, chief of the Tarkan clan, and Soren, from the Uldai clan.")
    assert values(claims, "father", "Osman Qadir") == ["Yildun"]
    assert values(claims, "mother", "Osman Qadir") == ["Soren"]


def test_his_parents_were_a_and_b(extract):
    _, _, claims = extract("Harry Blum\n\nHarry Blum was a magician. His parents were Rabbi Samuel Blum (1829–1892) and Cecilia Stein (1841–1913).")
    assert values(claims, "father", "Harry Blum") == ["Rabbi Samuel Blum"]
    assert values(claims, "mother", "Harry Blum") == ["Cecilia Stein"]


def test_one_child_a_daughter_named(extract):
    _, _, claims = extract("Karl Vessel married Anna Brook in 1930. They would have one child together, a daughter named Lotte who was born in 1931.")
    assert values(claims, "child", "Karl Vessel") == ["Lotte"]
    assert values(claims, "child", "Anna Brook") == ["Lotte"]


def test_his_brother_after_his_father_is_the_subjects(extract):
    _, _, claims = extract("Pavel Drozd was a Cossack. His father, Timofey Drozd, came from a village near Voronezh. "
                           "In 1665, his elder brother, Ivan, was executed.")
    assert values(claims, "sibling", "Pavel Drozd") == ["Ivan"]
    assert not values(claims, "sibling", "Timofey Drozd")


def test_a_possessor_the_tagger_missed(extract):
    _, _, claims = extract("John Henry Holliday, known as Doc, was a dentist. Doc's mother was Alice Jane McKey.")
    assert values(claims, "mother", "John Henry Holliday") == ["Alice Jane McKey"]


def test_and_his_wife_is_the_wife_of_the_man_before(extract):
    _, _, claims = extract("Lina Ross was an orphan. She was raised by the warden, Samuel Edwin Dorr, and his wife Nancy, who taught her to sew.")
    assert not values(claims, "spouse", "Lina Ross")


# ---- arrests, pronouns ------------------------------------------------------------------------


def test_arrested_and_fined_in_a_year(extract):
    _, _, claims = extract("Tom Harlan was a gambler. He was arrested and fined three times in 1869 for brawling.")
    assert values(claims, "arrested", "Tom Harlan") == ["1869"]


def test_arrested_on_one_date_and_fined_on_another(extract):
    _, _, claims = extract("Tom Harlan was a gambler. He was arrested in 1869 and fined in 1870.")
    assert values(claims, "arrested", "Tom Harlan") == ["1869"]


def test_captured_after_a_retreat(extract):
    _, _, claims = extract("Marta Vell led the revolt. After a failed siege and a retreat to Saint Omer, Marta Vell was "
                           "captured by the royal army in June of 1511 at Arras.")
    assert values(claims, "arrested", "Marta Vell") == ["1511-06"]


def test_she_is_the_subject_whose_name_looks_male_to_the_tagger(extract):
    _, _, claims = extract("Annie Lark\n\nAnnie Lark was a markswoman. In 1901 a train wreck left Lark partly paralyzed, "
                           "but she recovered. She died in Greenville, Ohio, on Nov. 3, 1926.")
    assert values(claims, "date_of_death", "Annie Lark") == ["1926-11-03"]
    assert values(claims, "place_of_death", "Annie Lark") == ["Greenville"]


def test_a_capture_is_not_dated_by_the_execution_after_it(extract):
    _, _, claims = extract("Marta Vell led the revolt. She was captured by the royal army at Arras, sold to the duke and, "
                           "after a trial, burned at the stake on 3 May 1512.")
    assert "1512-05-03" not in values(claims, "arrested", "Marta Vell")
    assert "Arras" not in values(claims, "place_of_death", "Marta Vell")


def test_a_people_is_not_a_parent(extract):
    _, _, claims = extract("Ruth Carrow\n\nRuth Carrow was a typist. Her parents were proud New Englanders.")
    assert not values(claims, "father", "Ruth Carrow")


def test_born_at_a_then_executed_in_b(extract):
    _, _, claims = extract("Ivan Zarutsky, a Cossack rebel, born at Kagalnik on the Don in 1730, executed in Moscow, Jan. 21, 1775.")
    assert "Moscow" not in values(claims, "place_of_birth")


def test_born_in_a_village_near_a_town(extract):
    _, _, claims = extract("Pavel Orlov was born on 2 May 1920, in the village of Lipki near Klin, Moscow Governorate.")
    assert "Klin" not in values(claims, "place_of_birth", "Pavel Orlov")


def test_born_at_a_place_the_tagger_does_not_know(extract):
    _, _, claims = extract("Ivan Zarutsky, a Cossack rebel, born at Kagalnik on the Don in 1730, executed in Moscow, Jan. 21, 1775.")
    assert values(claims, "place_of_birth", "Ivan Zarutsky") == ["Kagalnik"]
    _, _, claims = extract("Yusuf Tamir, sultan of Egypt, born in the castle of Tekrit on the Tigris in 1137, died in Damascus in 1193.")
    assert values(claims, "place_of_birth", "Yusuf Tamir") == ["Tekrit"]


# ---- life spans and hesitating causes -----------------------------------------------------------


def test_life_span_after_a_comma(extract):
    _, _, claims = extract("Looking back: Pavel Sergeyevich Orlov, March 3, 1921 to May 9, 1980, was a cipher clerk.")
    assert values(claims, "date_of_birth", "Pavel Sergeyevich Orlov") == ["1921-03-03"]
    assert values(claims, "date_of_death", "Pavel Sergeyevich Orlov") == ["1980-05-09"]


def test_page_opening_on_a_life_span(extract):
    _, _, claims = extract("Tom Harlan\n\n(1849–88). American gambler and sometime barber Tom Harlan was known for his temper.",
                           title="Tom Harlan")
    assert values(claims, "date_of_birth", "Tom Harlan") == ["1849"]
    assert values(claims, "date_of_death", "Tom Harlan") == ["1888"]


def test_died_of_one_cause_or_else_another(extract):
    _, _, claims = extract("Max Lorenz was an escape artist. He died in 1931 from a burst ulcer or else by drowning during a stunt.")
    assert sorted(values(claims, "manner_of_death", "Max Lorenz")) == ["accident", "natural"]


def test_death_ruled_a_suicide_of_a_possessor_the_tagger_missed(extract):
    _, _, claims = extract("Viktor Lomak\n\nViktor Lomak was a defector. Lomak's 1970 death from a gunshot wound was officially ruled a suicide.",
                           title="Viktor Lomak")
    assert values(claims, "manner_of_death", "Viktor Lomak") == ["suicide"]


def test_victim_of_an_assassination(extract):
    _, _, claims = extract("Viktor Lomak was a defector. His son believes he was the victim of a KGB assassination.")
    assert values(claims, "manner_of_death", "Viktor Lomak") == ["homicide"]
    _, _, claims = extract("Viktor Lomak was a defector. He was the victim of a fraud.")
    assert not values(claims, "manner_of_death", "Viktor Lomak")


def test_married_a_name_the_tagger_missed(extract):
    _, _, claims = extract("Temur Bek was a conqueror. In 1370 he married Saray Mulk Khanum, a princess of the old line.")
    assert values(claims, "spouse", "Temur Bek") == ["Saray Mulk Khanum"]
    _, _, claims = extract("Temur Bek was a conqueror. Aged 16, he married an Ungirrad girl, Borte.")
    assert values(claims, "spouse", "Temur Bek") == ["Borte"]
    _, _, claims = extract("Temur Bek was a conqueror. In 1370 he married the Princess of Wales.")
    assert not values(claims, "spouse", "Temur Bek")


def test_two_of_his_band_shot_him(extract):
    _, _, claims = extract("Jack Reno was an outlaw. In 1882 two of his gang, Robert and Charles Hollis, turned traitors and shot and killed him.")
    assert values(claims, "manner_of_death", "Jack Reno") == ["homicide"]
    assert sorted(values(claims, "killed_by", "Jack Reno")) == ["Charles Hollis", "Robert Hollis"]
    assert not values(claims, "manner_of_death", "Charles Hollis")


def test_before_defecting_in_a_year(extract):
    _, _, claims = extract("Harold Finch was a British intelligence officer who worked as a double agent before defecting to the Soviet Union in 1963.")
    assert values(claims, "defected", "Harold Finch") == ["1963"]


def test_an_award_written_in_lower_case(extract):
    _, _, claims = extract("Igor Marek wrote a novel, The Long Night, which won a Governor General's award in 1954.")
    assert values(claims, "award_received", "Igor Marek") == ["Governor General's award"]


# ---- offices, parties and ranks that generalise --------------------------------------------------


def test_office_keeps_its_lowercase_modifier(extract):
    _, _, claims = extract("In 1943 Lev Orlov was appointed cipher clerk at the Soviet legation in Oslo.")
    assert values(claims, "position_held", "Lev Orlov") == ["cipher clerk at the Soviet legation in Oslo"]


def test_praise_before_a_title_is_no_office(extract):
    _, _, claims = extract("Ali Hasan was the most powerful leader in the Arab world. "
                           "He was also the most prominent nationalist leader of Egypt.")
    assert values(claims, "position_held") == []


def test_vague_leader_in_is_no_office(extract):
    _, _, claims = extract("Ali Hasan became a leader in the Arab world.")
    assert values(claims, "position_held") == []


def test_office_in_apposition_to_a_titled_name_is_theirs(extract):
    _, _, claims = extract("Li Wen was a Korean general. He was the aide of a great reformer and the first "
                           "president of Korea, Dr. Kim-ok Sung, who founded the League in 1899.")
    assert not values(claims, "position_held", "Li Wen")


def test_office_term_is_not_the_holders_lifespan(extract):
    _, _, claims = extract("Lev Orlov (May 2, 1920 – June 5, 1980) was a cipher clerk for the Soviet embassy "
                           "to Norway in Oslo.")
    office = about(claims, "position_held", "cipher clerk for the Soviet embassy to Norway in Oslo")
    assert office and office[0].qualifiers == {}


def test_party_acronym_after_expulsion_and_joining(extract):
    _, _, claims = extract("Otto Kern was a German physicist. His radical views led to his expulsion from "
                           "the SPD in 1931, and he joined the KPD.")
    assert sorted(values(claims, "member_of_political_party", "Otto Kern")) == ["KPD", "SPD"]


def test_acronym_of_a_service_is_no_party(extract):
    _, _, claims = extract("Otto Kern was a German physicist. In 1950 he joined the NKVD.")
    assert values(claims, "member_of_political_party") == []


def test_party_spelled_out_then_abbreviated(extract):
    _, _, claims = extract("Anna Vogel was a Dutch teacher. She joined the Radical Union Party (RUP) in 1920. "
                           "In 1925 she was expelled from the RUP.")
    assert values(claims, "member_of_political_party", "Anna Vogel") == ["Radical Union Party (RUP)", "RUP"]


def test_party_keeps_its_country_with_its_acronym(extract):
    _, _, claims = extract("Otto Kern was a German physicist. In 1931 he joined the Communist Party of "
                           "Germany (KPD). Later he was a member of the Communist Party of the Soviet Union "
                           "Central Committee.")
    assert values(claims, "member_of_political_party", "Otto Kern") == [
        "Communist Party of Germany (KPD)", "Communist Party"]


def test_rank_coordinated_after_an_office(extract):
    _, _, claims = extract("Lev Orlov was a cipher clerk at the embassy in Oslo, and a lieutenant of the "
                           "Soviet military intelligence.")
    assert values(claims, "military_rank", "Lev Orlov") == ["lieutenant"]


def test_rank_in_apposition_with_now(extract):
    _, _, claims = extract("Fyodor Kuzin, by then a Cossack ensign, fought under General Panin.")
    assert values(claims, "military_rank", "Fyodor Kuzin") == ["Cossack ensign"]


def test_indefinite_ranks_of_others_are_not_held(extract):
    _, _, claims = extract("Ivan Petrov met a captain and a lieutenant of the army at the inn.")
    assert values(claims, "military_rank") == []


# ---- reported beliefs and deaths told as a noun ---------------------------------------------------


def test_relative_believes_he_was_killed_is_about_him_and_hedged(extract):
    _, _, claims = extract("Ivan Sorokin was a writer. His death was officially ruled a suicide. Yet some "
                           "of his last days remain unclear, and his son Pavel believes he was the victim of "
                           "a political murder.")
    homicide = about(claims, "manner_of_death", "homicide")
    assert [c.subject_name for c in homicide] == ["Ivan Sorokin"]
    assert homicide[0].span.hedge == "his son Pavel believes"
    assert not values(claims, "manner_of_death", "Pavel")


def test_named_speaker_claims_is_a_hedge(extract):
    _, _, claims = extract("Ivan Sorokin was a writer who died in 1950. General Pavel Orlov claimed that he "
                           "was poisoned by the police.")
    homicide = about(claims, "manner_of_death", "homicide")
    assert homicide and homicide[0].span.hedge == "General Pavel Orlov claimed"


def test_claimed_asylum_is_no_hedge_cue():
    from factoid.extract.hedges import find_hedge

    assert find_hedge("He claimed asylum in Canada in 1946.") is None


def test_place_of_a_possessed_death(extract):
    _, _, claims = extract("Ivan Sorokin was a writer. His death from a gunshot wound in his flat in Brooklyn "
                           "was officially ruled a suicide.")
    assert values(claims, "place_of_death", "Ivan Sorokin") == ["Brooklyn"]


def test_place_of_a_relatives_death_is_not_the_subjects(extract):
    _, _, claims = extract("Ivan Sorokin was a writer. After his father's death in Kiev in 1920 he moved "
                           "to Paris.")
    assert values(claims, "place_of_death") == []


# ---- a birth told as a noun: "the date and place of X's birth" -------------------------------------


def test_sources_divided_on_date_and_place_of_birth(extract):
    _, _, claims = extract("Carl Brandt was a magician. Sources are divided on the question of the date and "
                           "place of Carl Brandt's birth, some giving May 2, 1870, in Vienna, Austria, some "
                           "giving June 3 or 5, 1870, in Dayton, Ohio, U.S.")
    assert values(claims, "date_of_birth", "Carl Brandt") == ["1870-05-02", "1870-06-03/1870-06-05"]
    assert values(claims, "place_of_birth", "Carl Brandt") == ["Vienna", "Dayton"]
    assert all(c.span.hedge == "Sources are divided" for c in claims if c.property == "place_of_birth")


def test_another_place_of_birth_the_city_of(extract):
    _, _, claims = extract("Ivan Zorin was a Cossack rebel. He was born in the village of Kagalnik in 1640. "
                           "Some sources point to another place of Ivan's birth - the city of Azov.")
    assert values(claims, "place_of_birth", "Ivan Zorin") == ["Kagalnik", "Azov"]
    assert about(claims, "place_of_birth", "Azov")[0].span.hedge == "Some sources point to"


def test_place_of_birth_gives_no_date(extract):
    _, _, claims = extract("Ivan Zorin was a writer. In 1920 he went back to the place of his birth in Kaluga.")
    assert values(claims, "date_of_birth") == []
    assert values(claims, "place_of_birth", "Ivan Zorin") == ["Kaluga"]


def test_unknown_date_of_birth_gives_nothing(extract):
    _, _, claims = extract("Ivan Zorin was a writer. The date of his birth is unknown.")
    assert values(claims, "date_of_birth") == []


# ---- a page that contradicts itself impossibly ----------------------------------------------------


def test_birth_after_the_pages_own_death_date_is_dropped(extract):
    _, _, claims = extract("Carl Brandt (1874-1926) was a magician. Carl Brandt was born in Vienna, Austria "
                           "in 1974.")
    assert values(claims, "date_of_birth", "Carl Brandt") == ["1874"]


def test_a_lone_birth_date_is_kept_whatever_it_says(extract):
    _, _, claims = extract("Carl Brandt was a magician. Carl Brandt was born in Vienna, Austria in 1974.")
    assert values(claims, "date_of_birth", "Carl Brandt") == ["1974"]


def test_children_named_by_the_family_surname(extract):
    _, _, claims = extract("Tom Hart was an outlaw. The two surviving Hart children, Lewis and Mary Ann, "
                           "were known by another surname.")
    assert values(claims, "child", "Tom Hart") == ["Lewis", "Mary Ann"]


def test_children_of_another_family_are_not_the_subjects(extract):
    _, _, claims = extract("Tom Hart was an outlaw. The Brown children, Lewis and Mary Ann, were known by "
                           "another surname.")
    assert values(claims, "child") == []


def test_office_listed_after_what_the_subject_was(extract):
    _, _, claims = extract("Tom Hart (March 1, 1848 - January 3, 1929) was an American lawman and gambler in "
                           "Pima County, Arizona Territory, and a deputy marshal in Tombstone.")
    office = about(claims, "position_held", "deputy marshal in Tombstone")
    assert office and office[0].qualifiers == {}


def test_office_implied_by_joining_a_police_force(extract):
    _, _, claims = extract("Tom Hart was a lawman. On April 21, 1875, he was appointed to the Wichita police "
                           "force and developed a solid reputation.")
    assert values(claims, "position_held", "Tom Hart") == ["Wichita police officer"]
    assert about(claims, "position_held", "Wichita police officer")[0].qualifiers == {"start": "1875-04-21"}


def test_his_sister_after_a_named_son_is_the_sons(extract):
    _, _, claims = extract("Tom Hart was an outlaw. The two surviving Hart children, Lewis Jr. and Maud Ann, "
                           "were known by another surname. Lewis Jr. was born in 1875, his sister Maud in 1879.")
    assert values(claims, "child", "Tom Hart") == ["Lewis Jr", "Maud Ann"]
    assert values(claims, "sibling", "Tom Hart") == []


def test_sons_born_in_the_family_are_the_subjects_brothers(extract):
    _, _, claims = extract("Oleg Sorin was a Cossack rebel. Three sons were born in the family - Pavel, Oleg "
                           "and Boris.")
    assert values(claims, "sibling", "Oleg Sorin") == ["Pavel", "Boris"]


def test_sons_of_a_family_without_the_subject_are_nobodys_siblings(extract):
    _, _, claims = extract("Oleg Sorin was a Cossack rebel. Three sons were born in the family - Pavel, Ivan "
                           "and Boris.")
    assert values(claims, "sibling") == []


def test_named_man_of_the_year_is_an_award(extract):
    _, _, claims = extract("Abebe Kassa was an Ethiopian runner. In 1961 a sports magazine named him Man of the "
                           "Year. His coach named him captain of the team.")
    assert values(claims, "award_received", "Abebe Kassa") == ["Man of the Year"]
