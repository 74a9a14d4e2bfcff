"""A record validator for the engine tests: it fails every record, so the test sees that the
actors run the validator they are given and that its failures reach the driver."""
from __future__ import annotations

from types import SimpleNamespace


def reject_all(records):
    """One S999 failure per record."""
    return [SimpleNamespace(code="S999", doc_id=r["id"], message="rejected by the test") for r in records]
