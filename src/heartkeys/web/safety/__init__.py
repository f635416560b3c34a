"""Safety: a private intake check; when it flags, help resources come before any couple exercise."""
