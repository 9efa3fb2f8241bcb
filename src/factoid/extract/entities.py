"""Document-local people: grouping the names one document uses into the persons it means.

Inside one document, "Genrikh Samoilovich Lyushkov", "G.S. Lyushkov", "Lyushkov" and
"Genrikh Samoilovich" are one man, while "Max Eitingon" and "Nahum Eitingon" are two. Full
names are clustered first (every member must be compatible with every other, so a bare
surname cannot chain two brothers together), then bare surnames and given names attach to
the most-mentioned compatible person. Resolution across documents happens later, in
``factoid.resolve``, over these local persons.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from factoid.errors import FactoidError
from factoid.extract.mentions import NameSpan
from factoid.names.given import equivalents
from factoid.names.given import looks_female as _looks_female
from factoid.names.arabic import has_arabic
from factoid.names.translit import has_cyrillic, transliterate
from factoid.names import (
    NameParts,
    fold,
    fullness,
    given_names_equivalent,
    is_full_name,
    name_compatibility,
)
from factoid.names import parse_name as _parse_name
from factoid.names import surnames_match as _surnames_match

#: Parsing a name form and guessing its gender are pure functions of the string, and a
#: document asks them about the same few forms again and again (each mention, each display,
#: each pronoun): each form is worked out once per process. ``NameParts`` is frozen.
parse_name = lru_cache(maxsize=65_536)(_parse_name)
looks_female = lru_cache(maxsize=65_536)(_looks_female)
#: Every bare surname of a document is scored against every person's surname: the same few
#: pairs again and again, each scored once per process.
surnames_match = lru_cache(maxsize=65_536)(_surnames_match)

#: Two full names at least this compatible are one person within a document.
SAME_PERSON = 0.75


@dataclass
class LocalPerson:
    """A person as one document knows them."""

    id: str
    parts: list[NameParts] = field(default_factory=list)
    forms: Counter = field(default_factory=Counter)
    first_start: int = 0
    generation: str = ""
    #: whether the page writes a woman's title right before one of the names ("Mrs. A B"),
    #: which the name span itself leaves out
    titled_female: bool = False
    _seen: "_PartsIndex | None" = field(default=None, repr=False, compare=False)

    @property
    def count(self) -> int:
        return sum(self.forms.values())

    def _index(self) -> "_PartsIndex":
        """What is known of ``parts`` so far, brought up to date with the parts appended
        since: recomputing over all parts at every mention made a long document quadratic."""
        index = self._seen
        if index is None or index.of is not self.parts or index.count > len(self.parts):
            index = self._seen = _PartsIndex(self.parts)
        index.update()
        return index

    @property
    def best(self) -> NameParts:
        """The fullest name form: given + patronymic + surname beats initials beats surname."""
        best = self._index().best
        if best is None:
            raise ValueError("max() arg is an empty sequence")
        return best

    @property
    def surname(self) -> str | None:
        named = self._index().named
        return named.surname if named is not None else None

    @property
    def distinct_parts(self) -> list[NameParts]:
        """``parts`` without repeats, in first-seen order."""
        return list(self._index().distinct)

    @property
    def female(self) -> bool:
        """Gender guessed from name morphology (Russian and most European given names in -a,
        feminine surnames in -ova/-aya; a diminutive as its full names, so Stenka is a man:
        ``names.given.looks_female``); used only to pick the antecedent of she/he."""
        best = self.best
        if best.feminine or self.titled_female or any(_FEMALE_TITLE.match(f) for f in self.forms):
            return True
        return bool(best.given) and looks_female(best.given or "")

    @property
    def display(self) -> str:
        """The fullest written form, in Latin script when the document has one (a claim
        value should read "Yakov Blumkin", not its Cyrillic or Arabic original); between forms used
        as often, the one with more middle names ("Henry Burroughs Holliday" over "Henry
        Holliday": another source may name him "Henry Burroughs")."""
        return max(self.forms, key=lambda f: (not (has_cyrillic(f) or has_arabic(f)), _fullness(parse_name(f)), self.forms[f],
                                              len(parse_name(f).middle), -len(f)))


class _PartsIndex:
    """The first fullest part, the first fullest part with a surname and the distinct parts
    of a person's list of parts, which is only ever appended to. Ties keep the earlier part,
    as ``max`` and a stable sort do."""

    def __init__(self, parts: list[NameParts]) -> None:
        self.of = parts
        self.count = 0
        self.best: NameParts | None = None
        self.named: NameParts | None = None
        self.distinct: dict[NameParts, None] = {}

    def update(self) -> None:
        for p in self.of[self.count :]:
            f = _fullness(p)
            if self.best is None or f > _fullness(self.best):
                self.best = p
            if p.surname and (self.named is None or f > _fullness(self.named)):
                self.named = p
            self.distinct.setdefault(p, None)
        self.count = len(self.of)


def _fullness(p: NameParts) -> tuple[int, int]:
    """``names.fullness``, ties going to the longer given name (Genrikh over G.)."""
    return fullness(p), len(p.given or "")


def _compatible_with_all(person: LocalPerson, parts: NameParts) -> bool:
    known = person.distinct_parts  # repeats change neither test
    fulls = [q for q in known if is_full_name(q) and not any(_leading_part(q, r) for r in known)]
    return bool(fulls) and all(name_compatibility(parts, q) >= SAME_PERSON for q in fulls)


def _given_fits(parts: NameParts, full: NameParts) -> bool:
    """Whether a given name (+ patronymic) without surname can be this person: the same given
    name in any language, or its initial where the person is known by initials ("Вальтер
    Германович" and "W. G. Krivitsky"); patronymics, when both are known, must agree."""
    if full.given:
        if not given_names_equivalent(parts.given or "", full.given):
            return False
    elif not parts.patronymic or not full.initials or not any(
        fold(name)[:1] == fold(full.initials[0])[:1] for name in equivalents(transliterate(parts.given or ""))
    ):
        return False  # a bare given name never attaches to initials alone ("Anna" is not A. V. Kosarev)
    if parts.patronymic and full.patronymic:
        return fold(parts.patronymic)[:4] == fold(full.patronymic)[:4]
    if parts.patronymic and len(full.initials) > 1:
        return fold(parts.patronymic)[:1] == full.initials[1].lower()[:1]
    return True


def _leading_part(short: NameParts, full: NameParts) -> bool:
    """"Elizabeth Terrill" of "Elizabeth Terrill Bentley", "Wyatt Berry" of "Wyatt Berry
    Stapp Earp": a source (or the model cutting a name short) wrote the given and middle
    names only. The short form's "surname" is then one of the full name's middle names."""
    return bool(
        short.given and short.surname and full.given and full.surname and full.middle
        and fold(short.given) == fold(full.given)
        and fold(short.surname) in {fold(m) for m in full.middle}
    )


#: A surname match at least this close is one name spelt two ways (a transliteration), not a
#: near miss: a near miss between two lone words with no given name to confirm it is two
#: people ("Malihor" is not "Malikon", though one letter apart once "h" reads as "k").
_SPELLING = 0.95


def _mononym(person: LocalPerson) -> bool:
    """Whether every form the person was written in is a single word."""
    return all(len(f.split()) == 1 for f in person.forms)


def _candidates(people: list[LocalPerson], parts: NameParts) -> list[LocalPerson]:
    """The persons a bare surname, or given name (+ patronymic), can mean."""
    out = []
    for person in people:
        if parts.surname and person.surname:
            score = surnames_match(parts.surname, person.surname)
            if score < 0.85 or (score < _SPELLING and not parts.given and _mononym(person)):
                continue
            if parts.given and person.best.given and not given_names_equivalent(parts.given, person.best.given):
                continue
        elif parts.given and not parts.surname:
            if not _given_fits(parts, person.best):
                continue
        else:
            continue
        out.append(person)
    return out


@dataclass(frozen=True)
class _Page:
    """What a document says about whose page it is, for the bare names of its relatives:
    its text (to see the sentence a name stands in) and its subject cues (address,
    heading; ``mentions.subject_cues``)."""

    text: str = ""
    cues: frozenset[str] = frozenset()
    #: person id -> (start, end) of each full name written, in document order
    fulls: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    def cued(self, person: LocalPerson) -> bool:
        return any(fold(f) in self.cues for f in person.forms)

    def named_in_sentence(self, people: list[LocalPerson], span: NameSpan) -> LocalPerson | None:
        """The person whose full name is the last one written before ``span`` in its own
        sentence ("Andrew Kravchenko made a film; Kravchenko said ..."), if any."""
        if not self.text:
            return None
        last: tuple[int, LocalPerson] | None = None
        for person in people:
            ends = [e for s, e in self.fulls.get(person.id, ()) if e <= span.start]
            if ends and (last is None or max(ends) > last[0]):
                last = (max(ends), person)
        if last is None or span.start - last[0] > 200 or _SENTENCE_END.search(self.text[last[0] : span.start]):
            return None
        return last[1]


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


def _attach_partial(people: list[LocalPerson], parts: NameParts, span: NameSpan | None = None,
                    page: _Page | None = None) -> LocalPerson | None:
    """The person a bare surname, or given name (+ patronymic), means. Where several persons
    share the surname (a man and his son, two brothers) it goes to the one whose full name
    its sentence last wrote, else to the page's subject: the one the page's address or
    heading names, else the most mentioned. A single word that is nobody's surname may be a
    given name the tables do not know ("Joan", "Genghis"): it then goes to the most-mentioned
    person of that given name."""
    found = _same_number(parts, _candidates(people, parts))
    page = page or _Page()
    if len(found) > 1 and parts.surname and span is not None:
        near = page.named_in_sentence(found, span)
        if near is not None:
            return near
    best = max(found, key=lambda p: (page.cued(p), p.count, -p.first_start), default=None)
    # one word: a surname to the parser, or a ruler's given name before its number ("Berenike IV")
    word = parts.given if parts.number and not parts.surname else None if parts.given else parts.surname
    if best is None and word and not parts.initials and " " not in word:
        named = [p for p in people if p.best.given and given_names_equivalent(word, p.best.given)]
        named = _same_number(parts, named)
        best = max(named, key=lambda p: (page.cued(p), p.count), default=None)
    return best


def _same_number(parts: NameParts, people: list[LocalPerson]) -> list[LocalPerson]:
    """The persons a name with a ruler's number may be: "Cleopatra VII" is not her mother
    "Cleopatra V Tryphaena", who shares the name the word stands for. When the document numbers
    its namesakes and none has this number, the name is a namesake of its own ("Ptolemy XIII"
    is not "Ptolemy Philadelphus" beside "Ptolemy XII Auletes")."""
    if not parts.number:
        return people
    same = [p for p in people if p.best.number == parts.number]
    if same or any(p.best.number for p in people):
        return same
    return people


_GENERATION = re.compile(r"[\s,]+(Jr|Sr|Junior|Senior|II|III|IV)\.?$", re.IGNORECASE)


def _generation(text: str) -> str:
    """"Jr", "Sr", "III": a son named after his father is another person, whom the name
    parser (which drops the suffix) cannot tell from him. After one word alone the numeral is a
    ruler's number ("Berenike IV"), which the parser keeps and compares."""
    m = _GENERATION.search(text)
    if m is None or (m.group(1).upper().startswith("I") and len(text[: m.start()].split()) < 2):
        return ""
    return m.group(1).lower()[:2]


def group_names(doc_id: str, spans: list[NameSpan], text: str = "",
                cues: tuple[str, ...] = ()) -> tuple[list[LocalPerson], dict[int, str]]:
    """Cluster a document's name spans into local persons.

    ``text`` (the document) and ``cues`` (its subject cues) decide whom a bare surname
    shared by relatives means (``_attach_partial``). Returns the persons and a map from span
    start offset to person id.
    """
    parsed = [(span, parse_name(span.text)) for span in spans]
    people: list[LocalPerson] = []
    assignment: dict[int, str] = {}

    def new_person(span: NameSpan, parts: NameParts) -> LocalPerson:
        person = LocalPerson(id=f"{doc_id}@{len(people)}", first_start=span.start, generation=_generation(span.text))
        people.append(person)
        return person

    fulls = [(s, p) for s, p in parsed if is_full_name(p)]
    for span, parts in sorted(fulls, key=lambda sp: (-_fullness(sp[1])[0], -len(sp[1].middle), sp[0].start)):
        gen = _generation(span.text)
        person = (
            next((q for q in people if q.generation == gen and _compatible_with_all(q, parts)), None)
            or next((q for q in people if q.generation == gen and any(_leading_part(parts, f) for f in q.distinct_parts)), None)
            or new_person(span, parts)
        )
        person.parts.append(parts)
        person.forms[span.text] += 1
        person.first_start = min(person.first_start, span.start)
        person.titled_female |= _after_female_title(text, span.start)
        assignment[span.start] = person.id
    page = _Page(text, frozenset(fold(c) for c in cues), {})
    for span in spans:
        if span.start in assignment:
            page.fulls.setdefault(assignment[span.start], []).append((span.start, span.end))
    for span, parts in parsed:
        if span.start in assignment:
            continue
        gen = _generation(span.text)
        person = _attach_partial([q for q in people if q.generation == gen], parts, span, page) or new_person(span, parts)
        person.parts.append(parts)
        person.forms[span.text] += 1
        person.first_start = min(person.first_start, span.start)
        person.titled_female |= _after_female_title(text, span.start)
        assignment[span.start] = person.id
    return people, assignment


def _after_female_title(text: str, start: int) -> bool:
    """Whether a woman's title stands right before the name at ``start`` ("Mrs. Szabo",
    "Madame Curie"): the name span leaves titles out, and a given name the guess does not
    know (Violette, Ruth) would otherwise leave her a "he"."""
    return start > 0 and _FEMALE_TITLE_BEFORE.search(text, max(0, start - 24), start) is not None


#: A title that only a woman bears, written before her name ("Queen Wongyeong", "Lady Byron").
_WOMENS_TITLES = (r"Queen|Empress|Princess|Grand Princess|Lady|Mrs\.?|Madame|Mme\.?|Countess|Duchess|Baroness|"
                  r"Marquise|Tsarina|Tsaritsa|Sultana|Begum|Reine|Königin|Reina|Regina|Imperatrice")
_FEMALE_TITLE = re.compile(rf"(?:{_WOMENS_TITLES})\s")


#: The same titles and the everyday ones ("Mrs.", "Miss", "Frau", "Señora") ending right
#: where a name begins.
_FEMALE_TITLE_BEFORE = re.compile(
    rf"(?<![\w.])(?:{_WOMENS_TITLES}|Miss|Ms|Mademoiselle|Mlle|Frau|Fräulein|Signora|Signorina|Señora|Señorita|"
    r"Sra|Doña|Dona|Mevrouw|Mevr|Fru|Fröken|Pani)\.?\s+$"
)


_LANGUAGE_LABEL = (
    r"(?:Russian|Ukrainian|Belarusian|Polish|German|Yiddish|Hebrew|Latvian|Georgian|Lithuanian|Czech|Slovak|"
    r"Bulgarian|Serbian|Croatian|Hungarian|Romanian|Italian|Spanish|Portuguese|Catalan|French|Latin|Greek|Dutch|"
    r"Swedish|Danish|Norwegian|Finnish|Arabic|Persian|Turkish|Kurdish|Mongolian|Chinese|Japanese|Korean|"
    r"Ligurian|Genoese|Occitan|Armenian|Azerbaijani|Kazakh|Uzbek|Tatar|Pinyin)\s*:\s*"
)
_QUOTES = "\"“”«»‘’'„"


@cache
def alias_phrases() -> str:
    """The alias phrases of every language in ``names/alias_cues.toml``, as one alternation."""
    path = Path(__file__).parent.parent / "names" / "alias_cues.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise FactoidError(f"names/alias_cues.toml: {exc}") from exc
    return "|".join(p for lang in data.values() for p in lang.get("phrases", ()))


@cache
def _alias_gap() -> re.Pattern[str]:
    """What may stand between two names that are one person's: a language label, an alias
    phrase, or an opening bracket (a quoted epithet may follow it)."""
    return re.compile(
        rf"(?:{_LANGUAGE_LABEL}|\b(?:{alias_phrases()})\s+[{_QUOTES}]?|^\s*\(\s*[{_QUOTES}]?\s*)$",
        re.IGNORECASE,
    )


_LIST_GAP = re.compile(rf"^\s*[{_QUOTES})]*\s*(?:,|,?\s+and|,?\s+or|,?\s+или|,?\s+и)\s+[{_QUOTES}]?$")
#: "He is also called X", "She was better known as X": an alias of the person "he" stands
#: for, which the sentence does not name.
_PRONOUN_ALIAS = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:He|She|They)\s+(?:is|was|are|were|has been|had been|became|is still|was later)\s+"
    r"(?:also\s+|later\s+|often\s+|commonly\s+|popularly\s+|widely\s+|better\s+|best\s+|usually\s+|simply\s+)*"
    r"(?:called|known\s+as|nicknamed|dubbed|referred\s+to\s+as|remembered\s+as|styled)\s+"
    rf"[{_QUOTES}]?$"
)
#: "Known as X, he practised...": a fronted alias clause whose subject follows the name.
_FRONTED_ALIAS = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:Better\s+|Also\s+|Later\s+|Popularly\s+|Widely\s+)?"
    rf"(?:[Kk]nown\s+as|[Cc]alled|[Nn]icknamed|[Dd]ubbed)\s+[{_QUOTES}]?$"
)
_FRONTED_SUBJECT = re.compile(rf"^[{_QUOTES}]?[^.;:!?\n]{{0,30}}?,\s*(?:he|she|they)\b")


