from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    name = "heartkeys.web.privacy"
    label = "privacy"
    verbose_name = _("Privacy")

    def ready(self):
        from .. import dataversion
        from . import receivers  # noqa: F401  (connects the signal handlers)

        dataversion.connect()
