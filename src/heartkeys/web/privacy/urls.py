from django.urls import path

from . import views

app_name = "privacy"

urlpatterns = [
    path("notes/", views.note_list, name="notes"),
    path("notes/new/", views.note_new, name="note_new"),
    path("notes/<int:pk>/", views.note_detail, name="note"),
    path("notes/<int:pk>/edit/", views.note_edit, name="note_edit"),
    path("notes/<int:pk>/delete/", views.note_delete, name="note_delete"),
    path("privacy/", views.overview, name="overview"),
    path("privacy/export/", views.export, name="export"),
    path("privacy/delete/", views.delete, name="delete"),
]
