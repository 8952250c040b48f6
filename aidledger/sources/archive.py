"""Archives (``.zip``, ``.tar.gz``, ``.tgz``, ``.tar``): their members, read in memory, never unpacked
to disk, within limits that stop a zip bomb.

A member is refused (AL116, one line, the other members are still read) when its name escapes the
archive's folder (an absolute path, a ``..`` part, a drive letter), when it is a link or a device,
when it is encrypted, when it would unpack to more than ``MAX_MEMBER_BYTES`` or, above 1 MiB,
more than ``MAX_RATIO`` times its compressed size, and when it is itself an archive. The whole
archive is refused, or the rest of it once the limit is reached, beyond ``MAX_MEMBERS`` members or
``MAX_TOTAL_BYTES`` unpacked. A file that is not an archive of its kind gets AL115.

JSON members are sidecars for the members beside them, as in a folder (``aidledger.sources.meta``).
macOS resource forks (``__MACOSX/``, ``._NAME``) are skipped.
"""

from __future__ import annotations

import posixpath
import re
import stat
import tarfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from aidledger.model import Problem

SUFFIXES = (".zip", ".tar.gz", ".tgz", ".tar")

MAX_MEMBERS = 100_000
MAX_MEMBER_BYTES = 256 * 2**20
MAX_TOTAL_BYTES = 2 * 2**30
MAX_RATIO = 100
MAX_SIDECAR_BYTES = 16 * 2**20
_RATIO_FLOOR = 2**20
_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass(frozen=True, slots=True)
class Member:
    """A member to read as a document file.

    Attributes:
        name: its path inside the archive (``/``-separated, no leading ``./``).
        data: its bytes.
        sidecars: the archive's JSON members by name, for ``meta.sidecar`` lookups.
    """

    name: str
    data: bytes
    sidecars: dict[str, bytes]

    def lookup(self, sibling: str) -> bytes | None:
        """A JSON member beside this one, by base name."""
        folder = posixpath.dirname(self.name)
        return self.sidecars.get(posixpath.join(folder, sibling) if folder else sibling)


def escapes(name: str) -> str | None:
    """Why a member name escapes the archive's folder, or None when it stays inside."""
    if ".." in re.split(r"[/\\]", name):
        return "'..' in its path"
    normal = posixpath.normpath(name.replace("\\", "/"))
    if name.startswith(("/", "\\")) or normal.startswith("/") or _DRIVE.match(normal):
        return "absolute path"
    return None


def _skipped(name: str) -> bool:
    parts = name.split("/")
    return parts[0] == "__MACOSX" or parts[-1].startswith("._")


def _clean(name: str) -> str:
    while name.startswith("./"):
        name = name[2:]
    return name


def _read_capped(handle: IO[bytes], limit: int) -> bytes | None:
    data = handle.read(limit + 1)
    return None if len(data) > limit else data


def members(path: Path, *, wanted: Callable[[str], bool]) -> Iterator[Member | Problem]:
    """The members of the archive at ``path`` whose name ``wanted`` accepts, and problems (AL115,
    AL116) for what cannot be read or is refused."""
    lower = path.name.lower()
    if lower.endswith(".zip"):
        yield from _zip(path, wanted)
    else:
        yield from _tar(path, wanted)


def _problem(path: Path, name: str | None, reason: str, code: str = "AL116") -> Problem:
    where = f"{path}!{name}" if name else str(path)
    return Problem(code, f"{where}: {reason}", doc_id=posixpath.basename(name or path.name))


