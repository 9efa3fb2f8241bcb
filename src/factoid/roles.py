"""Give every passage a role (main, boilerplate, comment, quote, offtopic) and say why.

Claims drawn from a reader's comment, a cookie banner or a novel excerpt pasted into a
biography page must not count like claims from the article, yet nothing may be thrown away: a
historian has to be able to see every passage and the reason it was labelled as it was. So
roles are labels with a short human explanation, assigned by rules in a fixed order, each rule
deciding only the passages no earlier rule claimed:

1. **comment** – a reader comment thread starts at a comment header ("NAME said...",
   "NAME says:", "12 comments:") and runs until site furniture (a footer, "Post a comment",
   navigation) or the end. Threads go first because a comment may look like anything else.
2. **boilerplate** – site furniture recognised by layout and lexical cues (navigation, "Video:",
   "Image", licence and "last updated" footers, share links, cookie banners, "See also",
   reference lists, ISBNs, "Write a review"), a short line repeated right after itself (a
   scraped image caption), a heading repeated from earlier in the page, a lone word wedged
   between such lines.
3. **offtopic** – a run of consecutive paragraphs with no year and no subject name whose
   capitalised names are mostly never seen in the rest of the document (a pasted novel
   excerpt), plus the heading that introduces such a run (details in ``_offtopic``).
4. **quote** – a passage that is one quotation from its opening to its closing mark.
5. **main** – everything else.

The cues are generic web-page and text conventions, not sentences of any particular corpus.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from . import lang
from .extract import datelines
from .model import Document, Passage, PassageRole

__all__ = ["assign_roles", "passage_roles_summary"]

Label = tuple[PassageRole, str]

# --------------------------------------------------------------------------------------------
# Shared text helpers
# --------------------------------------------------------------------------------------------

#: Wiki "[edit]" / "[ | code ]" residue that scrapes leave after headings.
_EDIT_LINK = re.compile(r"\[[\s|]*(?:edit source|edit|code|править)?[\s|]*(?:edit|code)?[\s|]*\]", re.I)
_SENTENCE_END = re.compile(r"[.!?…]['\"’”»)]*$")
_HEADING_MAX_WORDS = 12


def _normal(text: str) -> str:
    """Lower-case text with wiki edit links, trailing colons/dots and extra spaces removed."""
    text = _EDIT_LINK.sub(" ", text.lower())
    return " ".join(text.split()).rstrip(" :.…").strip()


def _words(text: str) -> int:
    return len(text.split())


def _is_heading(text: str) -> bool:
    """A short line that does not end a sentence: a title, section heading or caption."""
    return len(text) <= 120 and _words(text) <= _HEADING_MAX_WORDS and not _SENTENCE_END.search(text)


# --------------------------------------------------------------------------------------------
# 1. Comment threads
# --------------------------------------------------------------------------------------------

_COMMENT_HEADER = re.compile(
    r"^(?P<who>[^\s,.;:!?][^,;!?]{0,50}?)\s+(?:said|says|wrote|writes|commented|replied)"
    r"\s*(?:\.\.\.|…|:|\.)?\s*$",
    re.I,
)
_COMMENT_COUNT = re.compile(r"^\d+\s+(?:comments?|replies|responses)\s*:?$", re.I)
#: A section heading over a thread ("Comments", "## Reader comments", "Responses (3)"): it opens
#: one only when a comment cue follows, since a bare "Comments" is also a menu link.
_COMMENTS_HEADING = re.compile(
    r"^(?:#{1,6}\s*)?(?:reader\s+|readers'\s+|user\s+)?(?:comments?|responses|replies|discussion)"
    r"\s*(?:\(\d+\))?\s*:?$",
    re.I,
)
#: The line a comment opens with in many blog engines: its author and its date ("**Ann T.** —
#: 27 June 2019", "**Ann T. — 27 June 2019**", "Ann T. | May 3, 2019"). A cue inside a thread, never a thread on its own: an
#: article's dated letters or diary entries look the same.
_COMMENT_BYLINE = re.compile(
    r"^[*_]{0,2}[^\s*_\d][^\n*_]{0,40}?[*_]{0,2}\s*[—–|-]\s*"
    r"(?:\d{1,2}\.?\s+\w+\.?,?\s+\d{4}|\w+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})"
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?[*_]{0,2}\s*(?:\n|$)",
    re.I,
)
_COMMENT_CONTROL = re.compile(r"^(?:reply|delete|report|like|quote|permalink|\d+ likes?)$", re.I)
_TIMESTAMP = re.compile(
    r"^(?:\w+,?\s+)?(?:\w+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+\w+\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}),?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?$",
    re.I,
)


def _comment_header(text: str) -> bool:
    """'NAME said...', 'NAME says:', '12 comments:', a "Comments" heading — the lines that open
    a comment or a thread."""
    if _COMMENT_COUNT.match(text) or _COMMENTS_HEADING.match(text):
        return True
    match = _COMMENT_HEADER.match(text)
    return bool(match) and _words(match.group("who")) <= 4


def _self_evident_header(text: str) -> bool:
    """'12 comments:' and Blogger's 'NAME said...' need no confirmation; 'X wrote:' does."""
    return bool(_COMMENT_COUNT.match(text)) or text.rstrip().endswith(("...", "…"))


