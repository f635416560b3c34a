from django.urls import path

from . import views

app_name = "together"

urlpatterns = [
    path("", views.index, name="index"),
    path("<slug:exercise_id>/", views.exercise, name="exercise"),
    path("<slug:exercise_id>/done/", views.done, name="done"),
    # question cards
    path("<slug:exercise_id>/deal/", views.cards_deal, name="cards_deal"),
    path("<slug:exercise_id>/talked/", views.cards_talked, name="cards_talked"),
    path("<slug:exercise_id>/talked/list/", views.cards_talked_list, name="cards_talked_list"),
    # treatment cards
    path("<slug:exercise_id>/cards/<int:number>/", views.treatment_edit, name="treatment_edit"),
    path("<slug:exercise_id>/cards/<int:number>/delete/", views.treatment_delete, name="treatment_delete"),
    path("<slug:exercise_id>/practice/", views.treatment_practice, name="treatment_practice"),
    path("<slug:exercise_id>/practice/<int:pk>/", views.treatment_guess, name="treatment_guess"),
    path("<slug:exercise_id>/practice/<int:pk>/reveal/", views.treatment_reveal, name="treatment_reveal"),
    # our metaphor
    path("<slug:exercise_id>/choose/", views.metaphor_choose, name="metaphor_choose"),
    path("<slug:exercise_id>/new-round/", views.metaphor_new_round, name="metaphor_new_round"),
    path("<slug:exercise_id>/round/<int:number>/", views.metaphor_round, name="metaphor_round"),
    # accuracy game
    path("<slug:exercise_id>/tell/", views.accuracy_tell, name="accuracy_tell"),
    path("<slug:exercise_id>/game/<int:pk>/", views.accuracy_round, name="accuracy_round"),
    path("<slug:exercise_id>/game/<int:pk>/edit/", views.accuracy_edit, name="accuracy_edit"),
    path("<slug:exercise_id>/game/<int:pk>/share/", views.accuracy_share, name="accuracy_share"),
    path("<slug:exercise_id>/chart.svg", views.accuracy_chart, name="accuracy_chart"),
]
