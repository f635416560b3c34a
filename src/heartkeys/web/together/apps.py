from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TogetherConfig(AppConfig):
    name = "heartkeys.web.together"
    label = "together"
    verbose_name = _("Exercises together")

    def ready(self):
        from . import receivers  # noqa: F401  (connects the signal handlers)
