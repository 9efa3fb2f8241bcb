"""spaCy's attribute ruler, applied with dictionary look-ups instead of its token Matcher.

Why: the English model's ``attribute_ruler`` (the tag map and the morphology exceptions: 179
patterns such as ``[{"TAG": "PRP", "LOWER": "himself"}]``) runs spaCy's general Matcher over
every token of every passage, and costs about a sixth of the whole parse (more than the
tagger, the parser or the lemmatizer). Every one of its patterns is a fixed sequence of tokens
compared on a few attributes for equality or membership, so the same matches are found by
looking each token's tag, lower form and dependency label up in an index of the patterns.

The result is the same by construction: the same matches (every pattern at every position
where all its tokens agree), applied in the same order (by rule, a later rule overriding an
earlier one) with spaCy's own ``set_token_attrs`` on the same tokens. A ruler with a pattern
this index cannot express exactly (an operator, a regular expression, another attribute) is
left as spaCy made it (``compile_ruler`` returns None).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.attrs import IDS
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

__all__ = ["CompiledRuler", "compile_ruler", "install"]

#: Token attributes a pattern may compare, read for every token with ``Doc.to_array``.
COLUMNS = ("TAG", "LOWER", "DEP", "ORTH", "IS_SPACE")
#: Token attributes a rule may set: each touches only its own token, so the order in which
#: rules are applied matters per token only, as with spaCy's sorted matches.
SETTABLE = {"TAG", "POS", "MORPH", "LEMMA", "DEP"}
_INDEXED = ("ORTH", "LOWER", "DEP", "TAG")  # columns a pattern's first token is indexed by

#: One token's test: (column, values, kind): IN (the column's value is one of ``values``, the
#: string ids of the pattern's strings), NOT_IN, or REGEX (``values`` is the compiled expression,
#: searched in the column's string, as spaCy's ``_RegexPredicate`` does).
IN, NOT_IN, REGEX = 0, 1, 2
Test = tuple[int, Any, int]


@dataclass(frozen=True)
class Rule:
    """One pattern of a ruler's rule ``rule_id``: its tokens' tests and the token it sets."""

    rule_id: int
    tokens: tuple[tuple[Test, ...], ...]
    index: int


def _token_tests(spec: dict) -> tuple[Test, ...] | None:
    """The tests of one pattern token, or None when one is not an equality or (NOT_)IN."""
    tests = []
    for attr, value in spec.items():
        name = attr.upper() if isinstance(attr, str) else None
        name = "ORTH" if name == "TEXT" else name
        if name not in COLUMNS:
            return None
        col = COLUMNS.index(name)
        if isinstance(value, bool):
            tests.append((col, frozenset({int(value)}), IN))
        elif isinstance(value, str) and name != "IS_SPACE":
            tests.append((col, frozenset({get_string_id(value)}), IN))
        elif isinstance(value, dict) and len(value) == 1 and name != "IS_SPACE":
            (op, values), = value.items()
            if op == "REGEX" and isinstance(values, str):
                tests.append((col, re.compile(values), REGEX))
            elif op in ("IN", "NOT_IN") and all(isinstance(v, str) for v in values):
                tests.append((col, frozenset(get_string_id(v) for v in values), IN if op == "IN" else NOT_IN))
            else:
                return None
        else:
            return None
    return tuple(tests)


def _rules(ruler: AttributeRuler) -> list[Rule] | None:
    """A ruler's patterns as rules, or None when one cannot be expressed exactly."""
    out = []
    for rule_id, entry in enumerate(ruler.patterns):
        if not set(ruler.attrs[rule_id]) <= {IDS[name] for name in SETTABLE}:
            return None
        for pattern in entry["patterns"]:
            if not isinstance(pattern, list) or not pattern:
                return None
            tokens = [_token_tests(spec) if isinstance(spec, dict) and spec else None for spec in pattern]
            index = entry["index"]
            if any(t is None for t in tokens) or not -len(pattern) <= index < len(pattern):
                return None
            out.append(Rule(rule_id, tuple(t for t in tokens if t is not None), index % len(pattern)))
    return out


