"""On PostgreSQL, trigram indexes make the accent-less 'contains' search fast on large registries.

pg_trgm is a trusted extension (PostgreSQL 13+); other databases skip this migration's SQL.
"""

from django.db import migrations

INDEXES = {
    "documents_search_trgm": "search_folded",
    "documents_signer_trgm": "signer_folded",
}


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, column in INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON documents_legaldocument USING gin ({column} gin_trgm_ops)")


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("documents", "0002_seed_lists")]

    operations = [migrations.RunPython(forwards, backwards)]
