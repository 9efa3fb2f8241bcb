"""Event frames as data: which token of a parse triggers which frame.

The patterns live in ``lang/<code>/frames.jsonl`` (spaCy ``Matcher`` patterns of one token, or
``DependencyMatcher`` patterns whose first node is the trigger). This module compiles them once
per vocabulary and answers one question per parsed passage: for each trigger token, the first
frame line it matches. The slot resolvers that fill a frame are methods of
``factoid.extract.prose.ProseReader`` named by the line's ``handler``.
"""

from __future__ import annotations

import copy
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.attrs import LEMMA, LOWER
from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from factoid.lang import load_jsonl, load_toml

#: The lowercased lemma, for patterns: the tagger leaves some lemmas capitalised ("Shot").
if not Token.has_extension("lemma"):
    Token.set_extension("lemma", getter=lambda t: t.lemma_.lower())


@dataclass(frozen=True)
class Frame:
    """One pattern line: the frame it names, the handler filling it, its slot roles, the
    sentence-level conditions (regexes) it needs besides the parse, and, for a generic
    handler, the registry property it fills (``place_event`` serves any "X was V-ed in P")."""

    index: int
    frame: str
    handler: str
    slots: tuple[str, ...]
    sentence: tuple[re.Pattern[str], ...]
    property: str | None = None

    def holds(self, sentence: Span) -> bool:
        return all(p.search(sentence.text) for p in self.sentence)


def _resolve(node: Any, lexicon: dict[str, Any]) -> Any:
    """Replace "@section.name" by the lexicon's word list (or "@kin" by its keys)."""
    if isinstance(node, dict):
        return {k: _resolve(v, lexicon) for k, v in node.items()}
    if isinstance(node, list):
        return [_resolve(v, lexicon) for v in node]
    if isinstance(node, str) and node.startswith("@"):
        value: Any = lexicon
        for part in node[1:].split("."):
            value = value[part]
        return sorted(value) if isinstance(value, dict) else list(value)
    return node


@cache
def frames(code: str = "en") -> tuple[Frame, ...]:
    """The frame lines of a language, in priority order."""
    conditions = load_toml(code, "lexicon.toml")["sentence"]
    return tuple(
        Frame(i, row["frame"], row["handler"], tuple(row.get("slots", ())),
              tuple(re.compile(conditions[name]) for name in row.get("sentence", ())), row.get("property"))
        for i, row in enumerate(load_jsonl(code, "frames.jsonl"))
    )


def _cased(value: Any) -> Any:
    """A lemma condition written in lower case, widened to the capitalised and upper-case
    forms the tagger sometimes leaves ("Shot"): one of the Matcher's own attributes, where a
    Python getter per token and pattern would cost more than the parse itself."""
    if isinstance(value, str):
        return {"IN": sorted({value, value.capitalize(), value.upper()})}
    if isinstance(value, dict) and set(value) == {"IN"}:
        return {"IN": sorted({f for v in value["IN"] for f in (v, v.capitalize(), v.upper())})}
    if isinstance(value, dict) and set(value) == {"NOT_IN"}:
        return {"NOT_IN": sorted({f for v in value["NOT_IN"] for f in (v, v.capitalize(), v.upper())})}
    return None


def _native(attrs: dict[str, Any]) -> dict[str, Any]:
    """A token's conditions with ``{"_": {"lemma": ...}}`` (the lower-cased lemma) rewritten
    as ``LEMMA`` where it can be; anything else is kept as written."""
    ext = attrs.get("_")
    if not isinstance(ext, dict) or set(ext) != {"lemma"} or "LEMMA" in attrs:
        return attrs
    cased = _cased(ext["lemma"])
    if cased is None:
        return attrs
    out = {k: v for k, v in attrs.items() if k != "_"}
    out["LEMMA"] = cased
    return out


