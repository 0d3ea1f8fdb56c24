"""Illustrative images drawn locally with Pillow (nothing is downloaded): calm landscapes without text."""

import io
import random

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFilter
from wagtail.images import get_image_model
from wagtail.models import Collection

WIDTH, HEIGHT = 1200, 750
COLLECTION_NAME = "Ảnh minh họa (nội dung mẫu)"

PALETTES = {
    "dawn": ((250, 214, 165), (247, 170, 120), (110, 140, 90), (70, 110, 70)),
    "day": ((150, 200, 235), (215, 235, 248), (120, 170, 90), (80, 130, 60)),
    "dusk": ((60, 70, 130), (235, 150, 120), (60, 90, 80), (35, 60, 55)),
    "mist": ((205, 215, 220), (235, 238, 240), (140, 160, 150), (100, 125, 115)),
}


def _mix(a, b, t):
    return tuple(int(a[i] + (b[i] - a[i]) * t) for i in range(3))


def _sky(draw, top, bottom, height):
    for y in range(height):
        draw.line([(0, y), (WIDTH, y)], fill=_mix(top, bottom, y / max(height - 1, 1)))


def _hills(draw, rnd, base_y, colour, amplitude, steps=9):
    points = [(0, HEIGHT)]
    for i in range(steps + 1):
        x = i * WIDTH / steps
        points.append((x, base_y - rnd.uniform(0, amplitude)))
    points.append((WIDTH, HEIGHT))
    draw.polygon(points, fill=colour)


def _mountain(draw, rnd, colour):
    peak = rnd.randint(WIDTH // 3, 2 * WIDTH // 3)
    draw.polygon([(peak - 520, 470), (peak, rnd.randint(150, 220)), (peak + 560, 470)], fill=colour)


def _fields(draw, rnd, top, light, dark):
    y = top
    band = 18
    while y < HEIGHT:
        draw.rectangle([0, y, WIDTH, y + band], fill=light if (y // band) % 2 else dark)
        y += band
        band = int(band * 1.18) + 1


def _river(draw, rnd, colour):
    points = []
    for i in range(11):
        x = WIDTH * 0.45 + rnd.uniform(-60, 60) + (i - 5) * 25
        points.append((x, 470 + i * 30))
    left = [(x - 20 - i * 18, y) for i, (x, y) in enumerate(points)]
    right = [(x + 20 + i * 18, y) for i, (x, y) in enumerate(points)]
    draw.polygon(left + list(reversed(right)), fill=colour)


def _buildings(draw, rnd, base_y, colour):
    x = 0
    while x < WIDTH:
        width = rnd.randint(50, 120)
        height = rnd.randint(80, 260)
        draw.rectangle([x, base_y - height, x + width, base_y], fill=colour)
        window = _mix(colour, (255, 245, 210), 0.55)
        for wy in range(base_y - height + 14, base_y - 16, 28):
            for wx in range(x + 10, x + width - 14, 22):
                if rnd.random() < 0.55:
                    draw.rectangle([wx, wy, wx + 9, wy + 12], fill=window)
        x += width + rnd.randint(4, 18)


def _lanterns(draw, rnd):
    for _ in range(9):
        x, y = rnd.randint(60, WIDTH - 60), rnd.randint(60, 300)
        r = rnd.randint(24, 40)
        draw.line([(x, 0), (x, y - r)], fill=(120, 60, 40), width=2)
        draw.ellipse([x - r, y - r, x + r, y + r], fill=rnd.choice([(205, 45, 40), (230, 160, 40), (215, 90, 50)]))


def draw_portrait(seed):
    """A neutral silhouette standing in for a leader's photo (4:5)."""
    rnd = random.Random(f"portrait:{seed}")
    width, height = 480, 600
    background = rnd.choice([(214, 222, 232), (226, 220, 210), (216, 228, 220)])
    image = PILImage.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        draw.line([(0, y), (width, y)], fill=_mix(background, (250, 250, 250), y / height * 0.5))
    figure = _mix(background, (70, 82, 100), 0.55)
    draw.ellipse([60, 400, 420, 800], fill=figure)
    draw.rectangle([208, 330, 272, 420], fill=figure)
    draw.ellipse([155, 150, 325, 360], fill=figure)
    image = image.filter(ImageFilter.GaussianBlur(1.0))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85, optimize=True)
    return buffer


def draw_scene(motif, seed):
    """A calm illustrative scene; the same (motif, seed) always gives the same picture."""
    if motif == "portrait":
        return draw_portrait(seed)
    rnd = random.Random(f"{motif}:{seed}")
    palette = PALETTES[rnd.choice(sorted(PALETTES))]
    image = PILImage.new("RGB", (WIDTH, HEIGHT))
    draw = ImageDraw.Draw(image)
    _sky(draw, palette[0], palette[1], HEIGHT)
    sun = rnd.randint(150, WIDTH - 150)
    draw.ellipse([sun - 60, 90, sun + 60, 210], fill=_mix(palette[1], (255, 250, 230), 0.7))
    if motif in ("mountain", "fields", "river"):
        _mountain(draw, rnd, _mix(palette[2], (90, 100, 120), 0.45))
    if motif == "city":
        _buildings(draw, rnd, 520, _mix(palette[3], (70, 80, 95), 0.6))
    if motif == "festival":
        _lanterns(draw, rnd)
    _hills(draw, rnd, 500, palette[2], 70)
    if motif == "fields":
        _fields(draw, rnd, 540, _mix(palette[3], (200, 210, 90), 0.5), palette[3])
    else:
        _hills(draw, rnd, 590, palette[3], 40)
    if motif in ("river", "mountain"):
        _river(draw, rnd, _mix(palette[0], (90, 150, 190), 0.6))
    if motif == "road":
        draw.polygon([(WIDTH / 2 - 30, 500), (WIDTH / 2 + 30, 500), (WIDTH / 2 + 380, HEIGHT), (WIDTH / 2 - 380, HEIGHT)],
                     fill=(95, 95, 100))
        for i in range(6):
            y0 = 520 + i * 40
            draw.rectangle([WIDTH / 2 - 4 - i, y0, WIDTH / 2 + 4 + i, y0 + 18 + i * 3], fill=(240, 240, 235))
    image = image.filter(ImageFilter.GaussianBlur(1.2))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=82, optimize=True)
    return buffer


def demo_collection():
    collection = Collection.objects.filter(name=COLLECTION_NAME).first()
    if collection is None:
        collection = Collection.get_first_root_node().add_child(name=COLLECTION_NAME)
    return collection


def demo_image(title, motif, seed):
    """The demo image with this title, drawn and stored the first time only."""
    Image = get_image_model()
    collection = demo_collection()
    image = Image.objects.filter(title=title, collection=collection).first()
    if image is not None:
        return image, False
    buffer = draw_scene(motif, seed)
    image = Image(title=title, collection=collection,
                  file=ImageFile(buffer, name=f"minh-hoa-{motif}.jpg"))
    image.save()
    return image, True
