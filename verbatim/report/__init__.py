"""``verbatim report``: one self-contained HTML page (or Markdown) over a datasets folder."""
