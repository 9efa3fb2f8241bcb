"""Passage roles: one test per rule on hand-made fixtures, then the sample corpus acceptance test."""

from __future__ import annotations

from pathlib import Path

import pytest

from factoid.copies import mark_duplicates
from factoid.model import Document, Passage, PassageRole
from factoid.passages import split_passages
from factoid.roles import assign_roles, passage_roles_summary

FIXTURES = Path(__file__).parent / "fixtures" / "roles"
MAIN, BOILERPLATE, COMMENT, QUOTE, OFFTOPIC = (
    PassageRole.MAIN,
    PassageRole.BOILERPLATE,
    PassageRole.COMMENT,
    PassageRole.QUOTE,
    PassageRole.OFFTOPIC,
)


def _doc(text: str, doc_id: str = "t.txt", title: str | None = None) -> Document:
    return Document(id=doc_id, text=text, content_hash="x", size=len(text), format="txt", title=title)


def _roles(text: str, title: str | None = None) -> list[Passage]:
    doc = _doc(text, title=title)
    return assign_roles(doc, split_passages(doc))


def _fixture(name: str) -> list[Passage]:
    return _roles((FIXTURES / name).read_text(encoding="utf-8"))


def _find(passages: list[Passage], start: str) -> Passage:
    (found,) = [p for p in passages if p.text.startswith(start)]
    return found


def test_every_passage_gets_a_role_and_a_reason() -> None:
    passages = _fixture("scraped_page.txt")
    assert all(p.role in PassageRole and p.role_reason for p in passages)


def test_input_passages_are_not_modified() -> None:
    doc = _doc("Top\n\nOrlov fled in 1938.")
    original = split_passages(doc)
    labelled = assign_roles(doc, original)
    assert original[0].role == MAIN and labelled[0].role == BOILERPLATE


# ---- boilerplate ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "start",
    [
        "Table of contents:",
        "Video: The defector in the bookshop",
        "Video: Ten spy stories",
        "Image",
        "Literature",
        "• Smith J.",
        "Write a review",
        "Recommended:",
        "This page was last updated",
        "All our content comes from",
        "Top",
    ],
)
def test_scraped_page_furniture_is_boilerplate(start: str) -> None:
    passages = _fixture("scraped_page.txt")
    assert all(p.role == BOILERPLATE for p in passages if p.text.startswith(start))


def test_doubled_caption_lines_are_boilerplate() -> None:
    passages = _fixture("scraped_page.txt")
    captions = [p for p in passages if p.text == "Krivitsky at his desk in The Hague"]
    assert len(captions) == 2 and all(p.role == BOILERPLATE for p in captions)
    assert "repeats the line before" in captions[1].role_reason


def test_repeated_heading_is_boilerplate_but_first_is_main() -> None:
    headings = [p for p in _fixture("scraped_page.txt") if p.text == "Biography"]
    assert [p.role for p in headings] == [MAIN, BOILERPLATE]


def test_scraped_page_prose_stays_main() -> None:
    passages = _fixture("scraped_page.txt")
    assert _find(passages, "Walter Krivitsky was born in 1899").role == MAIN
    assert _find(passages, "In 1933 he was posted").role == MAIN


@pytest.mark.parametrize(
    "line",
    [
        "Home | Cold War | Biographies | Contact",
        "Biographies > Soviet Union > Alexander Orlov",
        "Share this: Facebook | Twitter | Email",
        "Copyright © 2024 example.org. All rights reserved.",
        "We use cookies to improve your experience. Accept cookies",
        "----------",
        "Posted by admin at 10:14 PM",
    ],
)
def test_site_furniture_lines(line: str) -> None:
    passages = _roles(f"Alexander Orlov fled to Canada in 1938.\n\n{line}\n\nHe died in 1973.")
    assert [p.role for p in passages] == [MAIN, BOILERPLATE, MAIN]


