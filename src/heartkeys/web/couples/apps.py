from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CouplesConfig(AppConfig):
    name = "heartkeys.web.couples"
    label = "couples"
    verbose_name = _("Couples")
