"""Your own conversations ("Jullie gesprekken"): read a chat export locally and look at it.

Nothing here leaves the machine: the parsers read a WhatsApp, Telegram or plain-text export
from disk (or from bytes) and turn it into :class:`Message` objects; :mod:`.conversation`
groups those into turns and reply pairs for the empathy analysis.
"""

from __future__ import annotations

from .conversation import Participant, ReplyPair, Turn, participants, reply_pairs, turns
from .model import ChatFormatError, Message, ParseStats
from .parsers import iter_messages, parse

__all__ = [
    "ChatFormatError",
    "Message",
    "ParseStats",
    "Participant",
    "ReplyPair",
    "Turn",
    "iter_messages",
    "parse",
    "participants",
    "reply_pairs",
    "turns",
]
