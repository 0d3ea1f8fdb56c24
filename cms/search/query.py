"""Turn what a visitor typed into a search-backend query (original words, folded words, synonyms, numbers)."""

from dataclasses import dataclass, field

from wagtail.search.query import Or, Phrase, PlainText

from .text import MAX_TERMS, clean_query, fold_keep_length, has_marks, numbers_in, words


@dataclass
class ParsedQuery:
    text: str  # the cleaned query as typed (shown back to the visitor)
    terms: list = field(default_factory=list)  # words with their marks
    folded_terms: list = field(default_factory=list)
    numbers: list = field(default_factory=list)  # canonical folded document numbers
    variants: list = field(default_factory=list)  # folded word lists from synonyms
    marked: bool = False

    @property
    def is_empty(self):
        return not self.terms

    @property
    def highlight_terms(self):
        """Folded words to mark in snippets, longest first."""
        seen = set(self.folded_terms)
        for variant in self.variants:
            seen.update(variant)
        return sorted(seen, key=len, reverse=True)

    def backend_query(self):
        """Or() of the alternatives; None when there is nothing to look for."""
        if self.is_empty:
            return None
        alternatives = [PlainText(" ".join(self.terms), operator="and")]
        if self.folded_terms != self.terms:
            alternatives.append(PlainText(" ".join(self.folded_terms), operator="and"))
        for variant in self.variants:
            alternatives.append(PlainText(" ".join(variant), operator="and"))
        for number in self.numbers:
            alternatives.append(Phrase(number))
        return alternatives[0] if len(alternatives) == 1 else Or(alternatives)


def _expand(folded_terms, synonyms):
    """Word lists where an abbreviation is replaced by its expansion or the other way round."""
    variants = []
    joined = " " + " ".join(folded_terms) + " "
    for short, long in synonyms:
        if f" {short} " in joined:
            variants.append(joined.replace(f" {short} ", f" {long} ", 1).split())
        if f" {long} " in joined:
            variants.append(joined.replace(f" {long} ", f" {short} ", 1).split())
    unique = []
    for variant in variants:
        if variant and variant != folded_terms and variant not in unique:
            unique.append(variant)
    return unique[:4]


def parse(raw, synonyms=()):
    """`synonyms` is a list of (folded abbreviation, folded expansion) pairs."""
    text = clean_query(raw)
    terms = words(text)[:MAX_TERMS]
    folded = [fold_keep_length(t) for t in terms]
    numbers = numbers_in(text)
    return ParsedQuery(
        text=text, terms=terms, folded_terms=folded, numbers=numbers[:3],
        variants=_expand(folded, synonyms), marked=has_marks(text),
    )
