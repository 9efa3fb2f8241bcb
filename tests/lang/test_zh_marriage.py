"""Chinese marriages (``extract/prose_han``, marriage frames of ``lang/zh/frames.jsonl``): a
partner also named in Latin script in brackets gives that form as the spouse; one named in
characters alone gives nothing. Texts are short invented biographies written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_a_partner_named_in_latin_script_is_the_spouse(extract_zh):
    got = extract_zh("王建国(Wang Jianguo)，1901年3月2日生于苏州。1927年12月1日，他与李美玲(Li Meiling)在上海结婚。")
    assert ("Wang Jianguo", "spouse", "Li Meiling") in got


def test_took_as_wife_in_traditional_characters(extract_zh):
    got = extract_zh("王建國(Wang Jianguo)，生於蘇州。1920年王建國娶陳淑華(Chen Shuhua)為妻。")
    assert ("Wang Jianguo", "spouse", "Chen Shuhua") in got


def test_a_partner_in_characters_alone_is_not_asserted(extract_zh):
    got = extract_zh("王建国(Wang Jianguo)，生于苏州。他与陈淑华在1921年结婚。")
    assert not any(p == "spouse" for _, p, _ in got)
