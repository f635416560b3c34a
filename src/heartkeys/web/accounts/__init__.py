"""Accounts: the user model (with its role), sign-up, log-in with throttling, settings, passwords."""
