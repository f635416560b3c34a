from django.urls import path

from . import views

app_name = "assessment"

urlpatterns = [
    path("", views.index, name="index"),
    path("take/<str:kind>/", views.take, name="take"),
    path("results/<int:pk>/", views.result, name="result"),
    path("results/<int:pk>/share/", views.share, name="share"),
    path("results/<int:pk>/delete/", views.delete, name="delete"),
    path("results/<int:pk>/radar.svg", views.result_chart, name="result_chart"),
    path("gap/<str:who>.svg", views.gap_chart, name="gap_chart"),
    path("history/<str:who>.svg", views.history_chart, name="history_chart"),
    path("checkin/", views.checkin, name="checkin"),
    path("checkins/", views.checkins, name="checkins"),
    path("checkins/<int:pk>/share/", views.checkin_share, name="checkin_share"),
    path("checkins/<str:who>.svg", views.trend_chart, name="trend_chart"),
    path("coach/<int:link_id>/results/<int:pk>/radar.svg", views.coach_result_chart, name="coach_result_chart"),
    path("coach/<int:link_id>/checkins/<int:user_id>.svg", views.coach_trend_chart, name="coach_trend_chart"),
]
