"""The home page's panels, in the order DESIGN.md §1b fixes.

Each capability adds its panel with the `portal_home_panels` Wagtail hook: a function
(home, request) -> HomePanel or None. Panels are sorted by `order`.
"""

from dataclasses import dataclass, field

from wagtail import hooks

# Positions of DESIGN.md §1b: news, quick services, documents, direction and schedule,
# consultations, national links, satisfaction.
ORDER_NEWS = 10
ORDER_QUICK_SERVICES = 20
ORDER_DOCUMENTS = 30
ORDER_DIRECTION = 40
ORDER_CONSULTATIONS = 50
ORDER_NATIONAL_LINKS = 60
ORDER_SATISFACTION = 70


@dataclass
class HomePanel:
    order: int
    template: str
    context: dict = field(default_factory=dict)


def home_context(home, request):
    panels = []
    for fn in hooks.get_hooks("portal_home_panels"):
        panel = fn(home, request)
        if panel is not None:
            panels.append(panel)
    panels.sort(key=lambda p: p.order)
    return {"home_panels": panels}