def _comment_threads(texts: Sequence[str]) -> dict[int, Label]:
    """Label every passage of every confirmed comment thread (see ``_thread_spans``)."""
    labels: dict[int, Label] = {}
    for start, end in _thread_spans(texts):
        opening = f"comment header '{_clip(texts[start])}' starts a comment thread"
        labels[start] = (PassageRole.COMMENT, opening)
        for i in range(start + 1, end):
            labels[i] = (PassageRole.COMMENT, _comment_reason(texts[i], start))
    return labels


def _thread_spans(texts: Sequence[str]) -> list[tuple[int, int]]:
    """Threads run from a comment header until site furniture or the end of the document.

    A lone "NAME wrote:" may just introduce a quotation in an article, so a thread whose header
    is not self-evident counts only when a second comment cue (header, timestamp, "Reply")
    appears inside it.
    """
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(texts) - 1:
        if not _comment_header(texts[i]):
            i += 1
            continue
        end = _thread_end(texts, i + 1)
        cues = sum(_in_comment_chrome(t) for t in texts[i + 1 : end])
        if _self_evident_header(texts[i]) or cues:
            spans.append((i, end))
            i = end
        else:
            i += 1
    return spans


def _thread_end(texts: Sequence[str], i: int) -> int:
    """Index of the first site-furniture passage from ``i`` on that is not comment chrome."""
    while i < len(texts) and not (_site_furniture(texts[i]) and not _in_comment_chrome(texts[i])):
        i += 1
    return i


def _in_comment_chrome(text: str) -> bool:
    """Reply links, timestamps, bylines and headers belong to the thread even though they look
    like furniture."""
    return (bool(_COMMENT_CONTROL.match(text) or _TIMESTAMP.match(text) or _COMMENT_BYLINE.match(text))
            or _comment_header(text))


def _comment_reason(text: str, thread_start: int) -> str:
    if _comment_header(text):
        return f"comment header '{_clip(text)}'"
    if _TIMESTAMP.match(text):
        return "comment timestamp"
    if _COMMENT_BYLINE.match(text):
        return f"comment byline '{_clip(text)}'"
    if _COMMENT_CONTROL.match(text):
        return "comment reply/control link"
    return f"inside the comment thread that starts at passage {thread_start}"


def _clip(text: str, size: int = 40) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


# --------------------------------------------------------------------------------------------
# 2. Boilerplate
# --------------------------------------------------------------------------------------------

def _other_languages(key: str) -> frozenset[str]:
    """Headings of the other languages' boilerplate (``lang/<code>/roles.toml``, lower case):
    "Zie ook", "Leia também", "Související články" are read as "See also" is."""
    return frozenset(" ".join(w.lower().split()) for _, data in lang.load_every("roles.toml")
                     for w in data.get(key, ()))


_OTHER_LINK_HEADINGS = _other_languages("link_headings")
_OTHER_REFERENCE_HEADINGS = _other_languages("reference_headings")