def _linked(text: str, a: NameSpan, b: NameSpan, gap: str) -> bool:
    """Does the text between ``a`` and ``b`` say they name one person? An opening bracket
    counts only when the bracket holds just the second name ("Reiss (Poretsky)")."""
    if not _alias_gap().search(gap.split(";")[-1]):
        return False
    if not gap.rstrip(_QUOTES + " ").endswith("("):
        return True
    after = text[b.end : b.end + 4].lstrip(_QUOTES)
    return after[:1] in {")", ",", ";"}


def _antecedent(spans: list[NameSpan], before: int) -> NameSpan | None:
    """Whom "he" or "she" most likely stands for: among the names written before ``before``,
    one of the person named most often so far (by last word: "Holliday"), the nearest."""
    earlier = [s for s in spans if s.end <= before]
    if not earlier:
        return None
    counts = Counter(fold(s.text.split()[-1]) for s in earlier)
    return max(earlier, key=lambda s: (counts[fold(s.text.split()[-1])], s.start))


def _pronoun_pairs(text: str, spans: list[NameSpan]) -> list[tuple[int, int]]:
    """Alias statements whose first name is a pronoun ("He is also called Timur Lenk") or
    follows ("Known as Doc Holliday, he ..."): the alias joins the pronoun's antecedent."""
    pairs = []
    for b in spans:
        head = text[max(0, b.start - 80) : b.start]
        m = _PRONOUN_ALIAS.search(head)
        if m is None and _FRONTED_SUBJECT.match(text[b.end : b.end + 40]):
            m = _FRONTED_ALIAS.search(head)
        if m is not None:
            a = _antecedent(spans, b.start - len(head) + m.start())
            if a is not None:
                pairs.append((a.start, b.start))
    return pairs


