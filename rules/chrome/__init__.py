"""Site chrome: the page model the chrome rules share, their vocabularies, and the rules."""