#: Whole-line navigation, media placeholders and section headings that introduce no prose.
_NAV_LINES = _OTHER_LINK_HEADINGS | _OTHER_REFERENCE_HEADINGS | frozenset(
    line.strip()
    for line in """contents|table of contents|top|back to top|to top|up|home|menu|main menu|navigation|
    skip to content|skip to main content|search|share|share this|share this article|print|
    print this page|email|e-mail|tweet|facebook|twitter|whatsapp|telegram|vk|pinterest|linkedin|
    next|previous|prev|next article|previous article|next page|previous page|read more|show more|
    load more|more|close|image|images|photo|photos|picture|video|videos|gallery|advertisement|
    advertising|ad|ads|sponsored|recommended|related|related posts|related articles|see also|
    read also|also read|notes|references|sources|source|literature|bibliography|further reading|
    external links|links|footnotes|comments|post a comment|leave a comment|leave a reply|
    add comment|newer post|older post|newer post older post home|subscribe|tags|labels|
    categories|accept|accept cookies|i agree""".replace("\n", "").split("|")
)

#: Line openings of captions, media embeds, bylines and taxonomy lists.
_FURNITURE_PREFIX = re.compile(
    r"^(?:video|image|photo|picture|figure|fig\.|source|sources|recommended|tags|labels|categories|"
    r"filed under|read also|see also|also read|read more|related|share on|photo credit|image credit|"
    r"credit|posted in|share this|share|"
    + "|".join(re.escape(w) for w in sorted(_OTHER_LINK_HEADINGS, key=len, reverse=True))
    + r")\s*[:\-–—]|^(?:posted (?:by|on|in)|subscribe to|powered by|"
    r"copyright|©|\(c\)\s*\d{4})",
    re.I,
)

#: Footers and banners: licences, update stamps, rendering notices, cookie and review prompts.
_FURNITURE_PHRASE = re.compile(
    r"creative commons|all rights reserved|©|\bcopyright\b|licen[cs]ed under|"
    r"all (?:our|the) content|content (?:is )?(?:taken|comes|copied) from|"
    r"last (?:updated|modified|edited|revised)|\bmin(?:ute)? read\b|will not be published|"
    r"\bthis (?:page|website)\b|update now|view original|"
    r"displayed correctly|enable javascript|your browser|"
    r"(?:we|this site) uses? cookies|accept (?:all )?cookies|cookie (?:policy|settings)|"
    r"privacy policy|terms of (?:use|service)|write a review|sign up for|newsletter",
    re.I,
)
_FURNITURE_MAX_WORDS = 60

#: Headings after which list items and citations are a reference list, not prose.
_REFERENCE_HEADINGS = _OTHER_REFERENCE_HEADINGS | frozenset(
    {"notes", "references", "sources", "literature", "bibliography", "further reading",
     "external links", "links", "footnotes", "see also", "works", "books", "publications"}
)
#: Headings after which article titles (heading-like lines) are links to other pages.
_LINK_LIST_HEADINGS = _OTHER_LINK_HEADINGS | frozenset(
    {"recommended", "related", "related posts", "related articles", "read also", "also read",
     "see also", "more on this topic", "popular", "popular posts", "you may also like", "read more"}
)
_LIST_ITEM = re.compile(r"^(?:[•·*▪◦‣●■\-–—]|\d{1,3}[.)]\s|\[\d+\]|\^)")
_ISBN = re.compile(r"\bISBN\b", re.I)
_CITATION = re.compile(r"^[^.!?\"“«]{2,80},\s*[\"“«„][^\"”»]{2,150}[\"”»],?\s*(?:\d{4})\.?$")


_MENU_SEPARATOR = re.compile(r"\s(?:\||>|»|›|/|·|•)\s")
_NO_WORDS = re.compile(r"^[\W_]+$")


def _site_furniture(text: str) -> str | None:
    """The reason a single passage is site furniture by its own wording, or None."""
    normal = _normal(text)
    if normal in _NAV_LINES:
        return f"navigation or placeholder line '{_clip(text)}'"
    if _NO_WORDS.match(text):
        return "separator line without words"
    if _is_menu(text):
        return "navigation menu or breadcrumb (short items between separators)"
    if _words(text) > _FURNITURE_MAX_WORDS:
        return None
    if _FURNITURE_PREFIX.search(text):
        return f"caption, media or byline line starting '{_clip(text, 20)}'"
    match = _FURNITURE_PHRASE.search(text)
    if match:
        return f"footer/banner wording '{match.group(0)}'"
    if _ISBN.search(text):
        return "bibliography entry (ISBN)"
    if _CITATION.match(text):
        return "bibliographic citation (author, title, year)"
    if _TIMESTAMP.match(text):
        return "timestamp line"
    return None


