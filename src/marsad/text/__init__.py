"""Arabic text layer: normalisation for matching, sentences, tokens, time expressions."""
