from .catalogue_item import CatalogueItem
from .pages import CataloguePage, DisclosureSectionPage
from .record import DisclosureAttachment, DisclosureKind, DisclosureRecord

__all__ = ["CatalogueItem", "CataloguePage", "DisclosureAttachment", "DisclosureKind", "DisclosureRecord",
           "DisclosureSectionPage"]