def nickname_pairs(spans: list[NameSpan]) -> list[tuple[int, int]]:
    """A name that quotes a nickname (John Henry "Doc" Holliday) joins the names that use
    the nickname as a given name ("Doc Holliday") or alone ("Doc")."""
    parsed = [(s, parse_name(s.text)) for s in spans]
    pairs = []
    for s, p in parsed:
        if not p.nickname:
            continue
        key = fold(p.nickname)
        for t, q in parsed:
            if t.start == s.start:
                continue
            alone = fold(t.text.strip(_QUOTES)) == key
            named = bool(q.given and q.surname and p.surname) and fold(q.given or "") == key and (
                surnames_match(q.surname or "", p.surname or "") >= 0.85
            )
            if alone or named:
                pairs.append((s.start, t.start))
    return pairs


def _line_alias(gap: str) -> bool:
    """A name on a line of its own, the next line opening with an alias phrase before the
    other name (a heading "Name", then "born Birth Name ..." under it): the line break does
    not part them as it parts the names of two paragraphs."""
    before, _, after = gap.partition("\n")
    return not before.strip() and "\n" not in after and bool(after.strip()) and \
        _alias_gap().search(after) is not None and not after.strip().startswith("(")


def alias_pairs(text: str, spans: list[NameSpan]) -> list[tuple[int, int]]:
    """Pairs of name spans (by start offset) that the text says name one person:
    "Walter Krivitsky (Russian: Вальтер Кривицкий; born Samuel Ginsberg", "Reiss (Poretsky)",
    "whose real name was Nathan Poretsky", "also known as Leonid Eitingon", "Тамерлан,
    известный также как Тимур", "He is also called Timur Lenk", John Henry "Doc" Holliday
    and "Doc Holliday". A list continues an alias statement ("also found as X, Y and Z"),
    also one whose first name is not written ("Тимур, известен още като Тамерлан или Тимур
    Ленк": the two names after the phrase are one person).
    The alias phrases of every language are data (``names/alias_cues.toml``)."""
    pairs = []
    ordered = sorted(spans, key=lambda s: s.start)
    chain = False
    for a, b in zip(ordered, ordered[1:]):
        gap = text[a.end : b.start]
        if len(gap) > 45 or ("\n" in gap and not _line_alias(gap)) or re.search(r"[.!?]\s", gap):
            chain = False
            continue
        listed = _LIST_GAP.match(gap) and (chain or _alias_gap().search(text[max(0, a.start - 45) : a.start]))
        if _linked(text, a, b, gap) or listed:
            pairs.append((a.start, b.start))
            chain = True
        else:
            chain = False
    return pairs + _pronoun_pairs(text, ordered) + nickname_pairs(ordered)


