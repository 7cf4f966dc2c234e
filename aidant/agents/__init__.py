"""The site's agents: accounts, login and throttling, one-time codes."""
