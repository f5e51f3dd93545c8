"""Clean: from a RawItem as received to the Article text every offset points into.

`clean_item` is the entry point; boilerplate patterns are data
(resources/clean/boilerplate.yaml). Duplicate detection is `marsad.clean.duplicates`.
"""

from marsad.clean.article import article_id, clean_item, content_hash

__all__ = ["article_id", "clean_item", "content_hash"]
