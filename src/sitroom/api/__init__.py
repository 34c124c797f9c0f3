"""The REST API (FastAPI) over the store; ``sitroom serve`` runs it. See :mod:`.app`."""
