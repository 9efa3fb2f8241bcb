"""Resolution: which document-local persons, across all documents, are one person.

Works like nomenklatura's resolver, in miniature: local persons with a full name are
clustered first, each joining a cluster only when compatible with *every* full name already
in it (complete linkage, so "Eitingon" cannot chain Max to Nahum); then local persons known
only by a surname or a given name join the most-mentioned compatible cluster. Every decision
is returned as data (entity -> person, score, reason) for the store.

``resolve`` runs as ``resolve_partition`` does on a cluster, in one partition: local persons
(``profiles_of``), what the whole corpus says that any of them reads (``Coupling``), the
clustering (``cluster_profiles``, ``apply_links``), the persons and their ids (``name_persons``).
"""

from __future__ import annotations

import re

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from factoid.model import Mention, Person
from factoid.names import (
    NameParts,
    display_name,
    fullness,
    given_names_equivalent,
    is_full_name,
    name_compatibility,
    parse_name,
    slug,
    surnames_match,
)
from factoid.names.exonyms import (
    designation_stem,
    exonym_keys,
    regnal_keys,
    reversed_keys,
    reversed_name,
    same_regnal_name,
    translated,
)
from factoid.names.given import is_known_given_name
from factoid.names.parse import BYNAME_PARTICLES
from factoid.names.match import is_woman, marked_pair
from factoid.names.phonetic import skeleton
from factoid.names.translit import fold

SAME_PERSON = 0.75

# The name functions are pure; resolution asks them the same questions again and again
# (every profile against every cluster of a matching surname), so their answers are cached.


@lru_cache(maxsize=1)
def _epithets() -> dict[str, str]:
    """Epithets in other languages -> English ("le Grand" -> "the Great"), from
    ``lang/<code>/epithets.toml``: a ruler's pages in two languages then parse alike."""
    from factoid.lang import load_every

    return {k.lower(): v for _, data in load_every("epithets.toml") for k, v in data.get("epithets", {}).items()}


def _parse_form(form: str) -> NameParts:
    """``parse_name`` of a form whose translated epithet is put in English first."""
    epithet = _EPITHET.match(form)
    english = _epithets().get(form[epithet.end(1):].strip().lower()) if epithet else None
    return parse_name(f"{epithet.group(1)} {english}" if epithet and english else form)


_parse = lru_cache(maxsize=1 << 16)(_parse_form)
_surnames_match = lru_cache(maxsize=1 << 18)(surnames_match)
_compatibility = lru_cache(maxsize=1 << 18)(name_compatibility)


@dataclass
class Profile:
    """One document-local person, as its mentions name it."""

    entity: str
    forms: Counter = field(default_factory=Counter)
    #: the document is about this person (extraction's main subject: ``Mention.kind``)
    subject: bool = False
    #: its full names, declared aliases included (``declared_aliases``), once computed
    fulls: list[NameParts] | None = field(default=None, repr=False, compare=False)
    #: surname -> its richest full name of a matching surname (``_richest``), once asked
    richest: dict[str, NameParts | None] = field(default_factory=dict, repr=False, compare=False)

    #: (number of forms, their parsed names, the fullest), once computed: see ``parts``
    _parts: tuple[int, list[NameParts], NameParts] | None = field(default=None, init=False, repr=False,
                                                                   compare=False)

    @property
    def parts(self) -> list[NameParts]:
        """Its forms parsed. Cached like ``count`` (keyed by the number of forms): resolution
        asks for them and for ``best`` tens of thousands of times per build."""
        if self._parts is None or self._parts[0] != len(self.forms):
            parts = [_parse(f) for f in self.forms]
            self._parts = (len(self.forms), parts, max(parts, key=fullness))
        return self._parts[1]

    @property
    def best(self) -> NameParts:
        self.parts  # noqa: B018 - computes the cache when the forms changed
        assert self._parts is not None
        return self._parts[2]

    #: (number of forms, their mention count), once computed: see ``count``
    _count: tuple[int, int] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def count(self) -> int:
        """Its mentions. Cached: resolution asks again and again (every cluster's count is the
        sum of its profiles'), and a profile's forms are complete once ``profiles_of`` made it
        (the cache is keyed by the number of forms all the same)."""
        if self._count is None or self._count[0] != len(self.forms):
            self._count = (len(self.forms), sum(self.forms.values()))
        return self._count[1]


