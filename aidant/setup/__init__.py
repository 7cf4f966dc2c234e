"""What composes a site: set-up, opening for work, start-up upkeep, demo data, self-test."""
