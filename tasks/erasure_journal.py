"""All or nothing for ``verbatim forget``: every file it removes or rewrites is kept aside first.

Forgetting a recording touches a dozen files (its file in every per-recording table, the
failures and corrections files that name it, the corpus tables rebuilt without it, a new
erasures file). A failure half-way (a full disk, S3 refusing a write, a crash while themes are
rebuilt) must leave the datasets as they were, so each change goes through a ``Journal``:

- before a file is removed or replaced, it is moved or copied into ``<datasets>/.forget-<id>/``
  (outside every table's folder, so no reader of a table sees it) and the journal, a small
  JSON file there, says where it came from; a file the forget creates is listed before it is
  written. Paths are kept relative to the datasets folder, so a later run that names the
  folder another way (``./out``, an absolute path) reads them right;
- ``rollback`` puts every kept file back and removes the created ones (``recordings`` last, so
  a recording never shows as present before its other files are back);
- ``commit`` deletes the journal first (the moment the forget is final), then the kept copies:
  a folder without a journal is a committed forget whose clean-up was cut short;
- a forget killed outright leaves its journal behind: ``recover`` rolls it back before the next
  forget starts. Locally ``lock`` keeps a second forget out while one runs (and a running one
  from being rolled back); on S3 there is no lock: run one forget at a time there.

Plain file operations over ``storage.DatasetSink`` (local or S3); no Prefect.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from verbatim.tasks.errors import InputError
from verbatim.tasks.storage import DatasetSink

PREFIX = ".forget-"
JOURNAL = "journal.json"


@dataclass
class Journal:
    sink: DatasetSink
    name: str = field(default_factory=lambda: f"{PREFIX}{uuid.uuid4().hex}")
    # [kind, path, copy, left]: kind "kept" (copy: where the original was put) or "created";
    # paths relative to the datasets folder, in order; left: the fingerprint of what this
    # forget left at path ("" when it removed it, None until known)
    entries: list[list] = field(default_factory=list)

    @property
    def root(self) -> str:
        return f"{self.sink.dest}/{self.name}"

    def _path(self, relative: str) -> str:
        return f"{self.sink.dest}/{relative}"

    def _relative(self, target: str) -> str:
        if not target.startswith(f"{self.sink.dest}/"):
            raise ValueError(f"{target} is not under {self.sink.dest}")
        return target[len(self.sink.dest) + 1 :]

    def _save(self) -> None:
        self.sink.put_bytes(f"{self.root}/{JOURNAL}", json.dumps(self.entries).encode())

    def _log(self, kind: str, target: str, keep_aside: bool, left: str | None = None) -> str:
        relative = self._relative(target)
        copy = f"{self.name}/{len(self.entries)}-{relative.replace('/', '~')}" if keep_aside else ""
        self.entries.append([kind, relative, copy, left])
        # written before the change it announces: a kill after this line leaves enough to undo it
        self._save()
        return self._path(copy) if copy else ""

    def written(self, target: str) -> None:
        """This forget has written ``target``: what it left there is recorded, so that a later
        recovery puts the original back only over this forget's own version, never over a file
        another command wrote since."""
        relative = self._relative(target)
        for entry in reversed(self.entries):
            if entry[1] == relative:
                entry[3] = self.sink.fingerprint(target)
                self._save()
                return

    def remove(self, target: str) -> bool:
        """Remove ``target``, keeping it aside; False if it was not there."""
        if not self.sink.exists(target):
            return False
        self.sink.move(target, self._log("kept", target, keep_aside=True, left=""))
        self.sink.remove(target)  # an emptied recording folder goes too (the file is gone already)
        return True

    def keep(self, target: str) -> None:
        """Keep a copy of ``target`` before it is rewritten in place (or note it as created)."""
        if self.sink.exists(target):
            self.sink.copy(target, self._log("kept", target, keep_aside=True))
        else:
            self.created(target)

    def created(self, target: str) -> None:
        """``target`` is about to be written by this forget: rollback removes it."""
        self._log("created", target, keep_aside=False)

    def commit(self) -> None:
        """The forget is final: the journal goes first, then what was kept aside."""
        self.sink.remove(f"{self.root}/{JOURNAL}")
        _clear(self.sink, self.name)

    def rollback(self) -> list[str]:
        """Every kept file back where it was, every created one gone; then the journal. A file
        another command wrote since this forget changed it stays as it is: those paths are
        returned."""
        undo = list(reversed(self.entries))
        # recordings last: until every other file is back, the recording shows as absent
        undo.sort(key=lambda e: PurePosixPath(e[1]).parts[0] == "recordings")
        changed_since = []
        for kind, relative, copy, left in undo:
            path = self._path(relative)
            if left is not None and self.sink.fingerprint(path) != left:
                changed_since.append(relative)
            elif kind == "created":
                self.sink.remove(path)
            elif self.sink.exists(self._path(copy)):
                self.sink.move(self._path(copy), path)
        self.commit()
        return changed_since


def _clear(sink: DatasetSink, name: str) -> None:
    for path in sink.list_under(f"{sink.dest}/{name}/"):
        sink.remove(path)
    if not sink.is_s3:
        with contextlib.suppress(OSError):
            Path(sink.dest, name).rmdir()


def recover(sink: DatasetSink) -> list[tuple[str, list[str]]]:
    """Roll back every forget killed before it committed: (journal name, paths left as another
    command wrote them since) each; clear what a committed one left (copies without a journal)."""
    undone = []
    for name in sorted({PurePosixPath(p).relative_to(sink.dest).parts[0] for p in sink.list_under(f"{sink.dest}/{PREFIX}")}):
        journal = f"{sink.dest}/{name}/{JOURNAL}"
        if not sink.exists(journal):
            _clear(sink, name)  # committed: only its clean-up was cut short
            continue
        undone.append((name, Journal(sink, name, json.loads(sink.get_bytes(journal))).rollback()))
    return undone


@contextlib.contextmanager
def lock(sink: DatasetSink) -> Iterator[None]:
    """One forget at a time on a local datasets folder (released when the process ends, however
    it ends); S3 has nothing like it, so there it does nothing."""
    if sink.is_s3:
        yield
        return
    folder = os.open(sink.dest, os.O_RDONLY)  # the folder itself is locked: no lock file to leave behind
    try:
        try:
            fcntl.flock(folder, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise InputError(
                f"verbatim forget {sink.dest}",
                "another forget is running on these datasets",
                "wait for it to finish, then run this one again",
            ) from None
        yield
    finally:
        os.close(folder)  # releases the lock
