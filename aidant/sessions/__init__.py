"""Agent and usager sessions: idle lock, ending, and the wipe applied at the end."""