@dataclass
class Cluster:
    profiles: list[Profile] = field(default_factory=list)
    fulls: list[NameParts] = field(default_factory=list)
    #: (the profiles list, how many of it are counted, their count): see ``count``
    _count: tuple[list[Profile] | None, int, int] = field(default=(None, 0, 0), init=False, repr=False,
                                                           compare=False)
    #: surname -> (the profiles list, how many of it were read, the voters found): ``_first_voters``
    voters: dict[str, tuple[list[Profile] | None, int, list[NameParts]]] = field(
        default_factory=dict, init=False, repr=False, compare=False)
    #: surname -> (the voters list, name -> its ``_fits`` score against them): see ``_fits``
    fits: dict[str, tuple[list[NameParts], dict[NameParts, float]]] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    @property
    def count(self) -> int:
        """The mentions of its profiles. Summing them on every call made resolution quadratic:
        the person most written about holds thousands of profiles and is a candidate for every
        name of its surname. Profiles are only ever appended to the list (or the list is
        replaced), so the sum is carried forward over the profiles added since (the list itself
        is kept to tell, not its id, which a new list may reuse)."""
        counted_list, counted, total = self._count
        if counted_list is not self.profiles or counted > len(self.profiles):
            counted, total = 0, 0
        total += sum(p.count for p in self.profiles[counted:])
        self._count = (self.profiles, len(self.profiles), total)
        return total

    @property
    def surname(self) -> str | None:
        return next((f.surname for f in self.fulls if f.surname), None)

    #: (the fulls list, its length then, its fullest name): see ``fullest``
    _fullest: tuple[list[NameParts] | None, int, NameParts | None] = field(default=(None, 0, None), init=False,
                                                                           repr=False, compare=False)

    @property
    def fullest(self) -> NameParts:
        """The first of its fullest full names (``max`` by ``fullness``). Cached, keyed like
        ``count`` by the list and its length: every surname-only name of a surname asks each
        cluster of it, and the person most written about holds thousands of full names."""
        held, length, best = self._fullest
        if held is not self.fulls or length != len(self.fulls) or best is None:
            best = max(self.fulls, key=fullness)
            self._fullest = (self.fulls, len(self.fulls), best)
        return best


def profiles_of(mentions: Iterable[Mention]) -> list[Profile]:
    """Group name mentions by their document-local person; a person the document is about
    (a ``"subject"`` mention) is marked so."""
    by_entity: dict[str, Profile] = {}
    for m in mentions:
        if m.kind == "name" or m.kind == "subject":
            prof = by_entity.get(m.entity)
            if prof is None:  # not ``setdefault``: it would make a Profile per mention
                prof = by_entity[m.entity] = Profile(m.entity)
            if m.kind == "subject":
                prof.subject = True
            forms = prof.forms
            forms[m.text] = forms.get(m.text, 0) + 1  # not ``+=``: Counter's __missing__ is Python
    return list(by_entity.values())


def _fits(cluster: Cluster, parts: NameParts) -> float:
    """Complete linkage over the cluster's local persons that have a full name of the same
    surname: every one must be compatible with its richest such name, which speaks for the
    shorter ones its document gave (a nickname in quotes, middle names), so "Kim Philby"
    fits a person a source called 'Harold Adrian Russell "Kim" Philby', while "Henry
    Holliday" does not fit 'John Henry "Doc" Holliday' through the son's middle name once a
    source called the father "Henry Burroughs Holliday". Names under another surname are
    aliases ("born Leiba Feldbin") and do not vote; but at least one full name must share
    the surname."""
    if not parts.surname:
        return 0.0
    voters = _first_voters(cluster, parts.surname)
    # the score is a pure function of the voters and the name: kept per cluster and surname
    # while the voters are the same list (``_first_voters`` makes a new one when they change),
    # as the generated and real corpora alike write one person's name in many documents
    held, known = cluster.fits.get(parts.surname, (None, {}))
    if held is not voters:
        known = {}
        cluster.fits[parts.surname] = (voters, known)
    score = known.get(parts)
    if score is None:
        score = known[parts] = _min_compatibility(parts, voters)
    return score


def _min_compatibility(parts: NameParts, voters: list[NameParts]) -> float:
    """The least compatibility of ``parts`` with the voters (0.0 for none), stopping at 0."""
    scores = []
    for voter in voters:
        scores.append(_compatibility(parts, voter))
        if not scores[-1]:
            break
    return min(scores) if scores else 0.0


#: How many of a cluster's local persons vote in ``_fits``: the first ones in its order.
VOTERS = 12


def _first_voters(cluster: Cluster, surname: str) -> list[NameParts]:
    """The richest full names under ``surname`` of the cluster's first ``VOTERS`` local
    persons that have one, in order. Memoised per cluster and surname, carried forward over
    the profiles added since (as ``Cluster.count``): the person most written about holds
    thousands of local persons, most without a name of the asked surname, and is scored
    against every name of its surname."""
    held, scanned, found = cluster.voters.get(surname, (None, 0, []))
    if held is not cluster.profiles or scanned > len(cluster.profiles):
        scanned, found = 0, []
    while len(found) < VOTERS and scanned < len(cluster.profiles):
        voter = _richest(cluster.profiles[scanned], surname)
        scanned += 1
        if voter is not None:
            found = [*found, voter]
    cluster.voters[surname] = (cluster.profiles, scanned, found)
    return found


