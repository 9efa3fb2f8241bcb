"""A province named after its city holds the towns near that city, but not a larger city."""

from __future__ import annotations

import pytest

from factoid.gazetteer import places_compatible


@pytest.mark.parametrize(
    ("province", "town", "agree"),
    [
        ("Kiev Governorate", "Cherkasy", True),  # about 160 km from Kiev, smaller
        ("Minsk Oblast", "Bobruisk", True),
        ("Kiev Governorate", "Kharkov", False),  # over 400 km away
        ("Tver Governorate", "Moscow", False),  # near, but larger than Tver
        ("Kiev", "Cherkasy", False),  # a city is not a province
    ],
)
def test_province_holds_nearby_smaller_towns(province: str, town: str, agree: bool) -> None:
    assert places_compatible(province, town) is agree
    assert places_compatible(town, province) is agree
