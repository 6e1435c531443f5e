"""newsreader's terminal interface and command line. Never imports spaCy at module level."""