def merge_aliases(people: list[LocalPerson], assignment: dict[int, str], pairs: list[tuple[int, int]],
                  written: Mapping[int, str] | None = None) -> list[LocalPerson]:
    """Merge local persons the text declares to be one (a pen name and a birth name).
    ``written`` (span start -> text) tells a bare surname among the pairs' names."""
    by_id = {p.id: p for p in people}
    for a, b in pairs:
        keep, gone = by_id.get(assignment[a]), by_id.get(assignment[b])
        if keep is None or gone is None or keep is gone:
            continue
        if written is not None and len(written.get(b, "").split()) == 1 and _two_people(keep, gone):
            # "Trotsky (real surname Bronstein) ..., son of David L. Bronstein": the bare
            # surname is the subject's other name; its namesake father stays his own person
            assignment[b] = keep.id
            continue
        keep.parts.extend(gone.parts)
        keep.forms.update(gone.forms)
        keep.first_start = min(keep.first_start, gone.first_start)
        for start, pid in assignment.items():
            if pid == gone.id:
                assignment[start] = keep.id
        del by_id[gone.id]
    return [p for p in people if p.id in by_id]


def _two_people(one: LocalPerson, other: LocalPerson) -> bool:
    """Whether two local persons are named in full by names no one person bears: each has a
    full name with a given name, and no full name of one is compatible with one of the
    other's. An alias pair that joins them joins a bare name one of them took by mistake."""
    mine = [q for q in one.distinct_parts if is_full_name(q) and q.given]
    theirs = [q for q in other.distinct_parts if is_full_name(q) and q.given]
    return bool(mine and theirs) and all(name_compatibility(a, b) < SAME_PERSON for a in mine for b in theirs)


