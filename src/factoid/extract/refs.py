"""Who a token means: names, pronouns and descriptions resolved to document-local persons.

Resolution is deliberately conservative: a pronoun goes to the subject of the main clause of
its sentence, else to the last subject of the same gender, else to the document's subject;
"L." goes to the document's subject when the initial fits; "the defector" and similar role
nouns go to the document's subject. When the evidence is not clear, nothing is returned and
no claim is made.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.attrs import DEP
from spacy.tokens import Doc, Span, Token

from factoid.extract import lexicon
from factoid.extract.entities import LocalPerson

MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
_ROLE_NOUNS = {
    "defector", "chekist", "fugitive", "traitor", "commissar", "deserter", "renegade",
}
_SUBJ = {"nsubj", "nsubjpass", "csubj"}
#: The document's main subject not yet recorded by ``References.new_paragraph``.
_UNSET = object()


class _NameIndex:
    """A document's names (start -> (end, person id)) sorted by start, with the longest
    name's length (the names over an offset are then among the few that start shortly
    before it) and each person's sorted starts."""

    def __init__(self, names: dict[int, tuple[int, str]]) -> None:
        self.of = names
        self.size = len(names)
        self.items = sorted(names.items(), key=lambda item: item[0])
        self.starts = [s for s, _ in self.items]
        self.longest = max((e - s for s, (e, _) in self.items), default=0)
        self.by_person: dict[str, list[int]] = {}
        for s, (_, pid) in self.items:
            self.by_person.setdefault(pid, []).append(s)


