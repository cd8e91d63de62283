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
    alias: str | None = None  # what shoppers see; never the staff member's own account

    @property
    def shown_name(self) -> str:
        """The name shoppers see: the alias, or "客服" with the account's last digits."""
        return self.alias or f"#{self.user_key[-3:]}"

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN
