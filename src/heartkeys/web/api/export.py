"""What the API app stores about a person: their tokens' metadata (never a secret or its hash)."""

from __future__ import annotations

from .models import AccessToken


def _when(value):
    return value.isoformat() if value else None


def export_user(user) -> dict:
    return {
        "access_tokens": [
            {
                "name": t.name,
                "prefix": t.prefix,
                "created_at": _when(t.created_at),
                "expires_at": _when(t.expires_at),
                "last_used_at": _when(t.last_used_at),
                "revoked_at": _when(t.revoked_at),
            }
            for t in AccessToken.objects.filter(owner=user).order_by("created_at", "pk")
        ]
    }
