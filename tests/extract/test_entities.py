"""Document-local clustering of names into persons."""

from __future__ import annotations

from factoid.extract.entities import group_names, main_subject
from factoid.extract.mentions import NameSpan


def spans_of(*forms: str) -> list[NameSpan]:
    out, pos = [], 0
    for f in forms:
        out.append(NameSpan(pos, pos + len(f), f))
        pos += len(f) + 10
    return out


def cluster(*forms: str) -> tuple[dict, list[str]]:
    spans = spans_of(*forms)
    people, assignment = group_names("doc", spans)
    ids = [assignment[s.start] for s in spans]
    return {p.id: p for p in people}, ids


def test_brothers_stay_apart():
    _, ids = cluster("Max Eitingon", "Nahum Eitingon")
    assert ids[0] != ids[1]


def test_bare_surname_does_not_chain_brothers():
    _, ids = cluster("Max Eitingon", "Nahum Eitingon", "Eitingon", "Max Eitingon")
    assert ids[0] != ids[1]
    assert ids[3] == ids[0]
    assert ids[2] in {ids[0], ids[1]}


def test_bare_surname_goes_to_most_mentioned():
    _, ids = cluster("Nahum Eitingon", "Max Eitingon", "Nahum Eitingon", "Eitingon")
    assert ids[3] == ids[0]


def test_given_and_patronymic_join_full_name():
    people, ids = cluster("Genrikh Samoilovich Lyushkov", "Genrikh Samoilovich", "Lyushkov", "G. S. Lyushkov")
    assert len(set(ids)) == 1
    assert people[ids[0]].display == "Genrikh Samoilovich Lyushkov"


def test_feminine_surname_stays_apart():
    people, ids = cluster("Genrikh Lyushkov", "Nina Lyushkova", "Lyushkova", "Lyushkov")
    assert ids[0] != ids[1]
    assert ids[2] == ids[1]
    assert ids[3] == ids[0]
    assert people[ids[1]].female and not people[ids[0]].female


def test_different_patronymics_are_different_people():
    _, ids = cluster("Nikolai Ivanovich Ezhov", "Nikolai Petrovich Ezhov")
    assert ids[0] != ids[1]


def test_initials_join_full_name():
    _, ids = cluster("Mikhail Petrovich Frinovsky", "M.P. Frinovsky")
    assert ids[0] == ids[1]


def test_ids_are_prefixed_by_document():
    people, ids = cluster("Max Eitingon")
    assert ids == ["doc@0"]


def test_main_subject_from_title_then_count():
    spans = spans_of("Max Eitingon", "Nahum Eitingon", "Max Eitingon", "Genrikh Lyushkov")
    people, assignment = group_names("doc", spans)
    assert main_subject(people, "Genrikh Lyushkov - a biography").display == "Genrikh Lyushkov"
    assert main_subject(people, None).display == "Max Eitingon"
    assert main_subject([], "anything") is None


def test_unknown_single_given_name_attaches_to_the_person_of_that_given_name():
    _, ids = cluster("Kublai Khan", "Mongke Khan", "Kublai Khan", "Kublai")
    assert ids[3] == ids[0] != ids[1]


def test_the_cued_person_is_the_subject_even_when_another_is_mentioned_more():
    people, ids = cluster("Philip Habsburg", "Philip Habsburg", "Philip Habsburg", "Juana Trastamara", "Juana Trastamara")
    main = main_subject(list(people.values()), None, ("Juana Trastamara",))
    assert main is not None and main.id == ids[3]
    assert main_subject(list(people.values()), None, ()).id == ids[0]


def test_a_one_word_cue_names_the_person_of_that_surname():
    # a blog whose title opens on an event ("World Kindness Week: ...") and whose address spells
    # only the surname: the person of that surname is the subject, not the event's words
    people, ids = cluster("World Kindness Week", "Anna Brennwald", "Kindness Week", "Anna Brennwald")
    assert main_subject(list(people.values()), None, ("Brennwald",)).id == ids[1]
    assert main_subject(list(people.values()), None, ()).id == ids[0]


def test_a_junior_is_not_his_father():
    _, ids = cluster("Alexandre Dumas", "Alexandre Dumas Jr.", "Dumas", "Alexandre Jr", "Alexandre Dumas")
    assert ids[0] == ids[4] == ids[2]
    assert ids[1] == ids[3] != ids[0]


def test_known_in_the_west_as_links_two_names():
    from factoid.extract.entities import alias_pairs

    text = "Temujin Borjigin, also known in the West as Chinggis, united the tribes."
    spans = [NameSpan(0, 16, "Temujin Borjigin"), NameSpan(text.index("Chinggis"), text.index("Chinggis") + 8, "Chinggis")]
    assert alias_pairs(text, spans) == [(0, spans[1].start)]


