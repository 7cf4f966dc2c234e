"""The site context every service runs in: paths, open database, clock, policy, templates."""
