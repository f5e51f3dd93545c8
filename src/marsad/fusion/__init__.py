"""Cross-article fusion: the same real-world event reported by many articles becomes one."""

from marsad.fusion.merge import EventMention, FusedEvent, fuse_mentions

__all__ = ["EventMention", "FusedEvent", "fuse_mentions"]
