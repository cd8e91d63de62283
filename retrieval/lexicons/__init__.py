"""Data files: the bilingual shopping lexicon and the Q&A intent lexicon."""
