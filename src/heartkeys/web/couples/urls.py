from django.urls import path

from . import views

app_name = "couples"

urlpatterns = [
    path("", views.couple_home, name="home"),
    path("create/", views.create, name="create"),
    path("invite/", views.invite, name="invite"),
    path("join/<str:token>/", views.join, name="join"),
    path("leave/", views.leave, name="leave"),
]
