"""The Hartsleutels web app (Django): accounts, couples, coaching, privacy and safety.

This is the only layer of ``heartkeys`` that imports Django. Start it with ``heartkeys serve``
(see :mod:`heartkeys.web.server`); settings come from environment variables
(:mod:`heartkeys.web.settings`).
"""
