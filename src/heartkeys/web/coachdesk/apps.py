from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoachdeskConfig(AppConfig):
    name = "heartkeys.web.coachdesk"
    label = "coachdesk"
    verbose_name = _("Coach dashboard")
