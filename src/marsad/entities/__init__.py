"""Entity recognition and linking: who and where an article talks about.

`extract_entities(article, sentences, resources)` finds names (gazetteer over the
knowledge base, title and nisba patterns, a CRF for names no list holds), links
each to a canonical actor with its office at the article's date, and groups the
mentions into document-level entities (OUTPUT.md).
"""

from marsad.entities.build import extract_entities
from marsad.entities.table import EntityResult

__all__ = ["EntityResult", "extract_entities"]
