"""Whether a PDF's wide tables wrap every cell at one width per column in the face's advance
widths (vocab/type_widths.json): per column, (widest line, narrowest line with the next line's
first word, the cell's width in ems) and OK where the first is no more than the second.
Run with pdfplumber (dev tool, not a dependency):

    /tmp/plumbvenv/bin/python dev/wrap_truth.py tests/zoo/X.pdf ...
"""

import importlib.util
import sys

import pdfplumber

spec = importlib.util.spec_from_file_location(
    "tw",
    str(__import__("pathlib").Path(__file__).resolve().parent.parent / "src/dhrparse/vocab/type_widths.py"),
)
tw = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tw)
Face = tw.Face
FACE = {
    "LiberationSans": "arial",
    "Carlito": "calibri",
    "LiberationSerif": "times",
    "Caladea": "cambria",
    "DejaVuSans": "dejavu",
}


def face_of(fontname):
    base = fontname.split("+")[-1].split("-")[0]
    return FACE.get(base)


for path in sys.argv[1:]:
    with pdfplumber.open(path) as pdf:
        print("####", path)
        for pn, page in enumerate(pdf.pages):
            tables = page.find_tables()
            words = page.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=False)
            for t in tables:
                ncols = max(len(r.cells) for r in t.rows)
                if ncols < 6:
                    continue
                room = {}
                for r in t.rows:
                    for c, cell in enumerate(r.cells):
                        if cell is None:
                            continue
                        x0, top, x1, bottom = cell
                        ws = [
                            w
                            for w in words
                            if x0 <= (w["x0"] + w["x1"]) / 2 <= x1
                            and top <= (w["top"] + w["bottom"]) / 2 <= bottom
                        ]
                        if not ws:
                            continue
                        lines = {}
                        for w in ws:
                            lines.setdefault(round(w["top"]), []).append(w)
                        ls = [sorted(v, key=lambda w: w["x0"]) for k, v in sorted(lines.items())]
                        f = Face(face_of(ws[0]["fontname"]) or "arial")
                        bold = "Bold" in ws[0]["fontname"]

                        def wid(ln, f=f):
                            return sum(f.width(w["text"]) for w in ln) + f.space * (len(ln) - 1)

                        lo = max(wid(ln) for ln in ls)
                        hi = min(
                            [wid(a) + f.space + f.width(b[0]["text"]) for a, b in zip(ls, ls[1:])]
                            or [float("inf")]
                        )
                        cellw = (x1 - x0) / ws[0]["size"]
                        key = c
                        o = room.setdefault(key, [0, float("inf"), cellw, []])
                        if not bold:
                            o[0] = max(o[0], lo)
                            if hi < o[1]:
                                o[1] = hi
                                o[3] = [" ".join(w["text"] for w in ln) for ln in ls][:3]
                print(
                    " page",
                    pn,
                    {
                        c: (
                            round(v[0], 2),
                            round(v[1], 2),
                            round(v[2], 2),
                            "OK" if v[0] <= v[1] * 1.02 else "BAD " + str(v[3]),
                        )
                        for c, v in sorted(room.items())
                    },
                )
