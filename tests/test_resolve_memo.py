"""``resolve_memo``: resolution that re-clusters only the components a change touched gives
exactly what ``resolve`` gives (persons, identities, their order), and does reuse the rest."""

from __future__ import annotations

import json

import pytest

from factoid import resolve as resolve_mod
from factoid import resolve_memo
from factoid.model import Mention
from factoid.resolve import Links, resolve

#: (entity, form, count), invented; an entity's document is what comes before "@".
NAMES = [
    ("a@0", "Bertram Quillfeather", 3), ("b@0", "B. Quillfeather", 1), ("c@1", "Quillfeather", 2),
    ("a@1", "Osgood Pembleton", 2), ("b@1", "Osgood Pembelton", 1), ("d@0", "O. Pembleton", 1),
    ("e@0", "Marwick", 3), ("f@0", "Ottoline Grisby", 3), ("f@2", "Marwick", 1),
    ("g@0", "Ysolde Harrowgate", 2), ("h@0", "Ysolde Harrowgate", 1), ("h@0", "Ysolde", 1),
    ("k@0", "Tobiah Fennimore", 2), ("m@0", "Tobias Fennimore", 2),
]
#: Added later: one more document about Quillfeather, one with a new person.
ADDED = [("n@0", "Bertram Quillfeather", 2), ("n@1", "Cordelia Vantwerp", 1)]
#: Added later: a document writing "Marwick" before a surname (a given name there), which
#: every one-word "Marwick" elsewhere reads (``resolve.Coupling``).
GIVEN = [("p@0", "Marwick Stanhope", 2)]

LINKS = Links(must=(("k@0", "g@0", "one woman writing under a man's name"),),
              cannot=(("a@1", "b@1", "two Pembletons"),))


def mentions(items: list[tuple[str, str, int]]) -> list[Mention]:
    out = []
    for entity, form, count in items:
        doc, n = entity.split("@")
        start = 1000 * int(n) + 100 * len([m for m in out if m.entity == entity])
        for k in range(count):
            out.append(Mention(doc, start + k * 10, start + k * 10 + len(form), form, entity))
    return out


class Counting:
    """Counts the components clustered afresh."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.clustered = 0
        real = resolve_memo.cluster_part

        def spy(part):  # type: ignore[no-untyped-def]
            self.clustered += 1
            return real(part)

        monkeypatch.setattr(resolve_memo, "cluster_part", spy)


def _same(got: tuple, want: tuple) -> None:
    """Persons equal, and identities equal in the same order (they are written in it)."""
    assert got[0] == want[0]
    assert list(got[1].items()) == list(want[1].items())


@pytest.mark.parametrize("links", [None, LINKS], ids=["undecided", "decided"])
def test_without_a_memo_it_is_resolve(links: Links | None) -> None:
    persons, identities, memo = resolve_memo.resolve_memoised(mentions(NAMES), links, {})
    _same((persons, identities), resolve(mentions(NAMES), links))
    assert memo  # every component is remembered for the next build


@pytest.mark.parametrize("added", [ADDED, GIVEN], ids=["new-documents", "new-given-name"])
@pytest.mark.parametrize("links", [None, LINKS], ids=["undecided", "decided"])
def test_after_added_documents_it_is_resolve_of_everything(
    added: list, links: Links | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, _, memo = resolve_memo.resolve_memoised(mentions(NAMES), links, {})
    memo = resolve_memo.load(resolve_memo.dump(memo))  # as the next build reads it
    count = Counting(monkeypatch)
    got = resolve_memo.resolve_memoised(mentions(NAMES + added), links, memo)
    _same(got[:2], resolve(mentions(NAMES + added), links))
    # the components the new documents do not touch were not clustered again
    assert 0 < count.clustered < len(got[2])


def test_a_new_given_name_reclusters_the_one_word_names_that_read_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """A passing "Marwick" joins the "Marwick" a page is about until some source writes it
    before a surname: then it is a given name there, and the component must be clustered
    again although none of its own mentions changed."""
    _, before, memo = resolve_memo.resolve_memoised(mentions(NAMES), None, {})
    assert before["f@2"][0] == before["e@0"][0]
    _, after, _ = resolve_memo.resolve_memoised(mentions(NAMES + GIVEN), None, memo)
    assert after["f@2"][0] != after["e@0"][0]
    assert after == resolve(mentions(NAMES + GIVEN))[1]


def test_a_new_decision_reclusters_the_component_it_names(monkeypatch: pytest.MonkeyPatch) -> None:
    _, _, memo = resolve_memo.resolve_memoised(mentions(NAMES), None, {})
    count = Counting(monkeypatch)
    got = resolve_memo.resolve_memoised(mentions(NAMES), LINKS, memo)
    _same(got[:2], resolve(mentions(NAMES), LINKS))
    assert 0 < count.clustered < len(got[2])


def test_an_unchanged_corpus_clusters_and_names_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    _, _, memo = resolve_memo.resolve_memoised(mentions(NAMES), LINKS, {})
    memo = resolve_memo.load(resolve_memo.dump(memo))
    count = Counting(monkeypatch)
    named = []
    for module in (resolve_mod, resolve_memo):
        monkeypatch.setattr(module, "display_name", lambda forms: named.append(forms) or "?")
    got = resolve_memo.resolve_memoised(mentions(NAMES), LINKS, memo)
    monkeypatch.undo()
    _same(got[:2], resolve(mentions(NAMES), LINKS))
    assert count.clustered == 0 and named == []  # the display names were kept too


def test_a_stored_memo_reads_back_and_a_broken_one_is_empty() -> None:
    _, _, memo = resolve_memo.resolve_memoised(mentions(NAMES), LINKS, {})
    assert resolve_memo.load(resolve_memo.dump(memo)) == memo
    assert resolve_memo.load(None) == {} and resolve_memo.load("{not json") == {}
    assert resolve_memo.load('{"k": 3}') == {}


def test_an_unchanged_corpus_ranks_and_gathers_the_forms_of_no_local_person(monkeypatch: pytest.MonkeyPatch) -> None:
    """The order of the whole and each person's aliases come from what the memo kept for its
    components: a build after a change ranks and sums the forms only of what it clustered."""
    _, _, memo = resolve_memo.resolve_memoised(mentions(NAMES), LINKS, {})
    memo = resolve_memo.load(resolve_memo.dump(memo))
    asked = []
    for module in (resolve_mod, resolve_memo):
        monkeypatch.setattr(module, "cluster_forms", lambda profiles: asked.append("forms") or {})
        monkeypatch.setattr(module, "full_name_rank", lambda prof: asked.append("rank") or (0, 0, ""))
    got = resolve_memo.resolve_memoised(mentions(NAMES), LINKS, memo)
    monkeypatch.undo()
    _same(got[:2], resolve(mentions(NAMES), LINKS))
    assert asked == []
    # one added document: only the components it touches are ranked again, with the same result
    got = resolve_memo.resolve_memoised(mentions(NAMES + ADDED), LINKS, memo)
    _same(got[:2], resolve(mentions(NAMES + ADDED), LINKS))


def test_a_memo_of_an_older_layout_is_empty() -> None:
    """A memo stored without the forms and places (an older build) is not half read."""
    _, _, memo = resolve_memo.resolve_memoised(mentions(NAMES), None, {})
    key, c = next(iter(memo.items()))
    old = '{"%s": [%s, %s, %s]}' % (key, json.dumps(c.clusters), json.dumps([[e, *d] for e, d in c.decided.items()]),
                                    json.dumps(c.names))
    assert resolve_memo.load(old) == {}
