from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChatsConfig(AppConfig):
    name = "heartkeys.web.chats"
    label = "chats"
    verbose_name = _("Chat reports")
