from django.urls import path

from . import coach_views, views

app_name = "coaching"

urlpatterns = [
    path("coaching/", views.coaching_home, name="home"),
    path("coaching/code/", views.enter_code, name="enter_code"),
    path("coaching/consent/", views.consent, name="consent"),
    path("coaching/end/", views.end, name="end"),
    path("coaching/log/", views.access_log, name="log"),
    path("coach/", coach_views.coach_home, name="coach_home"),
    path("coach/codes/", coach_views.new_code, name="new_code"),
    path("coach/couples/<int:link_id>/", coach_views.couple_view, name="couple"),
    path("coach/couples/<int:link_id>/notes/", coach_views.coach_notes, name="coach_notes"),
    path("coach/couples/<int:link_id>/notes/<int:note_id>/delete/", coach_views.delete_note, name="delete_note"),
]
