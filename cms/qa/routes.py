"""Public routes of the Q&A section: list, ask (with a check for similar answers), sent, similar, detail."""

from urllib.parse import urlencode

from django.core import signing
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django_ratelimit.core import is_ratelimited
from wagtail.contrib.routable_page.models import path
from wagtail.models import Site

from cms.core import sites
from cms.core.views import rate_limited

PAGE_SIZE = 15
_SENT_SALT = "qa.sent"


def _page_of(request, queryset):
    paginator = Paginator(queryset, PAGE_SIZE)
    try:
        return paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages or 1)


def nav_documents_url(page):
    """Address of the legal-document registry of the page's site ('/van-ban/')."""
    from cms.sections import standard

    return standard.path_of("documents")


class QARoutes:
    def question_url(self, question, request=None):
        return self.get_url(request=request).rstrip("/") + "/" + self.reverse_subpage("question", args=[question.pk])

    def full_question_url(self, question):
        return (self.full_url or "").rstrip("/") + "/" + self.reverse_subpage("question", args=[question.pk])

    @path("", name="list")
    def list_view(self, request):
        from . import services
        from .forms import SearchForm
        from .models import QAField

        choice = sites.BodyChoice(self.get_site(), request.GET.get("don-vi", ""))
        form = SearchForm(request.GET or None)
        questions = services.listed_questions(self, choice)
        chosen_field = None
        text = ""
        if form.is_valid():
            text = form.cleaned_data["q"]
            if form.cleaned_data["linh_vuc"]:
                chosen_field = QAField.objects.filter(slug=form.cleaned_data["linh_vuc"]).first()
                questions = questions.filter(field=chosen_field) if chosen_field else questions.none()
            if text:
                questions = questions.matching(text)
        listed = _page_of(request, questions)
        services.link_questions(listed, self, request, name_bodies=not choice.is_own)
        return self.render(request, context_overrides={
            "search_form": form, "fields": QAField.objects.all(), "chosen_field": chosen_field, "text": text,
            "questions": listed, "filtered": bool(text or chosen_field or not choice.is_own),
            "bodies": choice.choices, "body": choice.value, "body_problem": choice.problem,
        })

    @path("dat-cau-hoi/", name="ask")
    def ask_view(self, request):
        from . import services
        from .forms import AskForm

        similar = documents = None
        if request.method == "POST":
            # Attempts (with their corrections) are limited loosely, questions actually sent more strictly.
            if is_ratelimited(request, group="qa.post", key="ip", rate="30/h", method="POST", increment=True):
                return rate_limited(request)
            form = AskForm(request.POST)
            if form.is_spam:
                return redirect(self.url + self.reverse_subpage("sent"))
            if form.is_valid():
                already_checked = form.cleaned_data["checked"]
                if not already_checked:
                    similar = services.similar_questions(self, form.cleaned_data["question"])
                    documents = services.similar_documents(form.cleaned_data["question"])
                if already_checked or not (similar or documents):
                    if is_ratelimited(request, group="qa.ask", key="ip", rate="5/h", method="POST", increment=True):
                        return rate_limited(request)
                    site = Site.find_for_request(request)
                    question = services.submit_question(self, site, form.cleaned_data)
                    token = signing.dumps(question.pk, salt=_SENT_SALT)
                    return redirect(f"{self.url}{self.reverse_subpage('sent')}?{urlencode({'ma': token})}")
                data = request.POST.copy()
                data["checked"] = "True"
                form = AskForm(data)
                form.is_valid()
        else:
            form = AskForm()
        return self.render(request, template="qa/ask.html", context_overrides={
            "form": form, "similar": similar, "documents": documents,
            "documents_url": nav_documents_url(self), "similar_url": self.url + self.reverse_subpage("similar"),
        })

    @path("da-gui/", name="sent")
    def sent_view(self, request):
        """Thanks, with the question's number and due date when the signed `ma` parameter is valid."""
        from .models import Question

        question = None
        try:
            pk = signing.loads(request.GET.get("ma", ""), salt=_SENT_SALT, max_age=7 * 24 * 3600)
            question = Question.objects.filter(pk=pk).only("id", "due_date", "received_at").first()
        except signing.BadSignature:
            pass
        return self.render(request, template="qa/sent.html", context_overrides={"sent": question})

    @path("tuong-tu/", name="similar")
    def similar_view(self, request):
        from . import services

        text = request.GET.get("q", "")[:4000]
        results = services.similar_questions(self, text) if len(text) >= 10 else []
        return JsonResponse({"results": [
            {"title": q.display_title, "field": q.field.name, "url": self.question_url(q, request)} for q in results
        ]})

    @path("<int:pk>/", name="question")
    def question_view(self, request, pk):
        from .models import Question

        question = Question.objects.published().for_index(self).select_related("field").filter(pk=pk).first()
        if question is None:
            raise Http404(_("This question does not exist or has not been published."))
        return self.render(request, template="qa/question.html", context_overrides={"question": question})
