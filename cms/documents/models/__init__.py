"""Models of the legal-document registry (DESIGN.md §3)."""

from .attachments import DocumentAttachment
from .document import LegalDocument, LegalDocumentQuerySet
from .index_page import DocumentIndexPage
from .lists import DocumentType, Field, IssuingBody
from .relations import DocumentRelation, RelationKind
from .status import ValidityStatus

__all__ = [
    "DocumentAttachment", "DocumentIndexPage", "DocumentRelation", "DocumentType", "Field", "IssuingBody",
    "LegalDocument", "LegalDocumentQuerySet", "RelationKind", "ValidityStatus",
]
