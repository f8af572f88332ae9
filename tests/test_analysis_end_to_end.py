"""Issue 4 end to end: six scripted interviews (two interviewer voices, five customer voices,
themes planted in different words, one outlier, planted question types) through the real
CLI (`process`, `themes`, `report`), real models, and a real headless browser."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import duckdb
import pytest

from eval.themes import match_themes, same_question
from eval.theme_interviews import planted_questions, planted_themes, render_all


SEGMENTS = {"acme": "smb", "birch": "smb", "cedar": "smb", "delta": "enterprise", "ember": "enterprise", "fjord": "enterprise"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, run_cli):
    root = tmp_path_factory.mktemp("themes")
    rendered = render_all(root / "audio")
    out = root / "datasets"
    manifest = root / "participants.csv"  # a researcher's spreadsheet: segment, consent, a column of their own
    manifest.write_text("file,Segment,consent,region\n" + "".join(f"{name}.wav,{SEGMENTS[name]},yes,north\n" for name in rendered))
    done = run_cli("process", *[str(p) for p, _ in rendered.values()], "--out", str(out), "--manifest", str(manifest),
                   "--competitors", "QuickBooks,Xero")
    assert done.returncode == 0, done.stderr[-3000:]
    themes = run_cli("themes", str(out))
    assert themes.returncode == 0, themes.stderr[-3000:]
    return root, out, themes.stderr


def _q(sql: str) -> list[tuple]:
    return duckdb.sql(sql).fetchall()


def _interview_names(out: Path) -> dict[str, str]:
    return {rid: Path(uri).stem for rid, uri in _q(f"SELECT recording_id, source_uri FROM read_parquet('{out}/recordings/*/*.parquet')")}


def test_planted_themes_are_recovered_as_distinct_themes(corpus):
    _, out, log = corpus
    names = _interview_names(out)
    by_theme: dict[str, set[str]] = {}
    for theme_id, rid in _q(f"SELECT theme_id, recording_id FROM read_parquet('{out}/theme_mentions/part-0.parquet')"):
        by_theme.setdefault(theme_id, set()).add(names[rid])
    scores = match_themes(planted_themes(), list(by_theme.values()))
    assert all(j >= 0.75 for j in scores.values()), scores
    # The outlier (a remark about the colour theme, in one interview) is in no theme.
    assert not _q(f"SELECT 1 FROM read_parquet('{out}/theme_mentions/part-0.parquet') WHERE text ILIKE '%eyes%'")
    # Ranked by distinct interviews; the CLI printed them.
    ranks = _q(f"SELECT rank, num_recordings FROM read_parquet('{out}/themes/part-0.parquet') ORDER BY rank")
    assert [n for _, n in ranks] == sorted((n for _, n in ranks), reverse=True)
    assert "themes from" in log


def test_planted_questions_are_typed_and_roles_found(corpus):
    _, out, _ = corpus
    names = _interview_names(out)
    asked = [(names[r], t.lower(), k) for r, t, k in _q(f"SELECT recording_id, text, question_type FROM read_parquet('{out}/questions/*/*.parquet')")]
    strict = [(interview, text, any(n == interview and same_question(text, t) and k == qtype for n, t, k in asked))
              for interview, text, qtype in planted_questions() if qtype in ("leading", "hypothetical")]
    # The product's floor (eval.themes, issue 10): at most one planted leading/hypothetical
    # question lost. The packaged base model mishears one of acme's espeak questions in some
    # renderings ("Wouldn't you agree..." -> "Welcome to a pre -net..."): measured, not hidden.
    missed = [(i, t) for i, t, ok in strict if not ok]
    assert len(strict) == 4 and len(missed) <= 1, (missed, asked)
    # Every interviewer opens the call in these scripts, and asks all the questions.
    roles = _q(f"""SELECT recording_id, arg_min(role, start_s) FROM read_parquet('{out}/utterances/*/*.parquet') GROUP BY 1""")
    assert {r for _, r in roles} == {"interviewer"}
    quality = _q(f"SELECT num_questions, interviewer_talk_share, num_leading + num_hypothetical FROM read_parquet('{out}/interview_quality/*/*.parquet')")
    # two questions planted per interview; the one allowed miss above may cost one of them
    assert len(quality) == 6 and all(n >= 1 and 0.2 < share < 0.5 for n, share, _ in quality)
    assert sum(n for n, _, _ in quality) >= 12 - len(missed)
    assert sum(flagged for *_, flagged in quality) == 4 - len(missed)
    pairs = _q(f"SELECT count(*) FILTER (answer_text IS NOT NULL), count(*) FROM read_parquet('{out}/qa_pairs/*/*.parquet')")
    assert pairs[0][0] == pairs[0][1] >= 12 - len(missed)


def test_manifest_segments_sentiment_and_themes_by_segment(corpus):
    _, out, _ = corpus
    names = _interview_names(out)
    recorded = _q(f"SELECT recording_id, segment, consent, participant_metadata FROM read_parquet('{out}/recordings/*/*.parquet')")
    assert {names[r]: (seg, consent, meta) for r, seg, consent, meta in recorded} == {
        name: (segment, "granted", '{"region": "north"}') for name, segment in SEGMENTS.items()}
    # Every per-recording table is written, the new ones too (an empty one as a file of no rows).
    assert (out / "mentions").is_dir() and (out / "redactions").is_dir()
    # Every statement has a kind and a sentiment; the intros are background, never in a theme.
    kinds = dict(_q(f"SELECT text, kind FROM read_parquet('{out}/statements/*/*.parquet')"))
    assert None not in kinds.values() and "background" in kinds.values()
    assert not _q(f"""SELECT 1 FROM read_parquet('{out}/theme_mentions/part-0.parquet') m
                     JOIN read_parquet('{out}/statements/*/*.parquet') s USING (statement_id) WHERE s.kind = 'background'""")
    # Themes by segment add up to the theme; the planted themes are complaints.
    themes = _q(f"SELECT theme_id, num_mentions, num_recordings, share_negative FROM read_parquet('{out}/themes/part-0.parquet')")
    by_segment = _q(f"SELECT theme_id, segment, num_recordings, num_mentions FROM read_parquet('{out}/theme_segments/part-0.parquet')")
    for theme_id, mentions, recordings, share_negative in themes:
        parts = [(seg, n_rec, n_men) for t, seg, n_rec, n_men in by_segment if t == theme_id]
        assert sum(n for *_, n in parts) == mentions and sum(r for _, r, _ in parts) == recordings
        assert {seg for seg, *_ in parts} <= {"smb", "enterprise"}
        assert share_negative >= 0.6, (theme_id, share_negative)


def test_statement_vectors_support_vector_search_in_duckdb(corpus):
    _, out, _ = corpus
    hits = _q(f"""
        WITH s AS (SELECT text, embedding::FLOAT[384] AS v FROM read_parquet('{out}/statements/*/*.parquet'))
        SELECT b.text, array_cosine_similarity(a.v, b.v) AS sim
        FROM s a, s b WHERE a.text ILIKE '%expensive%' AND b.text NOT ILIKE '%expensive%'
        ORDER BY sim DESC LIMIT 1""")
    assert "money" in hits[0][0], hits


def test_theme_ids_are_stable_across_rebuilds(corpus, run_cli):
    _, out, _ = corpus
    before = _q(f"SELECT theme_id, label FROM read_parquet('{out}/themes/part-0.parquet') ORDER BY theme_id")
    again = run_cli("themes", str(out))
    assert again.returncode == 0, again.stderr[-2000:]
    assert _q(f"SELECT theme_id, label FROM read_parquet('{out}/themes/part-0.parquet') ORDER BY theme_id") == before


def test_search_ranks_a_paraphrase_of_a_planted_statement_first(corpus, run_cli):
    import json

    _, out, _ = corpus
    names = _interview_names(out)
    done = run_cli("search", str(out), "the help team never replies to our messages, it takes ages", "--json", "--top", "3")
    assert done.returncode == 0, done.stderr[-2000:]
    hits = json.loads(done.stdout)
    assert len(hits) == 3 and set(hits[0]) == {"recording_id", "source_uri", "start_s", "end_s", "speaker", "text", "score"}
    # the planted support complaints, said in other words, in these four interviews
    assert names[hits[0]["recording_id"]] in {"fjord", "acme", "ember", "delta"}, hits
    assert hits[0]["score"] >= hits[1]["score"] >= hits[2]["score"] and hits[0]["end_s"] > hits[0]["start_s"]
    plain = run_cli("search", str(out), "too expensive for us")
    assert plain.returncode == 0 and ("money" in plain.stdout.splitlines()[0] or "expensive" in plain.stdout.splitlines()[0])
    empty = run_cli("search", str(out), "  ")
    assert empty.returncode == 2 and "query is empty" in empty.stderr


def test_csv_export_round_trips_every_row(corpus, run_cli, tmp_path):
    import csv
    import json

    _, out, _ = corpus
    done = run_cli("export", str(out), "--csv", str(tmp_path / "csv"))
    assert done.returncode == 0, done.stderr[-2000:]
    for table in ("recordings", "utterances", "words", "statements", "themes", "theme_mentions", "questions"):
        parquet = duckdb.sql(f"SELECT * FROM read_parquet('{out}/{table}/**/*.parquet')")
        columns = parquet.columns
        expected = parquet.fetchall()
        with (tmp_path / "csv" / f"{table}.csv").open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        assert rows[0] == columns and len(rows) - 1 == len(expected), table
        # every text and number comes back as it was (lists as JSON)
        back = {tuple(r) for r in rows[1:]}
        for row in expected:
            cells = tuple("" if v is None else json.dumps(v, ensure_ascii=False, default=str) if isinstance(v, (list, dict))
                          else repr(v) if isinstance(v, float) else str(v) for v in row)
            assert cells in back, (table, row[:4])
    utterances = duckdb.sql(f"SELECT count(*) FROM read_parquet('{out}/utterances/*/*.parquet')").fetchall()[0][0]
    assert f"utterances.csv ({utterances} rows)" in done.stdout


@pytest.mark.browser
def test_html_report_renders_in_headless_chromium(corpus, run_cli):
    root, out, _ = corpus
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    assert chromium, "Chromium is missing: apt-get install -y chromium (scripts/test.sh does this)"
    page = root / "report.html"
    done = run_cli("report", str(out), "--html", str(page))
    assert done.returncode == 0, done.stderr[-2000:]
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", f"--user-data-dir={root / 'chromium'}"]
    dom = subprocess.run([chromium, *flags, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120).stdout
    themes = _q(f"SELECT count(*) FROM read_parquet('{out}/themes/part-0.parquet')")[0][0]
    assert dom.count('class="theme-bar"') == themes >= 4
    assert dom.count('class="timeline"') == 6 and 'id="quality-table"' in dom
    # Each theme shows its sentiment and segments; the analysis sections are there.
    assert dom.count('class="feel meta"') == themes and "negative" in dom and "by segment: " in dom
    assert 'id="competitors"' in dom and 'id="requests"' in dom and "Follow-ups" in dom
    # Every theme's quotes play their own clip, embedded: one file, nothing fetched from anywhere.
    text = page.read_text(encoding="utf-8")
    blocks = text.split('<div class="theme" id="')[1:]
    assert len(blocks) == themes
    for block in blocks:
        assert '<audio class="clip" controls preload="none" data-start="' in block.split("</blockquote>\n  \n</div>")[0]
    assert text.count('src="data:audio/ogg;base64,') >= themes
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//|url\(\s*["']?(?:https?:)?//|@import""", text)
    assert page.stat().st_size < 15 * 2**20
    # A clip plays: a copy of the page starts the first one and records how far it got.
    probe = root / "probe.html"
    probe.write_text(text.replace("</body>", """<script>
      // Headless Chromium's virtual time runs far ahead of the audio clock, so the probe spends
      // real time (100 ms busy steps, yielding between them) until playback has advanced, up to 10 s.
      const a = document.querySelector('audio.clip');
      const t0 = Date.now();
      a.play().catch(e => { document.body.dataset.played = 'error ' + e; });
      function step() {
        const until = Date.now() + 100;
        while (Date.now() < until) {}
        if (a.currentTime > 0) { document.body.dataset.played = String(a.currentTime); return; }
        if (Date.now() - t0 < 10000) setTimeout(step, 0);
      }
      setTimeout(step, 0);
    </script></body>"""), encoding="utf-8")
    played = subprocess.run([chromium, *flags, "--autoplay-policy=no-user-gesture-required", "--virtual-time-budget=30000",
                             "--dump-dom", probe.as_uri()], capture_output=True, text=True, timeout=120).stdout
    seconds = re.search(r'data-played="([^"]*)"', played)
    assert seconds and float(seconds.group(1)) > 0, seconds and seconds.group(1)  # its clock advanced: it plays
    # Each interview as a conversation: its transcript, each line playable from one embedded
    # recording per interview. A line's play control seeks that audio to the line's start and plays
    # (probed as above: real time spent until the clock passes the line's start; the line starts
    # past 15 s, so playing from 0 instead could not get there in the probe's 10 s).
    assert dom.count('<details class="interview"') == 6 and dom.count('<audio class="interview-audio"') == 6
    assert dom.count('<li class="line role-interviewer"') > 0 and "open question</span>" in dom
    probe.write_text(text.replace("</body>", """<script>
      const d = document.querySelector('details.interview');
      d.open = true;
      const a = d.querySelector('audio.interview-audio');
      const later = Array.from(d.querySelectorAll('li.line')).filter(l => parseFloat(l.dataset.start) > 15);
      const line = later[Math.floor(later.length / 2)];
      const start = parseFloat(line.dataset.start);
      const t0 = Date.now();
      line.querySelector('button.seek').click();
      function step() {
        const until = Date.now() + 100;
        while (Date.now() < until) {}
        if (a.currentTime > start) { document.body.dataset.played = start + ',' + a.currentTime; return; }
        if (Date.now() - t0 < 10000) setTimeout(step, 0); else document.body.dataset.played = start + ',' + a.currentTime;
      }
      setTimeout(step, 0);
    </script></body>"""), encoding="utf-8")
    seeked = subprocess.run([chromium, *flags, "--autoplay-policy=no-user-gesture-required", "--virtual-time-budget=30000",
                             "--dump-dom", probe.as_uri()], capture_output=True, text=True, timeout=120).stdout
    start, at = map(float, re.search(r'data-played="([^,"]*),([^"]*)"', seeked).groups())
    assert 15 < start < at < start + 5, (start, at)  # it started at the line and plays on
    # The filters and the search box, driven as a reader would (the probe records what stays visible).
    probe.write_text(text.replace("</body>", """<script>
      const visible = () => Array.from(document.querySelectorAll('blockquote.quote')).filter(b => !b.hidden);
      const all = visible().length;
      const sentiment = document.querySelector('select[data-key=sentiment]');
      sentiment.value = 'negative'; sentiment.dispatchEvent(new Event('change'));
      const negative = visible();
      const wrong = negative.filter(b => b.dataset.sentiment !== 'negative').length;
      sentiment.value = ''; sentiment.dispatchEvent(new Event('change'));
      // the planted themes are all complaints: the segment filter is the one that must hide some
      const segment = document.querySelector('select[data-key=segment]');
      segment.value = 'smb'; segment.dispatchEvent(new Event('change'));
      const smb = visible();
      const outside = smb.filter(b => b.dataset.segment !== 'smb').length;
      segment.value = ''; segment.dispatchEvent(new Event('change'));
      const box = document.getElementById('search');
      // a word the first quote holds (its longest), not a fixed one: which words Whisper writes
      // differs between CPU models ("may take forever" came back as other words on one)
      const words = visible()[0].firstChild.textContent.toLowerCase().match(/[a-z]{5,}/g);  // the quote, not its cite
      const term = (words || ['the']).reduce((a, b) => (b.length > a.length ? b : a));
      box.value = term; box.dispatchEvent(new Event('input'));
      const found = visible().map(b => b.textContent.toLowerCase());
      document.body.dataset.result = [all, negative.length, wrong, found.length, found.every(t => t.includes(term)),
                                      smb.length, outside].join(',');
      const lines = Array.from(document.querySelectorAll('li.line')).filter(l => !l.hidden).map(l => l.querySelector('.text').textContent.toLowerCase());
      document.body.dataset.lines = [lines.length, lines.every(t => t.includes(term))].join(',');
    </script></body>"""), encoding="utf-8")
    filtered = subprocess.run([chromium, *flags, "--dump-dom", probe.as_uri()], capture_output=True, text=True, timeout=120).stdout
    total, negative, wrong, found, all_match, smb, outside = re.search(r'data-result="([^"]*)"', filtered).group(1).split(",")
    assert int(total) >= int(negative) > 0 and wrong == "0", (total, negative, wrong)  # shows only what it says
    assert int(total) > int(smb) > 0 and outside == "0", (total, smb, outside)  # hides the other segment's quotes
    assert int(found) >= 1 and all_match == "true", (found, all_match)
    lines, all_match = re.search(r'data-lines="([^"]*)"', filtered).group(1).split(",")  # the transcripts are searched too
    assert int(lines) >= 1 and all_match == "true", (lines, all_match)
    shot = root / "report.png"
    subprocess.run([chromium, *flags, "--window-size=1000,1400", f"--screenshot={shot}", page.as_uri()],
                   capture_output=True, timeout=120, check=True)
    from PIL import Image, ImageStat

    image = Image.open(shot).convert("RGB")
    assert image.size == (1000, 1400)
    # Not a blank page: the bars' green (#12b886) and plenty of variation.
    assert (18, 184, 134) in {c for _, c in image.getcolors(1 << 20)}
    assert max(ImageStat.Stat(image).stddev) > 20


