from django.urls import path

from . import views

app_name = "safety"

urlpatterns = [
    path("", views.check, name="check"),
    path("result/", views.result, name="result"),
    path("share/", views.share, name="share"),
]