@dataclass
class References:
    """Resolution state for one document, updated sentence by sentence."""

    base: int
    names: dict[int, tuple[int, str]]  # absolute start -> (absolute end, person id)
    people: dict[str, LocalPerson]
    main: LocalPerson | None
    last_subject: dict[bool, str] = field(default_factory=dict)
    #: How often "she" (True) and "he" (False) were a clause subject so far in the document.
    said: dict[bool, int] = field(default_factory=lambda: {True: 0, False: 0})
    _document_main: object = field(default=_UNSET, repr=False, compare=False)
    _names_index: _NameIndex | None = field(default=None, repr=False, compare=False)

    def named(self, tok: Token) -> str | None:
        """The person whose written name covers this token."""
        at = self.base + tok.idx
        for start, (end, pid) in self._near(at):
            if start <= at < end:
                return pid
        return None

    def _near(self, at: int) -> list[tuple[int, tuple[int, str]]]:
        return [(s, v) for s, v in self.starting_in(at - self._index().longest, at + 1) if at < v[0]]

    def _index(self) -> _NameIndex:
        """``names`` sorted by start, rebuilt when the dict is replaced or changes size: every
        lookup used to scan all the document's names, quadratic on a long document."""
        index = self._names_index
        if index is None or index.of is not self.names or index.size != len(self.names):
            index = self._names_index = _NameIndex(self.names)
        return index

    def starting_in(self, lo: int, hi: int) -> list[tuple[int, tuple[int, str]]]:
        """The names that start in [lo, hi), in document order."""
        index = self._index()
        return index.items[bisect.bisect_left(index.starts, lo) : bisect.bisect_left(index.starts, hi)]

    def ending_in(self, lo: int, hi: int) -> list[tuple[int, tuple[int, str]]]:
        """The names that end in [lo, hi), in order of their starts."""
        return [(s, v) for s, v in self.starting_in(lo - self._index().longest, hi) if lo <= v[0] < hi]

    def female(self, pid: str) -> bool:
        return self.people[pid].female

    def resolve(self, tok: Token) -> str | None:
        """The person a token refers to: its name, a pronoun's antecedent, "L.", a role noun,
        or the name in apposition to a noun ("his wife Nina ...")."""
        pid = self.named(tok)
        if pid:
            return pid
        low = tok.lower_
        if low in {"who", "whom", "that"} and tok.head.dep_ in {"relcl", "acl"} and tok.head.head.i != tok.head.i:
            return self.named(tok.head.head)
        if low in MALE or low in FEMALE:
            return self.pronoun(tok, female=low in FEMALE)
        if low == "their" and tok.dep_ == "poss":
            # "Reiss married Elsa Bernaut; their son Roman ...": the couple's, named by the
            # subject of the sentence's main clause
            rs = next((c for c in tok.sent.root.children if c.dep_ in _SUBJ), None)
            if rs is not None and rs.lemma_.lower() in lexicon.data("kin") and tok.i not in {t.i for t in rs.subtree}:
                return None  # "Their first child, A, died; then came three daughters, B and C": not B's
            return self.clause_subject(tok.sent.root, follow_pronouns=False)
        if len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == ".":
            return self._initial(tok.text[0])
        if len(tok.text) == 1 and tok.text.isupper() and tok.i + 1 < len(tok.doc) and tok.nbor(1).text == ".":
            return self._initial(tok.text)
        if self._bare_first_name(tok):
            return self.main.id if self.main else None
        if tok.lemma_.lower() in _ROLE_NOUNS and any(c.lower_ == "the" for c in tok.children):
            return self.main.id if self.main else None
        for child in tok.children:
            if child.dep_ in {"appos", "compound"}:
                pid = self.named(child)
                if pid:
                    return pid
        return None

    def _bare_first_name(self, tok: Token) -> bool:
        """"Brian ruled as ...": a subject that is the first word of the document's subject's
        name, standing alone (no name span found it), is that subject, as biographies call
        their subject by it."""
        if self.main is None or tok.dep_ not in _SUBJ or tok.pos_ != "PROPN":
            return False
        words = self.main.display.split()
        if len(words) < 2 or tok.text != words[0]:
            return False
        return not any(c.dep_ in {"compound", "flat"} for c in tok.children) and tok.dep_ != "compound"

    def _initial(self, letter: str) -> str | None:
        if self.main and (self.main.surname or "").startswith(letter):
            return self.main.id
        return None

    def pronoun(self, tok: Token, *, female: bool) -> str | None:
        sent = tok.sent
        rs = next((c for c in sent.root.children if c.dep_ in _SUBJ), None)
        if rs is not None and rs.i < tok.i and rs.lower_ in (FEMALE if female else MALE):
            # "he was awarded ..., and Yezhov sent him as ...": him is the he of the main clause
            own = _subject_token(_verb_of(tok))
            if own is None or own.i != rs.i:
                return self.pronoun(rs, female=female)
        root_subj = self.clause_subject(sent.root, follow_pronouns=False)
        if rs is not None and tok.i in {t.i for t in rs.subtree}:
            root_subj = None  # "His son Oleg was shot": his is not Oleg
        elif rs is not None and tok.dep_ == "poss" and _relative_of_someone(rs):
            root_subj = None  # "His father, A, died young; his mother, B, ...": his is not B
        speaker = _speaker_relative(tok, female)
        if speaker is not None:
            return self.pronoun(speaker, female=female)  # "his son Oleg believes he was killed": he is whose son
        if root_subj and self.female(root_subj) == female and not _is_subject_of_root(tok, sent):
            if tok.dep_ not in {"dobj", "pobj", "obj"} or not _same_clause_subject(tok, root_subj, self):
                return root_subj
        if root_subj is None and tok.dep_ in _SUBJ and (rs is None or (self.named(rs) is None and rs.lower_ not in MALE | FEMALE)):
            # "... headed by Abram Slutsky, who died ...; many believe he was poisoned": with no
            # person as the main subject, the nearest person named before is the antecedent
            earlier = [pid for pid in self._persons_before(tok) if self.female(pid) == female]
            if earlier:
                return earlier[-1]
        if tok.dep_ in {"dobj", "pobj", "obj", "dative"}:
            # "Takeoka shot him": the object is someone other than the clause's subject
            subj = self.clause_subject(_verb_of(tok), follow_pronouns=False)
            candidates = [pid for pid in self._persons_before(tok) if pid != subj and self.female(pid) == female]
            if candidates:
                return candidates[-1]
        pid = self.last_subject.get(female)
        main = self.main.id if self.main and self.main.female == female else None
        if not female and self.main and self._spoken_of_as_she(self.main):
            # "He died of wounds" on a page about a woman whose name looks male to us
            main = None
            pid = None if pid == self.main.id else pid
        if pid is None and main is None and self.main and self._may_be(self.main, female, tok):
            return self.main.id
        if pid and main and pid != main and self._mentions_before(pid, self.base + tok.idx) <= 1:
            return main  # a person named once in passing is rarely the next "he"
        return pid or main

    @staticmethod
    def _may_be(person: LocalPerson, female: bool, tok: Token) -> bool:
        """Whether "she" (or "he") can be this person. Name morphology marks only some
        women ("Annie", "Jeanne" look male to it): a passage that says "she" more often
        than "he" speaks of a woman, so its main subject may be a "she"."""
        if not female or person.best.feminine:
            return False
        words = [t.lower_ for t in tok.doc]
        return sum(w in FEMALE for w in words) > sum(w in MALE for w in words)

    def _spoken_of_as_she(self, person: LocalPerson) -> bool:
        """Whether the document so far calls its subject "she" more often than "he": a main
        subject whose name looks male to us but is a woman's is never the next "he"."""
        return not person.female and self.said[True] > max(1, 2 * self.said[False])

    def _mentions_before(self, pid: str, at: int) -> int:
        return bisect.bisect_left(self._index().by_person.get(pid, []), at)

    def _persons_before(self, tok: Token) -> list[str]:
        at = self.base + tok.idx
        sent_start = self.base + tok.sent.start_char
        return [pid for _, (_, pid) in self.starting_in(sent_start, at)]

    def clause_subject(self, verb: Token | None, *, follow_pronouns: bool = True) -> str | None:
        """The person who is the subject of a verb's clause, climbing through coordinated
        and subordinate verbs that share it ("was arrested, but managed to escape")."""
        seen = 0
        while verb is not None and seen < 4:
            for child in verb.children:
                if child.dep_ in _SUBJ:
                    if not follow_pronouns and child.lower_ in MALE | FEMALE:
                        return None
                    return self.resolve(child)
            if verb.dep_ in {"conj", "xcomp", "advcl", "ccomp", "relcl", "acl", "acomp"} and verb.head.i != verb.i:
                if verb.dep_ in {"relcl", "acl"}:
                    return self.resolve(verb.head)
                verb = verb.head
                seen += 1
                continue
            return None
        return None

    def new_paragraph(self, text: str | None = None) -> None:
        """A paragraph of a biography that opens with "he" or "she" speaks of its subject:
        the antecedent left over from the previous paragraph gives way to the main subject.
        A paragraph that opens with another person's headword in capitals (``text`` is the
        paragraph's, starting at ``base``) is that person's entry, as a dictionary page
        carries the next entry after its subject's: that person is its main subject."""
        if self._document_main is _UNSET:
            self._document_main = self.main
        self.main = self._document_main  # type: ignore[assignment]
        head = self._entry_head(text) if text is not None else None
        if head is not None:
            self.main = head
        if self.main is not None:
            self.last_subject[self.main.female] = self.main.id

    def _entry_head(self, text: str) -> LocalPerson | None:
        """The person whose name in capitals opens the paragraph, when not the document's."""
        at = self.base + len(text) - len(text.lstrip())
        found = self.of_span(at)
        if found is None:
            return None
        end, pid = found
        head = text[at - self.base : end - self.base]
        if not head.isupper() or len(head) < 4 or pid not in self.people:
            return None
        person = self.people[pid]
        return None if self._document_main is not None and person is self._document_main else person

    def of_span(self, start: int) -> tuple[int, str] | None:
        """The (end, person id) of the name that starts at ``start``, if one does."""
        return self.names.get(start)

    @staticmethod
    def subject_positions(doc: Doc) -> list[int]:
        """The indices of a parsed passage's clause subjects, in order, read once from its
        dependency labels for :meth:`end_sentence` (which otherwise looks at every token)."""
        if not len(doc):
            return []
        ids = {doc.vocab.strings.add(label) for label in _SUBJ}
        return [i for i, dep in enumerate(doc.to_array(DEP).tolist()) if dep in ids]

    def end_sentence(self, sent: Span, subjects: list[int] | None = None) -> None:
        """Remember the last person who was a clause subject as the antecedent for the next
        sentences (the main clause's subject when it is the only one). ``subjects`` are the
        passage's :meth:`subject_positions`, when the reader has them."""
        found = []
        if subjects is None:
            toks = [tok for tok in sent if tok.dep_ in _SUBJ]
        else:
            lo, hi = bisect.bisect_left(subjects, sent.start), bisect.bisect_left(subjects, sent.end)
            toks = [sent.doc[i] for i in subjects[lo:hi]]
        for tok in toks:
            if tok.lower_ in {"he", "she"}:
                self.said[tok.lower_ == "she"] += 1
            pid = self.resolve(tok)
            if pid:
                found.append(pid)
        for pid in found:
            self.last_subject[self.female(pid)] = pid