def test_speaker_corrections_are_applied_by_reanalysis_from_the_stored_words(corpus, run_cli, tmp_path):
    _, out, _ = corpus
    copy = tmp_path / "datasets"  # a copy: the corrections change roles and themes
    shutil.copytree(out, copy)
    rid = next(r for r, name in _interview_names(copy).items() if name == "acme")

    def said(table: str, columns: str) -> list[tuple]:
        return _q(f"SELECT {columns} FROM read_parquet('{copy}/{table}/*/*.parquet') WHERE recording_id = '{rid}' ORDER BY 1, 2")

    before = said("statements", "start_s, text, sentiment, journey_stage"), said("questions", "start_s, text, question_type")
    done = run_cli("reanalyze", str(copy), "--recording-id", rid)
    assert done.returncode == 0, done.stderr[-3000:]
    # without a correction, rebuilding from the stored words gives what processing gave
    assert (said("statements", "start_s, text, sentiment, journey_stage"), said("questions", "start_s, text, question_type")) == before

    roles = dict(_q(f"SELECT role, speaker FROM read_parquet('{copy}/speakers/*/*.parquet') WHERE recording_id = '{rid}'"))
    for change in (["--speaker", roles["interviewer"], "--name", "Ines"],
                   ["--speaker", roles["customer"], "--merge-into", roles["interviewer"]]):
        done = run_cli("speakers", "set", str(copy), "--recording-id", rid, *change)
        assert done.returncode == 0, done.stderr[-2000:]
    refused = run_cli("speakers", "set", str(copy), "--recording-id", rid, "--speaker", "SPEAKER_09", "--name", "X")
    assert refused.returncode == 2 and "has no speaker 'SPEAKER_09'" in refused.stderr
    others = _q(f"SELECT count(*) FROM read_parquet('{copy}/statements/*/*.parquet') WHERE recording_id <> '{rid}'")
    done = run_cli("reanalyze", str(copy))
    assert done.returncode == 0, done.stderr[-3000:]
    assert said("speakers", "speaker, name") == [(roles["interviewer"], "Ines")]  # one voice, named
    assert {s for (s,) in _q(f"SELECT DISTINCT speaker FROM read_parquet('{copy}/words/*/*.parquet') WHERE recording_id = '{rid}'")} \
        == {roles["interviewer"]}
    assert _q(f"SELECT count(*) FROM read_parquet('{copy}/statements/*/*.parquet') WHERE recording_id <> '{rid}'") == others
    assert _q(f"SELECT count(*) FROM read_parquet('{copy}/themes/part-0.parquet')")[0][0] >= 1  # the others' themes
    # forgetting the recording forgets what the analysts said of its speakers
    done = run_cli("forget", str(copy), "--recording-id", rid)
    assert done.returncode == 0, done.stderr[-2000:]
    import pyarrow.parquet as pq

    left = [r for f in (copy / "speaker_corrections").glob("*.parquet") for r in pq.read_table(f).column("recording_id").to_pylist()]
    assert rid not in left


