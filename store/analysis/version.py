"""The analyzer's version. Bump it when results change: stored analyses from an older
version are redone the next time their article is opened (or by `newsreader add`)."""

ANALYZER_VERSION = "70"
