import pytest


@pytest.fixture(scope="session", autouse=True)
def _engine_cache(compiled_engine_cached):
    """A Session here finds the compiled engine cached (tests/conftest.py)."""