def test_forget_removes_every_row_and_sentence_of_one_recording_and_keeps_the_others(corpus, run_cli):
    # Runs after the tests above (file order): it changes the shared datasets.
    root, out, _ = corpus
    names = {v: k for k, v in _interview_names(out).items()}
    gone = names["fjord"]
    sentences = [t for (t,) in _q(f"SELECT text FROM read_parquet('{out}/statements/*/*.parquet') WHERE recording_id = '{gone}'")]
    assert sentences
    source = root / "audio" / "fjord.wav"

    # All or nothing: a damaged file of another recording stops the rebuilt themes half-way (a
    # real fault, no mock); the forget undoes what it had removed, and says so in one line.
    def files() -> dict[str, bytes]:
        return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}

    damaged = next(p for p in (out / "statements").rglob("*.parquet") if gone not in str(p))
    whole = damaged.read_bytes()
    damaged.write_bytes(b"not parquet any more")
    before = files()
    stopped = run_cli("forget", str(out), "--source", str(source))
    assert stopped.returncode == 2, stopped.stderr[-2000:]
    assert "nothing was removed, the datasets are as they were" in stopped.stderr and str(damaged) in stopped.stderr
    assert "Traceback" not in stopped.stderr
    assert files() == before  # every file as it was, nothing kept aside left behind
    damaged.write_bytes(whole)

    done = run_cli("forget", str(out), "--source", str(source))
    assert done.returncode == 0, done.stderr[-2000:]
    assert f"Forgot recording {gone}" in done.stderr
    for table in out.iterdir():
        if table.name == "erasures":
            continue
        for part in table.rglob("*.parquet"):
            values = str(duckdb.sql(f"SELECT * FROM read_parquet('{part}')").fetchall())
            assert gone not in values and gone not in str(part), part
            assert not [s for s in sentences if s in values], part
    audit = _q(f"SELECT recording_id, rows_removed FROM read_parquet('{out}/erasures/*.parquet')")
    assert len(audit) == 1 and audit[0][0] == gone and '"words": ' in audit[0][1]
    assert not any(s in audit[0][1] for s in sentences)
    # The other five keep their themes; running it again is harmless.
    assert _q(f"SELECT count(*) FROM read_parquet('{out}/themes/part-0.parquet')")[0][0] >= 3
    again = run_cli("forget", str(out), "--source", str(source))
    assert again.returncode == 0 and "Nothing to forget" in again.stderr
    assert len(_q(f"SELECT * FROM read_parquet('{out}/recordings/*/*.parquet')")) == 5


