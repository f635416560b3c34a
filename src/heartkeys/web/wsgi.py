"""WSGI entry point, e.g. ``gunicorn heartkeys.web.wsgi`` when you run gunicorn yourself."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "heartkeys.web.settings")

application = get_wsgi_application()
