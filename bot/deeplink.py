"""Deep-link payloads (`t.me/<bot>?start=<payload>`) that open a room, video, product or sale.

Telegram allows at most 64 characters from `[A-Za-z0-9_-]`; catalog ids may be 64 characters
from `[A-Za-z0-9_.:-]`. Three forms, shortest that fits wins:

- raw      ``product_<id>``          the id itself, when it only uses allowed characters;
- base64   ``product-<b64>``         base64url of the id without padding (reversible);
- digest   ``productH-<digest>``     a 16-character digest, resolved against the catalog
                                      (for ids too long to encode reversibly in 64 characters).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import quote

Kind = Literal["live", "video", "product", "fs"]
KINDS: tuple[Kind, ...] = ("live", "video", "product", "fs")
MAX_PAYLOAD = 64
DIGEST_LENGTH = 16

_PAYLOAD_CHARS = re.compile(r"^[A-Za-z0-9_-]+$")
_ID_CHARS = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")


class DeepLinkError(ValueError):
    """A payload that is not one of ours, or an id that is not a catalog id."""


@dataclass(frozen=True, slots=True)
class DeepLink:
    kind: Kind
    id: str | None = None  # set for raw and base64 forms
    digest: str | None = None  # set for the digest form; resolve with `id_digest`

    def matches(self, candidate_id: str) -> bool:
        if self.id is not None:
            return self.id == candidate_id
        return id_digest(candidate_id) == self.digest


def id_digest(object_id: str) -> str:
    """The short digest used by the digest form."""
    raw = hashlib.sha256(object_id.encode()).digest()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")[:DIGEST_LENGTH]


def encode(kind: Kind, object_id: str) -> str:
    """The shortest payload for `kind` + `object_id` that Telegram accepts."""
    if kind not in KINDS:
        raise DeepLinkError(f"unknown deep-link kind {kind!r}; expected one of {KINDS}")
    if not _ID_CHARS.match(object_id):
        raise DeepLinkError(f"not a catalog id: {object_id!r} (1–64 chars of [A-Za-z0-9_.:-])")
    raw = f"{kind}_{object_id}"
    if _PAYLOAD_CHARS.match(raw) and len(raw) <= MAX_PAYLOAD:
        return raw
    b64 = base64.urlsafe_b64encode(object_id.encode()).decode().rstrip("=")
    encoded = f"{kind}-{b64}"
    if len(encoded) <= MAX_PAYLOAD:
        return encoded
    return f"{kind}H-{id_digest(object_id)}"


def decode(payload: str) -> DeepLink:
    """Parse a payload made by `encode`; raises `DeepLinkError` on anything else."""
    if not payload or len(payload) > MAX_PAYLOAD or not _PAYLOAD_CHARS.match(payload):
        raise DeepLinkError(f"not a deep-link payload: {payload!r}")
    for kind in KINDS:
        if payload.startswith(f"{kind}_"):
            object_id = payload[len(kind) + 1 :]
            if not object_id:
                break
            return DeepLink(kind, id=object_id)
        if payload.startswith(f"{kind}-"):
            body = payload[len(kind) + 1 :]
            try:
                object_id = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)).decode()
            except (binascii.Error, UnicodeDecodeError, ValueError) as exc:
                raise DeepLinkError(f"bad base64 in payload {payload!r}") from exc
            if not _ID_CHARS.match(object_id):
                raise DeepLinkError(f"payload {payload!r} does not hold a catalog id")
            return DeepLink(kind, id=object_id)
        if payload.startswith(f"{kind}H-"):
            digest = payload[len(kind) + 2 :]
            if len(digest) != DIGEST_LENGTH:
                raise DeepLinkError(f"bad digest in payload {payload!r}")
            return DeepLink(kind, digest=digest)
    raise DeepLinkError(f"unknown deep-link payload {payload!r}")


def deep_link(bot_username: str, kind: Kind, object_id: str) -> str:
    """`https://t.me/<bot>?start=<payload>`: a link creators can put in a bio or a video."""
    name = bot_username.removeprefix("@")
    return f"https://t.me/{quote(name)}?start={encode(kind, object_id)}"
