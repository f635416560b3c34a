"""What the coach dashboard stores about a person: nothing.

The dashboard only reads (through the other apps' coach functions) and writes through them:
assignments and scenarios are the programme app's, question cards the together app's, the
access log the coaching app's; each of those exports its own rows.
"""

from __future__ import annotations


def export_user(user) -> dict:
    return {}