def _cued(person: LocalPerson, cues: tuple[str, ...]) -> bool:
    """Does a subject cue name this person? Written as one of its forms, or, for a cue that
    is a full name, compatible with one of its full names: the address says "Ada Lovelace"
    where the text writes "Lady Ada Lovelace" or "Augusta Ada Lovelace". A one-word cue is
    the surname of a person the text names in full: a blog's address spells only
    ".../remembering-kovacs" where the post writes "Ilona Kovacs"."""
    keys = {fold(c) for c in cues}
    if any(fold(f) in keys for f in person.forms):
        return True
    if person.surname and fold(person.surname) in keys:
        return True
    named = [c for c in map(parse_name, cues) if is_full_name(c)]
    fulls = [q for q in person.distinct_parts if is_full_name(q)]
    return any(name_compatibility(c, q) >= SAME_PERSON for c in named for q in fulls)


def main_subject(people: list[LocalPerson], title: str | None, cues: tuple[str, ...] = ()) -> LocalPerson | None:
    """The person the document is about: the one its address or heading names (``cues``,
    see ``mentions.subject_cues``) unless far less mentioned than another, else the one
    named in the title, else the most mentioned."""
    if not people:
        return None
    top = max(people, key=lambda p: (p.count, -p.first_start))
    cued = [p for p in people if _cued(p, cues)]
    if cued:
        best = max(cued, key=lambda p: (p.count, -p.first_start))
        if best.count * 4 >= top.count:
            return best
    if title:
        folded = f" {fold(title)} "
        named = [p for p in people if p.surname and f" {fold(p.surname)} " in folded]
        if named:
            best = max(named, key=lambda p: p.count)
            # a title word the model took for a name ("Forgotten Lives") is mentioned once or
            # twice; the person the text is about far more often
            return best if best.count * 3 >= top.count else top
    return top
