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
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np
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

    def positions(self, doc: Doc) -> list[int]:
        """The indices of the doc's tokens that ``start`` a pattern, in order: one pass over
        the doc's attribute arrays, with no ``Token`` object made for the others (making one
        per token of every passage cost more than the matching)."""
        if not len(doc):
            return []
        lower, lemma = _word_ids(self, doc.vocab)
        table = doc.to_array([LOWER, LEMMA])
        return np.flatnonzero(np.isin(table[:, 0], lower) | np.isin(table[:, 1], lemma)).tolist()


@cache
def _word_ids(words: _Words, vocab: Vocab) -> tuple[np.ndarray, np.ndarray]:
    """A gate's words as the vocabulary's string ids, the values of a doc's ``LOWER`` and
    ``LEMMA`` arrays (``StringStore.add`` gives the id a lexeme's attribute holds)."""
    return (np.array(sorted(vocab.strings.add(w) for w in words.lower), dtype=np.uint64),
            np.array(sorted(vocab.strings.add(w) for w in words.lemma), dtype=np.uint64))


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


@dataclass(frozen=True)
class _Compiled:
    """A language's frame patterns, compiled for one vocabulary, with their gates."""

    token: Matcher
    dep: DependencyMatcher
    #: The gate of the one-token patterns (None: run the matcher over the whole doc).
    token_words: _Words | None
    #: The gate of the dependency patterns' trigger nodes (None: always run).
    dep_words: _Words | None


@cache
def _compiled(vocab: Vocab, code: str = "en") -> _Compiled:
    lexicon = load_toml(code, "lexicon.toml")
    token, dep = Matcher(vocab), DependencyMatcher(vocab)
    firsts: list[dict[str, Any]] = []
    dep_firsts: list[dict[str, Any]] = []
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
            dep.add(str(i), [nodes])
            dep_firsts.append(nodes[0]["RIGHT_ATTRS"])
    return _Compiled(token, dep, _words(firsts) if single else None, _words(dep_firsts))


def _matchers(vocab: Vocab, code: str = "en") -> tuple[Matcher, DependencyMatcher]:
    """The token and dependency matchers of a language's frame lines."""
    compiled = _compiled(vocab, code)
    return compiled.token, compiled.dep


def _token_matches(doc: Doc, c: _Compiled) -> list[tuple[int, int]]:
    """(match id, token index) of the one-token patterns: the matcher run on each gated token
    alone, which finds what it finds over the whole doc, since a pattern is one token."""
    if c.token_words is None:
        return [(key, start) for key, start, _ in c.token(doc)]
    return [(key, i + start) for i in c.token_words.positions(doc) for key, start, _ in c.token(doc[i : i + 1])]


def _dep_matches(doc: Doc, c: _Compiled) -> list[tuple[int, int]]:
    """(match id, trigger index) of the dependency patterns, skipped when no token of the doc
    can be a trigger (the first node's conditions include its words)."""
    if not len(c.dep) or (c.dep_words is not None and not c.dep_words.positions(doc)):
        return []
    return [(key, ids[0]) for key, ids in c.dep(doc)]


def triggers(doc: Doc, code: str = "en") -> dict[int, Frame]:
    """Token index -> the first frame line the token triggers (sentence conditions checked)."""
    compiled = _compiled(doc.vocab, code)
    table = frames(code)
    found: dict[int, list[Frame]] = {}
    for key, start in _token_matches(doc, compiled) + _dep_matches(doc, compiled):
        found.setdefault(start, []).append(table[int(doc.vocab.strings[key])])
    out = {}
    for i, candidates in found.items():
        for f in sorted(candidates, key=lambda f: f.index):
            if f.holds(doc[i].sent if doc.has_annotation("SENT_START") else doc[:]):
                out[i] = f
                break
    return out
