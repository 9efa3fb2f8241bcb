"""The aligner of a web page's extracted text to its markup (``factoid.sourcemap``)."""

from __future__ import annotations

from factoid.sourcemap import align, visible

PAGE = (
    "<html><head><title>Ida Varga - Archive</title><style>p{color:red}</style></head><body>\n"
    "<nav><a href='/'>Home</a></nav>\n"
    "<p>Ida   Varga was born in <a href=\"/p\">Szeged</a>\n   in 1890 &amp; died in 1961.</p>\n"
    "<!-- <p>Ida Varga was born in Pest.</p> -->\n"
    "<script>var s = '<p>Ida Varga was born</p>';</script>\n"
    "<table class='infobox'><tr><th>Born</th><td>4&nbsp;May&#160;1890</td></tr></table>\n"
    "<p>Ida Varga&#x2019;s brother was a painter. Ida Varga was a teacher.</p>\n"
    "</body></html>"
)
#: What an extractor makes of it: the infobox first (reordered), whitespace collapsed,
#: entities decoded, tags, comments and scripts gone.
TEXT = (
    "Born: 4\u00a0May 1890\n\n"
    "Ida Varga was born in Szeged in 1890 & died in 1961.\n\n"
    "Ida Varga\u2019s brother was a painter. Ida Varga was a teacher."
)


def _quote(text: str, part: str) -> str | None:
    start = text.index(part)
    return align(text, PAGE).quote(start, start + len(part))


def test_visible_characters_skip_tags_comments_scripts_and_head() -> None:
    chars = visible(PAGE).chars
    assert "Home" in chars and "Szeged" in chars and "&" in chars
    assert "Pest" not in chars and "Archive" not in chars and "var" not in chars and "color" not in chars


def test_a_sentence_maps_to_its_markup_with_inline_tags_and_entities() -> None:
    quote = _quote(TEXT, "Ida Varga was born in Szeged in 1890 & died in 1961.")
    assert quote == "Ida   Varga was born in <a href=\"/p\">Szeged</a>\n   in 1890 &amp; died in 1961."


def test_the_infobox_first_in_the_text_maps_to_its_place_later_in_the_page() -> None:
    assert _quote(TEXT, "Born: 4\u00a0May 1890") == "Born</th><td>4&nbsp;May&#160;1890"


def test_raw_offsets_index_the_markup() -> None:
    page = align(TEXT, PAGE)
    start = TEXT.index("died in 1961")
    raw = page.raw_span(start, start + len("died in 1961"))
    assert raw is not None and PAGE[raw[0] : raw[1]] == "died in 1961"


def test_an_ambiguous_span_is_placed_by_its_line_or_not_at_all() -> None:
    text = TEXT
    line = text.index("Ida Varga\u2019s brother")
    second = text.index("Ida Varga was a teacher")
    page = align(text, PAGE)
    raw = page.raw_span(second, second + len("Ida Varga"))
    assert raw is not None and raw[0] == PAGE.index("Ida Varga was a teacher")
    # "Ida Varga" alone on its line, found three times in the page: no place is certain
    alone = "Ida Varga"
    assert align(alone, PAGE).raw_span(0, len(alone)) is None
    assert line >= 0


def test_a_span_the_page_does_not_show_maps_to_none() -> None:
    text = "Ida Varga was born in Pest."
    assert align(text, PAGE).raw_span(0, len(text)) is None
    assert align(text, PAGE).raw_span(5, 2) is None