def _richest(prof: Profile, surname: str) -> NameParts | None:
    """The richest full name a local person declares under a surname matching ``surname``
    (>= 0.8), or None. Memoised on the profile: the person most written about is scored
    against every name of its surname, through the same profiles each time."""
    memo = prof.richest
    if surname not in memo:
        same = [q for q in declared_aliases(prof) if q.surname and _surnames_match(q.surname, surname) >= 0.8]
        memo[surname] = max(same, key=_richness) if same else None
    return memo[surname]


def _voters(cluster: Cluster, parts: NameParts) -> list[NameParts]:
    """The names ``_fits`` compared ``parts`` with: each local person's richest full name
    of the same surname."""
    return _first_voters(cluster, parts.surname or "")


def _richness(p: NameParts) -> tuple[int, int, bool]:
    """How much a full name says: 'Harold Adrian Russell "Kim" Philby' says that "Kim
    Philby" and "Harold Philby" are both him, where either short form speaks for itself."""
    return fullness(p), len(p.middle), p.nickname is not None


class _Blocks:
    """Clusters indexed by the surnames of their full names.

    ``_fits`` is 0.0 for a cluster without a full name whose surname matches (>= 0.8), so a
    name is only scored against the clusters of its matching surnames: blocking that keeps
    resolution near linear instead of comparing every profile with every cluster. Candidates
    come back in cluster order, so ties resolve exactly as a full scan would.
    """

    def __init__(self) -> None:
        self.by_surname: dict[str, set[int]] = {}
        self.surnames: list[str] = []
        self.matching: dict[str, tuple[int, list[str]]] = {}

    def add(self, i: int, names: Iterable[NameParts]) -> None:
        for q in names:
            if q.surname:
                if q.surname not in self.by_surname:
                    self.by_surname[q.surname] = set()
                    self.surnames.append(q.surname)
                self.by_surname[q.surname].add(i)

    def candidates(self, surname: str | None) -> list[int]:
        if not surname:
            return []
        seen, found = self.matching.get(surname, (0, []))
        found = found + [s for s in self.surnames[seen:] if _surnames_match(s, surname) >= 0.8]
        self.matching[surname] = (len(self.surnames), found)
        return sorted(set().union(*(self.by_surname[s] for s in found)))


def _partial_fit(cluster: Cluster, parts: NameParts) -> bool:
    """A surname-only or partial name fits the cluster of a matching surname whose fullest name
    it does not contradict; a bare unmarked surname (Novák) never joins a woman known by the
    marked form (Nováková): it is as likely her father's or husband's."""
    if parts.surname:
        if not cluster.surname or _surnames_match(parts.surname, cluster.surname) < 0.85:
            return False
        if marked_pair(parts.surname, cluster.surname) and not is_woman(parts):
            return False
        best = cluster.fullest
        return not (parts.given and best.given and not given_names_equivalent(parts.given, best.given))
    return False


def declared_aliases(prof: Profile) -> list[NameParts]:
    """The full names a document gives one local person, the names its nicknames make
    included: 'John Henry "Doc" Holliday' also declares "Doc Holliday"."""
    if prof.fulls is None:
        forms = {p for p in prof.parts if is_full_name(p)}
        for p in list(forms):
            if p.nickname and p.surname:
                forms.add(NameParts(given=p.nickname, patronymic=None, surname=p.surname,
                                    initials=(p.nickname[0],), feminine=p.feminine))
        prof.fulls = sorted(forms, key=_declared_order)
    return prof.fulls


def _declared_order(p: NameParts) -> tuple[int, int, str, str]:
    """The order of a local person's full names, total: forms of one text differ in their
    initials ("L. Nikolaev", "L. V. Nikolaev"), and a set's order (which varies with Python's
    hash seed from run to run) must not pick which of them speaks for the person."""
    return -fullness(p), -len(p.initials), form_text(p), repr(p)


def alias_reason(prof: Profile, alias: str) -> str:
    """The identity reason for a person joined through a name another document declared:
    which source said which name is also called which."""
    doc = prof.entity.rsplit("@", 1)[0]
    return f"alias: {doc} says {form_text(prof.best)} is also called {alias}"


def _merge_alias_clusters(
    clusters: list[Cluster], decided: dict[str, tuple[int, float, str]], blocks: _Blocks
) -> None:
    """A document that says "Orlov, born Leiba Feldbin" makes one local person with two
    incompatible full names; clusters built around either name are the same person. A
    declared name that fits two other people is ambiguous and glues neither."""
    def fitting(name: NameParts, but: int) -> list[int]:
        return [j for j in blocks.candidates(name.surname)
                if j != but and clusters[j].profiles and _fits(clusters[j], name) >= SAME_PERSON]

    for i, cluster in enumerate(clusters):
        for prof in list(cluster.profiles):
            for form in declared_aliases(prof):
                found = fitting(form, i)
                # one person only, and the names it fits by must fit none but this one
                # (the alias "Ivan Petrov" of an Orlov fits two Ivan Petrovs of other pages)
                if len(found) != 1 or any(set(fitting(name, found[0])) - {i} for name in _voters(clusters[found[0]], form)):
                    continue
                if _Namesakes.apart(cluster, clusters[found[0]]):
                    continue
                other = clusters[found[0]]
                cluster.profiles.extend(other.profiles)
                cluster.fulls.extend(other.fulls)
                blocks.add(i, other.fulls)
                for moved in other.profiles:
                    decided[moved.entity] = (i, 0.9, alias_reason(prof, form_text(form)))
                other.profiles, other.fulls = [], []
    # empty clusters stay as placeholders so indexes in ``decided`` remain valid


