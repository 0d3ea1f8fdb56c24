"""The search-query log per site: each component site's editors see what was searched on their site.

Rows logged before this migration were searched on the province's site (the default site); when an
instance has no site at all the (anonymous, aggregated) rows cannot be placed and are dropped.
"""

import django.db.models.deletion
from django.db import migrations, models


def to_province_site(apps, schema_editor):
    Site = apps.get_model("wagtailcore", "Site")
    SearchQueryDay = apps.get_model("portal_search", "SearchQueryDay")
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.order_by("pk").first()
    if site is None:
        SearchQueryDay.objects.all().delete()
    else:
        SearchQueryDay.objects.filter(site__isnull=True).update(site=site)


class Migration(migrations.Migration):
    dependencies = [
        ("portal_search", "0003_index_entry_words_gin"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.RemoveConstraint(model_name="searchqueryday", name="portal_search_query_day_unique"),
        migrations.RemoveIndex(model_name="searchqueryday", name="portal_search_day_results_idx"),
        migrations.AddField(
            model_name="searchqueryday",
            name="site",
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.CASCADE, related_name="+",
                                    to="wagtailcore.site", verbose_name="Site"),
        ),
        migrations.RunPython(to_province_site, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="searchqueryday",
            name="site",
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="+",
                                    to="wagtailcore.site", verbose_name="Site"),
        ),
        migrations.AddConstraint(
            model_name="searchqueryday",
            constraint=models.UniqueConstraint(fields=("site", "day", "query"),
                                               name="portal_search_query_site_day_unique"),
        ),
        migrations.AddIndex(
            model_name="searchqueryday",
            index=models.Index(fields=["site", "day", "results"], name="portal_search_site_day_idx"),
        ),
    ]
