from django.urls import path

from . import views

app_name = "feedback"

urlpatterns = [
    path("danh-gia/gui/", views.vote, name="vote"),
    path("danh-gia/chi-tiet/<str:token>/", views.details, name="details"),
]