def translation_forms(prof: Profile, top: bool) -> list[NameParts]:
    """The forms a local person may meet another by when names are translated: every full
    name of a page's subject (``top``), and anyone's ruler's name with a number and a
    designation ("Henri VII de Navarre": a number and a realm are enough to stake a
    name on, where a surname in passing is not)."""
    return [p for p in prof.parts
            if (top and (is_full_name(p) or p.number and p.given)) or (p.number and p.given and p.surname)]


def translation_keys(prof: Profile, top: bool) -> set[str]:
    """The keys under which ``_merge_translations`` compares ``prof`` with others (and
    ``resolve_partition.components`` groups them): translated full names, a ruler's name and
    number, the two words of a name in either order."""
    keys: set[str] = set()
    for p in translation_forms(prof, top):
        keys |= regnal_keys(p)
        if top and is_full_name(p):
            keys |= exonym_keys(p) | reversed_keys(p)
    return keys


def _translation_reason(a: Profile, b: Profile, tops: frozenset[str], ambiguous: bool) -> str | None:
    """Why two local persons are one person by a translated name, or None. Full names and
    reversed names need both to be pages' subjects; a ruler's name needs one, and when the
    key's rulers bear two realms, a form without a realm joins neither."""
    both = a.entity in tops and b.entity in tops
    for x in translation_forms(a, a.entity in tops):
        for y in translation_forms(b, b.entity in tops):
            if both and translated(x, y):
                return f"translated name: {form_text(x)} and {form_text(y)} are one name in two languages"
            if both and reversed_name(x, y):
                return f"reversed name: {form_text(x)} and {form_text(y)} are one name, surname first in one"
            if (both or a.entity in tops or b.entity in tops) and same_regnal_name(x, y) and not (
                    ambiguous and None in (designation_stem(x), designation_stem(y))):
                return f"ruler's name: {form_text(x)} and {form_text(y)} are one ruler in two languages"
    return None


def _merge_translations(clusters: list[Cluster], decided: dict[str, tuple[int, float, str]], blocks: _Blocks,
                        tops: frozenset[str]) -> None:
    """Pages in two languages about one person write his name translated whole ("Fernão de
    Magalhães", "Fernando de Magallanes", "Ferdinand Magellan"), a ruler's name in the
    language's form with its number ("Elizabeth I", "Elisabetta I"), or the surname first
    ("Bartók Béla"): the clusters of such local persons are one person
    (``_translation_reason``). Full names only of the people documents are about
    (``tops``): a name in passing is too little to stake a translated surname on."""
    buckets: dict[str, list[tuple[int, Profile]]] = defaultdict(list)
    for i, cluster in enumerate(clusters):
        for prof in cluster.profiles:
            for key in translation_keys(prof, prof.entity in tops):
                buckets[key].append((i, prof))
    home = list(range(len(clusters)))

    def find(i: int) -> int:
        while home[i] != i:
            i = home[i]
        return i

    for key in sorted(buckets):
        bucket = buckets[key]
        realms = {designation_stem(p) for _, prof in bucket for p in translation_forms(prof, prof.entity in tops)
                  if p.number} - {None}
        # the cluster each entry is in now, kept current through the merges below: the
        # pages about one person are many, and most pairs of a key are in one cluster already
        roots = [find(i) for i, _ in bucket]
        for x, (_, a) in enumerate(bucket):
            for y in range(x + 1, len(bucket)):
                if roots[x] == roots[y]:
                    continue
                b = bucket[y][1]
                ci, cj = sorted((roots[x], roots[y]))
                why = _translation_reason(a, b, tops, len(realms) > 1)
                if why is None or _Namesakes.apart(clusters[ci], clusters[cj]):
                    continue
                moved, kept = clusters[cj], clusters[ci]
                kept.profiles.extend(moved.profiles)
                kept.fulls.extend(moved.fulls)
                blocks.add(ci, moved.fulls)
                for prof in moved.profiles:
                    decided[prof.entity] = (ci, 0.8, why)
                moved.profiles, moved.fulls = [], []
                home[cj] = ci
                roots = [ci if r == cj else r for r in roots]


