from datetime import timedelta

from tests.conftest import TEST_NOW
from tests.factories.catalog import make_live_room, make_product


def test_live_room_window() -> None:
    room = make_live_room(starts_at=TEST_NOW, ends_at=TEST_NOW + timedelta(hours=1))
    assert room.is_upcoming(TEST_NOW - timedelta(minutes=1))
    assert room.is_live(TEST_NOW)
    assert not room.is_live(TEST_NOW + timedelta(hours=1))


def test_category_path_splits_and_trims() -> None:
    assert make_product(category="美妆/ 彩妆 /口红").category_path == ("美妆", "彩妆", "口红")
