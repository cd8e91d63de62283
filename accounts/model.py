"""Accounts: who acts for a creator (merchants) and who is support staff."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    SUPPORT = "support"
    ADMIN = "admin"


@dataclass(frozen=True, slots=True)
class StaffMember:
    user_key: str
    role: Role

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN
