from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from .admin import QAFieldViewSet, QuestionPermissionPolicy, QuestionViewSet
from .models import QAIndexPage, Question

register_permission_policy(Question, QuestionPermissionPolicy(Question))


@hooks.register("register_admin_viewset")
def question_viewset():
    return QuestionViewSet("qa_question", url_prefix="qa/questions")


register_snippet(QAFieldViewSet)


@hooks.register("portal_slot_head")
def qa_assets(context):
    if not isinstance(context.get("page"), QAIndexPage):
        return ""
    return format_html('<link rel="stylesheet" href="{}"><script src="{}" defer></script>',
                       static("css/qa.css"), static("js/qa.js"))


@hooks.register("portal_indicators")
def participation_indicators(site, date_from, date_to):
    from .indicators import indicators

    return indicators(site, date_from, date_to)


@hooks.register("portal_conformance_checks")
def participation_checks(site):
    from .indicators import checks

    return checks(site)


@hooks.register("portal_demo_content")
def participation_demo(site, home, province):
    from .demo import build_demo

    return build_demo(site, home, province)


@hooks.register("portal_component_demo_content")
def component_qa_demo(site, home, province):
    from cms.core.sites import site_kind

    from .demo import build_component_demo

    return build_component_demo(site, home, site_kind(site), site.portal_profile.name)


@hooks.register("portal_search_sources")
def questions_in_site_search():
    """Published questions and answers in the site search, each of the request's site's own Q&A section
    (in any language, live and public), linked to its page in that section. Never the asker's name or email."""
    from cms.search.sources import SearchSource, site_pages

    def queryset(request):
        sections = QAIndexPage.objects.live().public().filter(site_pages(request)).values("pk")
        return Question.objects.published().filter(index__in=sections).select_related("index")

    def url(question, request):
        return question.index.question_url(question, request)

    return [SearchSource("hoi-dap", _("Questions and answers"), Question, queryset, order=35, url=url)]
