"""Dutch (and Flemish) language data for the analyzer."""
