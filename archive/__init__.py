"""Static digital archive of Arabic news: seeds → Markdown pages → MkDocs site."""

__version__ = "0.1.0"
