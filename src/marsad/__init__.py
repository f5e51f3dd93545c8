"""marsad: Arabic news in, a structured and auditable record of political events out.

The library API is what the CLI and the web app call; see the submodules named
after each pipeline stage (ingest → clean → text → entities → events → fusion →
store).
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("marsad")
except PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.0.0"

__all__ = ["__version__"]
