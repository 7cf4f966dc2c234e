"""What a manager changes for the whole site: its policy (démarches, timeouts, wipe plan…)."""
