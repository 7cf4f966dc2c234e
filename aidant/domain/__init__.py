"""The shared vocabulary of the domain: errors, identifiers, actors, démarches, kinds."""