def _is_menu(text: str) -> bool:
    """'Home | News | Contact' or 'Biographies > Soviet Union > X': three or more short items;
    not an infobox table row whose first cell is a field label ('Died | 1775 | (aged 33)')."""
    items = _MENU_SEPARATOR.split(text)
    return len(items) >= 3 and all(0 < _words(item) <= 3 for item in items) and not _is_field_row(items[0])


def _is_field_row(first_cell: str) -> bool:
    """Whether a table row's first cell is a known infobox label (any language's labels.toml)."""
    from factoid.extract.infobox.labels import kind_of  # the label vocabulary lives with its reader

    return kind_of(first_cell)[0] not in (None, "ignore")


def _boilerplate(texts: Sequence[str], taken: dict[int, Label]) -> dict[int, Label]:
    """Boilerplate labels for passages not already taken, from word cues then layout cues."""
    labels: dict[int, Label] = {}
    for rule in (_front_matter, _furniture_lines, _adverts, _caption_pairs, _reference_lists, _repeated_headings):
        for i, reason in rule(texts):
            if i not in taken and i not in labels:
                labels[i] = (PassageRole.BOILERPLATE, reason)
    for i, reason in _wedged_fragments(texts, taken | labels):
        labels[i] = (PassageRole.BOILERPLATE, reason)
    return labels


#: An advertisement pasted into a page: a price, and a call to buy or book ("packages from
#: $299", "Book before May 1 and save 15%": the call opens a sentence). Either alone is ordinary
#: prose (a biography tells what someone was paid, or that a book was ordered).
_PRICE = re.compile(r"[$€£¥]\s?\d|\b\d[\d.,]*\s?(?:euros?|dollars?|pounds|USD|EUR|GBP)\b", re.I)
_SALES_CALL = re.compile(
    r"(?:^|[.!?]\s+)(?:book|order|buy|shop|reserve|call)\s+(?:now|today|online|before|by|early)\b|\bsave\s+(?:up\s+to\s+)?\d{1,2}\s?%|"
    r"\b\d{1,2}\s?%\s+off\b|\b(?:discount|promo|coupon)\s+code\b|\bspecial\s+offer\b|\bpackages?\s+from\b|"
    r"\bfree\s+shipping\b|\blimited[-\s]time\s+offer\b",
    re.I,
)


#: A paragraph that opens with a label saying it is paid for ("Sponsored:", "Advertisement:"),
#: from every language's ``roles.toml`` (``advert_labels``): an advert whatever it says.
_AD_LABEL = re.compile(
    "|".join(f"(?:{c})" for _, data in lang.load_every("roles.toml") for c in data.get("advert_labels", ()))
    or r"(?!)", re.I)


def _adverts(texts: Sequence[str]) -> Iterable[tuple[int, str]]:
    for i, text in enumerate(texts):
        price, call = _PRICE.search(text), _SALES_CALL.search(text)
        if price and call:
            yield i, f"advertisement (a price and '{_clip(call.group(0).lstrip('.!? '), 20)}')"
        elif (label := _AD_LABEL.match(text)) is not None:
            yield i, f"advertisement (labelled '{_clip(label.group(0).strip(), 20)}')"


#: How many passages a Markdown file's front matter may span before its closing line.
_FRONT_MATTER_MAX = 40


def _front_matter(texts: Sequence[str]) -> Iterable[tuple[int, str]]:
    """A Markdown file's YAML front matter (from a first "---" line to the next "---" or
    "..."): the file's metadata (``ingest.metadata`` reads it as the source's title, URL,
    author and date), not its text, so the author's name is no person of the page."""
    if not texts or texts[0].splitlines()[:1] != ["---"]:
        return
    for end in range(min(len(texts), _FRONT_MATTER_MAX)):
        lines = [line.strip() for line in texts[end].splitlines()]
        if any(line in {"---", "..."} for line in (lines[1:] if end == 0 else lines)):
            for i in range(end + 1):
                yield i, "front matter (the file's metadata block)"
            return


def _furniture_lines(texts: Sequence[str]) -> Iterable[tuple[int, str]]:
    for i, text in enumerate(texts):
        reason = _site_furniture(text)
        if reason:
            yield i, reason


