from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssessmentConfig(AppConfig):
    name = "heartkeys.web.assessment"
    label = "assessment"
    verbose_name = _("Assessment and check-ins")