def _zip(path: Path, wanted: Callable[[str], bool]) -> Iterator[Member | Problem]:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        yield _problem(path, None, f"not a readable zip archive ({exc}); skipped", "AL115")
        return
    with archive:
        infos = [i for i in archive.infolist() if not i.is_dir()]
        if len(infos) > MAX_MEMBERS:
            yield _problem(path, None, f"{len(infos):,} members, more than {MAX_MEMBERS:,}; archive refused")
            return
        total = sum(i.file_size for i in infos)
        if total > MAX_TOTAL_BYTES:
            yield _problem(path, None, f"would unpack to {total:,} bytes, more than {MAX_TOTAL_BYTES:,} "
                                       "(a zip bomb?); archive refused")
            return
        sidecars: dict[str, bytes] = {}
        for info in infos:
            name = _clean(info.filename)
            if name.lower().endswith(".json") and not escapes(name) and info.file_size <= MAX_SIDECAR_BYTES \
                    and not info.flag_bits & 1:
                try:
                    with archive.open(info) as handle:
                        data = _read_capped(handle, MAX_SIDECAR_BYTES)
                except (zipfile.BadZipFile, OSError, RuntimeError, EOFError):
                    data = b"\xff"  # read as a malformed sidecar
                if data is not None:
                    sidecars[name] = data
        for info in infos:
            name = _clean(info.filename)
            if _skipped(name) or not wanted(name):
                continue
            reason = _zip_refusal(info, name)
            if reason:
                yield _problem(path, name, f"{reason}; refused")
                continue
            try:
                with archive.open(info) as handle:
                    data = _read_capped(handle, min(info.file_size, MAX_MEMBER_BYTES))
            except (zipfile.BadZipFile, OSError, RuntimeError, EOFError, ValueError) as exc:
                yield _problem(path, name, f"member cannot be read ({exc}); skipped", "AL115")
                continue
            if data is None:
                yield _problem(path, name, "member unpacks to more than its declared size (a zip bomb?); refused")
                continue
            yield Member(name, data, sidecars)


def _zip_refusal(info: zipfile.ZipInfo, name: str) -> str | None:
    reason = escapes(name)
    if reason:
        return f"entry escapes its folder ({reason})"
    if stat.S_ISLNK(info.external_attr >> 16):
        return "symbolic link entry"
    if info.flag_bits & 1:
        return "encrypted entry"
    if info.file_size > MAX_MEMBER_BYTES:
        return f"entry unpacks to {info.file_size:,} bytes, more than {MAX_MEMBER_BYTES:,}"
    if info.file_size > _RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        return (f"entry unpacks to {info.file_size:,} bytes from {info.compress_size:,} "
                f"(more than {MAX_RATIO}x: a zip bomb?)")
    return None


def _tar(path: Path, wanted: Callable[[str], bool]) -> Iterator[Member | Problem]:
    """Two streaming passes: the JSON sidecars first, then the documents (bounded memory, no seeks)."""
    sidecars: dict[str, bytes] = {}
    for item in _tar_pass(path, lambda name: name.lower().endswith(".json"), MAX_SIDECAR_BYTES, quiet=True):
        if isinstance(item, tuple):
            sidecars[item[0]] = item[1]
    for item in _tar_pass(path, wanted, MAX_MEMBER_BYTES, quiet=False):
        yield Member(item[0], item[1], sidecars) if isinstance(item, tuple) else item


def _tar_pass(path: Path, wanted: Callable[[str], bool], limit: int,
              *, quiet: bool) -> Iterator[tuple[str, bytes] | Problem]:
    try:
        with path.open("rb") as raw, tarfile.open(fileobj=raw, mode="r|*") as archive:
            total = count = 0
            for info in archive:
                count += 1
                total += info.size
                if count > MAX_MEMBERS or total > MAX_TOTAL_BYTES or (
                        total > _RATIO_FLOOR and total > MAX_RATIO * max(raw.tell(), 1)):
                    if not quiet:
                        yield _problem(path, None, f"unpacks to more than {min(total, MAX_TOTAL_BYTES):,} bytes "
                                                   f"from {raw.tell():,} or holds more than {MAX_MEMBERS:,} "
                                                   "members (a tar bomb?); the rest of the archive refused")
                    return
                name = _clean(info.name)
                if info.isdir() or _skipped(name) or not wanted(name):
                    continue
                reason = escapes(name)
                reason = f"entry escapes its folder ({reason})" if reason else (
                    "link entry" if info.issym() or info.islnk() else
                    None if info.isfile() else "special file entry")
                if reason is None and info.size > limit:
                    reason = f"entry unpacks to {info.size:,} bytes, more than {limit:,}"
                if reason:
                    if not quiet:
                        yield _problem(path, name, f"{reason}; refused")
                    continue
                handle = archive.extractfile(info)
                data = _read_capped(handle, limit) if handle is not None else None
                if data is not None:
                    yield name, data
    except (tarfile.TarError, EOFError, OSError, ValueError) as exc:
        if not quiet:
            yield _problem(path, None, f"not a readable tar archive ({type(exc).__name__}: {exc}); "
                                       "the rest of it skipped", "AL115")
