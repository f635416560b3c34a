"""English language data for the analyzer."""
