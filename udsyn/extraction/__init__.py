"""Document pipeline of udsyn: parse, normalise, segment and extract candidate records.

Plain Python: nothing here imports Django, so the command line and workers can use it alone.

    from udsyn.extraction import extract_file, to_contract
    result = extract_file("mapping.pdf")
    print(to_contract([result]))
"""

from .errors import (
    CorruptDocument,
    EmptyDocument,
    EncryptedDocument,
    ExtractionError,
    TooLarge,
    UnsupportedType,
)
from .model import BULK_ACCEPT_CONFIDENCE, DocumentResult, ParsedDocument, Record
from .pipeline import extract_bytes, extract_file, to_contract, warm_up

__all__ = [
    "BULK_ACCEPT_CONFIDENCE", "CorruptDocument", "DocumentResult", "EmptyDocument", "EncryptedDocument",
    "ExtractionError",
    "ParsedDocument", "Record", "TooLarge", "UnsupportedType", "extract_bytes", "extract_file", "to_contract",
    "warm_up",
]
