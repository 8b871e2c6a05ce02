"""newsquote: what the article is, who said what, and when.

>>> import newsquote
>>> art = newsquote.process("“We will talk,” Peskov said on Monday.")
>>> [(q.text, q.speaker.name) for q in art.quotes]
[('We will talk', 'Peskov')]
"""

from __future__ import annotations

from . import exceptions
from ._batch import process_many
from ._dates import find_dates, normalise_date
from ._model import (
    Article,
    Boilerplate,
    Cleaned,
    DateMention,
    Failure,
    Mention,
    Quote,
    Sentence,
    Speaker,
)
from ._pipeline import clean, process
from ._quotes import find_quotes
from ._segment import segment
from .exceptions import NewsquoteError

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Boilerplate",
    "Cleaned",
    "DateMention",
    "Failure",
    "Mention",
    "NewsquoteError",
    "Quote",
    "Sentence",
    "Speaker",
    "__version__",
    "clean",
    "exceptions",
    "find_dates",
    "find_quotes",
    "normalise_date",
    "process",
    "process_many",
    "segment",
]
