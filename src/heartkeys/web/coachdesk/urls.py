from django.urls import path

from . import views

app_name = "coachdesk"

urlpatterns = [
    path("", views.index, name="index"),
    path("<int:link_id>/", views.couple, name="couple"),
    path("<int:link_id>/prep/", views.prep, name="prep"),
    path("<int:link_id>/assign/", views.assign, name="assign"),
    path("<int:link_id>/order/", views.order, name="order"),
    path("<int:link_id>/unlock/", views.unlock, name="unlock"),
    path("<int:link_id>/scenario/", views.scenario, name="scenario"),
    path("<int:link_id>/card/", views.card, name="card"),
    path("<int:link_id>/withdraw/<str:kind>/<int:pk>/", views.withdraw, name="withdraw"),
]
