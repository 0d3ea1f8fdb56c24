from django.urls import path

from . import api

app_name = "documents"

urlpatterns = [
    path("api/v1/documents/", api.document_list, name="api_list"),
    path("api/v1/documents/<str:key>/", api.document_detail, name="api_detail"),
]
