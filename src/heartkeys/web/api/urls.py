from django.urls import include, path

from . import views
from .api import api

app_name = "api"

# ninja's URL patterns live in the nested namespace "api:rest" (e.g. "api:rest:openapi-json").
_rest_patterns, _app, _namespace = api.urls

urlpatterns = [
    path("tokens/", views.tokens, name="tokens"),
    path("tokens/<int:pk>/revoke/", views.revoke, name="revoke_token"),
    path("", include((_rest_patterns, "rest"))),
]