def _document_tops(profiles: list[Profile]) -> set[str]:
    """The local person each document is about: the one extraction took for its subject,
    else the most-mentioned."""
    best: dict[str, Profile] = {}
    for prof in profiles:
        doc = prof.entity.rsplit("@", 1)[0]
        if doc not in best or (prof.subject, prof.count) > (best[doc].subject, best[doc].count):
            best[doc] = prof
    return {p.entity for p in best.values()}


#: One name and an epithet after it, in the languages of the sources ("Alfred the Great",
#: "Louis le Grand", "Friedrich der Große", "Pedro el Cruel").
_EPITHET = re.compile(r"^([^\W\d_][\w'’-]+)\s+(?:the|le|la|der|die|el|il)\s+[^\W\d_][\w'’-]+$")


@lru_cache(maxsize=1 << 16)
def _single_word(form: str) -> str | None:
    """The one name word a form amounts to, or None for a fuller name or an epithet ("the
    Lame": many people share one, so it never joins people of other documents)."""
    if form.startswith("the "):
        return None
    epithet = _EPITHET.match(form)  # "Sejong the Great", "Sejong le Grand": the name is Sejong
    p = _parse(epithet.group(1) if epithet else form)
    words = [x for x in (p.given, p.patronymic, p.surname) if x]
    return words[0] if len(words) == 1 and (p.given or not p.initials) and " " not in words[0] else None


@lru_cache(maxsize=1 << 16)
def _single_key(word: str) -> str:
    """The phonetic key of a one-word name, a silent final -e of a long name dropped, as
    English spellings add it to a name other scripts write without (Tamerlane ~ Тамерлан)."""
    key = skeleton(word)
    return key[:-1] if len(key) >= 7 and key.endswith("e") and key[-2] not in "aeiou" else key


@dataclass(frozen=True)
class Coupling:
    """What resolving one local person reads of local persons it can never join: computed
    over the whole corpus, so a part of it resolves as the whole does (``resolve_partition``).

    ``given``: the phonetic keys of every word some source writes before a surname, a given
    name here even where the tables do not know it ("Frank James", "Frank Butler"), so a
    one-word "Frank" elsewhere joins nobody by it (the one name before a byname is none:
    ``_byname_given``). ``tops``: each document's most-mentioned
    local person (``_document_tops``), whose one-word name joins even when it is a given name.
    """

    given: frozenset[str]
    tops: frozenset[str]

    @classmethod
    def of(cls, profiles: list[Profile]) -> Coupling:
        # the one name before a byname ("Bernward von Lorsch") is no given name that others share;
        # asked once per distinct form (a million words write a few hundred, over and over)
        forms: set[str] = set()
        for prof in profiles:
            forms.update(prof.forms)
        given = frozenset(_single_key(p.given) for f in forms
                          if (p := _parse(f)).given and p.surname and _byname_given(f) is None)
        return cls(given, frozenset(_document_tops(profiles)))


@lru_cache(maxsize=1 << 16)
def _joined_word(form: str) -> str | None:
    """A two-word name written as one word, as another source may spell it: "Lakshmi Bai"
    is "Lakshmibai" (spacing varies between transliterations). None for any other form."""
    p = _parse(form)
    if not (p.given and p.surname) or p.middle or p.patronymic or p.number:
        return None
    if " " in p.given or " " in p.surname or "-" in p.surname:
        return None
    return f"{p.given}{p.surname.lower()}"


@lru_cache(maxsize=1 << 16)
def _byname_given(form: str) -> str | None:
    """The one name of a form that adds a byname to it ("Bernward von Lorsch", "Bernward of
    Lorsch"), as a record that calls the person "Bernward" alone writes them; None for other
    forms and for a common given name ("Otto von Tal" is not every page's "Otto")."""
    p = _parse(form)
    if not (p.given and p.surname) or p.middle or p.patronymic or p.number or " " in p.given:
        return None
    words = p.surname.split()
    if len(words) != 2 or words[0].lower() not in BYNAME_PARTICLES or is_known_given_name(p.given):
        return None
    return p.given


def single_keys(prof: Profile) -> frozenset[str]:
    """Phonetic keys of the forms that are one name word once parsed ("Saladin",
    "Salah ad-Din" -> Salahuddin), spelling and script aside ("Тимур" ~ "Timur"); and of
    two-word names written as one ("Lakshmi Bai" -> Lakshmibai, ``_joined_word``), which a
    one-word name of another document may join by (a two-word name itself joins nobody by
    them: ``usable_single_keys`` wants every form one word); and of a name with a byname
    ("Bernward von Lorsch" -> Bernward, ``_byname_given``), which a page calling the person
    by the one name joins by."""
    return _single_keys_of(tuple(prof.forms))


