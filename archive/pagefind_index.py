"""The hosted search index (Pagefind) — filled in by the search work."""


def build(site):
    return None
