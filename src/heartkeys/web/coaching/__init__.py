"""Coaching: a couple invites a coach with a code; the coach sees only what both allowed."""
