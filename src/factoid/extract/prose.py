"""Claims from running prose: event frames over the dependency parse, entities and dates.

Each sentence is read once. Which token triggers which event frame (birth, death, killing,
arrest, sentence, defection, marriage, kinship, succession) is data: spaCy Matcher and
DependencyMatcher patterns in ``lang/en/frames.jsonl`` (``factoid.extract.frames``). The
methods of ``ProseReader`` named by those lines are the slot resolvers: clause subject
(``refs.References``), date in clause (``Sentence.dates_near``), place in clause
(``place_after``, ``place_of_event``). Offices, ranks, awards and parties are phrase patterns
(``lexicon``, data in ``lang/en/lexicon.toml``). A claim quotes its whole sentence.
Extractor name: ``extract.prose.v2``.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime
import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from factoid import dates
from factoid.dates import edtf_bounds
from factoid.gazetteer import is_building, is_building_word, is_city, is_place_name
from factoid.extract import carried_out as carried  # the module; ProseReader.carried_out is its handler
from factoid.extract import clauses, datelines, frames, kin_lists, lexicon, rival_years, written
from factoid.extract.common import Subject, make_claim
from factoid.extract.hedges import denied_spans, find_hedge
from factoid.extract.manner import manner_of
from factoid.extract.refs import FEMALE, MALE, References
from factoid.model import Claim, Document, PassageRole
from factoid.names.given import is_known_given_name
from factoid.names.parse import TITLES

EXTRACTOR = "extract.prose.v2"

_OWN_CLAUSE = {"ccomp", "conj", "advcl", "relcl", "parataxis", "acl"}
_PLACES = frozenset({"GPE", "LOC"})
#: entity labels a name the tagger missed as a person cannot carry (organisations and
#: places are often what it makes of a rare personal name, so only places by name here)
_NOT_PERSON = frozenset({"LOC", "FAC", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY",
                         "PERCENT", "EVENT", "LAW", "LANGUAGE", "WORK_OF_ART", "PRODUCT"})
_FAMILY = frozenset({"father", "mother", "child", "sibling", "spouse"})
#: a grave is often in a named cemetery, church or abbey
_EVENT_PLACES = frozenset({"GPE", "LOC", "FAC", "ORG"})
#: "died of old age" is natural, but "died of a Tuesday" or "of the year" is no cause at all.
_TIME_WORDS = frozenset({"day", "year", "age", "time", "week", "month"})


def _words(name: str) -> frozenset[str]:
    return lexicon.words("triggers", name)


_KIN: dict[str, str] = lexicon.data("kin")
#: A question that asks for a value ("What really killed X?"): it asserts none
_WH_QUESTION = lexicon.regex("sentence", "wh_question")
_CHILD_NOUNS = frozenset(k for k, v in _KIN.items() if v == "child")
_LOCATOR = lexicon.regex("places", "locator")
_NEXT_DAY = lexicon.regex("places", "next_day")
_BIRTH_RECORD = lexicon.regex("rival_years", "birth_record")
#: What may stand before a birth record with no possessive: an article, a preposition, a comma.
_RECORD_LEAD = re.compile(r"(?i)(?:^\W*|\b(?:the|a|an|in|on|by|from|per)\s+|[,;:(]\s*)$")
#: Words of an event other than the birth, whose day a record gives ("baptism", "burial").
_OTHER_EVENT = re.compile(r"(?i)\b(?:bapti[sz]\w*|christen\w*|buri\w*|marri\w*|death|died|issued)\b")
_PREVIOUS_DAY = lexicon.regex("places", "previous_day")
#: A bracket holding a date alone right after a capitalised word: "Robb (1998)", "X (1566–1643)".
# "A B (1563–1639)", and a wiki link's "[[A B]] (1563–1639)": a bracket right after a name
_NAME_BRACKET = re.compile(r"[A-Z][\w.'’-]*(?:\]\])?\s*\(\s*$")
_TOWN_OF = lexicon.regex("places", "town_of")
_NAMED_TOWN = lexicon.regex("places", "named_town")
_BORN_LIST = lexicon.regex("sentence", "born_list")
#: "the date (and place) of his birth": which of the birth's values the head noun asks for
_BIRTH_ASPECTS = {"date": "date_of_birth", "year": "date_of_birth", "day": "date_of_birth",
                  "place": "place_of_birth", "town": "place_of_birth", "city": "place_of_birth"}
_FAMILY_OF = lexicon.regex("places", "family_of")
_CONTAINER_BEFORE = lexicon.regex("places", "container_before")
_DWELLINGS = lexicon.words("places", "dwellings")
#: A killing in a sentence that speaks of a trial or a sentence is an execution.
_JUDICIAL = lexicon.regex("sentence", "judicial")
#: "during the reign of A (1331–1355)", "A (r. 1331–1371)": a reign's or a term's years, not a life
_TERM_OF = lexicon.regex("sentence", "term_of")
_TERM_MARK = lexicon.regex("sentence", "term_mark")
#: What may stand between two alternative dates: "1591, 1592 or 1600", "(1162 or 1167)".
_OR_GAP = re.compile(r"^\s*(?:,|,?\s*or|,?\s*or\s+(?:in|on)|/)\s*$")
#: "1791 (some sources give 1793)", "in 1572, others in 1574": a hedged rival version of a date
_RIVAL_GAP = lexicon.regex("sentence", "rival_gap")
#: "born in Kent; some say in 1572": a clause that only brings a version does not own its date
_RIVAL_CLAUSE = lexicon.regex("sentence", "rival_clause")
_RIVAL_HEDGE = lexicon.regex("sentence", "rival_hedge")
#: "died from A, or else by B": a second cause offered as an alternative to the first.
_OR_CAUSE = re.compile(r"\bor\s+(?:else\s+|perhaps\s+|possibly\s+)?(?:by|from|of|through|because)\s+([^.;]+)")
#: "3 or 5 March 1802": a day offered as an alternative to the date that follows.
_DAYS_OR_BEFORE = re.compile(r"\b(\d{1,2})\s+or\s+")
#: "April 6 or 8, 1874": two days of a month, then the year found as the date.
_MONTH_DAYS_OR = re.compile(r"\b([A-Z][a-z]{2,8}\.?)\s+(\d{1,2})\s+or\s+(\d{1,2}),?\s*")
#: How many sentences back an event "on the spot" may find the date of the event it followed.
_SPOT_REACH = 4
#: What ends the item before a quick-facts "died D" ("Born D; died D", "BORN D, P - DIED D").
_ITEM_MARKS = frozenset(";,-–—|•·")
#: What may stand between a quick-facts "died" and its date, inside its item: nothing, or a
#: short "on"/"in"/"at" phrase ("died in York on 9 June 1902").
_DATE_AT_ONCE = re.compile(r"\s*(?:(?:on|in|at)\b[^;|•·–—]{0,40}?)?", re.IGNORECASE)


@dataclass
class Sentence:
    """One parsed sentence with everything the patterns need at absolute offsets."""

    doc: Document
    span: Span
    start: int
    role: PassageRole
    hedge: str | None
    dates: list[dates.DateMatch]
    #: the passage's entities (``Doc.ents``) and their token starts, shared by its sentences
    passage_ents: tuple[list[Span], list[int]] | None = field(default=None, repr=False)
    #: ``span.text``, built once (spaCy joins the tokens anew at every ``span.text``, and
    #: every phrase frame reads it); given by a reader that built it already
    text: str = field(default="", repr=False)

    def __post_init__(self) -> None:
        if not self.text:
            self.text = self.span.text

    @property
    def ents(self) -> list[Span]:
        """``span.ents`` (the entities wholly inside the sentence, up to the first that runs
        past its end), found by bisection: spaCy scans all the passage's entities for each
        sentence, quadratic on a long passage."""
        if self.passage_ents is None:
            return list(self.span.ents)
        ents, starts = self.passage_ents
        out = []
        for i in range(bisect.bisect_left(starts, self.span.start), len(ents)):
            if ents[i].end > self.span.end:
                break
            out.append(ents[i])
        return out

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def dates_near(self, tok: Token) -> list[dates.DateMatch]:
        """Dates inside the verb's own clause, leaving out its subject ("Spiegelglass (born
        1897) was arrested in November 1938": the arrest is November 1938)."""
        skip = {t.i for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}
        # clauses of their own ("Yagoda was shot in March 1938; Beria ... was shot in 1953")
        skip |= {t.i for c in tok.children if c.dep_ in _OWN_CLAUSE and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
                 for t in c.subtree}
        # coordinated events carry their own dates ("sentenced to death, and shot on D")
        skip |= {t.i for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB" for t in c.subtree}
        # so does a relative clause on someone the verb names ("shot together with X, who was
        # premier from 1924 to 1930")
        skip |= {t.i for c in tok.subtree if c.dep_ == "relcl" and c.i != tok.i
                 and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children) for t in c.subtree}
        spans = [(self.abs(t), self.abs(t) + len(t), t) for t in tok.subtree if t.i not in skip]
        found = []
        for d in self.dates:
            at = next((t for a, b, t in spans if a <= d.start < b), None)
            if at is not None:
                found.append((self._through_noun(at, tok), d))
        # a date hanging on the verb itself beats one inside a noun phrase ("after the arrest
        # of Beria in 1953, he was arrested on 21 August 1953"); then text order
        return [d for _, d in sorted(found, key=lambda pair: pair[0])]

    @staticmethod
    def _through_noun(t: Token, verb: Token) -> bool:
        """Whether the path from a date token up to the verb passes through a common noun."""
        while t.i != verb.i and t.head.i != t.i:
            t = t.head
            if t.i != verb.i and t.pos_ == "NOUN":
                return True
        return False

    def abs(self, t: Token) -> int:
        return self.start + t.idx - self.span.start_char


def _after_verb(start: int, found: str) -> tuple[int, int, str]:
    """An office match whose capitalised first word is the verb that confers it ("Appointed
    Warden of X in 1696, he ..." opening a sentence): the office starts after the verb, which
    then stands before it as its trigger."""
    m = re.match(r"([A-Z][a-z]+)\s+(?=[A-Z])", found)
    if m and lexicon.OFFICE_TRIGGER.fullmatch(m.group(1)):
        start, found = start + m.end(), found[m.end():]
    return start, start + len(found), lexicon.clean_office(found)


def _passive(tok: Token) -> bool:
    """A participle whose clause is passive, itself or through the verbs it is coordinated
    with ("was arrested on D1, sentenced on D2 and shot on D3")."""
    for _ in range(4):
        if any(c.dep_ == "auxpass" for c in tok.children):
            return True
        if tok.dep_ not in {"conj", "advcl"} or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _governors(tok: Token) -> Iterator[Token]:
    """The verbs and nouns a token depends on, leaving out the verbs it is only coordinated
    with ("was captured, tried for heresy and burned": "tried" does not govern "burned")."""
    while tok.head.i != tok.i:
        if tok.dep_ != "conj":
            yield tok.head
        tok = tok.head


#: A regnal number right before a bracket ("Olaf II (", "Louis XIV ("), after its name.
_REGNAL_TAIL = re.compile(r"(?<=[a-z])\s+[IVX]{1,5}\s*$")
# "Cyril of [[Alexandria": the words before a name that make it the tail of a longer one
_OF_NAME_BEFORE = re.compile(r"\b([A-Z][\w'’-]+)\s+of\s+(?:the\s+)?(?:\[\[)?$")


def _fatal(tok: Token) -> bool:
    """"fatally wounded", "mortally injured", "beaten to death": a harm the verb says killed."""
    if any(c.lower_ in _words("fatally") for c in tok.children):
        return True
    return any(c.lower_ == "to" and any(o.lower_ == "death" for o in c.children) for c in tok.children)


def _negated(tok: Token) -> bool:
    """A verb its own "not" or "never" denies ("She was not executed", "he was never
    arrested"): the event it names did not happen, so it gives no claim of any kind."""
    return tok.pos_ in {"VERB", "AUX"} and any(c.dep_ == "neg" for c in tok.children)


