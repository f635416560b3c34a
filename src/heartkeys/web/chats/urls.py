from django.urls import path

from . import views

app_name = "chats"

urlpatterns = [
    path("", views.index, name="index"),
    path("upload/", views.upload, name="upload"),
    path("<int:pk>/", views.report, name="report"),
    path("<int:pk>/charts/<slug:name>.svg", views.chart, name="chart"),
    path("<int:pk>/report.html", views.download_html, name="download_html"),
    path("<int:pk>/report.json", views.download_json, name="download_json"),
    path("<int:pk>/visibility/", views.visibility, name="visibility"),
    path("<int:pk>/delete/", views.delete, name="delete"),
]