def _caption_pairs(texts: Sequence[str]) -> Iterable[tuple[int, str]]:
    """A short line immediately repeated verbatim: scrapes emit an image's alt text and caption."""
    for i in range(len(texts) - 1):
        a, b = texts[i], texts[i + 1]
        if _words(a) <= 30 and " ".join(a.lower().split()) == " ".join(b.lower().split()):
            yield i, "image caption: the same short line is repeated right after it"
            yield i + 1, "repeats the line before it (scraped image caption)"


def _reference_lists(texts: Sequence[str]) -> Iterable[tuple[int, str]]:
    """Entries under a references or related-links heading, up to the first line of prose.

    Under "Literature" or "Notes" the entries are list items, ISBN lines and citations; under
    "Recommended" or "Related posts" they are bare article titles (heading-like lines).
    """
    kind = ""
    for i, text in enumerate(texts):
        normal = _normal(text)
        if normal in _REFERENCE_HEADINGS or normal in _LINK_LIST_HEADINGS:
            kind = "links" if normal in _LINK_LIST_HEADINGS else "references"
        elif kind and _is_list_entry(text, texts[i + 1] if i + 1 < len(texts) else None, kind):
            yield i, f"entry in a {kind} list"
        else:
            kind = ""


def _is_list_entry(text: str, following: str | None, kind: str) -> bool:
    """A list item, ISBN line or citation; under a links heading also a bare title.

    A bare title followed by prose is a real section heading, so it ends the list instead.
    """
    if _LIST_ITEM.match(text) or _ISBN.search(text) or _CITATION.match(text):
        return True
    if kind != "links" or not _is_heading(text):
        return False
    return following is None or _is_heading(following) or _site_furniture(following) is not None


def _repeated_headings(texts: Sequence[str]) -> Iterable[tuple[int, str]]:
    """A heading whose wording already appeared: a second copy of the page's section tree."""
    seen: set[str] = set()
    for i, text in enumerate(texts):
        normal = _normal(text)
        if _is_heading(text) and normal and normal in seen:
            yield i, "repeated heading (already appeared earlier in the page)"
        seen.add(normal)


def _wedged_fragments(texts: Sequence[str], labels: dict[int, Label]) -> Iterable[tuple[int, str]]:
    """A one-to-three-word fragment between two boilerplate lines is part of the same clutter."""
    for i in range(1, len(texts) - 1):
        if i in labels or _words(texts[i]) > 3 or _SENTENCE_END.search(texts[i]):
            continue
        before, after = labels.get(i - 1), labels.get(i + 1)
        if before and after and before[0] == after[0] == PassageRole.BOILERPLATE:
            yield i, "short fragment wedged between boilerplate lines"


# --------------------------------------------------------------------------------------------
# 3. Off-topic runs
# --------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"[^\W\d_][\w'’\-]*")
_POSSESSIVE = re.compile(r"['’]s?$")
_YEAR = re.compile(r"(?<!\d)(?:1\d{3}|20\d{2})(?!\d)")
#: Capitalised function words that start sentences; the in-document lower-case test catches the rest.
_FUNCTION_WORDS = frozenset(
    "a an the he she it they we i you his her its their our my your this that these those in on at "
    "of for to from by with and but or if when while after before then there here what who how why "
    "as so no not yes oh mr mrs ms dr".split()
)
#: Off-topic thresholds: share of a run's name mentions unknown to the document, size of the run.
_MIN_FOREIGN_SHARE = 0.6
_MIN_FOREIGN_NAMES = 3
_MIN_RUN_PASSAGES = 2
_MIN_RUN_WORDS = 80


@dataclass(frozen=True)
class _Entities:
    """What a passage names: capitalised name tokens (lower-cased) and whether it has a year."""

    names: tuple[str, ...]
    has_year: bool


def _lower_words(text: str) -> set[str]:
    """Every word that occurs in lower case somewhere: those are common words, not names."""
    return {w for w in _TOKEN.findall(text) if w[0].islower()}


def _names(text: str, common: set[str]) -> tuple[str, ...]:
    """Capitalised tokens that are never written in lower case in the document: likely names."""
    found = []
    for token in _TOKEN.findall(text):
        if not token[0].isupper():  # most tokens; dropping a possessive never changes the first letter
            continue
        token = _POSSESSIVE.sub("", token)
        low = token.lower()
        if len(token) > 1 and token[0].isupper() and low not in common and low not in _FUNCTION_WORDS:
            found.append(low)
    return tuple(found)


