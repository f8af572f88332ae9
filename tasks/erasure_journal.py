"""All or nothing for ``verbatim forget``: every file it removes or rewrites is kept aside first.

Forgetting a recording touches a dozen files (its file in every per-recording table, the
failures and corrections files that name it, the corpus tables rebuilt without it, a new
erasures file). A failure half-way (a full disk, S3 refusing a write, a crash while themes are
rebuilt) must leave the datasets as they were, so each change goes through a ``Journal``:

- before a file is removed or replaced, it is moved or copied into ``<datasets>/.forget-<id>/``
  (outside every table's folder, so no reader of a table sees it) and the journal, a small
  JSON file there, says where it came from; a file the forget creates is listed before it is
  written;
- ``rollback`` puts every kept file back and removes the created ones, newest first;
  ``commit`` drops the kept copies and the journal;
- a forget killed outright (no exception to catch) leaves its journal behind:
  ``recover`` rolls such leftovers back before the next forget starts.

Plain file operations over ``storage.DatasetSink`` (local or S3); no Prefect.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field

from verbatim.tasks.storage import DatasetSink

PREFIX = ".forget-"
JOURNAL = "journal.json"


@dataclass
class Journal:
    sink: DatasetSink
    name: str = field(default_factory=lambda: f"{PREFIX}{uuid.uuid4().hex}")
    # ("kept", original, copy) or ("created", path, ""), in the order they happened
    entries: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def root(self) -> str:
        return f"{self.sink.dest}/{self.name}"

    def _aside(self, target: str) -> str:
        return f"{self.root}/{len(self.entries)}-{target[len(self.sink.dest) + 1 :].replace('/', '~')}"

    def _log(self, kind: str, path: str, copy: str = "") -> None:
        self.entries.append((kind, path, copy))
        # written before the change it announces: a kill after this line leaves enough to undo it
        self.sink.put_bytes(f"{self.root}/{JOURNAL}", json.dumps(self.entries).encode())

    def remove(self, target: str) -> bool:
        """Remove ``target``, keeping it aside; False if it was not there."""
        if not self.sink.exists(target):
            return False
        copy = self._aside(target)
        self._log("kept", target, copy)
        self.sink.move(target, copy)
        self.sink.remove(target)  # an emptied recording folder too (the move left the file gone)
        return True

    def keep(self, target: str) -> None:
        """Keep a copy of ``target`` before it is rewritten in place."""
        if self.sink.exists(target):
            copy = self._aside(target)
            self._log("kept", target, copy)
            self.sink.copy(target, copy)
        else:
            self._log("created", target)

    def created(self, target: str) -> None:
        """``target`` is about to be written by this forget: rollback removes it."""
        self._log("created", target)

    def commit(self) -> None:
        for path in self.sink.list_under(f"{self.root}/"):
            self.sink.remove(path)

    def rollback(self) -> None:
        for kind, path, copy in reversed(self.entries):
            if kind == "created":
                self.sink.remove(path)
            elif self.sink.exists(copy):
                self.sink.move(copy, path)
        self.commit()


def recover(sink: DatasetSink) -> list[str]:
    """Roll back every forget that was killed before it committed; their journals' names."""
    undone = []
    for path in sink.list_under(f"{sink.dest}/{PREFIX}"):
        if not path.endswith(f"/{JOURNAL}"):
            continue
        name = path[len(sink.dest) + 1 :].split("/")[0]
        entries = [tuple(e) for e in json.loads(sink.get_bytes(path))]
        Journal(sink, name, entries).rollback()
        undone.append(name)
    return undone