@dataclass(frozen=True)
class _Words:
    """The words (lower-cased forms and lemmas) one of which a token must be to start any of a
    matcher's patterns: a token that is none of them cannot trigger a frame, so the matcher
    need not look at it. Most tokens of a passage are such tokens, and spaCy's ``Matcher``
    otherwise tries every pattern on every token (the costliest step of reading a passage)."""

    lower: frozenset[str]
    lemma: frozenset[str]

    def start(self, token: Token) -> bool:
        return token.lower_ in self.lower or token.lemma_ in self.lemma

    def positions(self, doc: Doc, rows: list[list[int]] | None = None) -> list[int]:
        """The indices of the doc's tokens that ``start`` a pattern, in order: one pass over
        the doc's attribute arrays (``rows``, from :func:`_rows`, when the caller has them),
        with no ``Token`` object made for the others (making one per token of every passage
        cost more than the matching). Set lookups on the rows as Python ints: ``np.isin`` on
        arrays this short spent most of its time in its own setup."""
        if not len(doc):
            return []
        lower, lemma = _word_ids(self, doc.vocab)
        rows = _rows(doc) if rows is None else rows
        return [i for i, (lo, le) in enumerate(rows) if lo in lower or le in lemma]


def _rows(doc: Doc) -> list[list[int]]:
    """Each token's (``LOWER``, ``LEMMA``) string ids, read once for both gates of a doc."""
    return doc.to_array([LOWER, LEMMA]).tolist()


@cache
def _word_ids(words: _Words, vocab: Vocab) -> tuple[frozenset[int], frozenset[int]]:
    """A gate's words as the vocabulary's string ids, the values of a doc's ``LOWER`` and
    ``LEMMA`` arrays (``StringStore.add`` gives the id a lexeme's attribute holds)."""
    return (frozenset(vocab.strings.add(w) for w in words.lower),
            frozenset(vocab.strings.add(w) for w in words.lemma))


#: The token attributes a gate reads, and which of ``_Words``' sets each fills.
_WORD_ATTRS = {"LOWER": "lower", "LEMMA": "lemma"}


def _words(patterns: list[dict[str, Any]]) -> _Words | None:
    """The gate for patterns given by the conditions of their first (trigger) token, or None
    when one of them does not name its words (it could match any token: no gate)."""
    found: dict[str, set[str]] = {"lower": set(), "lemma": set()}
    for attrs in patterns:
        named = [(a, v) for a, v in attrs.items() if a in _WORD_ATTRS]
        if not named:
            return None
        attr, value = named[0]
        if isinstance(value, str):
            found[_WORD_ATTRS[attr]].add(value)
        elif isinstance(value, dict) and set(value) == {"IN"}:
            found[_WORD_ATTRS[attr]].update(value["IN"])
        else:
            return None
    return _Words(frozenset(found["lower"]), frozenset(found["lemma"]))


