"""Privacy: who sees what (private / partner / partner + coach), notes, data export and deletion."""