@lru_cache(maxsize=1 << 16)
def _single_keys_of(forms: tuple[str, ...]) -> frozenset[str]:
    """``single_keys`` of a list of forms. Cached: resolution asks it of every local person
    several times per build, and a million words hold some fifteen thousand local persons
    but only a few hundred distinct lists of forms."""
    words = [*map(_single_word, forms), *map(_joined_word, forms), *map(_byname_given, forms)]
    return frozenset(_single_key(w) for w in words if w and len(w) > 2) | _regnal_single_keys(forms)


def _regnal_single_keys(forms: tuple[str, ...]) -> frozenset[str]:
    """A ruler known by one name and a number meets its renderings in other languages by the
    name's class and the number ("Elizabeth I", "Elisabetta I", "Elżbieta I"), which its
    spelling key alone cannot join; a patronymic may follow the number ("Елизавета I
    Петровна"), and a person whose page also gives a full name (her name at birth) is found
    by it too."""
    return frozenset(key for f in forms if (p := _parse(f)).number and p.given and not p.surname
                     for key in regnal_keys(p))


def usable_single_keys(prof: Profile, coupling: Coupling) -> set[str]:
    """The keys by which a local person known by one word joins a person of other documents:
    none when a form says more than one word; not a given name (``Coupling.given``, the
    tables) unless the person is what its document is about."""
    if any(_single_word(f) is None for f in prof.forms):
        return set()
    keys = single_keys(prof)
    if prof.entity not in coupling.tops:
        keys = {k for k in keys if k not in coupling.given
                and not any(is_known_given_name(w or "") for w in map(_single_word, prof.forms) if _single_key(w or "") == k)}
    return keys


class _SingleNames:
    """People known by one word (Saladin, Timur, Temujin) across documents.

    A one-word name that is not a common given name is as distinctive as a full name: every
    document's "Saladin" is one man, and so is a document's "Salahuddin" when another
    document said the two are one (both forms then sit in one cluster). A common given
    name ("John", "Frank") joins a person only when it is what its document is about.
    """

    def __init__(self, clusters: list[Cluster], coupling: Coupling) -> None:
        self.coupling = coupling
        self.index: dict[str, set[int]] = defaultdict(set)
        self.declared: dict[tuple[str, int], Profile] = {}
        for i, cluster in enumerate(clusters):
            for prof in cluster.profiles:
                self.add(i, prof)

    def add(self, i: int, prof: Profile) -> None:
        keys = single_keys(prof)
        # a one-word name written beside another name of the same local person is an alias
        # that document declared ("Timur, also known as Tamerlane"): remember who said it
        declared = len(prof.forms) > 1 and len({skeleton(fold(f)) for f in prof.forms}) > 1
        said = {_single_key(w) for w in map(_single_word, prof.forms) if w} if declared else set()
        for key in keys:
            self.index[key].add(i)
            if key in said:
                self.declared.setdefault((key, i), prof)

    def _usable(self, prof: Profile) -> set[str]:
        return usable_single_keys(prof, self.coupling)

    def matches(self, prof: Profile) -> list[int]:
        keys = self._usable(prof)
        return sorted(set().union(*(self.index.get(k, set()) for k in keys))) if keys else []

    def reason(self, prof: Profile, i: int) -> str:
        """Why ``prof`` joins cluster ``i``: the document that declared its name an alias,
        when one did; otherwise the shared one-word name."""
        for key in sorted(self._usable(prof)):
            source = self.declared.get((key, i))
            if source is not None and source.entity != prof.entity:
                alias = next(f for f in source.forms if _single_word(f) and _single_key(_single_word(f) or "") == key)
                return alias_reason(source, alias)
        return "single name: the same one-word name as a person of other documents"


def form_text(p: NameParts) -> str:
    return " ".join(x for x in (p.given, p.patronymic, p.surname) if x)


def full_name_rank(prof: Profile) -> tuple[int, int, str]:
    """The order ``cluster_profiles`` takes full names in: fullest first, then the most
    mentioned, then by entity. It is the order of the identities it makes, which a resolution
    clustered in parts (``resolve_memo``) restores."""
    return -fullness(prof.best), -prof.count, prof.entity


class _Namesakes:
    """Which clusters hold a local person of which document, by its fullest name. A document
    that keeps two local persons of one written name apart ("Jim Thorpe" and his son "Jim
    Thorpe Jr.", a father and son of one name) has said they are two people: the second does
    not join the cluster the first is in, though the name parser, which drops "Jr.", reads
    the two names alike."""

    def __init__(self) -> None:
        self._held: dict[tuple[str, NameParts], set[int]] = defaultdict(set)

    @staticmethod
    def _key(prof: Profile) -> tuple[str, NameParts]:
        return prof.entity.rsplit("@", 1)[0], prof.best

    def add(self, i: int, prof: Profile) -> None:
        self._held[self._key(prof)].add(i)

    @classmethod
    def apart(cls, a: Cluster, b: Cluster) -> bool:
        """Do two clusters hold two local persons of one document and one name?"""
        keys = {cls._key(p) for p in a.profiles}
        return any(cls._key(p) in keys for p in b.profiles)

    def holds(self, i: int, prof: Profile) -> bool:
        """Does cluster ``i`` hold another local person of ``prof``'s document of its name?"""
        return i in self._held.get(self._key(prof), ())


