"""A GIN index on Wagtail's search index entries over `title || body` (PostgreSQL only).

The site search filters on `(title || body) @@ query` (cms/search/postgres.py); without an index on
that exact expression PostgreSQL reads and concatenates every entry's vectors for every search.
"""

from django.db import migrations

INDEX = "portal_search_entry_words_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = schema_editor.quote_name(apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table)
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON {table} USING gin ((title || body))")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("portal_search", "0002_default_synonyms"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop)]
