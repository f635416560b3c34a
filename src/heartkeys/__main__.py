"""``python -m heartkeys`` runs the same command line as the ``heartkeys`` script."""

from .cli import main

if __name__ == "__main__":
    main()