def test_given_and_middle_names_alone_are_the_full_name():
    _, ids = cluster("Louisa May Alcott", "Louisa May", "Louisa Alcott", "Louisa Smith")
    assert ids[0] == ids[1] == ids[2] != ids[3]


def _spans(text: str, *names: str) -> list[NameSpan]:
    out, pos = [], 0
    for name in names:
        at = text.index(name, pos)
        out.append(NameSpan(at, at + len(name), name))
        pos = at + len(name)
    return out


def test_he_is_also_called_links_the_alias_to_the_person_he_stands_for():
    from factoid.extract.entities import alias_pairs

    text = "Tokhtamysh ruled the Horde. Later Edigu fought him. Tokhtamysh fled. He is also called Toqtamish."
    spans = _spans(text, "Tokhtamysh", "Edigu", "Tokhtamysh", "Toqtamish")
    pairs = alias_pairs(text, spans)
    assert (spans[2].start, spans[3].start) in pairs
    assert not any(spans[1].start in p for p in pairs)


def test_a_fronted_known_as_clause_links_to_the_subject_that_follows():
    from factoid.extract.entities import alias_pairs

    text = "Samuel Clemens grew up in Missouri. Known as Mark Twain in print, he wrote novels."
    spans = _spans(text, "Samuel Clemens", "Mark Twain")
    assert alias_pairs(text, spans) == [(spans[0].start, spans[1].start)]


def test_an_alias_phrase_in_another_language_links_two_names():
    from factoid.extract.entities import alias_pairs

    text = "Тамерлан, известный также как Тимур, родился в Кеше."
    spans = _spans(text, "Тамерлан", "Тимур")
    assert alias_pairs(text, spans) == [(spans[0].start, spans[1].start)]


def test_a_list_after_an_alias_phrase_without_its_first_name_is_one_person():
    from factoid.extract.entities import alias_pairs

    text = "Тимур, известен още като Тамерлан или Тимур Ленк, е завоевател."
    spans = _spans(text, "Тамерлан", "Тимур Ленк")
    assert alias_pairs(text, spans) == [(spans[0].start, spans[1].start)]


def test_a_quoted_epithet_in_brackets_is_an_alias():
    from factoid.extract.entities import alias_pairs

    text = 'He was Ivan Vasilyevich ("Ivan the Dread") to his subjects.'
    spans = _spans(text, "Ivan Vasilyevich", "Ivan the Dread")
    assert alias_pairs(text, spans) == [(spans[0].start, spans[1].start)]


def test_a_quoted_nickname_links_the_names_that_use_it():
    from factoid.extract.entities import alias_pairs

    text = 'William Frederick "Buffalo" Cody was a scout. Buffalo Cody toured. Later Buffalo retired. Fred Cody wept.'
    spans = _spans(text, 'William Frederick "Buffalo" Cody', "Buffalo Cody", "Buffalo", "Fred Cody")
    pairs = alias_pairs(text, spans)
    assert (spans[0].start, spans[1].start) in pairs and (spans[0].start, spans[2].start) in pairs
    assert not any(spans[3].start in p for p in pairs)


def test_the_name_the_world_calls_or_remembers_links_two_names():
    """"X, the man the world calls Y", "X, whom the villagers remember as Y": one person."""
    from factoid.extract.entities import alias_pairs

    for text in ("Hamish Orr, the man the world calls Redhand, sailed in 1702.",
                 "Dagny Holt, whom the villagers remember as Mother Dagny, taught for forty years."):
        first, second = text.split(",")[0], ("Redhand" if "Redhand" in text else "Mother Dagny")
        spans = _spans(text, first, second)
        assert alias_pairs(text, spans) == [(spans[0].start, spans[1].start)]
    text = "Hamish Orr calls Dagny Holt every week."
    assert alias_pairs(text, _spans(text, "Hamish Orr", "Dagny Holt")) == []


def test_two_names_in_one_sentence_without_an_alias_phrase_stay_apart():
    from factoid.extract.entities import alias_pairs

    text = "Tokhtamysh fought Edigu, and he was also defeated by Timur."
    spans = _spans(text, "Tokhtamysh", "Edigu", "Timur")
    assert alias_pairs(text, spans) == []


def test_nicknames_and_birth_names_are_one_local_person(extract):
    text = ('Ivan Vasilyevich Kalita, nicknamed "the Dread", ruled from 1533. '
            "Kalita died in 1584.\n\n"
            "Ada Lovelace, born as Augusta Ada Byron on 10 December 1815, was a mathematician.")
    _, mentions, _ = extract(text)
    by_text = {m.text: m.entity for m in mentions}
    assert by_text["the Dread"] == by_text["Ivan Vasilyevich Kalita"] == by_text["Kalita"]
    assert by_text["Augusta Ada Byron"] == by_text["Ada Lovelace"] != by_text["Kalita"]


