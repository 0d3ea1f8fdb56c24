from wagtail import hooks

from cms.sections.home import ORDER_NEWS, HomePanel

from .models import news_articles


@hooks.register("portal_home_panels")
def news_panel(home, request):
    articles = list(news_articles(home, request)[:7])
    featured = next((a for a in articles if a.featured), articles[0] if articles else None)
    latest = [a for a in articles if a is not featured][:6]
    return HomePanel(ORDER_NEWS, "news/panels/latest_news.html", {"featured": featured, "latest": latest})
