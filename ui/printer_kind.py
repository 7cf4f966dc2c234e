"""Telling a real printer from one that keeps the document as a file, by what it does.

A name proves nothing: a "Microsoft Print to PDF" can be renamed "Accueil", a fax driver files
what it "sends", and any printer can be set on a `FILE:` port. So a printer is refused when Qt
says it writes a file (output format, output file name), or when its driver or port (asked of
the system through `PrinterPlumbing`: the Windows spooler, CUPS elsewhere) is one that leaves
a file behind: PDF, XPS, OneNote, fax and image drivers; `FILE:`, `PORTPROMPT:`, a path or a
`file:`/`cups-pdf:` device.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import shutil
import subprocess
import sys
from typing import Protocol

from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

log = logging.getLogger(__name__)


@dataclasses.dataclass(frozen=True)
class Plumbing:
    """What the system says drives a printer: the driver's name and the port (or CUPS device
    URI) it prints to ("" when unknown)."""

    driver: str = ""
    port: str = ""


class PrinterPlumbing(Protocol):
    """Asks the system for a printer's driver and port (tests use a stand-in)."""

    def plumbing(self, printer_name: str) -> Plumbing | None:
        """None when the system does not know the printer (it is then refused)."""
        ...


#: Drivers whose "printing" is writing a file (or sending a fax from this PC).
_FILE_DRIVERS = re.compile(
    r"pdf|xps|onenote|fax|document writer|image writer|send to|print to file|"
    r"cute ?writer|snagit|generic.*file",
    re.IGNORECASE,
)
#: Ports that are files: Windows `FILE:`, "ask for a name", paths, virtual ports; CUPS URIs.
_FILE_PORTS = re.compile(
    r"^(file:|portprompt:|nul:?$|xpsport:|shrfax:|pdf|[a-z]:\\|\\\\\?\\|/|cups-pdf:|"
    r"cups-brf:|fax:|hpfax:|microsoft\.office\.onenote)|\.(pdf|xps|oxps|prn|ps|tiff?)$",
    re.IGNORECASE,
)
#: Kept from the first filter: a name that says it plainly is refused too.
_FILE_NAMES = re.compile(r"pdf|xps|onenote|fichier|file|fax", re.IGNORECASE)


def plumbing_says_file(found: Plumbing) -> bool:
    return bool(_FILE_DRIVERS.search(found.driver)) or bool(_FILE_PORTS.search(found.port.strip()))


@dataclasses.dataclass(frozen=True)
class PrinterFacts:
    """What Qt says of the chosen printer."""

    name: str
    native: bool  # False: Qt renders to PDF itself
    output_file: str
    make_and_model: str


def facts_of(printer: QPrinter) -> PrinterFacts:
    name = printer.printerName()
    return PrinterFacts(
        name=name,
        native=printer.outputFormat() == QPrinter.OutputFormat.NativeFormat,
        output_file=printer.outputFileName(),
        make_and_model=QPrinterInfo.printerInfo(name).makeAndModel() if name else "",
    )


def refuses(facts: PrinterFacts, system: PrinterPlumbing) -> bool:
    """True for a printer that would leave the document on this PC's disk."""
    if not facts.native or facts.output_file:
        return True
    if not facts.name or _FILE_NAMES.search(facts.name):
        return True
    if _FILE_DRIVERS.search(facts.make_and_model):
        return True
    found = system.plumbing(facts.name)
    if found is None:
        log.info("printer refused: the system does not describe it")
        return True
    return plumbing_says_file(found)


def writes_a_file(printer: QPrinter, system: PrinterPlumbing | None = None) -> bool:
    """True for a printer that would leave the document on this PC's disk."""
    return refuses(facts_of(printer), system or system_plumbing())


class WindowsSpooler:
    """The Windows spooler's own record of the printer (pywin32's `GetPrinter`, level 2)."""

    def plumbing(self, printer_name: str) -> Plumbing | None:
        try:
            import win32print  # Windows only
        except ImportError:
            log.warning("pywin32 missing: printers cannot be checked, all are refused")
            return None
        import pywintypes

        try:
            handle = win32print.OpenPrinter(printer_name)
        except pywintypes.error:  # an unknown printer
            return None
        try:
            info = win32print.GetPrinter(handle, 2)
        finally:
            win32print.ClosePrinter(handle)
        return Plumbing(str(info.get("pDriverName") or ""), str(info.get("pPortName") or ""))


class Cups:
    """CUPS (Linux, macOS): the device URI from `lpstat -v`; the driver is Qt's make and model."""

    def plumbing(self, printer_name: str) -> Plumbing | None:
        lpstat = shutil.which("lpstat")
        if lpstat is None:
            return Plumbing()
        try:
            # A fixed program; the printer's name is one argument, never parsed by a shell.
            done = subprocess.run(
                [lpstat, "-v", printer_name], capture_output=True, text=True, timeout=5, check=False
            )
        except (OSError, subprocess.SubprocessError):
            return Plumbing()
        for line in done.stdout.splitlines():
            _, sep, uri = line.partition(": ")
            if sep:
                return Plumbing(port=uri.strip())
        return Plumbing()


def system_plumbing() -> PrinterPlumbing:
    return WindowsSpooler() if sys.platform == "win32" else Cups()