def _grouped(text: str, forms: list[str], cues: tuple[str, ...] = ()) -> tuple[dict, list[str]]:
    """Group the name spans of ``forms``, found in order in ``text``."""
    spans, pos = [], 0
    for f in forms:
        start = text.index(f, pos)
        spans.append(NameSpan(start, start + len(f), f))
        pos = start + len(f)
    people, assignment = group_names("doc", spans, text, cues)
    return {p.id: p for p in people}, [assignment[s.start] for s in spans]


def test_bare_surname_goes_to_the_page_subject_not_the_son_named_as_often():
    text = ("Oleg Marchenko was a Soviet engineer. His son Pavel Marchenko wrote a memoir; "
            "Pavel Marchenko lives in Kyiv. Marchenko died in 1971 in Geneva.")
    _, ids = _grouped(text, ["Oleg Marchenko", "Pavel Marchenko", "Pavel Marchenko", "Marchenko"],
                      cues=("Oleg Marchenko",))
    assert ids[3] == ids[0] != ids[1]


def test_bare_surname_goes_to_the_relative_its_sentence_just_named():
    text = ("Oleg Marchenko was a Soviet engineer. Years later Pavel Marchenko, his son, said that "
            "Marchenko had kept his diaries. Marchenko died in 1971.")
    _, ids = _grouped(text, ["Oleg Marchenko", "Pavel Marchenko", "Marchenko", "Marchenko"],
                      cues=("Oleg Marchenko",))
    assert ids[2] == ids[1]
    assert ids[3] == ids[0]


def test_bare_surname_without_cues_goes_to_the_most_mentioned_of_the_surname():
    text = "Ivan Sorokin farmed. Ivan Sorokin fought. Then Boris Sorokin came home. Sorokin wept."
    _, ids = _grouped(text, ["Ivan Sorokin", "Ivan Sorokin", "Boris Sorokin", "Sorokin"])
    assert ids[3] == ids[0]


def test_a_masculine_diminutive_is_a_man():
    people, ids = cluster("Stenka Razin", "Razin")
    assert not people[ids[0]].female
    people, ids = cluster("Marfa Razina")
    assert people[ids[0]].female


def test_subject_cue_names_the_person_under_a_title_the_text_adds():
    text = ("Lord Harwood died young. Lady Harwood, his wife, raised their daughter Lady Mira Coleby. "
            "Lady Harwood wrote letters. Lady Harwood travelled. Lady Mira Coleby studied algebra.")
    forms = ["Lord Harwood", "Lady Harwood", "Lady Mira Coleby", "Lady Harwood", "Lady Harwood", "Lady Mira Coleby"]
    people, ids = _grouped(text, forms, cues=("Mira Coleby",))
    main = main_subject(list(people.values()), None, ("Mira Coleby",))
    assert main is not None and main.id == ids[2]


def test_two_lone_words_one_letter_apart_in_their_skeleton_are_two_people():
    """"Malihor" is not a spelling of "Malikon": with no given name to confirm it, a near
    miss between two mononyms is another person; a transliteration (same skeleton) joins."""
    _, ids = cluster("Malikon", "Malikon", "Malihor")
    assert ids[0] == ids[1] != ids[2]
    _, ids = cluster("Malikon", "Malikon", "Malikkon")
    assert len(set(ids)) == 1


def test_a_bare_birth_surname_joins_the_subject_not_the_namesake_father():
    from factoid.extract.entities import merge_aliases

    # "Lev Orlik (real surname Bronner) ... son of David Bronner": the alias pair joins the
    # subject with the bare "Bronner", which the grouping gave to the father
    spans = spans_of("Lev Orlik", "Bronner", "David Bronner")
    people, assignment = group_names("doc", spans)
    written = {s.start: s.text for s in spans}
    merged = merge_aliases(people, assignment, [(spans[0].start, spans[1].start)], written)
    assert len(merged) == 2
    assert assignment[spans[1].start] == assignment[spans[0].start] != assignment[spans[2].start]


def test_a_pen_name_and_a_full_birth_name_are_merged():
    from factoid.extract.entities import merge_aliases

    spans = spans_of("Gerda Taro", "Gerta Pohorylle")
    people, assignment = group_names("doc", spans)
    merged = merge_aliases(people, assignment, [(spans[0].start, spans[1].start)], {s.start: s.text for s in spans})
    assert len(merged) == 1 and assignment[spans[0].start] == assignment[spans[1].start]
