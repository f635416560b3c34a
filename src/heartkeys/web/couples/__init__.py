"""Couples: a shared space for two partners, joined through a one-time invite link."""