def _entities(text: str, common: set[str]) -> _Entities:
    return _Entities(_names(text, common), bool(_YEAR.search(text)))


def _subject_terms(title: str, entities: Sequence[_Entities], common: set[str]) -> set[str]:
    """Names in the title plus the document's most frequent name (usually the subject's surname)."""
    counts = Counter(name for e in entities for name in e.names)
    top = {counts.most_common(1)[0][0]} if counts else set()
    return set(_names(title, common)) | top


def _offtopic(doc: Document, texts: Sequence[str], taken: dict[int, Label]) -> dict[int, Label]:
    """Label runs of paragraphs whose names the rest of the document never mentions.

    A passage is *anchored* when it has a year or a subject name; anchored passages define the
    document's vocabulary. Runs of consecutive unanchored, untaken, non-heading passages are
    judged as a whole: when most of their name mentions are foreign to that vocabulary, the run
    is off-topic, and so is a heading right before it (it introduces the excerpt).
    """
    common = _lower_words(doc.text)
    entities = {i: _entities(t, common) for i, t in enumerate(texts) if i not in taken}
    title = doc.title or (texts[0] if texts else "")
    subject = _subject_terms(title, list(entities.values()), common)
    anchored = {i for i, e in entities.items() if e.has_year or subject & set(e.names)}
    known = set(_names(title, common)).union(*(entities[i].names for i in anchored))
    labels: dict[int, Label] = {i: (PassageRole.OFFTOPIC, "announces another topic and names no subject name")
                                for i in _announced_offtopic(texts, entities, subject)}
    labels.update({i: (PassageRole.OFFTOPIC, "another item on the same newspaper page, about someone else")
                   for i in _other_page_items(doc, texts, entities, subject)})
    for run in _unanchored_runs(texts, entities, anchored):
        if _is_foreign_run(run, texts, entities, known):
            reason = "no person or place shared with the rest of the document (and no year or subject name)"
            labels.update({i: (PassageRole.OFFTOPIC, reason) for i in run})
            before = run[0] - 1
            if before in entities and _is_heading(texts[before]):
                labels[before] = (PassageRole.OFFTOPIC, "heading introducing an off-topic run")
    return labels


#: Openings that announce another topic than the page's ("Off topic:", "This site also hosts a
#: page on ..."), from every language's ``roles.toml`` (``offtopic_cues``).
_OFFTOPIC_CUE = re.compile(
    "|".join(f"(?:{c})" for _, data in lang.load_every("roles.toml") for c in data.get("offtopic_cues", ()))
    or r"(?!)", re.I)


def _announced_offtopic(texts: Sequence[str], entities: dict[int, _Entities], subject: set[str]) -> Iterable[int]:
    """Passages that say themselves they are about something else and name no subject name:
    an editor's note on another page of the site, a forum post marked "Off topic"."""
    for i, e in entities.items():
        if not (subject & set(e.names)) and _OFFTOPIC_CUE.search(texts[i]):
            yield i


#: a newspaper headline: a line in capitals of two words or more ("DEATH OF A FORMER MAYOR")
_HEADLINE = re.compile(r"^[^a-z\n]*[A-Z]{2,}[^a-z\n]*\s[^a-z\n]*[A-Z]{2,}[^a-z\n]*$")
#: a personal name: two capitalised words or more in a row, an honorific or rank before them allowed
_FULL_NAME = re.compile(r"\b[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+)+")


def _other_page_items(doc: Document, texts: Sequence[str], entities: dict[int, _Entities],
                      subject: set[str]) -> Iterable[int]:
    """Items of a newspaper page after the story about the subject: a clipping (it has a
    dated masthead line) carries other articles under their own headlines, an obituary of
    a harbour pilot beside the subject's story, whose "he was born in 1860" is that man's.
    Such an item follows a headline in capitals (in its own passage or on its first line),
    names a person the page has not named before it and never the subject; the first
    story is never one (the subject must come first). The item runs to the next headline."""
    if not datelines.datelines(doc):
        return
    before: set[str] = set()
    headline, inside, told = False, False, False
    for i, text in enumerate(texts):
        names = set(entities[i].names) if i in entities else set()
        head, _, body = text.partition("\n")
        if _HEADLINE.match(head.strip()):
            headline, inside = True, False
            if not body.strip():
                continue
            text = body
        if i in entities and (inside or headline and told and not names & subject
                              and _names_newcomer(text, names, before)):
            inside = True
            yield i
        else:
            before |= names
            told = told or bool(names & subject) and not _is_heading(text)
        headline = False