@pytest.mark.parametrize("row", ["Died | 1801 | (aged 60–61)", "Born | c. 1740 | Kazan", "Spouse | Anna | Maria | Olga"])
def test_infobox_table_row_is_not_a_menu(row: str) -> None:
    passages = _roles(f"Ivan Petrov | |\n---|---|\n{row}\n\nIvan Petrov was a Cossack leader who died in 1801.")
    assert _find(passages, row.split(" |")[0]).role == MAIN


def test_related_links_list_but_not_a_following_section() -> None:
    text = (
        "Orlov fled in 1938.\n\nRelated posts:\n\nHow a spy fooled everyone\n\nDefection\n\n"
        "In July 1938 Orlov left Spain for France and crossed to Canada."
    )
    roles = {p.text: p.role for p in _roles(text)}
    assert roles["Related posts:"] == BOILERPLATE
    assert roles["How a spy fooled everyone"] == BOILERPLATE
    assert roles["Defection"] == MAIN


# ---- comments ------------------------------------------------------------------------------


def test_comment_thread_runs_from_header_to_footer() -> None:
    passages = _fixture("krivitsky_blog.txt")
    header = _find(passages, "3 comments:")
    assert header.role == COMMENT and "starts a comment thread" in header.role_reason
    for start in ("Ivan P. said...", "Thank you for this", "March 3, 2019 at 10:14 PM", "Reply",
                  "Anonymous said...", '"Nobody believed', "Olga says:", "Great article"):
        assert _find(passages, start).role == COMMENT, start
    assert _find(passages, "Post a Comment").role == BOILERPLATE
    assert _find(passages, "Newer Post").role == BOILERPLATE


def test_article_before_the_thread_is_main() -> None:
    passages = _fixture("krivitsky_blog.txt")
    assert _find(passages, "Walter Krivitsky ran Soviet").role == MAIN
    assert _find(passages, "After the murder of his friend").role == MAIN


def test_said_inside_a_sentence_is_not_a_comment_header() -> None:
    passages = _roles("Orlov said in 1955 that he had never met Krivitsky.\n\nHe died in 1973.")
    assert all(p.role == MAIN for p in passages)


@pytest.mark.parametrize("header", ["What Krivitsky said", "Krivitsky wrote:"])
def test_article_phrases_do_not_open_a_thread(header: str) -> None:
    text = f"Krivitsky defected in 1937.\n\n{header}\n\nHe said the purge would reach everyone.\n\nHe died in 1941."
    assert all(p.role == MAIN for p in _roles(text))


def test_wrote_header_opens_a_thread_when_confirmed_by_a_timestamp() -> None:
    text = "Krivitsky defected in 1937.\n\nOlga wrote:\nHe went to Paris first.\n2 May 2020 at 14:05"
    assert [p.role for p in _roles(text)] == [MAIN, COMMENT, COMMENT, COMMENT]


@pytest.mark.parametrize("heading", ["## Comments", "Comments", "Reader comments", "Responses (2)"])
def test_a_comments_heading_opens_a_thread_its_bylines_confirm(heading: str) -> None:
    text = ("Alma Reyes was born in 1902 in Oaxaca.\n\n" + heading + "\n\n"
            "**Tom B.** — 4 March 2021\nMy aunt said she was born in Puebla.\n\n"
            "Site owner | March 5, 2021\nThanks, Tom!")
    roles = [p.role for p in _roles(text)]
    assert roles[0] == MAIN and len(roles) >= 4 and set(roles[1:]) == {COMMENT}


def test_a_byline_bold_to_its_date_confirms_a_thread() -> None:
    text = ("Alma Reyes was born in 1902 in Oaxaca.\n\n## Comments\n\n**Tom B. — 4 March 2021**\n\n"
            "I read she was born in Puebla.")
    assert [p.role for p in _roles(text)] == [MAIN, COMMENT, COMMENT, COMMENT]


