from .pages import RequestFormPage, RequestLookupPage, RequestStatisticsPage
from .requests import (
    ClockPause,
    InfoRequest,
    InfoRequestQuerySet,
    RegisterCounter,
    RequestEvent,
    RequestFile,
    RequestMember,
    private_storage,
)

__all__ = [
    "ClockPause", "InfoRequest", "InfoRequestQuerySet", "RegisterCounter", "RequestEvent", "RequestFile",
    "RequestMember", "RequestFormPage", "RequestLookupPage", "RequestStatisticsPage", "private_storage",
]
