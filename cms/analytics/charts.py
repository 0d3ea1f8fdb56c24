"""Server-side SVG bar chart (no outside service, no script): one bar per day."""

from django.template.loader import render_to_string

WIDTH, HEIGHT, PAD = 720, 200, 28


def bar_chart(series, title, value_label):
    """series: [(date, number)] -> accessible SVG markup (a title, a description and per-bar titles)."""
    if not series:
        return ""
    top = max((v for _, v in series), default=0) or 1
    step = (WIDTH - 2 * PAD) / len(series)
    bars = []
    for n, (day, value) in enumerate(series):
        height = round((HEIGHT - 2 * PAD) * value / top, 1)
        bars.append({
            "x": round(PAD + n * step + step * 0.1, 1), "y": round(HEIGHT - PAD - height, 1),
            "width": round(max(step * 0.8, 1), 1), "height": height, "day": day, "value": value,
        })
    return render_to_string("analytics/chart.svg.html", {
        "bars": bars, "title": title, "value_label": value_label, "width": WIDTH, "height": HEIGHT,
        "pad": PAD, "top": top, "axis_y": HEIGHT - PAD, "first": series[0][0], "last": series[-1][0],
        "total": sum(v for _, v in series),
    })
