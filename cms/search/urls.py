from django.urls import path

from . import views

app_name = "portal_search"

urlpatterns = [
    path("tim-kiem/", views.search, name="search"),
]
