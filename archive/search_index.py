"""The search index files (filled in by the search issue)."""


def files(articles):
    return []
