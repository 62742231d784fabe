"""Write src/dhrparse/vocab/type_widths.json: advance widths (thousandths of an em) of the
printable Latin-1 characters and the usual typographic punctuation, measured with fontTools
from the free faces metric-compatible with Calibri, Arial, Times New Roman and Cambria, and
DejaVu Sans.

    python dev/type_widths.py src/dhrparse/vocab/type_widths.json

With --serif, DejaVu Serif is measured too (as "dejavuserif"), for probes only (dev/joined_gates.py
--faces): LibreOffice sets a document in it when the face the document names is not installed,
as several zoo and blind PDFs were rendered. It is not in the shipped file: every joined-cell
reader tries each face, so a face added there changes their readings and costs their time.
"""

import json
import sys

from fontTools.ttLib import TTFont

FACES = {
    "calibri": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "arial": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "times": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "cambria": "/usr/share/fonts/truetype/crosextra/Caladea-Regular.ttf",
    "dejavu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
}
if "--serif" in sys.argv:
    FACES["dejavuserif"] = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
args = [a for a in sys.argv[1:] if a != "--serif"]
chars = [chr(c) for c in (*range(0x20, 0x7F), *range(0xA0, 0x100))] + list("‘’“”–—•…€≥≤")
out = {}
for face, path in FACES.items():
    f = TTFont(path)
    cmap, hmtx, upm = f.getBestCmap(), f["hmtx"], f["head"].unitsPerEm
    widths = {}
    for ch in chars:
        g = cmap.get(ord(ch))
        if g:
            widths[ch] = round(hmtx[g][0] * 1000 / upm)
    out[face] = widths
with open(args[0], "w") as f:
    json.dump(out, f, ensure_ascii=False, separators=(",", ":"))