def cluster_profiles(profiles: list[Profile], coupling: Coupling | None = None
                     ) -> tuple[list[Cluster], dict[str, tuple[int, float, str]]]:
    """Clusters and, per entity, (cluster index, score, reason). ``coupling`` is what the
    whole corpus says (``Coupling.of`` these profiles when not given): a part of the corpus
    that no other local person can join resolves with it exactly as within the whole."""
    coupling = coupling or Coupling.of(profiles)
    clusters: list[Cluster] = []
    decided: dict[str, tuple[int, float, str]] = {}
    blocks = _Blocks()
    fulls = [p for p in profiles if is_full_name(p.best)]
    namesakes = _Namesakes()
    for prof in sorted(fulls, key=full_name_rank):
        best = prof.best
        scored = [(i, _fits(clusters[i], best)) for i in blocks.candidates(best.surname)
                  if clusters[i].fulls and not namesakes.holds(i, prof)]
        i, score = max(scored, key=lambda t: (t[1], clusters[t[0]].count), default=(-1, 0.0))
        if score < SAME_PERSON:
            clusters.append(Cluster())
            i, score, reason = len(clusters) - 1, 1.0, "first full name of this person"
        else:
            reason = f"full name compatible with all names of the person (min score {score:.2f})"
        clusters[i].profiles.append(prof)
        namesakes.add(i, prof)
        added = [p for p in prof.parts if is_full_name(p)]
        clusters[i].fulls.extend(added)
        blocks.add(i, added)
        decided[prof.entity] = (i, score, reason)
    _merge_alias_clusters(clusters, decided, blocks)
    _merge_translations(clusters, decided, blocks, coupling.tops)
    # Clusters made from here on have no full name, hence no surname, and never fit a partial
    # name: the clusters that can fit one are fixed, and indexed by their surname.
    by_surname: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(clusters):
        if c.surname:
            by_surname[c.surname].append(i)
    partial: dict[str, list[int]] = {}
    singles = _SingleNames(clusters, coupling)
    for prof in sorted((p for p in profiles if p.entity not in decided), key=lambda p: p.entity):
        best = prof.best
        if best.surname and best.surname not in partial:
            partial[best.surname] = sorted(
                i for s, ids in by_surname.items() if _surnames_match(best.surname, s) >= 0.85 for i in ids
            )
        options = partial.get(best.surname, []) if best.surname else []
        fits = [i for i in options if _partial_fit(clusters[i], best)]
        shared = singles.matches(prof)
        if fits:
            i = max(fits, key=lambda k: clusters[k].count)
            decided[prof.entity] = (i, 0.6, "surname only: joined the most-mentioned person of that surname")
        elif shared:
            i = max(shared, key=lambda k: clusters[k].count)
            decided[prof.entity] = (i, 0.7, singles.reason(prof, i))
        else:
            clusters.append(Cluster())
            i = len(clusters) - 1
            decided[prof.entity] = (i, 1.0, "no compatible person: a person of its own")
        clusters[i].profiles.append(prof)
        singles.add(i, prof)
    return clusters, decided


#: How a researcher's decision is named in the reason of an identity it placed.
BY_DECISION = "by decision"
#: The capacity of a must-link in the cut that splits a cluster: a cut breaks one only when
#: nothing else separates a cannot-link pair.
_MUST = 1000.0


@dataclass(frozen=True)
class Links:
    """Pairs of document-local entities a researcher judged (``factoid.curation``): ``must``
    be one person, ``cannot`` be one person; each with the reason shown on the identity."""

    must: tuple[tuple[str, str, str], ...] = ()
    cannot: tuple[tuple[str, str, str], ...] = ()


def _profile_weight(a: Profile, b: Profile) -> float:
    """How strongly two local persons of one cluster belong together: the compatibility of
    their fullest names (a surname-only profile counts as a weak link)."""
    pa, pb = a.best, b.best
    if pa.surname and pb.surname:
        return max(_compatibility(pa, pb), 0.05)
    return 0.3 if (pa.surname or pa.given) == (pb.surname or pb.given) else 0.1


def _move(clusters: list[Cluster], decided: dict[str, tuple[int, float, str]], profs: list[Profile],
          target: int, reason: str) -> None:
    for prof in profs:
        decided[prof.entity] = (target, 1.0, f"{BY_DECISION}: {reason}")
    clusters[target].profiles.extend(profs)
    clusters[target].fulls.extend(p for prof in profs for p in prof.parts if is_full_name(p))


