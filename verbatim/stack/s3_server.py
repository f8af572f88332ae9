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
import json
import os
import sys

HEALTH_PATH = "/verbatim-health"
USER = "verbatim-stack"
POLICY = {"Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["s3:*", "sqs:*"], "Resource": "*"}]}

_DENIED = (b'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code>'
           b"<Message>Anonymous access is not allowed: sign the request with the stack's credentials "
           b"(VERBATIM_HOME/stack.json)</Message></Error>")


def guard(app):
    """WSGI middleware: health answer, admin API closed, unsigned requests refused."""

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
        return app(environ, start_response)

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


def _whole_journal_lines() -> None:
    """One journal line at a time. moto's recorder appends each request from the server's
    request threads with no lock, and boto3 sends a large upload's parts ten at a time: their
    multi-megabyte lines interleaved, and the journal kept neither part (measured: objects
    replayed short after a restart). A lock around the recorder keeps every line whole."""
    import threading

    from moto.moto_api._internal.recorder.models import Recorder

    record, lock = Recorder._record_request, threading.Lock()

    def locked(self, request, body=None):
        with lock:
            return record(self, request, body)

    Recorder._record_request = locked


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args(argv)
    access_key_id = os.environ.pop("VERBATIM_S3_ACCESS_KEY_ID", "")
    secret = os.environ.pop("VERBATIM_S3_SECRET_ACCESS_KEY", "")
    if not access_key_id.startswith("AKIA") or len(secret) < 32:
        sys.exit("verbatim.stack.s3_server: VERBATIM_S3_ACCESS_KEY_ID (AKIA...) and VERBATIM_S3_SECRET_ACCESS_KEY "
                 "(32+ characters) must be set")
    os.environ["INITIAL_NO_AUTH_ACTION_COUNT"] = "0"  # read by moto.settings at import: set it first
    os.environ.setdefault("MOTO_PORT", str(args.port))
    from verbatim.flows import lifeline
    from moto.moto_server.werkzeug_app import DomainDispatcherApplication, MotoRequestHandler, create_backend_app
    from werkzeug.serving import run_simple

    _whole_journal_lines()
    _create_identity(access_key_id, secret)
    lifeline.watch_stack()
    run_simple(args.host, args.port, guard(DomainDispatcherApplication(create_backend_app)), threaded=True,
               request_handler=MotoRequestHandler)  # moto's handler keeps S3 metadata keys with underscores


if __name__ == "__main__":
    main()
