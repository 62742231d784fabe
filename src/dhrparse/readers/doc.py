"""Old Word `.doc` files (the binary format councils still publish).

There is no pure-Python reader for the format worth trusting, so a `.doc` is converted
to `.docx` by LibreOffice (`soffice --headless --convert-to docx`) when it is on the
PATH and then read as Word. Without LibreOffice the file fails with one line saying how
to convert it, never as "binary data".
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from dhrparse.readers import ReadError

# the signature of an OLE2 compound file: .doc (and .xls/.ppt, and encrypted Office files)
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
CONVERT_SECONDS = 300
HOW_TO_CONVERT = (
    "an old Word .doc file: install LibreOffice (soffice on the PATH) and dhrparse converts it, "
    "or convert it yourself (soffice --headless --convert-to docx FILE.doc, or Save As .docx in Word)"
)


def soffice() -> str | None:
    """LibreOffice's command line, when installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def doc_to_docx(data: bytes) -> bytes:
    """The .docx LibreOffice makes of a .doc, or ReadError with the way to convert it by hand."""
    program = soffice()
    if program is None:
        raise ReadError(HOW_TO_CONVERT)
    with tempfile.TemporaryDirectory(prefix="dhrparse-doc-") as tmp:
        folder = Path(tmp)
        source = folder / "input.doc"
        source.write_bytes(data)
        # a profile of its own: LibreOffice refuses to run twice on one profile (parallel batch workers)
        command = [
            program,
            "--headless",
            "--norestore",
            "--nolockcheck",
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--convert-to",
            "docx",
            "--outdir",
            str(folder / "out"),
            str(source),
        ]
        try:
            subprocess.run(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                timeout=CONVERT_SECONDS,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise ReadError(f"LibreOffice took over {CONVERT_SECONDS} s converting this .doc file") from None
        except OSError as exc:
            raise ReadError(
                f"could not run LibreOffice to convert this .doc file: {exc.strerror or exc}"
            ) from None
        converted = folder / "out" / "input.docx"
        if not converted.is_file():
            raise ReadError("LibreOffice could not convert this .doc file (corrupt, or password-protected)")
        return converted.read_bytes()
