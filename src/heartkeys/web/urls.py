from django.contrib import admin
from django.urls import include, path

from . import progress, views

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("progress/", progress.progress, name="progress"),
    path("progress/keys.svg", progress.progress_chart, name="progress_chart"),
    path("accounts/", include("heartkeys.web.accounts.urls")),
    path("couple/", include("heartkeys.web.couples.urls")),
    path("safety/", include("heartkeys.web.safety.urls")),
    path("coach/desk/", include("heartkeys.web.coachdesk.urls")),
    path("", include("heartkeys.web.coaching.urls")),
    path("", include("heartkeys.web.privacy.urls")),
    path("programme/", include("heartkeys.web.programme.urls")),
    path("together/", include("heartkeys.web.together.urls")),
    path("assessment/", include("heartkeys.web.assessment.urls")),
    path("chats/", include("heartkeys.web.chats.urls")),
    path("api/", include("heartkeys.web.api.urls")),
    path("admin/", admin.site.urls),
]
