"""Must-link and cannot-link pairs as inputs of resolution (factoid.resolve.Links)."""

from __future__ import annotations

from factoid.model import Mention
from factoid.resolve import BY_DECISION, Links, resolve


def _m(doc: str, text: str, n: int = 1) -> Mention:
    return Mention(document_id=doc, start=0, end=len(text), text=text, entity=f"{doc}@{n}", kind="name")


MENTIONS = [_m("a", "Anna Petrova"), _m("b", "Anna Petrova"), _m("c", "Anna Petrova"), _m("d", "Boris Volkov")]


def _people(identities: dict) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for entity, (pid, _, _) in identities.items():
        out.setdefault(pid, set()).add(entity)
    return out


def test_without_links_resolution_is_unchanged() -> None:
    assert resolve(MENTIONS) == resolve(MENTIONS, Links())


def test_a_cannot_link_splits_off_the_weakest_side_only() -> None:
    _, ident = resolve(MENTIONS, Links(cannot=(("a@1", "c@1", "two women"),)))
    groups = sorted(map(sorted, _people(ident).values()))
    assert ["c@1"] in groups and ["d@1"] in groups and ["a@1", "b@1"] in groups
    assert ident["c@1"][2].startswith(BY_DECISION) and "two women" in ident["c@1"][2]


def test_a_must_link_holds_against_a_cut() -> None:
    links = Links(must=(("b@1", "c@1", "same archive"),), cannot=(("a@1", "c@1", "two women"),))
    _, ident = resolve(MENTIONS, links)
    assert ident["b@1"][0] == ident["c@1"][0] != ident["a@1"][0]


def test_a_must_link_merges_different_names() -> None:
    _, ident = resolve(MENTIONS, Links(must=(("a@1", "d@1", "alias"),)))
    assert ident["a@1"][0] == ident["d@1"][0]
    assert ident["d@1"][1] == 1.0


def test_links_naming_unknown_entities_are_skipped() -> None:
    assert resolve(MENTIONS, Links(must=(("zz@1", "a@1", "x"),), cannot=(("a@1", "zz@2", "y"),))) == resolve(MENTIONS)
