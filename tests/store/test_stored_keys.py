"""A build reads the mention and claim keys extraction stored instead of hashing every
mention and claim again (``reads.get_keyed_mentions``, ``reads.claim_keys``): the keys must be
the ones hashing gives, and a key that cannot be trusted (not stored, or made from a text the
document no longer holds) is made again."""

from __future__ import annotations

import dataclasses

from sqlalchemy import update

from factoid.curation import apply
from factoid.store import reads
from factoid.store import schema as s
from kb_fixture import build_kb


def _hashed(conn):
    hashes = reads.document_hashes(conn)
    return (apply.entity_keys(reads.get_mentions(conn), hashes),
            apply.claim_keys(reads.get_claims(conn), hashes))


def _stored(conn):
    hashes = reads.document_hashes(conn)
    mentions, keys = reads.get_keyed_mentions(conn)
    return (apply.entity_keys(mentions, hashes, keys),
            apply.claim_keys(reads.get_claims(conn), hashes, reads.claim_keys(conn)))


def test_stored_keys_are_the_hashed_keys(tmp_path):
    kb = build_kb(tmp_path)
    with kb.engine.connect() as conn:
        mentions, keys = reads.get_keyed_mentions(conn)
        assert mentions == reads.get_mentions(conn) and len(keys) == len(mentions) and all(keys)
        assert all(reads.claim_keys(conn).values())
        assert _stored(conn) == _hashed(conn)


def test_claims_carry_their_stored_id(tmp_path):
    kb = build_kb(tmp_path)
    with kb.engine.connect() as conn:
        claims = reads.get_claims(conn)
    assert claims and all(c.id == dataclasses.replace(c).id for c in claims)


def test_keys_not_stored_or_of_an_older_text_are_made_again(tmp_path):
    kb = build_kb(tmp_path)
    with kb.engine.begin() as conn:
        expected = _hashed(conn)
        doc = sorted(reads.document_hashes(conn))[0]
        other = sorted(reads.document_hashes(conn))[1]
        # an older knowledge base: keys never stored for one document
        conn.execute(update(s.mentions).where(s.mentions.c.document_id == doc).values(key=None))
        conn.execute(update(s.claims).where(s.claims.c.document_id == doc).values(key=None))
        # another document's stored keys were made from a text it no longer holds
        conn.execute(update(s.mentions).where(s.mentions.c.document_id == other).values(key="0" * 16))
        conn.execute(update(s.claims).where(s.claims.c.document_id == other).values(key="0" * 16))
        conn.execute(update(s.extractions).where(s.extractions.c.document_id == other).values(content_hash="old"))
        mentions, keys = reads.get_keyed_mentions(conn)
        assert any(k is None for k in keys)
        assert _stored(conn) == expected
