"""Rendering a :class:`~heartkeys.chat.report.model.ChatReport`: text, JSON and HTML."""

from __future__ import annotations

from .model import SCHEMA, ChatReport, HelpLine, Notice, Participant, Person

__all__ = ["SCHEMA", "ChatReport", "HelpLine", "Notice", "Participant", "Person"]