class CompiledRuler:
    """An attribute ruler's rules indexed by an exact value of their first token."""

    def __init__(self, ruler: AttributeRuler, rules: Sequence[Rule]) -> None:
        self.name = ruler.name
        self.ruler = ruler
        self.attrs = ruler.attrs
        self.columns = [IDS[c] for c in COLUMNS]
        self.strings = ruler.vocab.strings
        #: (expression, string id) -> whether it is found there: a word's answer never changes
        self._searched: dict[tuple[Any, int], bool] = {}
        #: (column, value) -> rules whose first token requires that value there
        self.index: dict[tuple[int, int], list[Rule]] = {}
        #: rules whose first token has no single required value (only NOT_IN, or several IN)
        self.anywhere: list[Rule] = []
        self.indexed: list[int] = []
        for rule in rules:
            key = _key(rule.tokens[0])
            for k in key or ():
                self.index.setdefault(k, []).append(rule)
            if key is None:
                self.anywhere.append(rule)
        #: the columns some rule is indexed by, the only ones worth looking up
        self.indexed = sorted({col for col, _ in self.index})

    def matches(self, doc: Doc) -> list[tuple[int, int]]:
        """(rule id, token position) of every match, in the order spaCy's ruler applies them."""
        rows = doc.to_array(self.columns).tolist() if len(doc) else []
        found = []
        index, anywhere = self.index, self.anywhere
        for start, row in enumerate(rows):
            # a rule is indexed under one column, by distinct values: it is met at most once
            for col in self.indexed:
                for rule in index.get((col, row[col]), ()):
                    if self._holds(rule, rows, start):
                        found.append((rule.rule_id, start, start + rule.index))
            for rule in anywhere:
                if self._holds(rule, rows, start):
                    found.append((rule.rule_id, start, start + rule.index))
        found.sort()
        return [(rule_id, at) for rule_id, _, at in found]

    def _holds(self, rule: Rule, rows: list[list[int]], start: int) -> bool:
        """Whether every token of ``rule`` passes its tests from token ``start`` on."""
        if start + len(rule.tokens) > len(rows):
            return False
        for offset, tests in enumerate(rule.tokens):
            row = rows[start + offset]
            for col, values, kind in tests:
                if kind == REGEX:
                    if not self._search(values, row[col]):
                        return False
                elif (row[col] in values) != (kind == IN):
                    return False
        return True

    def _search(self, expression: re.Pattern[str], string_id: int) -> bool:
        key = (expression, string_id)
        hit = self._searched.get(key)
        if hit is None:
            hit = self._searched[key] = bool(expression.search(self.strings[string_id]))
        return hit

    def __call__(self, doc: Doc) -> Doc:
        for rule_id, at in self.matches(doc):
            set_token_attrs(doc[at], self.attrs[rule_id])
        return doc


def _key(first: tuple[Test, ...]) -> list[tuple[int, int]] | None:
    """Index keys of a pattern's first token: each value of one IN or equality test on an
    indexed column (a token matching the pattern has one of them), or None."""
    tests = {COLUMNS[col]: values for col, values, kind in first if kind == IN}
    for name in _INDEXED:  # the most particular column first: a word rather than a tag
        if name in tests:
            return [(COLUMNS.index(name), v) for v in tests[name]]
    return None


def compile_ruler(ruler: AttributeRuler) -> CompiledRuler | None:
    """The ruler as a :class:`CompiledRuler`, or None when a pattern is beyond it."""
    rules = _rules(ruler)
    return CompiledRuler(ruler, rules) if rules is not None else None


def install(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Run the pipeline's attribute ruler ``name`` compiled, when it can be (same component
    name and place in the pipeline). Returns whether it was replaced."""
    if name not in nlp.pipe_names or not isinstance(nlp.get_pipe(name), AttributeRuler):
        return False
    compiled = compile_ruler(nlp.get_pipe(name))
    if compiled is None:
        return False
    nlp._components[nlp.component_names.index(name)] = (name, compiled)  # noqa: SLF001 - same name, same place
    return True
