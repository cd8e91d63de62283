"""Deep-link payload codec: Telegram's 64 chars of [A-Za-z0-9_-], any catalog id."""

from __future__ import annotations

import re

import pytest

from bot import deeplink
from bot.deeplink import DeepLinkError, decode, encode

PAYLOAD = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


@pytest.mark.parametrize("kind", deeplink.KINDS)
@pytest.mark.parametrize(
    "object_id",
    ["room-1", "p_42", "sku:shop.cn:9", "a.b", "x" * 50, "Z" * 64, "p." + "x" * 62, ":" * 64, "1"],
)
def test_every_id_round_trips_within_telegram_limits(kind: deeplink.Kind, object_id: str) -> None:
    payload = encode(kind, object_id)
    assert PAYLOAD.match(payload), payload
    link = decode(payload)
    assert link.kind == kind
    assert link.matches(object_id)
    assert not link.matches(object_id + "x")


def test_raw_form_is_readable() -> None:
    assert encode("live", "room-1") == "live_room-1"
    assert decode("product_p_42").id == "p_42"  # underscores in ids stay raw


def test_ids_with_dots_use_reversible_base64() -> None:
    payload = encode("product", "sku:shop.cn:9")
    assert payload.startswith("product-")
    assert decode(payload).id == "sku:shop.cn:9"


def test_ids_too_long_to_encode_fall_back_to_a_digest() -> None:
    long_id = "p." + "x" * 62
    payload = encode("video", long_id)
    assert payload.startswith("videoH-") and len(payload) <= 64
    link = decode(payload)
    assert link.id is None and link.digest == deeplink.id_digest(long_id)


@pytest.mark.parametrize(
    "payload",
    ["", "hello", "live_", "product-!!", "shop_1", "fsH-short", "x" * 65, "product-" + "_" * 8],
)
def test_foreign_payloads_are_rejected(payload: str) -> None:
    with pytest.raises(DeepLinkError):
        decode(payload)


def test_bad_ids_are_refused_when_encoding() -> None:
    with pytest.raises(DeepLinkError, match="not a catalog id"):
        encode("product", "has space")
    with pytest.raises(DeepLinkError, match="unknown deep-link kind"):
        encode("shop", "x")  # type: ignore[arg-type]


def test_deep_link_url() -> None:
    assert (
        deeplink.deep_link("@daihuo_bot", "fs", "fs-1") == "https://t.me/daihuo_bot?start=fs_fs-1"
    )
