"""A source's date of writing (its metadata) replaces the guess from the years it mentions
in the late-source weighting; reconcile gets it as data, never from the store."""

from __future__ import annotations

from factoid.model import Claim, Passage, PassageRole, SourceSpan
from factoid.reconcile import reconcile

ENT = {"a@0": "person/p"}


def _claim() -> Claim:
    quote = "born 1899"
    return Claim("a@0", "Anna Petrova", "date_of_birth", "1899", "1899", SourceSpan("a", 0, len(quote), quote,
                 PassageRole.MAIN), "test", {})


def _by_claim(written: dict[str, int] | None) -> dict:
    passages = [Passage("a", 0, 0, 100, "Written in 1938 by a colleague who knew her since 1920.")]
    assessments, _, _ = reconcile([_claim()], ENT, passages, written)
    return {a.claim_id: a for a in assessments}


def test_a_known_date_of_writing_replaces_the_latest_year_mentioned() -> None:
    cid = _claim().id
    guessed = _by_claim(None)[cid]  # latest year mentioned: 1938, close to the event
    assert not guessed.features["late_source"]
    dated = _by_claim({"a": 2016})[cid]  # the sidecar says it was written in 2016
    assert dated.features["late_source"]
    assert dated.confidence < guessed.confidence
    # and the other way round: a text that mentions 2016 but was written in 1938 is not late
    passages = [Passage("a", 0, 0, 100, "Reprinted in 2016 from the 1938 edition.")]
    by_mentions = {a.claim_id: a for a in reconcile([_claim()], ENT, passages)[0]}[cid]
    by_date = {a.claim_id: a for a in reconcile([_claim()], ENT, passages, {"a": 1938})[0]}[cid]
    assert by_mentions.features["late_source"] and not by_date.features["late_source"]