def test_front_matter_is_the_files_metadata_not_its_text() -> None:
    text = ('---\ntitle: "Alma Reyes, a life"\nurl: https://notes.example.org/reyes\nauthor: Tom Baker\n'
            "tags: [Oaxaca]\n---\n\n# Alma Reyes, a life\n\nAlma Reyes was born in 1902 in Oaxaca.")
    passages = _roles(text)
    assert _find(passages, "Alma Reyes was born").role == MAIN
    assert all(p.role == BOILERPLATE and "front matter" in p.role_reason for p in passages if "Tom Baker" in p.text)
    # a rule line in the middle of a text is no front matter
    assert _roles("Alma Reyes was born in 1902.\n\n---\n\nShe died in 1970.\n\n---")[2].role == MAIN


def test_a_comments_heading_without_a_comment_after_it_opens_nothing() -> None:
    """A bare "Comments" is also a menu link: the article after it stays main."""
    text = "Comments\n\nAlma Reyes was born in 1902 in Oaxaca.\n\nShe died in 1970."
    assert [p.role for p in _roles(text)][1:] == [MAIN, MAIN]


def test_dated_letters_in_an_article_are_no_thread() -> None:
    """Bylines alone (a letter's writer and date) never open a thread."""
    text = ("Alma Reyes wrote often to her brother.\n\n**Alma Reyes** — 4 March 1921\nDear Luis, I arrive Monday.\n\n"
            "**Alma Reyes** — 9 May 1921\nDear Luis, the school is open.")
    assert all(p.role == MAIN for p in _roles(text))


# ---- quotes --------------------------------------------------------------------------------


def test_whole_quotation_outside_comments_is_quote() -> None:
    passages = _fixture("krivitsky_blog.txt")
    assert _find(passages, '"I am going over').role == QUOTE


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("“I shall not go back,” he wrote.", MAIN),
        ("“Yes,” she said, “go.”", MAIN),
        ("«He knew too much.»", QUOTE),
        ("“The order came from the very top.”.", QUOTE),
    ],
)
def test_quotation_shapes(text: str, role: PassageRole) -> None:
    (passage,) = _roles(text)
    assert passage.role == role


# ---- off-topic -----------------------------------------------------------------------------


def test_pasted_fiction_run_is_offtopic_with_its_heading() -> None:
    passages = _fixture("orlov_with_novel.txt")
    heading = _find(passages, "Excerpt from the story")
    assert heading.role == OFFTOPIC and "heading" in heading.role_reason
    run = passages[heading.index + 1 : heading.index + 6]
    assert [p.role for p in run] == [OFFTOPIC] * 5
    assert "no person or place shared" in run[0].role_reason


def test_biography_full_of_new_names_with_surname_and_year_stays_main() -> None:
    passages = _fixture("orlov_with_novel.txt")
    assert _find(passages, "In 1936 Orlov was sent to Spain").role == MAIN
    assert _find(passages, "Orlov published").role == MAIN
    assert _find(passages, "He died in Cleveland").role == MAIN


def test_single_unanchored_paragraph_is_not_offtopic() -> None:
    passages = _fixture("orlov_with_novel.txt")
    assert _find(passages, "He wrote to Yezhov").role == MAIN


def test_fiction_sharing_the_documents_names_is_not_offtopic() -> None:
    text = (
        "Alexander Orlov\n\nOrlov was born in 1895 and served in Spain from 1936 with Eitingon.\n\n"
        "Orlov met Eitingon in Barcelona and they talked of Spain and of Moscow for a long time.\n"
        "Eitingon told Orlov that Moscow was watching them both and that Spain would not last.\n"
        "Orlov agreed with Eitingon, and they left Barcelona for Valencia the same night together."
    )
    assert all(p.role == MAIN for p in _roles(text))


# ---- summary -------------------------------------------------------------------------------


def test_roles_summary_counts_roles_and_duplicates() -> None:
    passages = mark_duplicates(_fixture("orlov_with_novel.txt") + _fixture("scraped_page.txt"))
    summary = passage_roles_summary(passages)
    assert set(summary) == {"main", "boilerplate", "comment", "quote", "offtopic", "duplicate"}
    assert summary["offtopic"] == 6 and sum(v for k, v in summary.items() if k != "duplicate") == len(passages)


