"""Kept for old habits: the same as `marsad train ner` (marsad.entities.training)."""

from marsad.cli.train import ner_command

if __name__ == "__main__":
    ner_command()
