from django.db import migrations

from cms.core.text import fold

DEFAULTS = [
    ("UBND", "Ủy ban nhân dân"),
    ("HĐND", "Hội đồng nhân dân"),
    ("NĐ", "Nghị định"),
    ("NQ", "Nghị quyết"),
    ("QĐ", "Quyết định"),
    ("TT", "Thông tư"),
    ("CT", "Chỉ thị"),
    ("TTHC", "Thủ tục hành chính"),
    ("CCCD", "Căn cước công dân"),
    ("CP", "Chính phủ"),
    ("BHXH", "Bảo hiểm xã hội"),
    ("GPLX", "Giấy phép lái xe"),
]


def add_defaults(apps, schema_editor):
    SearchSynonym = apps.get_model("portal_search", "SearchSynonym")
    for short, long in DEFAULTS:
        SearchSynonym.objects.get_or_create(
            abbreviation_folded=fold(short), expansion_folded=fold(long),
            defaults={"abbreviation": short, "expansion": long},
        )


class Migration(migrations.Migration):
    dependencies = [("portal_search", "0001_initial")]
    operations = [migrations.RunPython(add_defaults, migrations.RunPython.noop)]
