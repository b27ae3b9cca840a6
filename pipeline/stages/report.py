"""The HTML report: one self-contained page with the card's facts, the pictures, and searchable tables.

Every piece of article text goes through ``html.escape``; the pictures are embedded as data URIs; a small
script filters the quote and event tables as you type (and reads ``#q=…`` from the address, so a link can
carry a search). No network access, no external files.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Mapping
from typing import Any

import pandas as pd

from pipeline.stages.figures import FIGURES

_SCRIPT = """
function applyFilter(value) {
  const needle = value.trim().toLowerCase();
  for (const table of document.querySelectorAll('table.searchable')) {
    let shown = 0;
    for (const row of table.tBodies[0].rows) {
      const hit = !needle || row.textContent.toLowerCase().includes(needle);
      row.style.display = hit ? '' : 'none';
      if (hit) shown += 1;
    }
    document.getElementById(table.id + '-count').textContent = shown;
  }
}
const box = document.getElementById('search');
box.addEventListener('input', () => applyFilter(box.value));
const fromHash = new URLSearchParams(location.hash.slice(1)).get('q');
if (fromHash) { box.value = fromHash; }
applyFilter(box.value);
"""

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2rem; max-width: 1200px; color: #222; }
table { border-collapse: collapse; width: 100%; font-size: 0.85rem; margin-bottom: 2rem; }
th, td { border: 1px solid #ccc; padding: 4px 6px; vertical-align: top; text-align: left; }
th { background: #f0f0f0; position: sticky; top: 0; }
img { max-width: 100%; border: 1px solid #ddd; margin: 0.5rem 0 1.5rem; }
#search { font-size: 1rem; padding: 6px; width: 24rem; }
.counts td { font-weight: bold; }
"""


def _cell(value: Any) -> str:
    if value is None or (not isinstance(value, (list, tuple)) and not hasattr(value, "tolist") and pd.isna(value)):
        return ""
    if isinstance(value, (list, tuple)) or hasattr(value, "tolist"):
        return html.escape(", ".join(str(v) for v in list(value)))
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    return html.escape(str(value))


def _table(table_id: str, frame: pd.DataFrame, columns: list[str]) -> str:
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = "\n".join("<tr>" + "".join(f"<td>{_cell(row[c])}</td>" for c in columns) + "</tr>" for row in frame.to_dict("records"))
    return (
        f'<p><span id="{table_id}-count">{len(frame)}</span> of {len(frame)} rows shown</p>'
        f'<table class="searchable" id="{table_id}"><thead><tr>{head}</tr></thead><tbody>\n{body}\n</tbody></table>'
    )


def render_report(version: str, manifest: Mapping[str, Any], tables: Mapping[str, pd.DataFrame], pictures: Mapping[str, bytes]) -> str:
    """Return the whole page."""
    counts = "".join(
        f"<tr><th>{html.escape(name)}</th><td id='rows-{html.escape(name)}'>{info['rows']}</td></tr>"
        for name, info in manifest.get("tables", {}).items()
    )
    images = "".join(
        f'<figure><img alt="{html.escape(FIGURES.get(name, name))}" src="data:image/png;base64,{base64.b64encode(data).decode()}">'
        f"<figcaption>{html.escape(FIGURES.get(name, name))}</figcaption></figure>"
        for name, data in pictures.items()
    )
    quotes = _table("quotes", tables["quotes"], ["kind", "speaker", "via", "text_en", "text_original", "confidence", "article_id"])
    events = _table(
        "events",
        tables["events"],
        ["event_type", "event_date", "date_precision", "place", "country", "status", "actors", "evidence_en", "article_id"],
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>CSTO news dataset {html.escape(version)}</title>
<style>{_STYLE}</style></head><body>
<h1>CSTO news dataset, version {html.escape(version)}</h1>
<p>Parent version {html.escape(str(manifest.get('parent') or 'none'))}; created {html.escape(str(manifest.get('created_at')))};
validation {'passed' if manifest.get('validation', {}).get('passed') else 'found problems'}.</p>
<table class="counts"><tbody>{counts}</tbody></table>
<h2>Pictures</h2>{images}
<h2>Search</h2><input id="search" type="search" placeholder="Filter quotes and events (speaker, words, place...)">
<h2>Quotes</h2>{quotes}
<h2>Events</h2>{events}
<script>{_SCRIPT}</script>
</body></html>
"""
