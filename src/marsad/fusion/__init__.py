"""Cross-article fusion: the same real-world event reported by many articles becomes one."""

from marsad.fusion.merge import EventMention, FusedEvent, fuse_mentions
from marsad.fusion.store_io import FuseSummary, fuse

__all__ = ["EventMention", "FuseSummary", "FusedEvent", "fuse", "fuse_mentions"]
