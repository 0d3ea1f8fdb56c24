from django.templatetags.static import static
from django.utils.html import format_html
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
