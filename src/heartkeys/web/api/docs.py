"""API docs that work under our Content-Security-Policy and never load anything external.

ninja's Swagger page already uses the bundled static files (because "ninja" is in INSTALLED_APPS)
and keeps its settings in a JSON data block, not an inline script. We render our own template
anyway, so that the page stays local even if ninja's template changes, and we switch off Swagger
UI's online validator (by default it fetches a badge from validator.swagger.io).
"""

from __future__ import annotations

import json

from django.shortcuts import render
from ninja.openapi.docs import Swagger


class LocalSwagger(Swagger):
    template = "api/docs.html"
    default_settings = {
        "layout": "BaseLayout",
        "deepLinking": True,
        "validatorUrl": None,
        "tryItOutEnabled": False,
    }

    def render_page(self, request, api, **kwargs):
        settings = dict(self.settings, url=self.get_openapi_url(api, kwargs))
        context = {"swagger_settings": json.dumps(settings), "api": api}
        return render(request, self.template, context)
