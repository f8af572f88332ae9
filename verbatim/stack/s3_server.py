"""The local stack's S3 + SQS endpoint: moto's server, with authentication on and its admin API shut.

    python -m verbatim.stack.s3_server --host 127.0.0.1 --port 9000
    (credentials in VERBATIM_S3_ACCESS_KEY_ID / VERBATIM_S3_SECRET_ACCESS_KEY)

moto as it ships accepts any credentials, answers unsigned requests, and serves an admin
API (``/moto-api/``) that lists every object and can switch off the request recorder the
stack's durability journal is built on. Here:

- IAM authentication is enforced from the first request (moto's
  ``INITIAL_NO_AUTH_ACTION_COUNT=0``): every request must carry a SigV4 signature made with
  the one access key this process creates, which is allowed S3 and SQS and nothing else
  (IAM calls are refused, so a client cannot mint itself keys).
- Requests without an ``Authorization`` header are refused before moto sees them, and any
  path under ``/moto-api`` answers 404.
- ``/verbatim-health`` answers 200, for the stack's readiness check.

The credentials come from the environment (readable only by this process's owner), never
from the command line (visible to every local user in ``ps``).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import threading
from pathlib import Path

HEALTH_PATH = "/verbatim-health"
JOURNAL_LINE = "verbatim.journal_line"  # the WSGI environ key the recorder leaves its line under
USER = "verbatim-stack"
POLICY = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:*", "sqs:*"], "Resource": "*"}]}

_DENIED = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code>'
    b"<Message>Anonymous access is not allowed: sign the request with the stack's credentials "
    b"(VERBATIM_HOME/stack.json)</Message></Error>"
)


def guard(app, journal: Path | None = None):
    """WSGI middleware: health answer, admin API closed, unsigned requests refused, and the
    durability journal written for requests moto answered with success, before the answer leaves."""
    lock = threading.Lock()

    def guarded(environ, start_response):
        path = environ.get("PATH_INFO", "")
        if path == HEALTH_PATH:
            start_response("200 OK", [("Content-Type", "text/plain")])
            return [b"ok\n"]
        if path.startswith("/moto-api"):
            start_response("404 Not Found", [("Content-Type", "text/plain")])
            return [b"not found\n"]
        if not environ.get("HTTP_AUTHORIZATION", "").startswith("AWS4-HMAC-SHA256 "):
            start_response("403 Forbidden", [("Content-Type", "application/xml")])
            return [_DENIED]
        status: list[str] = []

        def capture(code: str, headers, exc_info=None):
            status.append(code)
            return start_response(code, headers, exc_info) if exc_info else start_response(code, headers)

        body = app(environ, capture)
        line = environ.get(JOURNAL_LINE)
        if journal is not None and line and status and status[0].startswith("2"):
            with lock, journal.open("a") as fh:  # one whole line at a time, however many uploads run at once
                fh.write(line)
        return body

    return guarded


def _create_identity(access_key_id: str, secret_access_key: str) -> None:
    """The one IAM user moto will accept, with the stack's own (stable) key instead of a random one."""
    from moto.core import DEFAULT_ACCOUNT_ID
    from moto.iam.models import iam_backends

    iam = iam_backends[DEFAULT_ACCOUNT_ID]["aws"]
    iam.create_user(region_name="us-east-1", user_name=USER)
    key = iam.create_access_key(USER)
    iam.access_keys.pop(key.physical_resource_id, None)
    key.access_key_id, key.secret_access_key = access_key_id, secret_access_key
    iam.access_keys[key.physical_resource_id] = key
    iam.put_user_policy(USER, "verbatim-stack-s3-sqs", json.dumps(POLICY))


def _journal_lines_in_environ() -> None:
    """moto's request recorder, changed to hand its journal line to ``guard`` instead of writing it.

    As shipped, it appends each request to the journal before moto checks the signature, so a
    PUT or DELETE refused for a wrong key came back at the next start's replay; and it appends
    from the server's request threads with no lock, so parallel multipart parts (boto3 sends ten
    at a time) interleaved their lines and a restart replayed objects short. ``guard`` writes
    the line only for a 2xx answer, under a lock, before the answer is sent.
    """
    from moto.moto_api._internal.recorder.models import Recorder

    def stash(self, request, body=None):
        if not self._user_enabled or request.raw_path.startswith("/moto-api/recorder/"):
            return
        if body is None:  # read the body as moto's recorder does, and put it back for moto
            size = int(request.headers.get("Content-Length") or 0)
            body = request.environ["wsgi.input"].read(size) if size else b""
            request.environ["wsgi.input"] = io.BytesIO(body)
        text, encoded = self._encode_body(body)
        entry = {
            "headers": dict(request.headers),
            "method": request.method,
            "url": request.raw_url,
            "body": text,
            "body_encoded": encoded,
        }
        request.environ[JOURNAL_LINE] = json.dumps(entry) + "\n"

    setattr(Recorder, "_record_request", stash)  # a patch of moto's class, replacing its method


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args(argv)
    access_key_id = os.environ.pop("VERBATIM_S3_ACCESS_KEY_ID", "")
    secret = os.environ.pop("VERBATIM_S3_SECRET_ACCESS_KEY", "")
    if not access_key_id.startswith("AKIA") or len(secret) < 32:
        sys.exit(
            "verbatim.stack.s3_server: VERBATIM_S3_ACCESS_KEY_ID (AKIA...) and VERBATIM_S3_SECRET_ACCESS_KEY "
            "(32+ characters) must be set"
        )
    os.environ["INITIAL_NO_AUTH_ACTION_COUNT"] = "0"  # read by moto.settings at import: set it first
    os.environ.setdefault("MOTO_PORT", str(args.port))
    from moto.moto_server.werkzeug_app import DomainDispatcherApplication, MotoRequestHandler, create_backend_app
    from werkzeug.serving import run_simple

    from verbatim.flows import lifeline

    journal = None
    if os.environ.get("MOTO_ENABLE_RECORDING", "").lower() in ("1", "true"):
        _journal_lines_in_environ()
        journal = Path(os.environ.get("MOTO_RECORDER_FILEPATH", "moto_recording"))
    _create_identity(access_key_id, secret)
    lifeline.watch_stack()
    run_simple(
        args.host,
        args.port,
        guard(DomainDispatcherApplication(create_backend_app), journal),
        threaded=True,
        request_handler=MotoRequestHandler,
    )  # moto's handler keeps S3 metadata keys with underscores


if __name__ == "__main__":
    main()
