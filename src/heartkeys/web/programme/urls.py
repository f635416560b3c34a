from django.urls import path

from . import views

app_name = "programme"

urlpatterns = [
    path("", views.index, name="index"),
    path("exercise/<slug:exercise_id>/", views.exercise, name="exercise"),
    path("exercise/<slug:exercise_id>/done/", views.exercise_done, name="exercise_done"),
    path("attempt/<int:pk>/", views.attempt, name="attempt"),
    path("reflection/<int:pk>/", views.reflection, name="reflection"),
    path("need/<int:pk>/", views.need, name="need"),
    path("need/<int:pk>/confirm/", views.need_confirm, name="need_confirm"),
    path("share/<slug:kind>/<int:pk>/", views.share, name="share"),
    path("assignment/<int:pk>/done/", views.assignment_done, name="assignment_done"),
    path("<slug:code>/", views.module, name="module"),
    path("<slug:code>/reflect/", views.module_reflect, name="module_reflect"),
    path("<slug:code>/next/", views.module_next, name="module_next"),
]