class _TreeDependencyMatcher(DependencyMatcher):
    """spaCy's ``DependencyMatcher``, whose first step (every node pattern run over every token
    of the doc, then grouped by dependency tree) looks only at the trees holding a token that
    can be a pattern's first node, its trigger. Every node of a match lies in the trigger's
    tree, so a tree without a trigger gives no match: the same matches, in the same order, for
    a fraction of the work (on a passage of a dozen sentences, one or two hold a trigger)."""

    #: The trigger gate, set once the patterns are added (None: every tree is looked at).
    words: _Words | None = None
    #: The gated positions of the doc being matched, when the caller computed them already.
    known: list[int] | None = None

    def _get_keys_to_position_maps(self, doc: Doc):  # type: ignore[no-untyped-def]
        if self.words is None:
            return super()._get_keys_to_position_maps(doc)
        positions = self.known if self.known is not None else self.words.positions(doc)
        maps: defaultdict[int, defaultdict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
        for lo, hi in _tree_extents(doc, positions):
            for match_id, start, end in self._matcher(doc[lo:hi]):
                token = doc[lo + start]
                root = ([token] + list(token.ancestors))[-1]  # as spaCy's own grouping
                maps[root.i][match_id].append(lo + start)
        return maps


def _tree_extents(doc: Doc, positions: list[int]) -> list[tuple[int, int]]:
    """The token ranges spanned by the dependency trees of these tokens, merged where they
    overlap or touch, in order: each range holds its whole tree (from its root's leftmost to its
    rightmost descendant), so a token of a tree is never seen twice nor missed."""
    spans = []
    for i in positions:
        token = doc[i]
        root = ([token] + list(token.ancestors))[-1]
        spans.append((root.left_edge.i, root.right_edge.i + 1))
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


@dataclass(frozen=True)
class _Compiled:
    """A language's frame patterns, compiled for one vocabulary, with their gates."""

    token: Matcher
    dep: DependencyMatcher
    #: The gate of the one-token patterns (None: run the matcher over the whole doc).
    token_words: _Words | None
    #: The gate of the dependency patterns' trigger nodes (None: always run).
    dep_words: _Words | None
    #: Each dependency pattern alone, with its own trigger gate, in the order of ``dep``: a
    #: tree holding "become" is matched against the patterns of "become" only (spaCy's
    #: matcher tries every node of every pattern on every token it is given).
    dep_each: tuple[tuple[_Words, _TreeDependencyMatcher], ...] = ()


@cache
def _compiled(vocab: Vocab, code: str = "en") -> _Compiled:
    lexicon = load_toml(code, "lexicon.toml")
    token, dep = Matcher(vocab), _TreeDependencyMatcher(vocab)
    firsts: list[dict[str, Any]] = []
    dep_firsts: list[dict[str, Any]] = []
    each: list[tuple[_Words | None, _TreeDependencyMatcher]] = []
    single = True
    for i, row in enumerate(load_jsonl(code, "frames.jsonl")):
        if "pattern" in row:
            tokens = [_native(t) for t in _resolve(copy.deepcopy(row["pattern"]), lexicon)]
            token.add(str(i), [tokens])
            single = single and len(tokens) == 1
            firsts.append(tokens[0])
        else:
            nodes = _resolve(copy.deepcopy(row["dep"]), lexicon)
            for node in nodes:
                node["RIGHT_ATTRS"] = _native(node["RIGHT_ATTRS"])
            dep.add(str(i), [copy.deepcopy(nodes)])
            dep_firsts.append(nodes[0]["RIGHT_ATTRS"])
            one = _TreeDependencyMatcher(vocab)
            one.add(str(i), [nodes])
            one.words = _words([nodes[0]["RIGHT_ATTRS"]])
            each.append((one.words, one))
    dep.words = _words(dep_firsts)
    gated = tuple((w, m) for w, m in each if w is not None) if dep.words is not None else ()
    return _Compiled(token, dep, _words(firsts) if single else None, dep.words, gated)


def _matchers(vocab: Vocab, code: str = "en") -> tuple[Matcher, DependencyMatcher]:
    """The token and dependency matchers of a language's frame lines."""
    compiled = _compiled(vocab, code)
    return compiled.token, compiled.dep


def _token_matches(doc: Doc, c: _Compiled, rows: list[list[int]] | None = None) -> list[tuple[int, int]]:
    """(match id, token index) of the one-token patterns: the matcher run on each gated token
    alone, which finds what it finds over the whole doc, since a pattern is one token."""
    if c.token_words is None:
        return [(key, start) for key, start, _ in c.token(doc)]
    return [(key, i + start) for i in c.token_words.positions(doc, rows) for key, start, _ in c.token(doc[i : i + 1])]


def _dep_matches(doc: Doc, c: _Compiled, rows: list[list[int]] | None = None) -> list[tuple[int, int]]:
    """(match id, trigger index) of the dependency patterns, pattern by pattern, each over the
    trees of its own triggers; skipped when no token of the doc can be a trigger (the first
    node's conditions include its words)."""
    if not len(c.dep):
        return []
    if c.dep_words is None:
        return [(key, ids[0]) for key, ids in c.dep(doc)]
    rows = _rows(doc) if rows is None else rows
    positions = c.dep_words.positions(doc, rows)
    out: list[tuple[int, int]] = []
    for words, matcher in c.dep_each if positions else ():
        lower, lemma = _word_ids(words, doc.vocab)
        mine = [i for i in positions if rows[i][0] in lower or rows[i][1] in lemma]
        if not mine:
            continue
        matcher.known = mine
        try:
            out += [(key, ids[0]) for key, ids in matcher(doc)]
        finally:
            matcher.known = None
    return out


def triggers(doc: Doc, code: str = "en") -> dict[int, Frame]:
    """Token index -> the first frame line the token triggers (sentence conditions checked)."""
    compiled = _compiled(doc.vocab, code)
    table = frames(code)
    found: dict[int, list[Frame]] = {}
    rows = _rows(doc) if len(doc) else []
    for key, start in _token_matches(doc, compiled, rows) + _dep_matches(doc, compiled, rows):
        found.setdefault(start, []).append(table[int(doc.vocab.strings[key])])
    out = {}
    for i, candidates in found.items():
        for f in sorted(candidates, key=lambda f: f.index):
            if f.holds(doc[i].sent if doc.has_annotation("SENT_START") else doc[:]):
                out[i] = f
                break
    return out
