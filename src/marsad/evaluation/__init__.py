"""Instruments anyone can rerun: gold-set scoring (GOLD.md), CoNLL NER scoring, benchmarks."""