def _kin_of(tok: Token) -> bool:
    """Whether a token is the object of a kinship noun's "of" ("born around 1596, the
    daughter of Powhatan"): a parent, whatever the tagger made of the name, never a place."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _KIN


def _agent_of(tok: Token) -> bool:
    """Whether a token is the object of a passive verb's "by" ("stabbed by his bride Ildico"):
    who did it, whatever the tagger made of the name, never where."""
    return tok.dep_ == "pobj" and tok.head.dep_ == "agent"


def _accompanying(ent: Span, tok: Token) -> bool:
    """A name set under "with" between it and the verb ("hanged ... together with A, B and
    C"): a companion in the event, never the place where it happened."""
    for a in ent.root.ancestors:
        if a.i == tok.i:
            return False
        if a.dep_ == "prep" and a.lower_ == "with":
            return True
    return False


def _by_vehicle(tok: Token) -> bool:
    """"Killed near X, crushed by a tank": a vehicle that struck the victim, named by "by" in
    the killing's clause, makes the death an accident when no person is named killing."""
    return any(t.dep_ == "pobj" and t.head.lower_ == "by" and t.lemma_.lower() in _words("vehicles")
               for t in tok.subtree)


def _nonviolent_cause(tok: Token) -> str | None:
    """The manner of death a killing verb's subject names when that subject is an illness or
    an accident, not a killer ("the fever that followed killed him": natural; "the crash
    killed her": accident). Only the subject noun and its modifiers are read, not a relative
    clause that could mention anything."""
    subj = next((c for c in tok.children if c.dep_ in {"nsubj", "csubj"}), None)
    if subj is not None and subj.tag_ == "WDT" and tok.dep_ == "relcl":
        subj = tok.head  # "it was that illness that killed her": the relative pronoun's noun
    if subj is None or subj.pos_ != "NOUN":
        return None
    words = [t.text for t in subj.children if t.dep_ in {"amod", "compound"} and t.i < subj.i]
    manner = manner_of(" ".join([*words, subj.text]))
    return manner if manner in {"natural", "accident"} else None


def _shared_surname(names: list[str], text: str) -> list[str]:
    """Coordinated names that share the last one's surname ("Robert and Charles Ford"
    shot him: Robert Ford and Charles Ford): a lone given name written right before "and"
    and a full name that opens with a given name takes that name's last word ("Stalin and
    Nikolai Yezhov" stay two names)."""
    out = list(names)
    for i in range(len(out) - 2, -1, -1):
        nxt = out[i + 1].split()
        if (len(out[i].split()) == 1 and len(nxt) > 1 and is_known_given_name(out[i]) and is_known_given_name(nxt[0])
                and re.search(rf"\b{re.escape(out[i])}\s+(?:and|&)\s+{re.escape(out[i + 1])}\b", text)):
            out[i] = f"{out[i]} {nxt[-1]}"
    return out




def _day_after(edtf: str, days: int = 1) -> str | None:
    """The day after a day-precision EDTF date ("shot the next day"), or ``days`` after it
    (-1: "killed the day before")."""
    try:
        day = datetime.date.fromisoformat(edtf)
    except ValueError:
        return None
    return (day + datetime.timedelta(days=days)).isoformat()


#: the words between an award and its recipient: "to", then titles or ranks ("to Flight Officer ")
_TO_RECIPIENT = re.compile(r"\s+to\s+(?:(?:the\s+)?[A-Z][\w.'’-]*\s+){0,4}")


_YEAR_WRITTEN = re.compile(r"\d{3,4}")


def _leading_agents(group: Token) -> list[Token]:
    """The "by" of a participle of leading on a group noun ("sailors led by A", "a squad
    commanded by A and B"): who led the group, and so who is named as doing what it did."""
    return [a for acl in group.children if acl.dep_ == "acl" and acl.lemma_.lower() in _words("lead")
            for a in acl.children if a.dep_ == "agent"]


def _in_year_told(d: dates.DateMatch, year: int | None) -> dates.DateMatch:
    """A yearless day in the year the sentence told before it, rather than the year of the
    sentences before ("In 1838 ... In 1847 he was arrested and on May 30 of that year ...")."""
    if year is None or _YEAR_WRITTEN.search(d.text) or d.value.precision != "day" or d.value.upper.year == year:
        return d
    value = dates.parse_date(d.text, context_year=year)
    return dataclasses.replace(d, value=value) if value is not None else d


class ProseReader:
    """Reads one document's processable passages sentence by sentence."""

    def __init__(self, doc: Document, refs: References, skip: list[tuple[int, int]] | None = None) -> None:
        self.doc = doc
        self.skip = skip or []
        self.refs = refs
        self.claims: list[Claim] = []
        self._added: set[str] = set()
        self.datelines = datelines.datelines(doc)  # a clipping's own dates, for its yearless days
        self.context_date: dates.DateMatch | None = None
        self.context_year: int | None = None
        #: the first date of the last dated sentence and how many sentences ago it was told
        self.story_date: tuple[dates.DateMatch, int] | None = None
        self.previous_subject: str | None = None
        self.last_office: dict[str, str] = {}
        self.party_acronyms: set[str] = set()  # spelled out earlier: "... Party of Germany (KPD)"
        #: the last marriage of the paragraph ("they", "their"): both spouses, or the one known
        self.couple: tuple[str, ...] | None = None
        #: where a list read past the sentence ends ("They had three children:" | "A, B and C."
        #: when the parser split at the colon): the quote reaches it, so it shows the names
        self.reach = 0
        self.triggers: dict[int, frames.Frame] = {}
        self._trigger_order: list[int] = []
        #: whose death this passage last told ("the death was caused by ..." after it is theirs)
        self.last_death: str | None = None
        #: the last attack told (victim, attackers, sentence start, end), for a killing after it
        self.last_attack: tuple[str, list[str], int, int] | None = None  # names as written

    # ---- plumbing ---------------------------------------------------------------------------

    def subject(self, pid: str) -> Subject:
        return Subject(pid, self.refs.people[pid].display)

    def add(self, s: Sentence, pid: str | None, prop: str, value: str, value_text: str | None = None,
            qualifiers: dict | None = None) -> None:
        if not pid or not value:
            return
        if prop in _FAMILY and all(w.strip(".").casefold() in TITLES for w in value.split()):
            return  # "Grand Prince A and Grand Prince B": the parser made a relative of "Prince"
        claim = make_claim(self.doc, self.subject(pid), prop, value, value_text or value, (s.start, max(s.end, self.reach)),
                           role=s.role, extractor=EXTRACTOR, hedge=s.hedge, qualifiers=qualifiers)
        if claim.id not in self._added:  # two readings of one sentence saying the same thing
            self._added.add(claim.id)
            self.claims.append(claim)

    def read_passage(self, parsed, base: int, role: PassageRole, text: str | None = None) -> None:  # type: ignore[no-untyped-def]
        """Read a parsed passage starting at ``base``; ``text``, when given, is the text it was
        parsed from, whose slices are its sentences' texts (spaCy would join every sentence's
        tokens anew)."""
        self.refs.base = base
        self.context_date = None
        self.last_attack = None
        self.last_death = None
        self.couple = None
        self.refs.new_paragraph(parsed.text if text is None else text)
        self.triggers = frames.triggers(parsed)
        self._trigger_order = sorted(self.triggers)
        ents = list(parsed.ents)
        passage_ents = (ents, [e.start for e in ents])
        subjects = self.refs.subject_positions(parsed)
        for sent in parsed.sents:
            start = base + sent.start_char
            text_ = sent.text if text is None else text[sent.start_char : sent.end_char]
            found = self.sentence_dates(text_, start)
            s = Sentence(self.doc, sent, start, role, find_hedge(text_), found, passage_ents, text_)
            # a question asking for a value asserts none ("What really killed X?"); one offering
            # versions does ("Was she tortured to death, or did she die of illness?")
            if not any(a <= start < b for a, b in self.skip) and not _WH_QUESTION.search(text_):
                self.read_sentence(s)
            self.refs.end_sentence(sent, subjects)
            self.previous_subject = self.refs.clause_subject(sent.root)
            self.context_date = found[-1] if found else None  # carried one sentence, no further
            # someone's life in a bracket after their name ("X (1911–1956)" in a list of
            # related people) is not the year the text is telling of
            # nor is a post's or a comment's time stamp ("December 27, 2015 at 10:14 am")
            told = [d for d in found
                    if not self.name_bracket(d) and not written.CLOCK_AFTER.match(self.doc.text, d.end)]
            if told:
                self.context_year = told[-1].value.upper.year
            self.story_date = (told[0], 0) if told else self.story_date and (self.story_date[0], self.story_date[1] + 1)

    def sentence_dates(self, text: str, start: int) -> list[dates.DateMatch]:
        """The sentence's dates at absolute offsets, a yearless day given the story's year,
        or the year its weekday and the item's dateline give it ("died Saturday, March 7")."""
        item = datelines.item_date(self.doc, self.datelines, start)
        found = []
        year = self.context_year
        for d in dates.find_dates(text, context_year=self.context_year):
            d = _in_year_told(d, year)
            if _YEAR_WRITTEN.search(d.text) and d.value.precision in {"day", "month", "year"}:
                year = d.value.upper.year  # "In 1847 he ..., and on May 30 of the same year": 1847
            fitted = datelines.fit_year(text, d, d.start, item)
            if fitted is not None and not fitted.value.edtf.startswith("X"):
                found.append(dates.DateMatch(d.start + start, d.end + start, d.text, fitted.value))
        return found

    def read_sentence(self, s: Sentence) -> None:
        """Fill every frame a token of the sentence triggers (``lang/en/frames.jsonl``), then
        the phrase frames read from the sentence text (life spans, ranks, awards, parties)."""
        self.offices(s)  # first, so "appointed head of X, succeeding Y" knows the office
        denied = denied_spans(s.text)
        for i in self._sentence_triggers(s.span):
            tok, frame = s.span.doc[i], self.triggers[i]
            if any(a <= tok.idx - s.span.start_char < b for a, b in denied):
                continue  # "the story that he died in 1985 is a legend": no death is told
            if _negated(tok):
                continue  # "She was not executed.", "he was never arrested": a denial, no event
            handler = getattr(self, frame.handler)
            self.reach = 0
            handler(s, tok, frame.property) if frame.property else handler(s, tok)
        self.lifespans(s)
        self.ranks(s)
        self.awards(s)
        self.parties(s)
        self.family_of(s)
        self.born_siblings(s)
        self.rival_death_years(s)
        self.birth_record(s)

    def _sentence_triggers(self, span: Span) -> list[int]:
        """The indices of the sentence's trigger tokens, in order: found in the passage's
        sorted triggers rather than by looking at every token of the sentence."""
        order = self._trigger_order
        return order[bisect.bisect_left(order, span.start) : bisect.bisect_left(order, span.end)]

    # ---- life events ------------------------------------------------------------------------

    def holder(self, s: Sentence, tok: Token, inside: str | None = None) -> str | None:
        """The person a phrase at ``tok`` is predicated of: a name it is in apposition to, or
        the subject of the verb governing it; for a verbless line, the document's subject.
        ``inside`` is a "person" the tagger made of the phrase's own words ("High King of X"
        tagged a name): never its holder."""
        t, steps, via, subject_seen = tok, 0, None, False
        while steps < 8:
            pid = self.refs.named(t)
            if pid and t.i != tok.i and pid != inside:
                return pid
            if t.pos_ in {"VERB", "AUX"}:
                subject_seen = subject_seen or any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)
                obj = next((c for c in t.children if c.dep_ in {"dobj", "obj"}), None)
                if (via is not None and (via.lower_ == "as" or via.dep_ in {"oprd", "xcomp"}) and obj is not None
                        and t.lemma_.lower() not in lexicon.SERVED_OBJECT):
                    pid = self.refs.resolve(obj)  # "sent him as X", "made him X": the object holds it
                    if pid:
                        return pid
                pid = self.refs.clause_subject(t)
                if pid:
                    return pid
            if t.head.i == t.i:
                break
            t, via, steps = t.head, t, steps + 1
        # A line without a verb's subject ("Born 1900 in Tula.") speaks of the page's subject;
        # a clause whose subject is someone unnamed ("All were born in Ohio") does not.
        if not subject_seen and not any(self.refs.named(x) for x in s.span) and self.refs.main:
            return self.refs.main.id
        return None

    def born(self, s: Sentence, tok: Token) -> None:
        """"X was born on D in P": the first date after the verb, else one in its own clause
        (never a date of another clause before it: "As early as 1900 he said he was born
        in April"); each alternative date or place a separate value ("in A or in B")."""
        pid = self.refs.clause_subject(tok)
        if pid is None and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
            pid = self.name_before_auxiliary(s, tok) or self.holder(s, tok)  # "X, born in 1900 in Y": no subject of its own
        if pid is None and self.subjectless(s, tok):
            pid = self.note_subject()  # a finding aid's "Born in Horsens, 1681."
        after = [d for d in s.dates if d.start >= s.abs(tok) and not self.later_verb_owns(s, d, tok)] or s.dates_near(tok)
        # "born in P, a child of the lawyer A (1860–1934)": a bracket after another name is that one's life
        after = [d for d in after if not self.name_bracket(d)]
        if after:
            for d in self.alternatives(s, after[0]):
                self.life_dates(s, pid, d)
        for place in self.dwelling_place(s, tok) or self.places_after(s, tok) or self.bare_place(s, tok):
            self.add(s, pid, "place_of_birth", place)
        to = next((t for t in tok.subtree if t.dep_ == "prep" and t.lower_ == "to" and t.i > tok.i
                   and not any(a.pos_ == "VERB" for a in t.ancestors if a.i in {x.i for x in tok.subtree} and a.i != tok.i)), None)
        if to is not None and pid:
            self.parent_names(s, pid, [self.parent_named(s, t, pid, first=i == 0) for i, t in enumerate(self.coordinated(to))])

    def birth_noun(self, s: Sentence, tok: Token) -> None:
        """"Sources are divided on the date and place of X's birth, some giving D1 in P1, some
        D2 in P2", "another place of his birth - the city of P": each date (when a date is
        asked for) and each place after "in" (when a place is) is a value of that birth."""
        of = tok.head
        # "the place of his birth", or "her town of birth"
        owner = next((c for c in (*tok.children, *of.head.children) if c.dep_ == "poss"), None)
        if of.lower_ != "of" or owner is None:
            return
        heads = [of.head, *(c for c in of.head.children if c.dep_ == "conj")]
        props = {_BIRTH_ASPECTS[h.lemma_.lower()] for h in heads if h.lemma_.lower() in _BIRTH_ASPECTS}
        pid = self.owner(s, owner)
        if not pid or not props:
            return
        if "date_of_birth" in props:
            for d in (d for d in s.dates if d.start > s.abs(tok)):
                self.life_dates(s, pid, d)
        if "place_of_birth" in props:
            # "in P", or P in apposition right after the birth ("the place of his birth, P")
            ents = [e for e in s.ents if e.label_ in _PLACES and e.start > tok.i and not self.refs.named(e[0])
                    and (e.doc[e.start - 1].lower_ == "in" or (e.start == tok.i + 2 and tok.nbor(1).text == ","))]
            places = [e.text.removeprefix("the ") for e in ents]
            places += [m.group(1) for m in _NAMED_TOWN.finditer(self.doc.text, s.abs(tok), s.end)]
            places = places or self.claimant_place(s, of.head)
            for place in dict.fromkeys(places):
                self.add(s, pid, "place_of_birth", place)

    def date_given_as(self, s: Sentence, tok: Token) -> None:
        """"Some books give D as the day of his death", "registers record D as the year of her
        birth": the date the verb puts forward is a value of that birth or death, however
        the sentence goes on to weigh it."""
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        as_ = tok.head.head.head
        verb = as_.head
        pid = self.owner(s, owner) if owner is not None else None
        if not pid or verb.i >= as_.i:
            return
        lo, hi = s.abs(verb), s.abs(as_)
        given = next((d for d in s.dates if lo < d.start and d.end <= hi), None)
        if given is not None:
            prop = "date_of_birth" if tok.lemma_.lower() == "birth" else "date_of_death"
            self.add(s, pid, prop, given.value.edtf, given.text)

    def date_assigned(self, s: Sentence, tok: Token) -> None:
        """"Later writers put her death in 416", "recent scholarship puts her birth around
        355": a date another account assigns to a possessed birth or death (through a
        preposition of the verb after the noun) is a value of it, hedged by the sentence as
        any other; with no such date, the noun is read as a death noun."""
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        pid = self.owner(s, owner) if owner is not None else None
        given = None
        for prep in (c for c in tok.head.children if c.dep_ == "prep" and c.i > tok.i):
            lo, hi = s.abs(prep), self.abs_end(s, prep.doc[prep.i : prep.right_edge.i + 1])
            given = next((d for d in s.dates if lo <= d.start and d.end <= hi), None)
            if given is not None:
                break
        if pid and given is not None:
            prop = "date_of_death" if tok.lemma_.lower() == "death" else "date_of_birth"
            self.add(s, pid, prop, given.value.edtf, given.text)
        elif tok.lemma_.lower() == "death":
            self.death_noun(s, tok)

    def birthplace_noun(self, s: Sentence, tok: Token) -> None:
        """"her birthplace, A", "A was her birthplace", "B claims to be his birthplace": the
        place equated with the possessor's birthplace is a value of it."""
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        pid = self.owner(s, owner) if owner is not None else None
        if not pid:
            return
        places = self.claimant_place(s, tok)
        if not places and tok.head.lemma_ == "be":
            other = {"nsubj": "attr", "attr": "nsubj"}.get(tok.dep_)
            named = next((c for c in tok.head.children if c.dep_ == other), None)
            places = self._place_named(s, named) if named is not None else []
        if not places:
            named = next((c for c in tok.children if c.dep_ == "appos"), None)  # "her birthplace, A"
            places = self._place_named(s, named) if named is not None else []
        for place in places:
            self.add(s, pid, "place_of_birth", place)

    def claimant_place(self, s: Sentence, noun: Token) -> list[str]:
        """"X, a few miles away, has a plaque claiming it to be her town of birth", "the village
        of Y claims to be the place of his birth": a place that claims the birth is one value
        of it, beside whatever other sources say."""
        claim = next((a for a in noun.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in {"claim", "boast"}), None)
        t, steps = claim, 0
        while t is not None and steps < 4:
            subject = next((c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON"), None)
            if subject is not None:
                return self._place_named(s, subject)
            t, steps = (t.head if t.head.i != t.i else None), steps + 1
        return []

    def _place_named(self, s: Sentence, head: Token) -> list[str]:
        """The place a noun phrase names: "X" itself, or "the village of X"."""
        if head.pos_ == "NOUN":
            of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            head = next((c for c in of.children if c.dep_ == "pobj"), head) if of is not None else head
        if head.pos_ != "PROPN" or self.refs.named(head):
            return []
        first = head
        while first.i > s.span.start and (first.nbor(-1).is_space or (
                first.nbor(-1).dep_ == "compound" and first.nbor(-1).head.i == head.i and first.nbor(-1).text[:1].isupper())):
            first = first.nbor(-1)  # "North Star" ("North" may be tagged a noun), over a line break
        words = [t.text for t in s.span.doc[first.i : head.i + 1] if not t.is_space]
        return [" ".join(words)]

    def parents(self, s: Sentence, child: str, named: list[str | None]) -> None:
        """"born to A and B", "the daughter of A and B": the mother when the text marks a
        parent female, else the father first and the mother second, as such phrases run."""
        self.parent_names(s, child, [(o, self.refs.people[o].display) for o in named if o])

    def parent_names(self, s: Sentence, child: str, named: list[tuple[str | None, str] | None]) -> None:
        """``parents`` over (person, display) pairs, where a parent the document does not
        know as a person (no name span) has no person and counts as not marked female."""
        me = self.refs.people[child].display
        listed = list(dict.fromkeys(n for n in named if n))
        def female(o: tuple[str | None, str]) -> bool:
            return bool(o[0]) and self.refs.people[o[0]].female
        # a parent the name spans took for the child ("born to A B III and C", A B sharing the
        # child's surname) keeps its place in the list: the one after it is still the mother
        for n, other in enumerate(listed[:2]):
            if other[0] == child or other[1] == me:
                continue
            second = n == 1 and (listed[0][0] == child or not female(listed[0]))
            self.add(s, child, "mother" if female(other) or second else "father", other[1])

    def parent_named(self, s: Sentence, tok: Token, child: str, *, first: bool = True) -> tuple[str | None, str] | None:
        """``name_of`` for a listed parent, except that a full name the name spans gave to the
        child ("born to A B III", the child's surname) is the parent's own, written out, when
        it opens with another given name than the child's and stands first, in the father's
        place (a mother named with the child's surname is named by her husband's, which
        other sources give as her maiden name); "born to A and his wife B": B."""
        if tok.pos_ == "NOUN" and _KIN.get(tok.lemma_.lower()) == "spouse":
            beside = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if beside is not None and (found := self.name_of(s, beside)):
                return found
            named = self.relatives(s, tok)
            return (named[0], self.refs.people[named[0]].display) if named else None
        found = self.name_of(s, tok)
        if found is None or found[0] != child or tok.pos_ != "PROPN":
            return found
        as_written = written.written_name(tok)
        if first and written.relative_of(as_written, self.refs.people[child].display):
            return None, as_written
        return found

    def later_verb_owns(self, s: Sentence, d: dates.DateMatch, tok: Token) -> bool:
        """Whether a date after ``tok`` hangs on another verb that comes after it ("born in P
        ...; he met his wife in 1926", "Ukrainian-born ..., published in 1946"): that date is
        the other verb's event, not the birth."""
        at = self.token_at(s, d.start)
        if at is None or _RIVAL_CLAUSE.search(self.doc.text[s.abs(tok) : d.start]):
            return False
        for a in [at, *at.ancestors]:
            if a.i == tok.i:
                return False
            if a.pos_ == "VERB" and a.i > tok.i:
                return True
        return False

    def life_dates(self, s: Sentence, pid: str | None, d: dates.DateMatch) -> None:
        """A birth date, or a life span "28 June 1899 – 10 February 1941" / "(1900-1968)":
        birth at the start, death at the end."""
        if "/" in d.value.edtf and d.value.precision == "interval" and pid:
            born, died = d.value.edtf.split("/", 1)
            self.add(s, pid, "date_of_birth", born, d.text)
            self.add(s, pid, "date_of_death", died, d.text)
        else:
            self.add(s, pid, "date_of_birth", d.value.edtf, d.text)

    def lifespans(self, s: Sentence) -> None:
        """"Name (1900–1968)", "Name (Russian: ...; 1900 – 19 August 1945)": a span of years
        in the parenthesis right after a name is that person's life."""
        for d in s.dates:
            if "/" not in d.value.edtf or d.value.precision != "interval":
                continue
            opening = self.doc.text.rfind("(", s.start, d.start)
            if opening < 0 or ")" in self.doc.text[opening:d.start]:
                self.lifespan_after_comma(s, d)
                continue
            before = self.doc.text[max(s.start, opening - 2) : opening].strip(" ,")
            if (_TERM_OF.search(self.doc.text[max(s.start, opening - 80) : opening].rstrip())
                    or _TERM_MARK.match(self.doc.text[opening + 1 : d.start])):
                continue
            # a regnal number between the name and its bracket: "Olaf II (c. 995 – 1030)"
            regnal = _REGNAL_TAIL.search(self.doc.text, max(s.start, opening - 8), opening)
            anchor = regnal.start() if regnal else opening
            owner = self.bracket_name_owner(s, anchor)
            if owner is not None and self.namesake_before(s, anchor, owner):
                continue  # "[[Orazio X]] (1563–1639)" on the page of Anna X: her father's life
            if owner is None and not self.doc.text[s.start:opening].strip() and self.refs.main:
                # "(1852–87). American gambler ...": a page opening on a life span (the
                # heading of an encyclopedia entry) gives its subject's
                owner = self.refs.main.id
            if owner and not before.endswith(("in", "from")):
                born, died = d.value.edtf.split("/", 1)
                first, last = dates.year_of(born), dates.year_of(died)
                if first is not None and last is not None and 10 <= last - first <= 110:
                    self.add(s, owner, "date_of_birth", born, d.text)
                    self.add(s, owner, "date_of_death", died, d.text)

    def namesake_before(self, s: Sentence, anchor: int, owner: str) -> bool:
        """Whether the name written before a bracket is a namesake relative of the person
        its span was given to: the capitalised words before a span that kept only the
        surname belong to the name too."""
        for start, (end, pid) in self.refs.ending_in(anchor - 3, anchor + 1):
            lead = re.search(r"(?:[A-Z][\w'’-]+\s+)*$", self.doc.text[max(s.start, start - 40) : start])
            as_written = (lead.group(0) if lead else "") + self.doc.text[start:end]
            if pid == owner and written.relative_of(as_written, self.refs.people[pid].display):
                return True
        return False

    def bracket_name_owner(self, s: Sentence, anchor: int) -> str | None:
        """The person whose name ends right before a bracket at ``anchor``; not a subject
        known by a place when that place only ends someone else's name ("the bishop
        [[Cyril of Alexandria]] (c. 376–444)" on a page of "Hypatia of Alexandria")."""
        for start, (_, pid) in self.refs.ending_in(anchor - 3, anchor + 1):
            longer = _OF_NAME_BEFORE.search(self.doc.text, max(s.start, start - 40), start)
            if longer is None or any(v[1] == pid for _, v in self.refs.ending_in(longer.end(1), longer.end(1) + 1)):
                return pid
        return None

    def named_lifespan(self, s: Sentence, d: dates.DateMatch) -> bool:
        """A span of dates in the parenthesis right after a name: someone's life, never the
        term of an office or the date of an event told in the same sentence."""
        if "/" not in d.value.edtf:
            return False
        opening = self.doc.text.rfind("(", s.start, d.start)
        if opening < 0 or ")" in self.doc.text[opening:d.start]:
            return False
        return any(True for _ in self.refs.ending_in(opening - 3, opening + 1))

    def name_bracket(self, d: dates.DateMatch) -> bool:
        """A date alone in a bracket right after a name: a life ("accused by X (1566–1643)")
        or a work cited by its author and year ("Quoting Robb (1998): ..."), never the date
        of the event the sentence tells."""
        head = self.doc.text[max(0, d.start - 40) : d.start]
        if not _NAME_BRACKET.search(head):
            return False
        return re.match(r"\s*\)", self.doc.text[d.end : d.end + 4]) is not None

    def lifespan_after_comma(self, s: Sentence, d: dates.DateMatch) -> None:
        """"Igor Petrov, January 13, 1919 to June 28, 1982": a life span of full dates set
        off by a comma right after a name."""
        gap = re.search(r",\s?$", self.doc.text[max(s.start, d.start - 3) : d.start])
        if d.value.precision != "interval" or gap is None:
            return
        comma = d.start - len(gap.group(0))
        owner = next((v[1] for _, v in self.refs.ending_in(comma - 1, comma + 1)), None)
        born, died = d.value.edtf.split("/", 1)
        if owner and len(born) == len(died) == 10 and 10 <= int(died[:4]) - int(born[:4]) <= 110:
            self.add(s, owner, "date_of_birth", born, d.text)
            self.add(s, owner, "date_of_death", died, d.text)

    def place_after(self, s: Sentence, tok: Token, limit: int = 14) -> str | None:
        places = self.places_after(s, tok, limit)
        return places[0] if places else None

    def places_after(self, s: Sentence, tok: Token, limit: int = 14) -> list[str]:
        """The first place named within ``limit`` tokens after the verb, with the places
        offered as alternatives to it ("in A, or in the ghetto of B", "either in A or B")."""
        ents = [e for e in s.ents if e.label_ in {"GPE", "LOC"} and not self.refs.named(e[0])
                and not (e.start > 0 and e.doc[e.start - 1].lower_ in {"near", "outside"})
                and not self.container(s, e) and not _kin_of(e.root) and not _agent_of(e.root)]
        town = _TOWN_OF.search(self.doc.text, s.abs(tok), s.end)
        for n, ent in enumerate(ents):
            if 0 <= ent.start - tok.i <= limit and not self._other_verb(ent.root, tok) \
                    and not self.other_event_owns_token(ent.root, tok):
                if town is not None and town.end(1) <= s.abs(ent[0]):
                    return [town.group(1)]  # "in the village of A near B, in C": the village, not C
                inner = self.place_inside(s, ent, tok)
                if inner is not None:
                    return [inner]
                found = [self._with_locator(s, ent.text.removeprefix("the "), self.abs_end(s, ent))]
                found += [e.text.removeprefix("the ") for e in self._alternative_places(ent, ents[n + 1 :])]
                return found
        return [town.group(1)] if town else []

    def place_inside(self, s: Sentence, ent: Span, tok: Token) -> str | None:
        """"shot at A in Karelia": a proper name the tagger did not take for a place, right
        after the verb's "at"/"in" and right before "in" and the place it found, is the place
        that one contains (a camp, a village, a forest no gazetteer knows)."""
        doc = ent.doc
        if ent.start < 3 or doc[ent.start - 1].lower_ != "in" or doc[ent.start - 2].pos_ != "PROPN":
            return None
        end = ent.start - 2
        start = end
        while start - 1 > tok.i and doc[start - 1].pos_ == "PROPN":
            start -= 1
        if doc[start - 1].lower_ not in {"at", "in", "near"} or start - 1 <= tok.i - 1 or doc[start - 1].lower_ == "near":
            return None
        run = doc[start : end + 1]
        if any(self.refs.named(t) for t in run) or run.root.ent_type_ in {"PERSON", "DATE", "NORP"}:
            return None
        if run.root.ent_type_ == "ORG" and len(run) > 1:
            return None  # "at Moscow State University in Russia": an institution, not a place
        if self.refs.named(ent[0]) or ent.label_ not in {"GPE", "LOC"}:
            return None
        return run.text

    def container(self, s: Sentence, ent: Span) -> bool:
        """Whether a place is named as what contains the event's place ("at X in Galicia, then
        part of Austria-Hungary"): the country is no birthplace of its own, and when the parser
        missed X the sentence has none to give rather than a wrong one."""
        at = s.abs(ent[0])
        return bool(_CONTAINER_BEFORE.search(self.doc.text, max(s.start, at - 40), at))

    def name_before_auxiliary(self, s: Sentence, tok: Token) -> str | None:
        """"According to the Foundation, X was born in ...": the parser hung X on the
        organisation, leaving the passive verb without a subject; the person named right
        before its auxiliary is that subject."""
        aux = next((c for c in tok.children if c.dep_ == "auxpass" and c.i < tok.i), None)
        if aux is None:
            return None
        before = aux.i - 1
        while before >= s.span.start and s.span.doc[before].is_space:
            before -= 1
        return self.refs.named(s.span.doc[before]) if before >= s.span.start else None

    def dwelling_place(self, s: Sentence, tok: Token) -> list[str]:
        """"born ... in a log cabin two miles northwest of A", "on a farm near B": the
        dwelling is unnamed, so the first town named inside its phrase, however long the
        birth's name and date before it, is the birthplace."""
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"in", "on", "at"} and c.i > tok.i):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() not in _DWELLINGS:
                continue
            # the phrase, and "four miles east of X" when the parser hung it on the verb
            scope = [*obj.subtree, *(t for c in tok.children if c.dep_ == "advmod" and c.i > obj.i for t in c.subtree)]
            inside = {t.i for t in scope}
            for ent in s.ents:
                if ent.label_ in _PLACES and ent.start in inside and not self.refs.named(ent[0]):
                    return [ent.text.removeprefix("the ")]
            # a town the tagger does not know (or took for a body): the proper noun after "of"/"near"
            for t in scope:
                if t.dep_ == "pobj" and t.head.lower_ in {"of", "near"} and t.pos_ == "PROPN" \
                        and not any(e.start <= t.i < e.end and e.label_ in {"PERSON", "DATE"} for e in s.ents):
                    return self._place_named(s, t)
        return []

    def bare_place(self, s: Sentence, tok: Token) -> list[str]:
        """"born at Kagalnik on the Don": a proper noun right after "in"/"at" on the verb
        is a place the entity tagger did not know, unless it is a person, a date or an
        organisation."""
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"in", "at"} and c.i > tok.i):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None or obj.i != prep.i + 1:
                continue
            # a city the tagger took for an organisation ("born ... in Haarlem") is still a place
            if any(e.start <= obj.i < e.end and e.label_ == "ORG" and not is_city(e.text) for e in s.ents):
                continue
            name = self.proper_name(s, obj)
            if name:
                return [name]
        return []

    def _other_verb(self, t: Token, verb: Token) -> bool:
        """Whether ``t`` hangs on ``verb`` through another verb ("born in 1848 and moved to
        P": P is where he moved); a bare "born and grew up in P" shares its place, but never
        with a verb of another event ("died and was buried in P")."""
        path = []
        while t.head.i != t.i and t.i != verb.i:
            t = t.head
            path.append(t)
        if t.i != verb.i:
            return False
        others = [a for a in path if a.pos_ == "VERB" and a.i != verb.i]
        if any(a.i in self.triggers for a in others):
            return True
        return bool(others) and any(c.dep_ == "prep" for c in verb.children)

    @staticmethod
    def _alternative_places(first: Span, rest: list[Span]) -> list[Span]:
        """Places after ``first`` joined to it by "or" (its own qualifiers such as "Wisconsin"
        in "Appleton, Wisconsin, or Pest" are skipped): "or" must come within three tokens
        and the place within eight tokens after it."""
        doc = first.doc
        window = doc[first.end : min(first.end + 4, first.sent.end)]
        conj = next((t for t in window if t.lower_ == "or"), None)
        if conj is None:
            return []
        return [e for e in rest if conj.i < e.start <= conj.i + 8][:1]

    def place_near(self, s: Sentence, tok: Token) -> str | None:
        """The town a described place of the event lies near ("died in a transit camp near
        Tomsk", "at his estate outside Kaluga"): the place the text names, kept as a value of
        its own, only when the verb's "in"/"at" phrase names no place itself."""
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"in", "at"}):
            for t in prep.subtree:
                if t.lower_ not in {"near", "outside"} or t.dep_ != "prep" or self._other_verb(t, tok):
                    continue
                obj = next((c for c in t.children if c.dep_ == "pobj"), None)
                ent = next((e for e in s.ents if obj is not None and e.start <= obj.i < e.end and e.label_ in {"GPE", "LOC"}), None)
                if ent is not None and not self.refs.named(ent[0]):
                    return ent.text.removeprefix("the ")
        return None

    def ship_aboard(self, tok: Token) -> str | None:
        """"died ... in the harbour of S, aboard his flagship E": the named ship the verb
        itself says the event happened aboard is a place of it, beside the harbour's town
        (the words that put an event on a vessel are data: ``[triggers] aboard``)."""
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in _words("aboard")):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None or obj.pos_ != "PROPN" or obj.ent_type_ in {"PERSON", "DATE", "GPE"} \
                    or self.refs.named(obj):
                continue
            run = [t for t in obj.subtree if t.pos_ == "PROPN" and t.i <= obj.i]
            if run and all(t.i == run[0].i + n for n, t in enumerate(run)):
                return obj.doc[run[0].i : obj.i + 1].text
        return None

    def place_in_clause(self, s: Sentence, tok: Token, labels: frozenset[str] = _PLACES) -> str | None:
        """A place hanging on the verb itself through "in"/"at" ("died on D, in P"), however
        far from it: the parse, not the distance, ties it to the event."""
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"in", "at"}):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            ent = next((e for e in s.ents if obj is not None and e.start <= obj.i < e.end
                        and e.label_ in labels), None)
            if ent is not None and not self.refs.named(ent[0]):
                return self._with_locator(s, ent.text.removeprefix("the "), self.abs_end(s, ent))
        return None

    def rival_places(self, s: Sentence, tok: Token) -> list[str]:
        """"died at A or B": the places an "at"/"in" of the verb joins with "or", when one of
        them is a known place and every one a capitalised name that is nobody's (the tagger
        often knows only one of two villages)."""
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"in", "at"}):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None or not any(c.dep_ == "cc" and c.lower_ == "or" for c in prep.subtree):
                continue
            group = [obj, *(c for c in obj.children if c.dep_ == "conj")]
            group += [g for c in prep.children if c.dep_ == "conj" and c.pos_ == "ADP"  # "either at A or at B"
                      for g in c.children if g.dep_ == "pobj"]
            names = [self.place_words(s, t) for t in group]
            if len(group) < 2 or not all(names) or not any(self.known_place(s, t) for t in group):
                continue
            return [n for n in names if n]
        return []

    def place_words(self, s: Sentence, t: Token) -> str | None:
        """The name a capitalised proper noun heads (its compounds before it), or None when
        it names a person or is no proper noun."""
        if t.pos_ != "PROPN" or not t.text[:1].isupper() or self.refs.named(t):
            return None
        first = t
        while first.i > s.span.start and first.nbor(-1).dep_ == "compound" and first.nbor(-1).head.i == t.i:
            first = first.nbor(-1)
        return t.doc[first.i : t.i + 1].text

    @staticmethod
    def known_place(s: Sentence, t: Token) -> bool:
        return is_place_name(t.text) or any(e.start <= t.i < e.end and e.label_ in _PLACES for e in s.ents)

    def building_in_clause(self, s: Sentence, tok: Token) -> str | None:
        """A named building where the event took place ("died of a heart attack in the
        National Palace", "was shot at the Utah State Prison", "executed at Sugar House
        prison"): a proper-noun phrase after "in"/"at" inside the verb's own clause whose
        head is a building word (``[buildings]`` of lang/en/places.toml). The entity tagger
        calls such places organisations or nothing, and the town, when named, is a value of
        its own: the gold of a biography keeps both."""
        for obj in tok.subtree:
            if obj.dep_ != "pobj" or obj.head.lower_ not in {"in", "at"} or self._other_verb(obj, tok):
                continue
            inside, first = {t.i for t in obj.subtree}, obj
            while first.i - 1 in inside and obj.i - first.i < 5 and first.nbor(-1).dep_ not in {"det", "poss", "punct", "case"}:
                first = first.nbor(-1)  # "Sugar House prison": the compounds of its compounds too
            phrase = s.span.doc[first.i : obj.i + 1]
            of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if of is not None and obj.pos_ == "PROPN":  # "the Tower of London"
                phrase = s.span.doc[first.i : of.right_edge.i + 1]
            elif of is not None and (named := self.building_named_of(s, obj, of)) is not None:
                return named
            if not any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in phrase) or self.refs.named(phrase[0]):
                continue
            if any(e.label_ in {"PERSON", "DATE", "NORP"} and e.start <= obj.i < e.end for e in s.ents):
                continue
            if not is_building(phrase.text):
                continue
            town = next((c for c in obj.children if c.dep_ == "poss"), None)
            if town is not None:  # "at Detroit's Grace Hospital": the place is the town
                return town.text if is_place_name(town.text) else None
            return phrase.text + self._building_town(s, obj)
        return None

    def building_named_of(self, s: Sentence, obj: Token, of: Token) -> str | None:
        """"in the sanatorium of doctor A from P", "at the monastery of Saint B": a building
        word named by whom or what it belongs to, with its town when the clause names one."""
        if obj.pos_ != "NOUN" or not is_building_word(obj.text):
            return None
        owner = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "PROPN" and c.text[:1].isupper()), None)
        if owner is None or is_place_name(owner.text) or any(e.label_ in _PLACES and e.start <= owner.i < e.end
                                                             for e in s.ents):
            return None  # "the hospital of Bucharest" names the town, read as the place
        first = owner
        while first.i > of.i + 1 and first.nbor(-1).dep_ in {"compound", "flat", "amod"}:
            first = first.nbor(-1)
        name = f"{obj.text} of {s.span.doc[first.i : owner.i + 1].text}"
        return name + (self._building_town(s, obj) or self._building_town(s, owner))

    @staticmethod
    def located_building(building: str, town: str | None) -> str:
        """"Sugamo Prison, Tokyo" when the clause names the town too ("hanged in Sugamo
        Prison in Tokyo"): one place at two precisions, which agrees with the town."""
        return f"{building}, {town}" if town and town not in building else building

    def _building_town(self, s: Sentence, obj: Token) -> str:
        """", Tokyo" for "Sugamo Prison in Tokyo": the building is located in the town, one
        place at two precisions rather than two values."""
        for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in {"in", "from"}):
            town = next((c for c in prep.children if c.dep_ == "pobj"), None)
            ent = next((e for e in s.ents if town is not None and e.label_ in _PLACES and e.start <= town.i < e.end), None)
            if ent is not None:
                return ", " + ent.text.removeprefix("the ")
        return ""

    def alternatives(self, s: Sentence, d: dates.DateMatch) -> list[dates.DateMatch]:
        """A date with the alternatives the sentence gives for it. Where the date recogniser
        reads the whole "or" expression ("on 3 or 5 March 1802", "April 6 or 8, 1874", "in
        1591, 1592 or 1600") it is one value, the EDTF interval holding the alternatives, as
        the claims format writes a hesitating source ("5 or 6 January 1412" is
        1412-01-05/1412-01-06); it disputes another source's date outside it, not itself.
        Dates it reads apart but the sentence offers as alternatives stay separate values."""
        if d.value.alternatives:  # the recogniser read the whole "or" expression: one value,
            return [d]  # the interval holding the alternatives, as the source hesitates
        found = [d]
        later = [x for x in s.dates if x.start >= d.end]
        for x in later:
            gap = self.doc.text[found[-1].end : x.start]
            if not (_OR_GAP.match(gap) or self.rival_gap(gap, found[-1], x)):
                break
            found.append(x)
        days = self._alternative_days(s, d)
        if days and d.value.precision == "year":
            found = found[1:]  # "April 6 or 8, 1874": the two days replace the bare year
        return days + found if d.value.precision == "year" else found + days

    @staticmethod
    def rival_gap(gap: str, first: dates.DateMatch, other: dates.DateMatch) -> bool:
        """Whether ``other`` is a hedged rival version of ``first`` ("1791 (some sources give
        1793)", "in 1572, others in 1574"): both years, the gap a hedge and nothing else."""
        return (first.value.precision == other.value.precision == "year"
                and _RIVAL_GAP.match(gap) is not None and _RIVAL_HEDGE.search(gap) is not None)

    def _alternative_days(self, s: Sentence, d: dates.DateMatch) -> list[dates.DateMatch]:
        text = self.doc.text
        days = _DAYS_OR_BEFORE.search(text, s.start, d.start + 1)
        if days and days.end() == d.start and d.value.precision == "day":  # "3 or 5 March 1802"
            month_year = d.text.split(None, 1)[1] if " " in d.text else ""
            found = dates.find_dates(f"{days.group(1)} {month_year}") if month_year else []
            return [dates.DateMatch(days.start(1), days.end(1), days.group(1), found[0].value)] if found else []
        pair = _MONTH_DAYS_OR.search(text, s.start, d.start + 1)
        if pair and pair.end() == d.start and d.value.precision == "year":  # "April 6 or 8, 1874"
            out = []
            for g in (2, 3):
                found = dates.find_dates(f"{pair.group(1)} {pair.group(g)}, {d.text}")
                if found and found[0].value.precision == "day":
                    out.append(dates.DateMatch(pair.start(g), pair.end(g), pair.group(g), found[0].value))
            return out
        return []

    def abs_end(self, s: Sentence, ent: Span) -> int:
        return s.start + ent.end_char - s.span.start_char

    def _with_locator(self, s: Sentence, place: str, end: int) -> str:
        """"Sabunchi, a village near Baku" keeps its locator, so a later "Baku" agrees."""
        m = _LOCATOR.match(self.doc.text, end, s.end)
        return f"{place}, {m.group(1)} {m.group(2)}" if m else place

    @staticmethod
    def dated_sibling(s: Sentence, tok: Token, date: dates.DateMatch) -> bool:
        """Whether a date belongs to another verb the killing is coordinated with ("he was
        arrested in 523, kept prisoner for months, and then executed": 523 is the arrest's;
        in "In 1650 he was captured and executed" the date stands before both)."""
        at = next((t for t in s.span if s.abs(t) <= date.start < s.abs(t) + len(t)), None)
        if tok.dep_ != "conj" or at is None:
            return False
        verb = next((a for a in (at, *at.ancestors) if a.pos_ in {"VERB", "AUX"}), None)
        return verb is not None and verb.i != tok.i and date.start > s.abs(verb)

    def named_bracket(self, s: Sentence, tok: Token) -> tuple[str, int] | None:
        """The person whose name a bracket opening with the verb follows ("studied with A
        (died 1901) in Paris", "[[A]] (died 526)"), and where the bracket closes: the verb
        is A's, not the sentence's subject's. "" for a capitalised word no name span covers."""
        at = s.abs(tok)
        opening = self.doc.text.rfind("(", s.start, at)
        close = self.doc.text.find(")", at, s.end)
        if opening < 0 or close < 0 or self.doc.text[opening + 1 : at].strip():
            return None
        anchor = len(self.doc.text[:opening].rstrip(" ]"))
        owner = next((v[1] for _, v in self.refs.ending_in(anchor - 1, anchor + 1)), None)
        if owner is None and re.search(r"\b[A-Z][\w'’-]+$", self.doc.text[max(s.start, anchor - 40) : anchor]):
            owner = ""  # a name no span covers: still not the clause subject's death
        return (owner, close) if owner is not None else None

    def died(self, s: Sentence, tok: Token) -> None:
        if any(c.dep_ == "neg" for c in tok.children):
            return
        bracket = self.named_bracket(s, tok)
        if bracket is not None:
            for d in (d for d in s.dates if bracket[0] and s.abs(tok) < d.start < bracket[1]):
                self.add(s, bracket[0], "date_of_death", d.value.edtf, d.text)
            return
        pid = self.refs.clause_subject(tok) or self.facts_item_holder(s, tok)
        if pid is None and self.subjectless(s, tok):
            pid = self.note_subject()  # "Died in the X transit camp near Y, 27 December 1938."
        self.last_death = pid or self.described_subject(tok)
        own = [d for d in s.dates_near(tok) if not self.name_bracket(d)]
        near = [d for d in own if d.start >= s.start + tok.idx - s.span.start_char] or own
        for d in self.alternatives(s, near[0]) if near else []:
            self.add(s, pid, "date_of_death", d.value.edtf, d.text)
        place = self.place_after(s, tok, limit=6) or self.place_in_clause(s, tok) or self.place_near(s, tok) \
            or next(iter(self.bare_place(s, tok)), None)
        if not place and tok.dep_ == "relcl" and any(c.lower_ == "where" for c in tok.children):
            place = self.where_antecedent(s, tok.head)
        place = place or self.place_there(s, tok)
        if place:
            self.add(s, pid, "place_of_death", place)
            for rival in self.places_after(s, tok, limit=6)[1:] + self.rival_places(s, tok):
                if rival != place:
                    self.add(s, pid, "place_of_death", rival)  # "died at A or B": two versions
        building = self.building_in_clause(s, tok)
        if building:
            self.add(s, pid, "place_of_death", self.located_building(building, place))
            town = building.rpartition(", ")[2] if ", " in building else None
            if not place and town and is_place_name(town):
                self.add(s, pid, "place_of_death", town)  # "in the sanatorium of A from P": P too
        ship = self.ship_aboard(tok)
        if ship:
            self.add(s, pid, "place_of_death", ship)
        cause = self.cause_of_death(tok)
        after = tok.idx - s.span.start_char
        other = _OR_CAUSE.search(s.text, after)
        # "died of A or because B": the first version is told before the "or"
        first = manner_of(s.text[after : other.start()]) if other else None
        m = cause or first or manner_of(s.text[after:]) or self.illness_before(tok)
        if m == "natural" or cause == "homicide":
            self.add(s, pid, "manner_of_death", m, tok.text)
        if m is not None:
            alt = manner_of(other.group(1)) if other else None
            if alt is not None and alt != m:  # "died of A or else by B": the source hesitates
                self.add(s, pid, "manner_of_death", alt, other.group(0))

    def place_there(self, s: Sentence, tok: Token) -> str | None:
        """"made his will in Lucca on D and died there": "there" is the last town the
        sentence named before the verb (never a person's name the tagger took for a place)."""
        if not any(c.dep_ == "advmod" and c.lower_ == "there" for c in tok.children):
            return None
        before = [e for e in s.ents if e.end <= tok.i and not self.refs.named(e[0])
                  and (e.label_ in {"GPE", "LOC"} or is_place_name(e.text))]
        return before[-1].text.removeprefix("the ") if before else None

    @staticmethod
    def illness_before(tok: Token) -> str | None:
        """"he fell ill, maybe a stroke or a fever, and died within days": the verb a death is
        coordinated with tells its natural cause (only a natural one: a killing verb before
        "and died" is read by the killing frames)."""
        if tok.dep_ != "conj" or tok.head.pos_ not in {"VERB", "AUX"}:
            return None
        mine = {t.i for t in tok.subtree}
        words = " ".join(t.text for t in tok.head.subtree if t.i not in mine and t.i < tok.i
                         and not (t.dep_ in _OWN_CLAUSE - {"conj"} and t.head.i == tok.head.i))
        return "natural" if manner_of(words) == "natural" else None

    def facts_item_holder(self, s: Sentence, tok: Token) -> str | None:
        """Whose death a quick-facts item states: "Born 10 May 1801; died 2 June 1862 at age
        61", "BORN D, P - DIED D, P". The verb opens its own item (at the line's start or
        after a separator) and its date follows at once, so the item has no subject of its
        own (the parser lends it one of the line's nouns). It is the last person the line
        names before it, else whoever the line's own birth item is about; never when a kin
        word stands before it ("his wife: born ...; died ...")."""
        before = s.text[: tok.idx - s.span.start_char].rstrip()
        if not before or before[-1] not in _ITEM_MARKS:
            return None
        after = tok.idx - s.span.start_char + len(tok.text)
        if not any(_DATE_AT_ONCE.fullmatch(s.text[after : d.start - s.start]) for d in s.dates if d.start >= s.abs(tok)):
            return None
        earlier = [t for t in s.span if t.i < tok.i]
        if any(t.lower_ in _KIN for t in earlier):
            return None
        named = [pid for t in earlier if (pid := self.refs.named(t))]
        if named:
            return named[-1]
        birth = next((t for t in earlier if (f := self.triggers.get(t.i)) is not None and f.handler == "born"), None)
        if birth is None:
            return None
        return self.refs.clause_subject(birth) or self.holder(s, birth)

    def place_event(self, s: Sentence, tok: Token, prop: str) -> None:
        """"X was buried in P" / "they buried him at P": the place of an event that befell X
        (the frame line names the property: place_of_burial, P119). Such an event says
        nothing of the death: no date or place of death comes from it."""
        passive = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        obj = next((c for c in tok.children if c.dep_ in {"dobj", "obj"}), None)
        who = passive if passive is not None else obj
        if who is None and tok.dep_ in {"conj", "advcl"} and _passive(tok):
            pid = self.refs.clause_subject(tok)  # "died in P1 and was buried in P2"
        else:
            pid = self.refs.resolve(who) if who is not None else None
        if any(c.dep_ == "neg" for c in tok.children):
            return
        place = self.place_in_clause(s, tok, labels=_EVENT_PLACES) or self.place_after(s, tok, limit=4)
        if place:
            self.add(s, pid, prop, place)

    @staticmethod
    def cause_of_death(tok: Token) -> str | None:
        """"died of pneumonia", "died from a heart attack": a cause that is not violence is
        a natural death ("died of his wounds" is homicide, read by ``manner_of``)."""
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"of", "from"}):
            cause = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if cause is None or cause.pos_ != "NOUN" or cause.lemma_.lower() in _TIME_WORDS:
                continue
            if cause.lower_ in _words("violent_causes") or cause.lemma_.lower() in _words("violent_causes"):
                return "homicide" if cause.lemma_.lower() in _words("inflicted_causes") else None
            return "natural"
        return None

    def killed(self, s: Sentence, tok: Token) -> None:
        """"X shot him", "he executed Y", "Y was killed by X": Y's death, its manner, X as killer."""
        causative = tok.head.lemma_.lower() in _words("causative") and tok.tag_ == "VBN"
        if (tok.dep_ == "xcomp" and not causative
                or tok.head.lemma_.lower() in _words("intent") and tok.dep_ in {"xcomp", "ccomp", "advcl"}):
            return
        if tok.lemma_.lower() in _words("kill_if_fatal") and not _fatal(tok):
            return
        if any(a.lemma_.lower() in _words("kill_intent") for a in _governors(tok)):
            return
        victim_tok = next((c for c in tok.children if c.dep_ in {"dobj", "obj"} and c.lemma_.lower() not in _words("time_nouns")), None)
        passive = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        killer: str | None = None
        agents = self.agents(tok)
        if passive is not None:
            victim_tok = passive
            killer = agents[0] if agents else None
        elif victim_tok is not None:
            killer = self.refs.clause_subject(tok)
        if victim_tok is not None and victim_tok.lower_ in {"himself", "herself"}:
            self.add(s, self.refs.clause_subject(tok), "manner_of_death", "suicide", tok.text)
            return
        had = self.had_killed(tok) if victim_tok is None and passive is None else None
        if had is not None:
            victim, killer = had  # "the prince had him killed": the prince ordered it
        elif victim_tok is None and tok.dep_ == "conj" and tok.tag_ in {"VBN", "VBD"} and _passive(tok):
            victim = self.refs.clause_subject(tok)  # "he was arrested ... and (was) shot on D"
            killer = agents[0] if agents else None  # "... then cut down by X"
        elif victim_tok is None and self.subjectless(s, tok):
            victim = self.note_subject()  # "Shot on 4 February 1940."
        elif victim_tok is None:
            return
        else:
            victim = self.refs.resolve(victim_tok)
        group = self.killers(tok) if passive is None else []
        by = agents if killer is not None and agents and killer == agents[0] else [killer]
        if passive is None and not any(by) and not group:
            by = group = self.group_leaders(tok)  # "the party that killed him was led by A and B"
        if victim in group and victim_tok is not None and victim_tok.lower_ in MALE | FEMALE:
            # "two of his band, A and B, shot him": "him" is none of them, they killed him
            victim, by = self.antecedent_outside(group, female=victim_tok.lower_ in FEMALE), group
        if victim is None:
            return
        if passive is None and (cause := _nonviolent_cause(tok)):
            # "the fever that followed killed him", "the crash killed her": no killer
            self.add(s, victim, "manner_of_death", cause, tok.text)
            return
        self.last_death = victim  # "the execution was carried out by X" after it is theirs
        manner = "execution" if self.executed(s, tok) else "homicide"
        if not any(by) and _by_vehicle(tok):
            manner = "accident"
        self.add(s, victim, "manner_of_death", manner, tok.text)
        ordered = self.instigators(s, tok, victim)
        names = _shared_surname([self.refs.people[o].display for o in by if o and o != victim], s.text)
        members = self.agent_members(s, tok) if passive is not None or _passive(tok) else []
        if passive is not None and not any(by) and not members:
            members = self.unknown_agents(s, tok)
        for name in dict.fromkeys([*names, *members, *ordered]):
            if name != self.refs.people[victim].display:
                self.add(s, victim, "killed_by", name)
        if not any(by) and not ordered and passive is not None:
            self.attackers_before(s, victim)
        if tok.lemma_.lower() in _words("kill_if_fatal"):
            return  # "fatally beaten in P" (or "mortally wounded on D"): the death may come later, elsewhere
        near = [d for d in s.dates_near(tok) if not self.name_bracket(d)]
        words = " ".join(t.text for t in tok.subtree)
        relative = _NEXT_DAY.search(words) or _PREVIOUS_DAY.search(words)
        if not near and relative and s.dates:
            # the day after, or before, the date the sentence tells: never that date itself
            nxt = _day_after(s.dates[-1].value.edtf, 1 if _NEXT_DAY.search(words) else -1)
            if nxt:
                self.add(s, victim, "date_of_death", nxt, relative.group(0))
        elif (not near and not relative and len(s.dates) == 1 and s.dates[0].start < s.abs(tok)
              and not self.dated_sibling(s, tok, s.dates[0]) and not self.described_date(s, s.dates[0], tok)):
            near = s.dates
        if near:
            self.add(s, victim, "date_of_death", near[0].value.edtf, near[0].text)
        place = self.place_of_event(s, tok)
        if place:
            self.add(s, victim, "place_of_death", place)
        building = self.building_in_clause(s, tok)
        if building:
            self.add(s, victim, "place_of_death", self.located_building(building, place))

    def described_date(self, s: Sentence, d: dates.DateMatch, tok: Token) -> bool:
        """Whether a date before the verb dates something else: it sits in a relative clause
        on a person ("X, who won at the 1936 Games, was shot"), names an event ("the 1936
        Olympic Games"), or dates the clause the verb's "after" clause hangs on ("was honoured
        in 1964, twenty years after he was shot")."""
        at = self.token_at(s, d.start)
        return at is not None and (clauses.in_describing_clause(at, tok) or clauses.attributive_year(at)
                                   or clauses.outside_subordinate(at, tok))

    @staticmethod
    def executed(s: Sentence, tok: Token) -> bool:
        """Whether a killing is an execution: a verb of execution or a sentence that speaks of
        a trial. A verb of execution joined to a plain killing ("killed and beheaded",
        "murdered and hanged from a tree") tells what was done to the body, not a sentence
        carried out."""
        if _JUDICIAL.search(s.text) or tok.lemma_.lower() == "put":
            return True  # "was put to death" (the only "put" that kills): by an authority's order
        if tok.lemma_.lower() not in _words("execute"):
            return False
        joined = [tok.head] if tok.dep_ == "conj" else []
        joined += [c for c in tok.children if c.dep_ == "conj"]
        plain = _words("kill") - _words("execute")
        return not any(j.lemma_.lower() in plain and j.pos_ == "VERB" for j in joined)

    def victim_told(self, tok: Token) -> str | None:
        """Who the killing told around ``tok`` was done to: the subject of an earlier clause,
        else whoever this passage last told died."""
        condemned = carried.condemned_before(tok)
        return (self.refs.resolve(condemned) if condemned is not None else None) or self.last_death

    def carried_out(self, s: Sentence, tok: Token) -> None:
        """"the sentence was carried out by X": X killed the one condemned (the subject of an
        earlier clause, else whoever this passage last told died), when a killing is told."""
        if carried.carried_noun(tok) is None or not carried.killing_told(tok):
            return
        victim = self.victim_told(tok)
        if victim is None:
            return
        for t in carried.agent_tokens(tok):
            found = self.name_of(s, t) if t.pos_ == "PROPN" else None
            if found is not None and found[0] != victim:
                self.add(s, victim, "killed_by", found[1])

    def blow_fired(self, s: Sentence, tok: Token) -> None:
        """"The fatal shot was fired by a guard, A", "the blow was struck by B": the one who
        dealt it killed whoever the sentence (or the one before it) told was killed."""
        if not carried.killing_told(tok):
            return
        victim = self.victim_told(tok)
        if victim is None:
            return
        for t in carried.agent_tokens(tok):
            found = self.named_owner(s, t, reach=3)
            if found is not None and found[0] != victim:
                self.add(s, victim, "killed_by", found[1])

    def killer_noun(self, s: Sentence, tok: Token) -> None:
        """"X's assassin, A", "the murderer of X, A", "his killer, A": A killed the noun's
        owner; a would-be or alleged killer asserts no killing."""
        if any(c.lower_ in _words("killer_unsure") for c in tok.children):
            return
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is None:
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        victim = self.refs.resolve(owner) if owner is not None else None
        found = self.named_owner(s, tok, reach=0) if victim else None
        if found is not None and found[0] != victim:
            self.add(s, victim, "killed_by", found[1])

    def had_killed(self, tok: Token) -> tuple[str | None, str | None] | None:
        """"A had him killed", "she had her rival poisoned": the victim is the subject of the
        participle, A ordered the killing (a killer, as one who carries it out); "him" is then
        somebody other than A."""
        if (tok.dep_ not in {"ccomp", "xcomp"} or tok.tag_ != "VBN"
                or tok.head.lemma_.lower() not in _words("causative")):
            return None
        victim = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.i < tok.i), None)
        victim = victim or next((c for c in tok.head.children if c.dep_ in {"dobj", "obj"} and c.i < tok.i), None)
        if victim is None:
            return None
        killer = self.refs.clause_subject(tok.head)
        if victim.lower_ in MALE | FEMALE:
            return self.antecedent_outside([killer] if killer else [], female=victim.lower_ in FEMALE), killer
        return self.refs.resolve(victim), killer

    def instigators(self, s: Sentence, tok: Token, victim: str | None) -> list[str]:
        """Who had a killing done: "on the orders of A", "at A's instigation", "acting on A's
        orders", "at the behest of A" anywhere in the killing verb's clause. The one who orders
        a killing is its killer too, as a court reckons it. Names as written (the tagger often
        misses a titled name: "her mother-in-law, Queen A")."""
        found: list[str] = []
        for noun in tok.subtree:
            if (noun.lemma_.lower() not in _words("instigation") or noun.dep_ != "pobj"
                    or noun.head.lower_ not in _words("instigation_preps")):
                continue
            owners = [c for c in noun.children if c.dep_ == "poss"]
            owners += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"]
            for owner in owners:
                named = self.named_owner(s, owner)
                if named is not None and named[0] != victim:
                    words = named[1].split()
                    while len(words) > 2 and words[0].strip(".").casefold() in TITLES:
                        words = words[1:]  # "Queen A B" is A B
                    found.append(" ".join(words))
        return found

    def named_owner(self, s: Sentence, owner: Token, reach: int = 1) -> tuple[str | None, str] | None:
        """(person, display) of "A's", "of A" or "of her stepmother, A": the name itself, or
        the name set beside a common noun after a comma (in apposition, or left hanging by
        the parser), at most ``reach`` words of description after the comma ("another
        patient, the former teacher A")."""
        if owner.pos_ in {"PROPN", "PRON"}:
            return self.name_of(s, owner)
        beside = [c for c in owner.children if c.dep_ == "appos"]
        end = max(t.i for t in owner.subtree if not t.is_punct) + 1
        doc = owner.doc
        at = end + 1
        while at < min(s.span.end, end + 1 + reach) and doc[at].pos_ in {"DET", "ADJ", "NOUN"}:
            at += 1
        if at < s.span.end and doc[end].text == "," and doc[at].pos_ == "PROPN":
            head = doc[at]
            while head.i + 1 < s.span.end and doc[head.i + 1].pos_ == "PROPN":
                head = doc[head.i + 1]
            beside.append(head)
        for t in beside:
            if t.pos_ == "PROPN" and (found := self.name_of(s, t)):
                return found
        return None

    def attacked(self, s: Sentence, tok: Token) -> None:
        """"He was ambushed near P by A, acting on B's orders": no death yet, but the ones who
        attacked (and had the attack done) are remembered for a killing told in the next
        sentence that names no killer."""
        passive = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        victim = self.refs.resolve(passive) if passive is not None else None
        by = [self.refs.people[p].display for p in self.agents(tok) if p != victim]
        by = [*_shared_surname(by, s.text), *self.instigators(s, tok, victim)]
        if victim and by:
            self.last_attack = (victim, list(dict.fromkeys(by)), s.start, s.end)

    def attackers_before(self, s: Sentence, victim: str) -> None:
        """"He was ambushed near P by A. He was killed ...": a killing that names no killer
        right after an attack on the same person takes the attack's killers, quoting both
        sentences."""
        last, self.last_attack = self.last_attack, None
        if last is None or last[0] != victim or self.doc.text[last[3] : s.start].strip():
            return
        for name in last[1]:
            self.claims.append(make_claim(self.doc, self.subject(victim), "killed_by", name, name, (last[2], s.end),
                                          role=s.role, extractor=EXTRACTOR, hedge=s.hedge))

    def agents(self, tok: Token) -> list[str]:
        """The people a passive verb's "by" names, each of a coordinated list ("struck down by
        A, B and C": three killers)."""
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        if agent is None:
            return []
        found = [p for t in self.coordinated(agent) for p in [self.refs.resolve(t)] + self.leaders_of(t)]
        return [p for p in dict.fromkeys(found) if p]

    def unknown_agents(self, s: Sentence, tok: Token) -> list[str]:
        """"was shot by Stig Lund": a passive killing's "by" before a name of two or three
        words that the tagger did not take for a person (a Scandinavian or Basque name it
        calls an organisation) still names who killed; not a body ("by Scotland Yard", words
        of ``[triggers] agent_group``) nor a description ("by the Gestapo")."""
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        found = []
        for t in self.coordinated(agent) if agent is not None else []:
            kin = any(c.dep_ == "compound" and c.lemma_.lower() in _KIN for c in t.children)
            name = self.proper_name(s, t) or (t.text if kin and t.pos_ == "PROPN" else None)
            words = name.split() if name else []
            if (2 <= len(words) <= 3 or kin and len(words) == 1) \
                    and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words) \
                    and words[-1].lower() not in _words("agent_group"):
                found.append(name)  # "by his bride Ildico": one word, a person by the kinship noun
        return found

    def leaders_of(self, group: Token) -> list[str]:
        """"by sailors led by A", "by a squad commanded by A and B": the people a group noun's
        participle of leading names, who are the ones named as doing what the group did."""
        if group.pos_ not in {"NOUN", "PRON"}:
            return []
        return [p for a in _leading_agents(group) for t in self.coordinated(a) if (p := self.refs.resolve(t))]

    def agent_members(self, s: Sentence, tok: Token) -> list[str]:
        """"murdered by four knights of A: B, C, D and E": the names set after a plural
        noun of a passive verb's "by" (in apposition, and coordinated with that) are the ones
        who did it, each as written when the name spans missed it."""
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        group = [o for o in agent.children if o.dep_ == "pobj" and o.tag_ == "NNS"] if agent is not None else []
        out: list[str] = []
        heads = [a for g in group for a in g.children if a.dep_ == "appos" and a.pos_ == "PROPN"]
        heads += [t for g in group for a in _leading_agents(g) for t in a.children if t.pos_ == "PROPN"]
        for head in heads or [t for g in group for t in written.listed_after_colon(g)]:
            for t in [head, *head.conjuncts]:
                found = self.name_of(s, t) if t.pos_ == "PROPN" else None
                if found is not None and found[0] is None:
                    found = None, written.particled_name(t)
                if found is not None and found[1] not in out:
                    out.append(found[1])
        return out

    def killers(self, tok: Token) -> list[str]:
        """Every person named in the subject of a killing verb ("two of his band, A and B,
        turned traitors and shot him"), through the verbs it is coordinated with."""
        verb = tok
        for _ in range(4):
            # the parser may give a verb two subjects ("$10,000 offered ... for the capture of
            # X, two of his band, A and B, turned traitors"): the one next to the verb is its own
            subj = next((c for c in reversed(list(verb.children)) if c.dep_ in {"nsubj", "csubj"} and c.i < verb.i),
                        None) or next((c for c in verb.children if c.dep_ in {"nsubj", "csubj"}), None)
            if subj is not None:
                # a possessive inside the subject ("two of his band") is not a killer
                found = [self.refs.named(t) for t in subj.subtree if t.dep_ != "poss" or t.i == subj.i]
                return [p for p in dict.fromkeys(found) if p]
            if verb.dep_ != "conj" or verb.head.i == verb.i:
                break
            verb = verb.head
        return []

    def group_leaders(self, tok: Token) -> list[str]:
        """"The party that killed him was led by the centurion A and the tribune B", "the men
        who shot her were A and B": a group noun whose relative clause kills is named by its
        own verb (led, headed, commanded: every person its "by" names) or equated with names."""
        if tok.dep_ != "relcl" or tok.head.pos_ != "NOUN":
            return []
        group, verb = tok.head, tok.head.head
        if group.dep_ == "nsubjpass" and verb.lemma_.lower() in _words("lead"):
            found = [self.refs.named(t) for a in verb.children if a.dep_ == "agent" for t in a.subtree]
        elif group.dep_ == "nsubj" and verb.lemma_ == "be":
            found = [self.refs.named(t) for a in verb.children if a.dep_ == "attr" for t in a.subtree]
        else:
            return []
        return [p for p in dict.fromkeys(found) if p]

    def antecedent_outside(self, group: list[str], *, female: bool) -> str | None:
        """The antecedent of a pronoun that cannot be one of ``group``: the last subject of
        its gender, else the document's subject."""
        last = self.refs.last_subject.get(female)
        if last and last not in group:
            return last
        main = self.refs.main
        return main.id if main is not None and main.id not in group else None

    def where_antecedent(self, s: Sentence, head: Token) -> str | None:
        """The place a "where" points back to: a place entity holding its noun, or the proper
        names compounded with a noun of place ("the Dachau concentration camp, where she was
        shot": Dachau), never a person's name ("the Lenin works")."""
        if any(e.label_ in {"GPE", "LOC"} and e.start <= head.i < e.end for e in s.ents):
            return head.text
        names = [t for t in head.subtree if t.i < head.i and t.pos_ == "PROPN" and t.dep_ in {"compound", "nmod"}]
        firms = [e for e in s.ents if e.label_ in {"ORG", "PERSON", "NORP", "PRODUCT"}]
        if not names or any(self.refs.named(t) or any(e.start <= t.i < e.end for e in firms) for t in names):
            return None
        return " ".join(t.text for t in names)

    def place_of_event(self, s: Sentence, tok: Token) -> str | None:
        """Where an event happened: "the city of X, where he was killed", a place in the
        verb's own clause, or the only place named in the sentence before the verb."""
        places = [e for e in s.ents if e.label_ == "GPE" and not self.refs.named(e[0]) and not _agent_of(e.root)]
        if tok.dep_ == "relcl" and any(c.lower_ == "where" for c in tok.children):
            head = tok.head
            for e in places:
                if e.start <= head.i < e.end:
                    return e.text.removeprefix("the ")
            if head.pos_ == "PROPN":  # "the city of Dairen, where ...": a place whatever NER said
                return self.written_name(head)
            if (named := self.where_antecedent(s, head)) is not None:
                return named
            of = [c for c in head.children if c.lower_ == "of"]
            named_place = [c for c in (of[0].children if of else []) if c.dep_ == "pobj" and c.pos_ == "PROPN"]
            if named_place and not self.refs.named(named_place[0]):
                return " ".join(t.text for t in named_place[0].subtree if t.pos_ == "PROPN")
        sub = {t.i for t in tok.subtree}
        inside = [e for e in places if e.start in sub and not _accompanying(e, tok)
                  and not clauses.in_describing_clause(e.root, tok)  # "X, who swam for Hungary, was shot"
                  and not clauses.on_a_route(e.root, tok)]  # "while crossing from X into Y"
        if inside:
            return inside[0].text.removeprefix("the ")
        near = self.proper_name_near(tok)
        if near is not None:
            return near
        before = [e for e in places if e.start < tok.i]
        if len(places) == 1 and before and self._same_actor(before[0].root, tok):
            return before[0].text.removeprefix("the ")
        return None

    def proper_name_near(self, tok: Token) -> str | None:
        """"was killed near Brunete": a proper name the verb itself is located near is the
        place of the event, whatever label the tagger gave a small town it does not know (a
        person's name or "near the X" with an article is not one)."""
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "near"):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None or obj.pos_ != "PROPN" or obj.ent_type_ in {"PERSON", "DATE", "NORP"} \
                    or any(c.dep_ == "det" for c in obj.children) or self.refs.named(obj):
                continue
            return " ".join(t.text for t in obj.subtree if t.pos_ == "PROPN" and t.i <= obj.i)
        return None

    def _same_actor(self, place: Token, tok: Token) -> bool:
        """True when the clause naming a place has the same subject as the event's clause
        ("Takeoka met him in his room in Dalian ... Takeoka shot him")."""
        verb = next((a for a in place.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if verb is None or verb != tok and clauses.in_describing_clause(place, tok):
            return False  # "X, who swam for Hungary, was shot": the relative clause tells another event
        if verb != tok and (verb.i in self.triggers or verb.lemma_.lower() in _words("left_behind")):
            return False  # the place of another event ("captured at P, ... burned"), or one left

        mine = self.refs.clause_subject(tok)
        return verb == tok or (mine is not None and self.refs.clause_subject(verb) == mine)

    def note_subject(self) -> str | None:
        """Whom a note-style sentence without a subject is about: the document's subject."""
        return self.refs.main.id if self.refs.main else None

    def subjectless(self, s: Sentence, tok: Token) -> bool:
        """A note-style sentence with no subject at all ("Arrested on 6 April 1939.",
        "Shot on 4 February 1940."): in a biography it is about the document's subject."""
        if tok.dep_ != "ROOT" or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in tok.children):
            return False
        before = [t for t in s.span if t.i < tok.i and not t.is_punct]
        return all(t.pos_ in {"ADV", "ADP", "NUM", "PROPN", "DET", "CCONJ"} and not self.refs.named(t) for t in before[:4]) and len(before) <= 4

    def event_date(self, s: Sentence, tok: Token, pid: str | None) -> dates.DateMatch | None:
        """The date of an event: in its clause, else, when the sentence has no date at all,
        the last date of the previous sentence if that sentence was about the same person or
        the verb says the story goes on ("was arrested again")."""
        near = [d for d in s.dates_near(tok) if not self.other_event_owns(s, d, tok)
                and not self.name_bracket(d)] or self.fronted_date(s, tok)
        if near:
            return near[0]
        if not s.dates and pid and self.story_date and self.story_date[1] < _SPOT_REACH and self.on_the_spot(tok):
            return self.story_date[0]
        if s.dates or self.context_date is None or self.birth_date_of(pid, self.context_date):
            return None  # "He was born on D. Arrested as a youth, he ...": not on the day of his birth
        if pid and (pid == self.previous_subject or any(c.lower_ in _words("again") for c in tok.children)
                    or self.at_once(tok)):
            return self.context_date
        return None

    def birth_date_of(self, pid: str | None, date: dates.DateMatch) -> bool:
        """Whether the document has just read ``date`` as this person's birth date."""
        return any(c.property == "date_of_birth" and c.value == date.value.edtf and c.subject == pid
                   for c in self.claims[-8:])

    @staticmethod
    def at_once(tok: Token) -> bool:
        """Whether the verb says it followed what was just told at once ("was captured soon
        after", "shortly afterwards", "immediately"), so the previous sentence's date holds
        although that sentence was about somebody else."""
        near = [c for c in tok.children if c.dep_ in {"advmod", "prep"}]
        near += [g for c in near for g in c.children if g.dep_ == "advmod"]
        return any(t.lower_ in _words("soon") for t in near)

    @staticmethod
    def on_the_spot(tok: Token) -> bool:
        """Whether the verb says it happened where the event just told did ("arrested on the
        spot", "at the scene"), and so on its date, though sentences without dates stand between."""
        return any(c.dep_ == "prep" and g.dep_ == "pobj" and g.lemma_.lower() in _words("spot")
                   for c in tok.children for g in c.children)

    def other_event_owns(self, s: Sentence, d: dates.DateMatch, tok: Token) -> bool:
        """Whether a date in the clause of ``tok`` hangs on the verb of another event frame
        below it ("was captured at P, sold to Q and burned on D": D is the burning's)."""
        at = self.token_at(s, d.start)
        return at is not None and self.other_event_owns_token(at, tok)

    def other_event_owns_token(self, at: Token, tok: Token) -> bool:
        """Whether ``at`` hangs on the verb of another event frame before its path reaches
        ``tok`` ("born at A in 1726, executed in B": B is the execution's place)."""
        while at.i != tok.i:
            if at.i in self.triggers and at.pos_ == "VERB":
                return True
            if at.head.i == at.i:
                return False
            at = at.head
        return False

    @staticmethod
    def fronted_date(s: Sentence, tok: Token) -> list[dates.DateMatch]:
        """"On D, he abandoned his post and requested asylum": a date put before the first of
        coordinated verbs dates them all; one after it ("fined in 1872") dates only its own."""
        first = tok
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first.i == tok.i:
            return []
        return [d for d in s.dates_near(first) if d.end <= s.abs(first)]

    def arrested(self, s: Sentence, tok: Token) -> None:
        self.event(s, tok, "arrested")

    def sentenced(self, s: Sentence, tok: Token) -> None:
        self.event(s, tok, "sentenced")

    def suicide_committed(self, s: Sentence, tok: Token) -> None:
        """"he committed suicide", unless only intended ("persuaded him to commit suicide")."""
        if not any(a.lemma_.lower() in _words("intent") - {"be"} for a in tok.head.ancestors):
            self.add(s, self.refs.clause_subject(tok.head), "manner_of_death", "suicide", tok.text)

    def convicted_of_killing(self, s: Sentence, tok: Token) -> None:
        """"a court convicted A of the murder (in absentia)", "blamed B for her killing": A and
        B are killers of the one whose killing it is: the possessor of the noun, else the
        last person the document told killed. A conviction is also a sentence's date."""
        if tok.lemma_.lower() in _words("sentence"):
            self.sentenced(s, tok)
        if any(c.dep_ == "neg" for c in tok.children) or tok.dep_ in {"xcomp", "amod"}:
            return
        obj = next((c for c in tok.children if c.dep_ in {"dobj", "obj"}), None)
        found = self.name_of(s, obj) if obj is not None and obj.pos_ == "PROPN" else None
        if found is None and obj is not None:
            found = next((self.name_of(s, c) for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        # the parse hangs "of the murder" on the verb or on its object
        crime = next((o for h in (tok, obj) if h is not None for p in h.children
                      if p.dep_ == "prep" and p.lower_ in {"of", "for"}
                      for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in _words("killing_nouns")), None)
        if crime is None:
            return
        owner = next((c for c in crime.children if c.dep_ == "poss"), None)
        victim = self.refs.resolve(owner) if owner is not None else self.last_killed()
        if found is not None and victim and found[0] != victim:
            self.add(s, victim, "killed_by", found[1])

    def last_killed(self) -> str | None:
        """The subject of the latest killing this document told (a homicide or an execution)."""
        return next((c.subject for c in reversed(self.claims) if c.property == "manner_of_death"
                     and c.value in {"homicide", "execution"}), None)

    def took_own_life(self, s: Sentence, tok: Token) -> None:
        """"she took her own life in P on D", "he ended his own life": a death, by suicide, unless
        only intended ("tried to take his own life")."""
        if any(a.lemma_.lower() in _words("intent") - {"be"} for a in _governors(tok)):
            return
        self.died(s, tok)
        self.add(s, self.refs.clause_subject(tok), "manner_of_death", "suicide", tok.text)

    def ill_natural(self, s: Sentence, tok: Token) -> None:
        """"ill in the last years of his life": a natural death."""
        self.add(s, self.refs.clause_subject(tok.head if tok.head.pos_ in {"AUX", "VERB"} else tok),
                 "manner_of_death", "natural", tok.text)

    def event(self, s: Sentence, tok: Token, prop: str) -> None:
        """"X was arrested on D" / "the court sentenced him": the date of an arrest or sentence."""
        passives = [c for c in tok.children if c.dep_ == "nsubjpass"]
        # the parser may give a verb two passive subjects ("and a retreat to P, X was captured")
        passive = next((c for c in passives if self.refs.resolve(c)), passives[0] if passives else None)
        obj = next((c for c in tok.children if c.dep_ in {"dobj", "obj"}), None)
        who = passive if passive is not None else obj
        if who is None and tok.dep_ in {"conj", "advcl"} and tok.tag_ == "VBN":
            pid = self.refs.clause_subject(tok)  # "was arrested on D1, sentenced on D2"
        elif who is None and self.subjectless(s, tok):
            pid = self.note_subject()  # "Arrested on 6 April 1939."
        elif who is not None and who.lower_ in {"who", "whom", "that"} and tok.dep_ == "relcl":
            pid = self.refs.resolve(tok.head) or self.holder(s, tok.head)  # "a chemist who was convicted"
        else:
            pid = self.refs.resolve(who) if who is not None else None
        if tok.tag_ == "VBG" or tok.dep_ in {"amod", "xcomp"}:
            return
        d = self.event_date(s, tok, pid) or self.shared_date(s, tok)
        if d is not None:
            self.add(s, pid, prop, d.value.edtf, d.text)

    def shared_date(self, s: Sentence, tok: Token) -> dates.DateMatch | None:
        """"was arrested and fined in 1872": a verb with no date of its own joined by a bare
        "and" to the next verb of the same clause shares that verb's date ("arrested on D1
        and fined on D2" gives each its own)."""
        nxt = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i == tok.i + 2
                    and s.span.doc[tok.i + 1].lower_ == "and"
                    and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)), None)
        near = s.dates_near(nxt) if nxt is not None else []
        return near[0] if near else None

    def married(self, s: Sentence, tok: Token) -> None:
        """"X married Y" / "they married": a spouse on both sides when both are named."""
        me = self.refs.clause_subject(tok)
        if me is None and self.subjectless(s, tok) and self.refs.main:
            me = self.refs.main.id  # "Married Antonina P. in Vienna in 1926."
        obj = next((c for c in tok.children if c.dep_ in {"dobj", "obj"}), None)
        if obj is None:  # "was married to Y"
            to = next((t for t in tok.subtree if t.dep_ == "prep" and t.lower_ == "to" and t.i > tok.i
                   and not any(a.pos_ == "VERB" for a in t.ancestors if a.i in {x.i for x in tok.subtree} and a.i != tok.i)), None)
            obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if obj is None:
            obj = kin_lists.dated_partner(tok)
        other = self.refs.resolve(obj) if obj is not None else None
        if obj is not None and obj.lower_ in {"whom", "who"} and tok.dep_ == "relcl":
            other = self.refs.resolve(tok.head)  # "Frank Butler, whom she married in 1876"
        elif obj is not None and other is None:
            other = self.described(obj)  # "married his cousin, Anna K.", "a woman named Kate E."
        if obj is not None and other is None and me and obj.lower_ not in {"whom", "who"}:
            # a name the tagger did not take for a person: "married A", "married a girl, A"
            heads = [obj] + [c for c in obj.children if c.dep_ == "appos"]
            name = next((n for n in (self.proper_name(s, h) for h in heads) if n), None)
            if name and name != self.refs.people[me].display:
                self.add(s, me, "spouse", name)
                self.couple = (me,)  # "they had five children" after it: hers, the other unknown
            return
        self.spouses(s, me, other)

    def spouses(self, s: Sentence, me: str | None, other: str | None) -> None:
        if me and other and me != other:
            self.couple = (me, other)
            self.add(s, me, "spouse", self.refs.people[other].display)
            self.add(s, other, "spouse", self.refs.people[me].display)

    def marriage_noun(self, s: Sentence, tok: Token) -> None:
        """"entered a marriage with X", "her marriage to X": X is the spouse of the clause's
        subject (or of the possessor)."""
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"with", "to"}), None)
        if prep is None and tok.dep_ == "pobj" and tok.head.lower_ == "in":
            # "gave her in marriage to X": the parser hangs "to X" on the verb
            prep = next((c for c in tok.head.head.children if c.dep_ in {"dative", "prep"} and c.lower_ == "to"), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if obj is None:
            return
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        given = self.given_in_marriage(tok)
        me = self.refs.resolve(owner) if owner is not None else given or self.holder(s, tok)
        other = self.refs.resolve(obj) or self.described(obj)
        if other is None and me:
            # a name the tagger did not take for a person: "his marriage to A was arranged"
            name = next((n for n in (self.proper_name(s, h) for h in [obj, *(c for c in obj.children
                                                                           if c.dep_ == "appos")]) if n), None)
            if name and name != self.refs.people[me].display:
                self.add(s, me, "spouse", name)
            return
        self.spouses(s, me, other)

    def given_in_marriage(self, tok: Token) -> str | None:
        """"her uncle gave her in marriage to X", "promised his daughter in marriage to X": the
        one given is the verb's object, never its subject (who gives)."""
        if tok.dep_ != "pobj" or tok.head.lower_ != "in" or tok.head.head.pos_ != "VERB":
            return None
        obj = next((c for c in tok.head.head.children if c.dep_ in {"dobj", "obj"}), None)
        return self.refs.resolve(obj) if obj is not None else None

    def described(self, noun: Token) -> str | None:
        """The person a common noun is said to be: a name in apposition to it or given by
        "named"/"called", never one inside a phrase of its own ("the daughter of X")."""
        for t in noun.subtree:
            pid = self.refs.named(t)
            if not pid or t.i == noun.i:
                continue
            path, ok = t, True
            while path.i != noun.i:
                if path.dep_ in {"prep", "pobj", "poss", "relcl", "conj", "nsubj", "dobj"}:
                    ok = False
                    break
                path = path.head
            if ok:
                return pid
        return None

    def suicide_verdict(self, s: Sentence, tok: Token) -> None:
        """"His death was ruled a suicide", "The coroner recorded suicide": the manner of
        death whoever's death the sentence is about (its possessor, else the document's subject)."""
        death = next((t for t in s.span if t.lemma_.lower() == "death"), None)
        owner = next((c for c in death.children if c.dep_ == "poss"), None) if death is not None else None
        pid = self.owner(s, owner) if owner is not None else None
        if pid is None and not any(self.refs.named(t) for t in s.span) and self.refs.main:
            pid = self.refs.main.id
        self.add(s, pid, "manner_of_death", "suicide", tok.text)

    def victim_of(self, s: Sentence, tok: Token) -> None:
        """"He was the victim of an assassination": the manner of death a killing noun
        after "victim of" states, for the clause's subject."""
        if tok.dep_ != "attr" or tok.head.lemma_ != "be" or any(c.dep_ == "neg" for c in tok.head.children):
            return
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        m = manner_of(obj.text) if obj is not None and obj.pos_ == "NOUN" else None
        if m in {"homicide", "execution"}:
            self.add(s, self.refs.clause_subject(tok.head), "manner_of_death", m, tok.text)

    def death_cause(self, s: Sentence, tok: Token) -> None:
        """"Her death was due to leukaemia", "his death was caused by a fall": the manner its
        cause states, for the death's possessor ("the death", right after a death was told, is
        that one's). Natural and accidental causes, and a blow someone dealt ("provoked by a
        blow ..., given by A"): a homicide by A; any other violent cause says nothing of who
        did it, which the killing frames read."""
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        pred = tok.head
        if any(c.dep_ == "neg" for c in pred.children):
            return
        if owner is not None:
            pid = self.refs.resolve(owner)
        elif any(c.lower_ == "the" for c in tok.children) and not any(c.dep_ == "prep" for c in tok.children):
            pid = self.last_death
        else:
            return
        cause = " ".join(t.text for c in pred.children if c.i > tok.i for t in c.subtree)
        m = manner_of(cause)
        if m in {"natural", "accident"}:
            self.add(s, pid, "manner_of_death", m, tok.text)
            return
        dealt = self.blow_dealer(s, pred, tok)
        if dealt is not None and pid:
            self.add(s, pid, "manner_of_death", "homicide", tok.text)
            if dealt and dealt[0] != pid:
                self.add(s, pid, "killed_by", dealt[1])

    def blow_dealer(self, s: Sentence, pred: Token, death: Token) -> tuple[str | None, str] | tuple[()] | None:
        """Who dealt the blow a death is put down to ("caused by a blow with a stone, given by
        another patient, the teacher A"): (person, name), () when someone unnamed dealt it
        ("given by another patient"), None when the cause is no blow dealt by anyone (a blow
        to the head may come of a fall)."""
        blow = next((t for t in pred.subtree if t.i > death.i and t.lemma_.lower() in _words("blows")
                     and t.pos_ == "NOUN"), None)
        if blow is None:
            return None
        dealt: tuple[()] | None = None
        dealing = _words("deal")
        for verb in (t for t in pred.subtree if t.i > blow.i and t.pos_ == "VERB" and t.lemma_.lower() in dealing):
            for by in (c for c in verb.children if c.dep_ == "agent"):
                for who in (c for c in by.children if c.dep_ == "pobj"):
                    named = self.named_owner(s, who, reach=6)
                    if named is not None:
                        return named
                    dealt = ()
        return dealt

    def death_report(self, s: Sentence, tok: Token) -> None:
        """"The official diagnosis spoke of a heart disease", "the autopsy found a tumour": the
        manner a report on a death just told states (natural or accidental only)."""
        if self.last_death is None or tok.dep_ not in {"nsubj", "nsubjpass", "ROOT"}:
            return
        m = manner_of(s.text[tok.idx + len(tok.text) - s.span.start_char :])
        if m in {"natural", "accident"}:
            self.add(s, self.last_death, "manner_of_death", m, tok.text)

    def described_subject(self, tok: Token) -> str | None:
        """"The poet died ...": a subject named by a common noun with "the" in a biography is
        most often the biography's subject; kept only as whose death later sentences explain
        ("the death was caused by ..."), never claimed of itself."""
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if (subj is None or subj.pos_ != "NOUN" or not any(c.lower_ == "the" for c in subj.children)
                or self.refs.main is None):
            return None
        return self.refs.main.id

    def death_noun(self, s: Sentence, tok: Token) -> None:
        """"His death ... in his apartment in P was ruled ...": where a possessed death took
        place, from a place hanging on the noun through "in"/"at" (however deep the chain of
        prepositions, but never through a verb of another event)."""
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is None:
            return
        stack = [c for c in tok.children if c.dep_ == "prep"]
        while stack:
            prep = stack.pop(0)
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                ent = next((e for e in s.ents if e.start <= obj.i < e.end), None)
                if prep.lower_ in {"in", "at"} and ent is not None and ent.label_ in _PLACES \
                        and not self.refs.named(ent[0]):
                    place = self._with_locator(s, ent.text.removeprefix("the "), self.abs_end(s, ent))
                    self.add(s, self.refs.resolve(owner), "place_of_death", place)
                    return
                stack += [c for c in obj.children if c.dep_ == "prep"]

    def defected(self, s: Sentence, tok: Token) -> None:
        if tok.tag_ == "VBG" and tok.dep_ not in {"pcomp", "advcl"}:
            return
        if any(a.lemma_.lower() in _words("defect_intent") for a in tok.ancestors):
            return
        pid = self.refs.clause_subject(tok)
        if pid is None and tok.dep_ == "pcomp":
            pid = self.holder(s, tok)  # "worked as an agent before defecting in 1963": the worker
        d = self.event_date(s, tok, pid)
        if d is not None:
            self.add(s, pid, "defected", d.value.edtf, d.text)

    def defection_noun(self, s: Sentence, tok: Token) -> None:
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        near = s.dates_near(tok)
        if owner is not None and near and any(s.start + tok.idx - s.span.start_char <= d.start for d in near):
            self.add(s, self.refs.resolve(owner), "defected", near[0].value.edtf, near[0].text)

    def succession(self, s: Sentence, tok: Token) -> None:
        """"G.F. Gorbach, who replaced Lyushkov" / "whom Lyushkov was replacing": a successor
        or predecessor in the office the document last gave the person replaced."""
        new = self.refs.clause_subject(tok)
        obj = next((c for c in tok.children if c.dep_ in {"dobj", "obj"}), None)
        old = self.refs.resolve(obj) if obj is not None else None
        if old is None and tok.dep_ == "relcl" and obj is not None and obj.lower_ in {"whom", "who"}:
            old = self.refs.resolve(tok.head)
        passive = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if passive is not None:
            agent = next((c for c in tok.children if c.dep_ == "agent"), None)
            by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            old, new = self.refs.resolve(passive), self.refs.resolve(by) if by is not None else None
        if not old or not new or old == new:
            return
        if old in self.last_office:
            self.add(s, old, "position_held", self.last_office[old],
                     qualifiers={"replaced_by": self.refs.people[new].display})
        if new in self.last_office:
            self.add(s, new, "position_held", self.last_office[new],
                     qualifiers={"replaces": self.refs.people[old].display})

    # ---- family -----------------------------------------------------------------------------

    def kin(self, s: Sentence, tok: Token) -> None:
        """"his wife, Inna", "Eitingon's sister Sofia", "the brother of Max Eitingon"."""
        prop = _KIN[tok.lemma_.lower()]
        if (named_as := kin_lists.name_equated(tok)) is not None:
            self.kin_named_as(s, prop, *named_as)
            return
        owner_tok = next((c for c in tok.children if c.dep_ == "poss"), None) or kin_lists.shared_possessor(tok)
        if tok.dep_ == "compound" and self.refs.named(tok.head) and prop != "parent":
            # "Reiss's widow Elsa": the parse hangs the possessive on the name ("her half-brother
            # A": on the kinship noun)
            owner = next((c for c in tok.head.children if c.dep_ == "poss"), owner_tok)
            relative = self.refs.named(tok.head)
            pid = self.refs.resolve(owner) if owner is not None and relative else None
            if pid and pid != relative:
                self.add(s, pid, prop, self.refs.people[relative].display)
            # "her younger brothers A, B and C grew up ...": a plural noun names every one
            for other in kin_lists.compound_list(tok) if pid else []:
                found = self.name_of(s, other)
                if found is not None and found[0] not in {pid, relative}:
                    self.add(s, pid, prop, found[1])
            return
        relatives = self.relatives(s, tok)
        names = self.relative_names(s, tok, relatives)
        child_noun = self.parents_couple(owner_tok) if prop == "spouse" and owner_tok is not None else None
        if child_noun is not None:
            self.parent_and_spouse(s, child_noun, owner_tok, names)
            return
        family = self.family_owner(tok) if owner_tok is None and prop == "child" else None
        if family and names:
            for name in names:  # "the two surviving James children, A and B"
                if self.refs.people[family].display != name:
                    self.add(s, family, prop, name)
            return
        giver = kin_lists.birth_given(tok) if owner_tok is None and prop == "child" else None
        if giver is not None:
            mother = self.refs.clause_subject(giver)
            for name in names if mother else []:
                if self.refs.people[mother].display != name:
                    self.add(s, mother, prop, name)
            return
        if prop == "parent":
            owner = self.owner(s, owner_tok) if owner_tok is not None else None
            if owner and tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
                self.parent_names(s, owner, self.attr_names(s, tok))  # "His parents were A and B"
            return
        if owner_tok is not None:
            # "their sons A and B" after a marriage: the couple's, whomever "their" resolves to
            couple = self.the_couple(owner_tok, prop) if owner_tok.lower_ == "their" else ()
            owner = None if couple else self.owner(s, owner_tok)
            if owner in relatives and tok.dep_ == "attr":
                owner = self.other_owner(owner_tok, relatives)  # "A was his brother": "his" is not A
            if owner in relatives:
                return  # "His sons, A and B": "his" taken for one of the sons is a misreading
            for owner in [owner] if owner else self.the_couple(owner_tok, prop):
                for name in names:
                    if self.refs.people[owner].display != name:
                        self.add(s, owner, prop, name)
            if names:
                return
        elif names and tok.dep_ in {"dobj", "obj"} and tok.head.lemma_.lower() in _words("kin_have"):
            # "He had three brothers, A, B and C", "she bore him two sons, A and B"
            owners = [self.refs.clause_subject(tok.head)]
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if owners == [None] and subj is not None:
                owners = list(self.the_couple(subj, prop))  # "They had two sons, A and B"
            owners += [self.refs.resolve(c) for c in tok.head.children if c.dep_ == "dative"]
            for owner in owners:
                for name in names:
                    if owner and self.refs.people[owner].display != name:
                        self.add(s, owner, prop, name)
            return
        elif names and prop == "child" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _words("kin_arrive"):
            # "then came three daughters, A, B and C", after a marriage told in the paragraph
            for owner in self.couple or ():
                for name in names:
                    if self.refs.people[owner].display != name:
                        self.add(s, owner, prop, name)
            return
        elif names and owner_tok is None and (survivor := self.survived(tok)) is not None:
            for name in names:  # "he is survived by two daughters, A and B, and a sister, C"
                if self.refs.people[survivor].display != name:
                    self.add(s, survivor, prop, name)
            return
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None and owner_tok is None:
            self.kin_of(s, tok, prop, of)

    def survived(self, tok: Token) -> str | None:
        """Whose relative a kinship noun deep in a verb's list names: the subject of "leave",
        "be survived by" or "have" whose object or agent lists it, through the list's commas
        and "and" ("leaves his widow, two daughters, ... and a sister", "had three brothers,
        A, B and C, and two sisters, D and E")."""
        t = tok
        for _ in range(6):
            if t.dep_ not in {"appos", "conj", "dobj", "obj", "pobj", "agent", "npadvmod"} or t.head.i == t.i:
                return None
            t = t.head
            if t.pos_ in {"VERB", "AUX"}:
                verbs = _words("kin_leave") | _words("kin_have")
                return self.refs.clause_subject(t) if t.lemma_.lower() in verbs else None
        return None

    def kin_named_as(self, s: Sentence, prop: str, owner_tok: Token | None, attr: Token) -> None:
        """"Her father's name was A": A is the possessor's relative (a parent, sibling, ...)."""
        owner = self.owner(s, owner_tok) if owner_tok is not None else None
        found = self.name_of(s, attr)
        if owner is None or found is None or found[0] == owner or prop == "parent":
            return
        self.add(s, owner, prop, found[1])

    def other_owner(self, pronoun: Token, relatives: list[str]) -> str | None:
        """Whose relative "A was his brother" makes A: not A, so the page's subject when the
        pronoun fits that subject's gender (a biography speaks of its subject's family)."""
        main = self.refs.main
        if main is None or main.id in relatives or main.female != (pronoun.lower_ == "her"):
            return None
        return main.id

    def family_owner(self, tok: Token) -> str | None:
        """"The James children": a surname modifying a kinship noun names the family, whose
        children are the document's subject's when the surname is the subject's."""
        main = self.refs.main
        if main is None:
            return None
        surname = main.display.split()[-1].lower() if main.display.split() else ""
        for c in tok.children:
            if c.dep_ == "compound" and c.pos_ == "PROPN" and c.lower_ == surname and c.i < tok.i:
                return main.id
        return None

    def owner(self, s: Sentence, tok: Token) -> str | None:
        """Whose relative a possessor names. A proper noun no name span covers ("Doc's
        mother", the tagger missed it) is the one person of the document with that word as
        a name; "his"/"her" that would go to one of the subject's own relatives named
        earlier ("His father, A, was a clerk. His brother B ...") is the subject's, as a
        biography speaks of its subject's family."""
        kin = tok.head
        head = self.refs.named(kin.head) if tok.lower_ in {"his", "her"} and kin.dep_ == "conj" else None
        if head and self.refs.female(head) == (tok.lower_ == "her"):
            return head  # "the doctor A, and his wife B": A's wife ("Her father was A, and her mother B": not A's)
        pid = self.refs.resolve(tok)
        if pid is None and tok.pos_ == "PROPN":
            word = tok.text.lower()
            found = {p.id for p in self.refs.people.values() if any(word in f.lower().split() for f in p.forms)}
            pid = found.pop() if len(found) == 1 else None
        earlier = self.listed_relative_owner(s, pid, tok) if pid else None
        if earlier:
            return earlier
        main = self.refs.main
        if (pid and main and pid != main.id and tok.lower_ in {"his", "her"} and main.female == (tok.lower_ == "her")
                and self.is_relative_of(main.id, pid) and not self.named_in_sentence_before(pid, tok)):
            return main.id
        return pid

    def listed_relative_owner(self, s: Sentence, pid: str, tok: Token) -> str | None:
        """"His sons A, B and C ..., and his daughter D ...": a second "his" that would go to
        one of the relatives the same "his" listed earlier in the sentence is that first
        owner's, the list's relatives being his children, not the owners of the next."""
        if tok.lower_ not in {"his", "her"}:
            return None
        for t in tok.sent:
            if t.i >= tok.i:
                return None
            kin = t.head
            if t.lower_ == tok.lower_ and t.dep_ == "poss" and kin.lemma_.lower() in _KIN \
                    and any(self.refs.named(x) == pid for x in kin.subtree if x.i > kin.i):
                return self.owner(s, t)
        return None

    def named_in_sentence_before(self, pid: str, tok: Token) -> bool:
        """Whether the sentence names ``pid`` before ``tok``: "A Jr. was born in 1875, his
        sister B in 1879" is A Jr.'s sister, though A Jr. is the subject's son."""
        start = self.refs.base + tok.sent.start_char
        return any(p == pid for _, (_, p) in self.refs.starting_in(start, self.refs.base + tok.idx))

    def namesake_child(self, tok: Token, h: Token) -> bool:
        """Whether ``h``, a single word listed after a child noun, is a name that resolved to
        a parent or spouse already told: the child bears that name, it is not that person."""
        pid = self.refs.named(h)
        return (pid is not None and tok.lemma_.lower() in _CHILD_NOUNS and h.pos_ == "PROPN"
                and not any(c.dep_ in {"compound", "flat"} for c in h.children) and self.is_parent_or_spouse(pid))

    def is_parent_or_spouse(self, pid: str) -> bool:
        """Whether a claim already read makes ``pid`` someone's parent or spouse: a bare
        given name listed among children is a namesake of theirs, not that person."""
        return self.told_as(pid, {"father", "mother", "spouse"})

    def is_relative_of(self, pid: str, other: str) -> bool:
        """Whether a claim already read makes ``other`` a relative of ``pid``."""
        return self.told_as(other, _FAMILY, of=pid)

    def told_as(self, pid: str, props: Collection[str], of: str | None = None) -> bool:
        """Whether a claim already read (about ``of``, or anyone) gives ``pid``'s name as the
        value of one of ``props``."""
        name = self.refs.people[pid].display
        return any(c.property in props and c.value == name and of in (None, c.subject) for c in self.claims)

    def proper_name(self, s: Sentence, head: Token) -> str | None:
        """A name the entity tagger did not take for a person ("three brothers, A, B and C",
        tagged an organisation or nothing): the proper-noun run ending at ``head``, unless it
        is a place, a date or a number, or a person's name span already covers it."""
        if head.pos_ != "PROPN" or head.tag_ == "NNPS" or not head.text[:1].isupper() or self.refs.named(head):
            return None
        if any(c.dep_ in {"det", "amod"} for c in head.children):
            return None  # "(were) proud New Englanders", "the Burgundians": a description
        if any(e.start <= head.i < e.end and e.label_ in _NOT_PERSON for e in s.ents):
            return None
        first = head
        # a compound may hang on the next word of the run ("A mac B": A on "mac", "mac" on B)
        while (first.i > s.span.start and first.nbor(-1).pos_ == "PROPN" and first.nbor(-1).dep_ in {"compound", "flat"}
               and first.i <= first.nbor(-1).head.i <= head.i):
            first = first.nbor(-1)
        return s.span.doc[first.i : head.i + 1].text

    def name_of(self, s: Sentence, tok: Token) -> tuple[str | None, str] | None:
        """(person, display) for a token naming someone, known to the document or not."""
        pid = self.refs.resolve(tok) if tok.pos_ in {"PROPN", "PRON"} else self.refs.named(tok)
        if pid:
            return pid, self.refs.people[pid].display
        text = self.proper_name(s, tok)
        return (None, text) if text else None

    def relative_names(self, s: Sentence, tok: Token, relatives: list[str]) -> list[str]:
        """The displays of the relatives a kinship noun names: the known people, then the
        proper nouns in apposition to it (for a plural, with those coordinated to them) or
        given by "named"/"called"."""
        heads = [c for c in tok.children if c.dep_ == "appos" and c.lemma_.lower() not in _KIN]
        heads += [g for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in {"name", "call"}
                  for g in c.children if g.dep_ in {"oprd", "dobj", "attr"}]
        plural = tok.tag_ in {"NNS", "NNPS"}
        counted = kin_lists.counted_of_them(tok) if plural else []
        colon = written.listed_after_colon(tok) if plural else []  # "five children who survived: A, B and C"
        if plural:
            heads += self.listed_after(s, tok) + kin_lists.equated(tok) + counted + colon
        out = [self.refs.people[r].display for r in relatives]
        out += [self.refs.people[p].display for p in (self.refs.named(h) for h in counted) if p]
        if relatives and not plural:
            return out
        for h in heads:
            listed = h in colon
            known = self.refs.named(h) if listed else None  # known people the parse split off
            if listed and h.sent != tok.sent:  # the parser started a sentence at the colon
                self.reach = max(self.reach, self.refs.base + h.sent.end_char)
            text = self.refs.people[known].display if known else self.proper_name(s, h)
            if self.namesake_child(tok, h):
                text = h.text  # "five children: A, Olga, B" after "his mother, Olga P.": a namesake
            if listed and text is None and h.text[:1].isupper() and h.pos_ in {"NOUN", "PROPN"} and not known:
                text = h.text  # a listed name the tagger took for a noun or a nationality
            if text and text not in out:
                out.append(text)
        return out

    def attr_names(self, s: Sentence, tok: Token) -> list[tuple[str | None, str]]:
        """"Their parents were A and B": every name the subject noun is equated with."""
        attr = next((c for c in tok.head.children if c.dep_ == "attr"), None)
        if attr is None:
            return []
        found = [self.name_of(s, t) for t in [attr, *attr.conjuncts]]
        return [f for f in found if f]

    def the_couple(self, tok: Token, prop: str) -> tuple[str, ...]:
        """"they"/"their" (or "the couple", "their marriage") after a marriage in the same
        paragraph: both spouses, for their children only (each spouse has parents and
        siblings of their own)."""
        if prop == "child" and self.couple is not None and (
                tok.lower_ in {"they", "their"} or kin_lists.couple_noun(tok)):
            return self.couple  # "The couple had five children", "the marriage produced two sons"
        return ()

    def kin_of(self, s: Sentence, tok: Token, prop: str, of: Token) -> None:
        """"X is the son of Y", "X, the daughter of A and B": Y (A, B) are X's parents;
        "X is the father of Y": Y is X's child. X is what the noun is predicated of; a
        kinship noun that is the object of a verb ("met the daughter of Y") says nothing
        about the verb's subject."""
        # the parser often hangs "and the teacher B" on the kinship noun itself
        joined = [c for c in tok.children if c.dep_ == "conj" and c.lemma_.lower() not in _KIN
                  and not any(g.dep_ == "prep" for g in c.children)]
        listed = [kin_lists.named_in_apposition(t) for t in self.coordinated(of)] + joined + kin_lists.and_of(tok, of)
        others = [self.refs.resolve(t) for t in listed]
        others = [o for o in dict.fromkeys(others) if o]
        me = self.kin_holder(s, tok)
        if not me:
            return
        if prop == "child":
            # a parent no name span covers keeps its place: "son of A and of B" makes B the mother
            named = [self.parent_of(s, t, me, first=i == 0) for i, t in enumerate(listed)]
            husband = kin_lists.given_name_sharing(listed[0]) if listed else None
            if husband is not None:  # "children of George and Susan Coleman": George Coleman first
                named.insert(0, (None, f"{husband.text} {listed[0].text}"))
            self.parent_names(s, me, named)
        for other in others:
            if prop in {"father", "mother"} and other != me:
                self.add(s, me, "child", self.refs.people[other].display)
            elif prop not in {"child", "father", "mother"} and other != me:
                self.add(s, me, prop, self.refs.people[other].display)

    def parent_of(self, s: Sentence, tok: Token, child: str | None = None, *, first: bool = False) -> tuple[str | None, str] | None:
        """The parent an object of "son of" names: a person the token refers to ("the
        merchant A"), else a proper name no name span covers, without its leading titles."""
        pid = self.refs.resolve(tok)
        if pid and pid == child and first and tok.pos_ == "PROPN" \
                and written.relative_of(written.written_name(tok), self.refs.people[pid].display):
            return None, written.written_name(tok)  # "son of A (B) X" on the page of C X: the father
        if pid:
            return pid, self.refs.people[pid].display
        found = self.name_of(s, tok)
        if found is None:
            return None
        words = found[1].split()
        while len(words) > 1 and words[0].strip(".").casefold() in TITLES:
            words.pop(0)  # "son of King A": the title is no part of the name the sources agree on
        return found[0], " ".join(words)

    def kin_holder(self, s: Sentence, tok: Token) -> str | None:
        """Whom a kinship noun with "of" is predicated of ("X is the son of Y", "X, the son
        of Y", "born in P, the daughter of ..."), or None."""
        if tok.dep_ == "attr":
            return self.refs.clause_subject(tok.head)
        if tok.dep_ == "appos":
            # "Born in P, the daughter of A, she married B": a parse that makes the clause after
            # it a relative clause leaves the subjectless participle, the page's subject's birth
            # "born in P, the daughter of a tailor, A": P is no person, though a name hangs on it
            placed = tok.head.ent_type_ in {"GPE", "LOC", "FAC"}
            found = (None if placed else self.refs.resolve(tok.head)) or self.holder(s, tok)
            return found or (self.note_subject() if self.subjectless(s, tok.head) else None)
        if tok.dep_ in {"npadvmod", "ROOT"} and not tok.is_sent_start or tok.dep_ == "ROOT":
            return self.holder(s, tok)  # "born in P, the daughter of ..."; "Daughter of X."
        if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.pos_ in {"VERB", "AUX"}:
            return self.refs.clause_subject(tok.head.head)  # "he was born in P as the son of ..."
        part = kin_lists.partitive(tok)
        return self.kin_holder(s, part) if part is not None else None  # "the third of seven children of Y"

    @staticmethod
    def parents_couple(owner_tok: Token) -> Token | None:
        """"the son of A and (of) his wife B": the child noun whose "of A" stands right before
        "and (of) his", so that "his" is A, and B is A's wife and the child's mother, not the
        subject's wife (the parse hangs "his wife" on the child noun or on the verb)."""
        doc, i = owner_tok.doc, owner_tok.i - 1
        if i >= 0 and doc[i].lower_ == "of":
            i -= 1
        if i < 1 or doc[i].dep_ != "cc":
            return None
        j = _before_bracket(doc, i - 1)  # "son of A (382-336 BC) and his wife B": A's dates
        before = doc[j] if doc[j].dep_ != "punct" or j < 1 else doc[j - 1]
        for a in [before, *before.ancestors, *_apposed_to(before).ancestors]:
            if a.dep_ == "prep" and a.lower_ == "of" and _KIN.get(a.head.lemma_.lower()) == "child":
                return a.head
        return None

    def parent_and_spouse(self, s: Sentence, child_noun: Token, owner_tok: Token, names: list[str]) -> None:
        """"the son of A and his wife B": B is A's spouse and the child's mother ("her
        husband B": the father)."""
        of = next(c for c in child_noun.children if c.dep_ == "prep" and c.lower_ == "of")
        parent_tok = next((t for t in self.coordinated(of) if self.refs.resolve(t)), None)
        apposed = None
        if parent_tok is None:
            # "the daughter of a grain dealer, A, and his wife B": the parse may hang A beside
            # the child noun or the verb rather than on the trade noun it names
            apposed = parent_tok = _name_before_and(owner_tok)
        parent = self.refs.resolve(parent_tok) if parent_tok is not None else None
        child = self.kin_holder(s, child_noun)
        prop = "father" if owner_tok.lower_ == "her" else "mother"
        if apposed is not None and parent and child and parent != child:
            self.add(s, child, "mother" if prop == "father" else "father", self.refs.people[parent].display)
        if parent is not None and parent == child:
            # "A, one of the children of A, a farmer, and his wife B": a namesake parent, whom
            # the mentions took for the child (also when spelled a little differently: "Rosa
            # Lemburg ... a merchant, Elias Lemburger"); B is the child's mother, nobody's wife
            for name in names:
                self.add(s, child, prop, name)
            if self.written_name(parent_tok) == self.refs.people[parent].display:
                self.add(s, child, "father" if prop == "mother" else "mother", self.refs.people[parent].display)
            return
        for name in names:
            if parent and self.refs.people[parent].display != name:
                self.add(s, parent, "spouse", name)
            if child and self.refs.people[child].display != name:
                self.add(s, child, prop, name)

    @staticmethod
    def written_name(tok: Token) -> str:
        """The proper name a token ends, as the sentence writes it ("Walter Hume" for "Hume")."""
        return " ".join(x.text for x in tok.subtree if x.pos_ == "PROPN" and x.i <= tok.i)

    @staticmethod
    def coordinated(prep: Token) -> list[Token]:
        """The objects of a preposition with the nouns coordinated to them ("of the merchant A
        and the teacher B"), not those inside a clause or a phrase of their own."""
        def joined(t: Token, obj: Token) -> bool:
            while t.i != obj.i:
                if t.dep_ in {"relcl", "acl", "prep", "pobj"}:
                    return False
                t = t.head
            return True

        out = []
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            out.append(obj)
            out += [t for t in obj.subtree if t.dep_ == "conj" and t.pos_ in {"NOUN", "PROPN"} and joined(t, obj)]
        return out

    def relatives(self, s: Sentence, tok: Token) -> list[str]:
        """The people a kinship noun names: every name of a list after a plural ("three
        brothers, A, B and C"), else one name after it, before its parenthesis, equated
        with it, or given by "named"/"called" ("a daughter named Anna")."""
        if tok.tag_ in {"NNS", "NNPS"}:
            return self.relative_list_after(s, tok) or self.relative_attrs(tok)
        one = self.relative_after(s, tok) or self.relative_before_paren(s, tok) or self.relative_attr(tok)
        if one is None:
            one = next((self.refs.named(t) for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in {"name", "call"}
                        for t in c.subtree if self.refs.named(t)), None)
        if one is None:
            # "one child, a daughter named Anna": the kinship noun in apposition names it
            # ("they had one child, a daughter named Anna": the parse may hang it on the verb)
            beside = [c for c in tok.head.children if c.dep_ == "npadvmod" and c.i > tok.i] if tok.dep_ == "dobj" else []
            one = next((r for c in [*tok.children, *beside] if c.dep_ in {"appos", "npadvmod"}
                        and _KIN.get(c.lemma_.lower()) == _KIN.get(tok.lemma_.lower())
                        for r in self.relatives(s, c)), None)  # not "his widow, two daughters, A"
        return [one] if one else []

    def relative_list_after(self, s: Sentence, tok: Token) -> list[str]:
        """Names listed right after a plural kinship noun, through commas and "and"."""
        found: list[str] = []
        for t in _past_brackets(s.span.doc[tok.i + 1 : min(tok.i + 32, s.span.end)]):
            pid = self.refs.named(t)
            if pid and (t.dep_ == "poss" or (t.i + 1 < len(t.doc) and t.nbor(1).dep_ == "case")):
                return []
            if pid:
                namesake = tok.lemma_.lower() in _CHILD_NOUNS and self.is_parent_or_spouse(pid)
                if pid not in found and not namesake:  # a child named after a parent is no parent
                    found.append(pid)
                continue
            if t.pos_ in {"VERB", "AUX", "ADP", "PRON"} or t.text in {";", "(", ")", "."} or (t.lemma_.lower() in _KIN and found):
                break
        return found

    @staticmethod
    def listed_after(s: Sentence, tok: Token) -> list[Token]:
        """The heads of the proper nouns listed right after a plural kinship noun ("three
        sons, A, B and C"), up to the first verb, preposition, pronoun or bracket."""
        found = []
        for t in _past_brackets(s.span.doc[tok.i + 1 : min(tok.i + 32, s.span.end)]):
            if t.pos_ in {"VERB", "AUX", "ADP", "PRON"} or t.text in {";", "(", ")", "."}:
                break
            if t.lemma_.lower() in _KIN and found:
                break  # "two daughters, A and B, and a sister, C": C is the sister ("sons and daughters, A, ..." lists both)
            if t.pos_ == "PROPN" and t.dep_ not in {"compound", "flat"}:
                found.append(t)
        return found

    def relative_after(self, s: Sentence, tok: Token) -> str | None:
        """The name in apposition right after a kinship noun ("his wife, Inna", "his father,
        a small tailor Samuil L."): only commas, articles, adjectives and descriptive nouns
        may stand between; a conjunction or a verb ends the search ("his wife Antonina and
        their son Alexander" gives the wife Antonina, not Alexander)."""
        if tok.i + 1 < len(s.span.doc) and s.span.doc[tok.i + 1].dep_ == "case":
            return None  # "her father's sister Anna": not the father
        for t in s.span.doc[tok.i + 1 : min(tok.i + 8, s.span.end)]:
            pid = self.refs.named(t)
            if pid and (t.dep_ == "poss" or (t.i + 1 < len(t.doc) and t.nbor(1).dep_ == "case")):
                return None  # "his brother, Lyushkov's deputy, ...": a possessor, not the relative
            if pid:
                return pid
            if t.pos_ in {"VERB", "AUX", "CCONJ", "ADP", "PRON"} or t.text in {";", "(", ")", "."}:
                return None
            if t.lemma_.lower() in _KIN:
                return None  # "his widow, two daughters, A and B": the daughters' names
        return None

    def relative_attr(self, tok: Token) -> str | None:
        """"His father was Lazar Feldbin": the name the kinship noun is equated with; also the
        other way round, "A was Houdini's brother", "A, who was Houdini's half-brother"."""
        if tok.dep_ == "attr" and tok.head.lemma_ == "be":
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ == "who" and tok.head.dep_ == "relcl":
                head = tok.head.head
                return self.refs.named(head) or (self.refs.resolve(head) if head.pos_ == "PROPN" else None)
            if subj is not None and not self.refs.named(subj):
                # "the painter A was her father": the name in apposition to the subject noun
                subj = next((c for c in subj.children if c.dep_ == "appos"), subj)
            return self.refs.named(subj) if subj is not None else None
        if tok.dep_ != "nsubj" or tok.head.lemma_ != "be":
            return None
        attr = next((c for c in tok.head.children if c.dep_ == "attr"), None) or kin_lists.past_doubt(tok.head)
        if attr is not None and attr.pos_ == "NOUN" and not self.refs.named(attr):
            # "her husband was the painter A": the name set after a noun of trade
            attr = next((c for c in attr.children if c.dep_ == "appos" and c.pos_ == "PROPN"), attr)
        return self.refs.named(attr) if attr is not None else None

    def relative_attrs(self, tok: Token) -> list[str]:
        """"Their children were A and B", "his wives included A, B and C": every name the
        plural kinship noun is equated with or said to include."""
        found = [self.refs.named(t) for t in kin_lists.equated(tok)]
        return [p for p in dict.fromkeys(found) if p]

    def relative_before_paren(self, s: Sentence, tok: Token) -> str | None:
        """"Lyudmila P. (Lyushkov's stepdaughter)": the name just before the parenthesis."""
        doc = s.span.doc
        for i in range(tok.i - 1, max(s.span.start, tok.i - 5) - 1, -1):
            if doc[i].text == "(" and i > s.span.start:
                return self.refs.named(doc[i - 1])
        return None

    def rival_death_years(self, s: Sentence) -> None:
        """"most accept 183 BC, but some give 181 BC" after "his death": each year someone
        gives is a version of the death date of the possessive's person (``rival_years``)."""
        years = rival_years.rival_years(s.text, s.start, s.dates)
        owner = rival_years.death_owner(s.text) if years else None
        tok = self.token_at(s, s.start + owner) if owner is not None else None
        pid = self.refs.resolve(tok) if tok is not None else None
        for d in years:
            self.add(s, pid, "date_of_death", d.value.edtf, d.text)

    def birth_record(self, s: Sentence) -> None:
        """"His birth certificate, however, gives 21 October 1940": the one day a sentence
        gives beside the birth record (``[rival_years] birth_record``) is a version of the
        birth date of the record's possessor, or of the page's subject when the sentence
        names nobody."""
        m = _BIRTH_RECORD.search(s.text)
        days = [d for d in s.dates if d.value.precision == "day"]
        if m is None or len(days) != 1 or _OTHER_EVENT.search(s.text):
            return  # "records his baptism on D": the day of another event
        if not m.group("owner") and not _RECORD_LEAD.search(s.text[: m.start()]):
            return  # "his son's birth certificate": somebody else's record
        owner = self.token_at(s, s.start + m.start("owner")) if m.group("owner") else None
        if owner is not None:
            pid = self.refs.resolve(owner)
        else:
            pid = self.note_subject() if not any(self.refs.named(t) for t in s.span) else None
        self.add(s, pid, "date_of_birth", days[0].value.edtf, days[0].text)

    def family_of(self, s: Sentence) -> None:
        """"born in the family of the Odessa tailor Samuil L." names the father."""
        for m in _FAMILY_OF.finditer(s.text):
            after = s.start + m.end()
            names = self.refs.starting_in(after, min(after + 40, s.end))
            born = next((t for t in s.span if t.lower_ == "born"), None)
            if names and born is not None:
                child = self.refs.clause_subject(born)
                father = names[0][1][1]
                if child and father != child and not self.refs.people[father].female:
                    self.add(s, child, "father", self.refs.people[father].display)

    # ---- offices, ranks, awards, parties -----------------------------------------------------

    def born_siblings(self, s: Sentence) -> None:
        """"Three sons were born in the family - A, B and C": when the subject's given name is
        in the list, the other names are the subject's siblings."""
        m = _BORN_LIST.search(s.text)
        main = self.refs.main
        if m is None or main is None or not main.display.split():
            return
        names = [n.strip() for n in re.split(r",\s*|\s+and\s+", m.group("names")) if n.strip()]
        if not all(re.fullmatch(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?", n) for n in names):
            return  # not a plain list of names
        given = main.display.split()[0]
        if given not in names:
            return
        for name in names:
            if name != given:
                self.add(s, main.id, "sibling", name)

    def token_at(self, s: Sentence, offset: int) -> Token | None:
        rel = offset - s.start + s.span.start_char
        return next((t for t in s.span if t.idx <= rel < t.idx + len(t) or t.idx >= rel), None)

    def offices(self, s: Sentence) -> None:
        text = s.text
        # "Lord Chancellor in 1155": a date is no tail of an office's name (read bare below)
        found = [_after_verb(m.start(), m.group(0)) for m in lexicon.OFFICE.finditer(text)
                 if not re.search(r"^\S+(?:\s+\S+)?\s+(?:in|on|to|at)\s+\d[\d\s.,]*$", m.group(0))]
        found += [(m.start("org"), m.end("org"), "head of " + m.group("org")) for m in lexicon.HEAD_VERB.finditer(text)]
        found += self.bare_offices(text, found)
        implied = [(m.start(), m.end(), office.format(**m.groupdict()))
                   for pattern, office in lexicon.IMPLIED_OFFICES for m in pattern.finditer(text)]
        for start, end, office in found + implied:
            tail = office.split(" ", 2)[-1]
            listed = bool(re.search(r"(?:^|\s)[-–—]\s*$", text[:start])) and any(d.start < s.start + start for d in s.dates)
            apposed = self.title_apposed(s, start, end)
            if lexicon.SPOUSE_TITLE.search(text[max(0, start - 40) : start]):
                continue  # "married with the Raja of X": the spouse's title
            triggered = (lexicon.OFFICE_TRIGGER.search(text[max(0, start - 60) : start + 1])
                         or lexicon.OFFICE_LISTED.search(text[max(0, start - 200) : start]) or apposed)
            if not listed and (start, end, office) not in implied and (not re.search(r"[A-Z]", tail) or not triggered):
                continue
            tok = self.token_at(s, s.start + start)
            if tok is None or lexicon.NOT_OFFICE.search(office) or self.office_described(s, start, office):
                continue
            # "chief of staff to the president of X, Dr. A": the name is the inner title's
            nested = len(lexicon.TITLE_WORD.findall(office)) > 1
            other = None if nested else self.apposed_after(s.start + end)
            if other == "":
                continue  # someone the mentions missed holds it
            owner = self.bracket_owner(s, start)
            if owner is None:
                owner = self.comma_owner(s, start)
            if owner == "":
                continue  # described in brackets after a name the mentions missed: not the subject's
            pid = other or owner or apposed or self.successor(s, start) or self.holder(s, tok, self.name_within(s, start, end))
            office = lexicon.clean_office(lexicon.POST_OF.sub("", office))
            self.add(s, pid, "position_held", office, qualifiers=self.term(s, start, end))
            if pid:
                self.last_office[pid] = office

    def title_apposed(self, s: Sentence, start: int, end: int) -> str | None:
        """"A, the Rani of X, was ...": a capitalised title set between commas right after the
        sentence's opening name is that person's office (an alias too, never another person)."""
        m = re.match(r"\s*((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)\s*,\s+the\s+$", s.text[:start])
        if m is None or not s.text[start:start + 1].isupper() or not re.match(r"\s*,", s.text[end:end + 2]):
            return None
        return next((v[1] for _, v in self.refs.ending_in(s.start + m.end(1) - 1, s.start + m.end(1) + 1)), None)

    def successor(self, s: Sentence, start: int) -> str | None:
        """"In 1162 he succeeded A as Archbishop of X": the subject of "succeeded" holds it now."""
        m = lexicon.SUCCEEDED_AS.search(s.text[max(0, start - 60) : start])
        verb = self.token_at(s, s.start + max(0, start - 60) + m.start() + 1) if m else None
        return self.refs.clause_subject(verb) if verb is not None else None

    @staticmethod
    def bare_offices(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """"he became Grand Vizier", "served as Chief Judge": a capitalised title without an
        "of ..." tail, right after a verb of taking office, where no longer office covers it."""
        out = []
        for m in lexicon.BARE_OFFICE.finditer(text):
            if any(a <= m.start() < b or m.start() <= a < m.end() for a, b, _ in found):
                continue
            if lexicon.BARE_TRIGGER.search(text[max(0, m.start() - 30) : m.start()]):
                out.append((m.start(), m.end(), m.group(0).strip()))
        return out

    @staticmethod
    def office_described(s: Sentence, start: int, office: str) -> bool:
        """A title that praises or ranks its bearer among others ("the most powerful leader
        in the X world", "a prominent nationalist leader of Y") describes, it names no office;
        nor does one glossing a term just held ("became X, the head of the palace offices")."""
        gloss = lexicon.OFFICE_GLOSS.search(s.text[max(0, start - 80) : start])
        if office.lower().startswith("head") and lexicon.WOUND_BEFORE.search(s.text[max(0, start - 60) : start]):
            return True  # "found with a bullet wound in his head in X": a wound, no office
        return bool(lexicon.DESCRIBED.search(s.text[max(0, start - 40) : start])
                    or lexicon.VAGUE_OFFICE.search(lexicon.clean_office(office))
                    or (gloss and not lexicon.TITLE_WORD.search(gloss.group("term"))))

    def bracket_owner(self, s: Sentence, start: int) -> str | None:
        """"... when A (a former protégé and leader of the X) made war on him": a title
        inside a parenthesis opened right after a name describes that person, whoever the
        clause is about. "" when the name before the bracket is one no name span covers."""
        before = s.text[:start]
        opened = before.rfind("(")
        if opened < 0 or ")" in before[opened:]:
            return None
        at = s.start + opened
        named = next((v[1] for _, v in self.refs.ending_in(at - 2, at + 1)), None)
        if named is None and re.search(r"\b[A-Z][\w'’-]+\s*$", before[:opened]):
            return ""
        return named

    def name_within(self, s: Sentence, start: int, end: int) -> str | None:
        """The person whose name span lies wholly inside an office's words: a title the
        tagger took for a name ("High King" of "High King of X")."""
        return next((v[1] for at, v in self.refs.starting_in(s.start + start, s.start + end)
                     if v[0] <= s.start + end), None)

    def comma_owner(self, s: Sentence, start: int) -> str | None:
        """"a son of A, king of X, who died ...": a lowercase title in apposition right after
        a name describes that name's bearer, not the clause's subject. "" when the name is
        one no name span covers but a kinship noun's "of" governs (a relative's title)."""
        m = re.search(r"([A-Z][\w'’-]+)\s*,\s*(?:the\s+|an?\s+)?$", s.text[:start])
        if m is None or not s.text[start:start + 1].islower():
            return None
        end = s.start + m.end(1)
        named = next((v[1] for _, v in self.refs.ending_in(end - 1, end + 1)), None)
        if named is not None:
            return named
        word = self.token_at(s, s.start + m.end(1) - 1)
        while word is not None and word.dep_ in {"compound", "flat"} and word.head.i > word.i:
            word = word.head
        of = word.head if word is not None and word.dep_ == "pobj" else None
        return "" if of is not None and of.lower_ == "of" and of.head.lemma_.lower() in _KIN else None

    def apposed_after(self, end: int) -> str | None:
        """The person named in apposition right after an office ("the first president of X,
        Dr. A B, who ..."): the office is theirs, not the clause subject's. "" when a titled
        name follows that no name span covers."""
        text = self.doc.text[end : end + 12]
        m = re.match(r",\s+(?P<title>(?:Dr|Mr|Mrs|Ms|Sir|Gen|Col|Prof)\.?\s+)?", text)
        if not m:
            return None
        at = end + m.end()
        name = next((v for _, v in self.refs.starting_in(end + 1, at + 1)), None)
        if name is None and m.group("title") and re.match(r"[A-Z]", self.doc.text[at : at + 1]):
            return ""  # "..., Dr. A B": a titled person, though no name span was found
        # a title or a relative clause makes it a person ("..., Akershus" may be a place)
        if name is None or not (m.group("title") or re.match(r",?\s+(?:who|whom|whose)\b", self.doc.text[name[0] : name[0] + 10])):
            return None
        return name[1]

    def term(self, s: Sentence, start: int, end: int) -> dict[str, str]:
        """Start and end of a term from the dates of the sentence outside the office name."""
        outside = [d for d in s.dates if not (s.start + start <= d.start < s.start + end)
                   and not self.named_lifespan(s, d)]
        if not outside:
            return {}
        v = outside[0].value.edtf
        if "/" in v:
            a, b = v.split("/", 1)
            return {"start": a, "end": b}
        before = s.text[: outside[0].start - s.start].lower()
        if re.search(r"\b(?:until|till|to)\s*$", before):
            return {"end": v}
        return {"start": v}

    def rank_matches(self, s: Sentence) -> list[re.Match[str]]:
        """Ranks of the sentence: the full forms anywhere, plain ones ("captain") only in a
        sentence about soldiers and where no full form covers them."""
        full = list(lexicon.RANK.finditer(s.text))
        if not lexicon.MILITARY.search(s.text):
            return full
        plain = [m for m in lexicon.RANK_PLAIN.finditer(s.text)
                 if not any(f.start() <= m.start() < f.end() for f in full)]
        return sorted(full + plain, key=lambda m: m.start())

    def ranks(self, s: Sentence) -> None:
        for m in self.rank_matches(s):
            before = s.text[max(0, m.start() - 30) : m.start()].lower()
            held = lexicon.RANK_HELD_BEFORE.search(s.text[max(0, m.start() - 100) : m.start()].lower())
            if lexicon.RANK_INDEFINITE.search(before) and not held:
                continue
            tok = self.token_at(s, s.start + m.start())
            if tok is None:
                continue
            after, before_at = s.start + m.end(), s.start + m.start()
            named_after = next((v[1] for _, v in self.refs.starting_in(after + 1, after + 3)), None)
            # "Yakov V. Pismenny - Major General of the NKVD": a rank in apposition to the name before it
            named_before = next((v[1] for _, v in self.refs.ending_in(before_at - 3, before_at)
                                 if self.doc.text[v[0]:before_at].strip() in {"-", "–", "—", ","}), None)
            pid = named_after or named_before or self.holder(s, tok)
            self.add(s, pid, "military_rank", m.group(0).strip())

    def awards(self, s: Sentence) -> None:
        if not lexicon.AWARD_TRIGGER.search(s.text):
            return
        for m in lexicon.AWARD.finditer(s.text):
            tok = self.token_at(s, s.start + m.start())
            if tok is None:
                continue
            # the tagger may make a person of the award's own words ("Croix de Guerre")
            pid = self.award_recipient(s.start + m.end()) or self.holder(s, tok, inside=self.refs.named(tok))
            for award in lexicon.split_awards(m.group(0)):
                self.add(s, pid, "award_received", award)

    def award_recipient(self, end: int) -> str | None:
        """"the award of the X Cross to (Captain) Y": the person the award goes to, named
        right after "to" (titles and ranks before the name allowed), not the subject of the
        verb that approves or announces it."""
        for start, (_, pid) in self.refs.starting_in(end, end + 60):
            if _TO_RECIPIENT.fullmatch(self.doc.text[end:start]):
                return pid
        return None

    def parties(self, s: Sentence) -> None:
        if not lexicon.PARTY_TRIGGER.search(s.text):
            return
        found = [(m.start(), re.sub(r"^the\s+", "", m.group(0).strip())) for m in lexicon.PARTY.finditer(s.text)]
        for _, party in found:
            spelled = lexicon.PARTY_SPELLED.search(party)
            if spelled:
                self.party_acronyms.add(spelled.group("acronym"))
        found += [(m.start("party"), m.group("party")) for m in lexicon.PARTY_ACRONYM.finditer(s.text)
                  if lexicon.is_party_acronym(m.group("party"), self.party_acronyms)]
        for start, party in found:
            tok = self.token_at(s, s.start + start)
            if tok is None:
                continue
            self.add(s, self.holder(s, tok) or self.noun_possessor(tok), "member_of_political_party", party)

    def noun_possessor(self, tok: Token) -> str | None:
        """Whose act a noun phrase names when no verb's subject says it: "his views led to
        his expulsion from the X" is his expulsion, so his membership."""
        for t in (tok, *tok.ancestors):
            if t.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children):
                break
            owner = next((c for c in t.children if c.dep_ == "poss"), None)
            if t.pos_ == "NOUN" and owner is not None:
                return self.refs.resolve(owner)
        return None


def _before_bracket(doc: Doc, i: int) -> int:
    """The index of the token before a bracket that closes at ``i`` ("A (382-336 BC)" gives
    A's), else ``i``: a lifespan between a name and what is coordinated to it."""
    if doc[i].text != ")":
        return i
    for j in range(i - 1, max(i - 15, 0) - 1, -1):
        if doc[j].text == "(":
            return j - 1 if j > 0 else i
    return i


def _apposed_to(name: Token) -> Token:
    """The noun a proper name follows after a comma ("a grain dealer, Samuel Kohn" -> dealer),
    which it names whatever the parse hung it on; the name itself when no noun stands so."""
    doc, j = name.doc, name.i
    while j > 0 and doc[j - 1].pos_ == "PROPN":
        j -= 1
    if name.pos_ == "PROPN" and j >= 2 and doc[j - 1].text == "," and doc[j - 2].pos_ == "NOUN":
        return doc[j - 2]
    return name


def _name_before_and(owner: Token) -> Token | None:
    """The last word of the proper name right before "(,) and his" ("..., Samuel Kohn, and
    his wife"), if one stands there."""
    doc, i = owner.doc, owner.i - 1
    if i >= 0 and doc[i].lower_ == "of":
        i -= 1
    if i < 1 or doc[i].dep_ != "cc":
        return None
    i -= 2 if doc[i - 1].text == "," else 1
    return doc[i] if i >= 0 and doc[i].pos_ == "PROPN" else None


def _past_brackets(tokens: Span) -> Iterator[Token]:
    """The tokens of a name list with the brackets that follow a name left out: "his sons A
    (b. 1721) and B (b. 1730)" lists A and B, the years are theirs. A bracket after anything
    but a proper noun, or one left open, is yielded as it stands (it ends the list)."""
    skip_to = -1
    for t in tokens:
        if t.i <= skip_to:
            continue
        if t.text == "(" and t.i > 0 and t.nbor(-1).pos_ == "PROPN":
            close = next((x.i for x in tokens if x.i > t.i and x.text == ")"), None)
            if close is not None and close - t.i <= 8:
                skip_to = close
                continue
        yield t


def read_prose(doc: Document, parsed_passages, refs: References, *, skip: list[tuple[int, int]] | None = None) -> Iterator[Claim]:  # type: ignore[no-untyped-def]
    """Claims from ``(parsed passage, base offset, role)`` triples of one document;
    sentences starting inside a ``skip`` range (infobox blocks, read separately) are not read."""
    reader = ProseReader(doc, refs, skip)
    for parsed, base, role, *text in parsed_passages:
        reader.read_passage(parsed, base, role, *text)
    yield from _without_impossible_births(reader.claims)


def _without_impossible_births(claims: list[Claim]) -> list[Claim]:
    """Drop a birth date later than every death date the same document gives the same person,
    when another birth date it gives them comes before that death: "born in 1974" in a page
    headed "(1874-1926)" is a slip of the page, not a rival account. (Reconciliation's sanity
    checks only mark such a value; within one document the page itself says which is wrong.)"""
    def bounds(c: Claim) -> tuple[datetime.date, datetime.date] | None:
        return edtf_bounds(c.value) if "XXXX" not in c.value else None

    deaths: dict[str, list[tuple[datetime.date, datetime.date]]] = {}
    births: dict[str, list[tuple[Claim, tuple[datetime.date, datetime.date]]]] = {}
    for c in claims:
        b = bounds(c) if c.property in {"date_of_birth", "date_of_death"} else None
        if b is None:
            continue
        if c.property == "date_of_death":
            deaths.setdefault(c.subject, []).append(b)
        else:
            births.setdefault(c.subject, []).append((c, b))
    drop = set()
    for pid, theirs in births.items():
        ends = deaths.get(pid)
        if not ends:
            continue
        late = [c for c, b in theirs if all(b[0] > d[1] for d in ends)]
        if late and len(late) < len(theirs):
            drop.update(id(c) for c in late)
    return [c for c in claims if id(c) not in drop]


__all__ = ["EXTRACTOR", "FEMALE", "MALE", "read_prose"]