# ---- acceptance on the sample corpus -------------------------------------------------------


def _seed(seeds_dir: Path, name: str) -> list[Passage]:
    text = (seeds_dir / name).read_text(encoding="utf-8")
    doc = Document(name, text, "x", len(text), "txt")
    return assign_roles(doc, split_passages(doc))


def _containing(passages: list[Passage], needle: str) -> list[Passage]:
    found = [p for p in passages if needle in p.text]
    assert found, needle
    return found


def test_sample_corpus_roles(seeds_dir: Path) -> None:
    # 002: the pasted novel excerpt is off-topic from its heading to the next biography.
    p002 = _seed(seeds_dir, "002_766606334cd45d71.txt")
    first = _containing(p002, "Excerpt characterizing")[0].index
    last = _containing(p002, "Lyushkov Genrikh Samoilovich, born in 1900")[0].index
    excerpt = p002[first:last]
    assert len(excerpt) > 20
    assert [p.index for p in excerpt if p.role != OFFTOPIC] == []
    assert any("Natasha" in p.text for p in excerpt) and any("Pierre" in p.text for p in excerpt)
    biography = [p for p in p002 if "Lyushkov" in p.text and p.index > last]
    assert biography and not [p.text[:40] for p in biography if p.role == OFFTOPIC]
    assert not [p.text[:40] for p in p002[:first] if p.role == OFFTOPIC]
    for needle in ("In December 1934, he participated", "On June 9, 1938, Lyushkov informed",
                   "Lyushkov decided not to wait for arrest"):
        assert all(p.role == MAIN for p in _containing(p002, needle)), needle

    # 003: the article is main, the thread from "gerdowning said..." to the end is comment.
    p003 = _seed(seeds_dir, "003_86f5e7119a91efff.txt")
    start = _containing(p003, "gerdowning said...")[0].index
    assert [p.index for p in p003[start:] if p.role != COMMENT] == []
    assert [p.role for p in p003[1:start] if len(p.text.split()) > 15] == [MAIN] * 5

    # 000: footers are boilerplate, the article is main.
    p000 = _seed(seeds_dir, "000_b26cdaf987a94128.txt")
    for needle in ("This page was last updated", "All our content comes from Wikipedia",
                   "If mathematical, chemical"):
        assert all(p.role == BOILERPLATE for p in _containing(p000, needle)), needle
    assert all(p.role == MAIN for p in _containing(p000, "Lyushkov defected from the Soviet Union"))

    # 001: table of contents, video lines, images, doubled captions, "Recommended:".
    p001 = _seed(seeds_dir, "001_d94ff673973123d1.txt")
    for needle in ("Table of contents:", "Video: ", "Recommended:"):
        assert all(p.role == BOILERPLATE for p in _containing(p001, needle)), needle
    assert all(p.role == BOILERPLATE for p in p001 if p.text == "Image")
    doubled = [b for a, b in zip(p001, p001[1:], strict=False) if a.text == b.text]
    assert len(doubled) >= 4 and all(p.role == BOILERPLATE for p in doubled)
    assert all(p.role == MAIN for p in _containing(p001, "he was born in 1900 in the family"))


def test_sample_corpus_duplicates_and_summary(seeds_dir: Path) -> None:
    passages: list[Passage] = []
    for path in sorted(seeds_dir.glob("*.txt")):
        passages += _seed(seeds_dir, path.name)
    passages = mark_duplicates(passages)
    p002 = [p for p in passages if p.document_id.startswith("002")]
    kirov = _containing(p002, "In December 1934, he participated in the investigation of the murder of S. M. Kirov")
    assert len(kirov) == 2 and kirov[1].duplicate_of == kirov[0].key and kirov[0].role == MAIN
    summary = passage_roles_summary(p002)
    assert summary["offtopic"] > 20 and summary["duplicate"] >= 8