def _subject_token(verb: Token | None) -> Token | None:
    """The subject token of a verb's clause, through coordinated verbs that share it."""
    for _ in range(4):
        if verb is None:
            return None
        subj = next((c for c in verb.children if c.dep_ in _SUBJ), None)
        if subj is not None or verb.dep_ != "conj":
            return subj
        verb = verb.head
    return None


def _verb_of(tok: Token) -> Token | None:
    t = tok
    while t.head.i != t.i:
        t = t.head
        if t.pos_ in {"VERB", "AUX"}:
            return t
    return None


def _speaker_relative(tok: Token, female: bool) -> Token | None:
    """In "his son A believes he was killed" the "he" of the reported clause is not the
    speaker A but whose son A is: the "his" inside the speaker's phrase, returned here."""
    verb = _verb_of(tok)
    if verb is None or verb.dep_ != "ccomp" or tok.dep_ not in _SUBJ:
        return None
    speaker = _subject_token(verb.head)
    own = "her" if female else "his"
    if speaker is None or speaker.lower_ in MALE | FEMALE:
        return None
    return next((t for t in speaker.subtree if t.dep_ == "poss" and t.lower_ == own), None)


def _relative_of_someone(tok: Token) -> bool:
    """A kinship noun with a possessive pronoun ("his mother, B"): a relative of whoever
    the pronoun is, never the antecedent of a "his"/"her" in a clause beside it."""
    return tok.lemma_.lower() in lexicon.data("kin") and any(
        c.dep_ == "poss" and c.lower_ in MALE | FEMALE for c in tok.children)


def _is_subject_of_root(tok: Token, sent: Span) -> bool:
    return tok.dep_ in _SUBJ and tok.head == sent.root


def _same_clause_subject(tok: Token, root_subj: str, refs: References) -> bool:
    return refs.clause_subject(_verb_of(tok), follow_pronouns=False) == root_subj