def test_report_and_themes_explain_an_empty_folder(tmp_path, run_cli):
    themes = run_cli("themes", str(tmp_path))
    assert themes.returncode == 1 and "holds no statements" in themes.stderr and "verbatim process" in themes.stderr
    report = run_cli("report", str(tmp_path), "--html", str(tmp_path / "r.html"))
    assert report.returncode == 1 and "no processed recordings" in report.stderr
    assert not (tmp_path / "r.html").exists()


def test_qdpx_export_validates_and_holds_every_theme_as_a_code(corpus, run_cli, tmp_path):
    from tests.test_qdpx import coded_text, validate

    _, out, _ = corpus
    target = tmp_path / "interviews.qdpx"
    done = run_cli("export", str(out), "--qdpx", str(target))
    assert done.returncode == 0, done.stderr[-2000:]
    archive = target.read_bytes()
    import zipfile

    with zipfile.ZipFile(target) as z:
        validate(z.read("project.qde"))
    coded = coded_text(archive)
    themes = _q(f"SELECT rank, label, num_mentions FROM read_parquet('{out}/themes/part-0.parquet')")
    assert themes
    for rank, label, mentions in themes:  # every theme a code, coded on each of its quotes
        assert len(coded[f"{rank}. {label}"]) == mentions
    quotes = {t for (t,) in _q(f"SELECT text FROM read_parquet('{out}/theme_mentions/part-0.parquet')")}
    spans = {" ".join(s.split("\n")[0].split()) for code, texts in coded.items() if code[0].isdigit() for s in texts}
    assert any(" ".join(q.split()).startswith(s[:30]) for q in quotes for s in spans)