def _split(clusters: list[Cluster], decided: dict[str, tuple[int, float, str]], i: int, a: str, b: str,
           must: set[frozenset[str]], reason: str) -> None:
    """Split cluster ``i`` so ``a`` and ``b`` part, at its weakest link (a minimum cut over
    name compatibility between its local persons, must-links nearly uncuttable)."""
    import networkx as nx

    profs = clusters[i].profiles
    g = nx.Graph()
    g.add_nodes_from(p.entity for p in profs)
    for x, p in enumerate(profs):
        for q in profs[x + 1:]:
            w = _MUST if frozenset((p.entity, q.entity)) in must else _profile_weight(p, q)
            g.add_edge(p.entity, q.entity, capacity=w)
    _, (_, b_side) = nx.minimum_cut(g, a, b)
    moved = [p for p in profs if p.entity in b_side]
    clusters[i].profiles = [p for p in profs if p.entity not in b_side]
    clusters[i].fulls = [q for p in clusters[i].profiles for q in p.parts if is_full_name(q)]
    clusters.append(Cluster())
    _move(clusters, decided, moved, len(clusters) - 1, reason)


def apply_links(clusters: list[Cluster], decided: dict[str, tuple[int, float, str]], links: Links) -> None:
    """Must-links merge the two clusters; then every cannot-link pair found in one cluster
    splits it. Pairs naming an entity that no longer exists are skipped."""
    for a, b, reason in links.must:
        if a in decided and b in decided and decided[a][0] != decided[b][0]:
            j = decided[b][0]
            moved, clusters[j].profiles, clusters[j].fulls = clusters[j].profiles, [], []
            _move(clusters, decided, moved, decided[a][0], reason)
    must = {frozenset((a, b)) for a, b, _ in links.must}
    for a, b, reason in links.cannot:
        if a in decided and b in decided and a != b and decided[a][0] == decided[b][0]:
            _split(clusters, decided, decided[a][0], a, b, must, reason)


def resolve(
    mentions: Iterable[Mention], links: Links | None = None
) -> tuple[list[Person], dict[str, tuple[str, float, str]]]:
    """Persons (slug ids, display names, aliases with counts) and the identity decisions:
    document-local entity -> (person id, score, reason). ``links`` are a researcher's
    must-link and cannot-link pairs (see :func:`apply_links`); ids are made persistent
    across builds by ``factoid.curation.ids``."""
    from factoid.resolve_partition import resolve_parts
    from factoid.reconcile.partition import HERE

    return resolve_parts(HERE, 1, mentions, links)


def cluster_forms(profiles: Iterable[Profile]) -> Counter:
    """The name forms of a cluster's local persons with their counts, in the order met."""
    forms: dict[str, int] = {}
    get = forms.get
    for prof in profiles:  # as ``Counter.update`` adds, without its checks per call (a cluster
        for form, n in prof.forms.items():  # per person of the corpus, every build)
            forms[form] = get(form, 0) + n
    return Counter(forms)


def name_persons(clusters: list[list[Profile]], decided: dict[str, tuple[int, float, str]],
                 names: Sequence[str | None] | None = None, forms: Sequence[dict[str, int] | None] | None = None,
                 ) -> tuple[list[Person], dict[str, tuple[str, float, str]]]:
    """Persons of the clusters (local persons, in order; empty ones are placeholders) and the
    identity decisions by person id: ids are slugs of display names, numbered ("-2") in the
    order of the persons most mentioned first, a total order over the whole corpus (the first
    entity breaks ties), so clusters made in parts number as one process numbers them.
    ``names``: the display name of each cluster where already known (``display_name`` of its
    ``cluster_forms``: ``resolve_memo`` keeps them with a component's clustering); ``forms``:
    the ``cluster_forms`` of each cluster where already known (kept the same way)."""
    persons: list[Person] = []
    ids: dict[int, str] = {}
    taken: Counter = Counter()
    known_forms = forms if forms is not None else [None] * len(clusters)
    # a cluster's forms count each of its mentions once: their sum is its profiles' count
    made = [f if f is not None else cluster_forms(c) for c, f in zip(clusters, known_forms, strict=True)]
    counts = [sum(f.values()) for f in made]
    order = sorted((i for i in range(len(clusters)) if clusters[i]),
                   key=lambda i: (-counts[i], min(p.entity for p in clusters[i])))
    for i in order:
        known = names[i] if names is not None else None
        name = known if known is not None else display_name(made[i].items())
        base = f"person/{slug(name) or 'unnamed'}"
        taken[base] += 1
        pid = base if taken[base] == 1 else f"{base}-{taken[base]}"
        ids[i] = pid
        persons.append(Person(id=pid, name=name, aliases=dict(made[i])))
    identities = {entity: (ids[i], score, reason) for entity, (i, score, reason) in decided.items()}
    return sorted(persons, key=lambda p: p.id), identities


def entities_by_person(identities: dict[str, tuple[str, float, str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for entity, (pid, _, _) in identities.items():
        out[pid].append(entity)
    return out
