from django.urls import path

from . import views

app_name = "analytics"

urlpatterns = [
    path("api/v1/beacon/", views.beacon, name="beacon"),
    path("api/v1/indicators/", views.indicators_api, name="indicators"),
]
