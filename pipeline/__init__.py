"""CSTO news pipeline: raw files to a clean, English, versioned dataset of articles.

Load a table of the latest version with ``load_table("articles")``; run the flow with
``python -m pipeline run``.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("csto-pipeline")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0+unknown"

from pipeline.io.store import load_table

__all__ = ["__version__", "load_table"]