def _names_newcomer(text: str, names: set[str], before: set[str]) -> bool:
    """The text names a person by a full name none of whose words the page used before."""
    full = [m.group(0).lower().split() for m in _FULL_NAME.finditer(text)]
    return any(all(w in names and w not in before for w in words) for words in full)


def _unanchored_runs(
    texts: Sequence[str], entities: dict[int, _Entities], anchored: set[int]
) -> list[list[int]]:
    """Maximal runs of consecutive candidate passages that are neither anchored nor headings."""
    runs: list[list[int]] = [[]]
    for i in range(len(texts)):
        if i in entities and i not in anchored and not _is_heading(texts[i]):
            runs[-1].append(i)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]


def _is_foreign_run(
    run: Sequence[int], texts: Sequence[str], entities: dict[int, _Entities], known: set[str]
) -> bool:
    """Long enough, and mostly names the document's anchored passages never use."""
    mentions = [name for i in run for name in entities[i].names]
    foreign = [name for name in mentions if name not in known]
    if len(run) < _MIN_RUN_PASSAGES or sum(_words(texts[i]) for i in run) < _MIN_RUN_WORDS:
        return False
    if len(set(foreign)) < _MIN_FOREIGN_NAMES:
        return False
    return len(foreign) / len(mentions) >= _MIN_FOREIGN_SHARE


# --------------------------------------------------------------------------------------------
# 4. Quotations
# --------------------------------------------------------------------------------------------

_QUOTE_PAIRS = {'"': '"', "“": "”", "„": "“", "«": "»", "‘": "’", "'": "'", "‹": "›", "「": "」"}
_TRAILING = ".,;:!?…)] "


def _is_quotation(text: str) -> bool:
    """True when the passage opens with a quotation mark and its matching close ends it.

    The opening mark may not reappear inside and the closing mark may appear only at the end,
    so dialogue such as '"Yes," she said, "go."' is not one quotation.
    """
    if len(text) < 3 or text[0] not in _QUOTE_PAIRS:
        return False
    opening, closing = text[0], _QUOTE_PAIRS[text[0]]
    body = text.rstrip(_TRAILING)
    if not body.endswith(closing) or len(body) < 3:
        return False
    inner = body[1:-1]
    if opening == closing:
        return opening not in inner
    return closing not in inner and opening not in inner


def _quotes(texts: Sequence[str], taken: dict[int, Label]) -> dict[int, Label]:
    return {
        i: (PassageRole.QUOTE, "the whole passage is one quotation")
        for i, text in enumerate(texts)
        if i not in taken and _is_quotation(text)
    }


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def assign_roles(doc: Document, passages: list[Passage]) -> list[Passage]:
    """Return copies of ``passages`` with ``role`` and ``role_reason`` set (rules in module doc)."""
    texts = [p.text for p in passages]
    labels = _comment_threads(texts)
    labels |= _boilerplate(texts, labels)
    labels |= _offtopic(doc, texts, labels)
    labels |= _quotes(texts, labels)
    return [
        replace(p, role=role, role_reason=reason)
        for p, (role, reason) in zip(passages, _fill(texts, labels), strict=True)
    ]


def _fill(texts: Sequence[str], labels: dict[int, Label]) -> list[Label]:
    """Every passage's label, main (heading or body text) where no rule fired."""
    return [
        labels.get(i) or (PassageRole.MAIN, "section heading" if _is_heading(t) else "body text")
        for i, t in enumerate(texts)
    ]


def passage_roles_summary(passages: Iterable[Passage]) -> dict[str, int]:
    """Passages per role (every role present, zero included) plus how many are duplicates."""
    summary = {role.value: 0 for role in PassageRole}
    duplicates = 0
    for passage in passages:
        summary[PassageRole(passage.role).value] += 1
        duplicates += passage.duplicate_of is not None
    summary["duplicate"] = duplicates
    return summary
