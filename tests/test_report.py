"""`zhclean report`: a self-contained HTML report whose plots carry the corpus's numbers,
and (when headless Chromium is installed) render visibly in a real browser."""
from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest

from zhclean import Config, Flag, Pipeline, Rule, RuleResult, Stage
from zhclean.cli import main
from zhclean.rules.chrome.licence import IcpLicence
from zhclean.rules.whitespace import Whitespace
from zhclean.validation.check import Checker
from zhclean.validation.report import build_report, render_html, render_markdown
from zhclean.validation.settings import CheckSettings

CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
                 if shutil.which(n)), None)
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars", "--force-device-scale-factor=1"]
WIDTH, HEIGHT = 1000, 3200


class _Page(HTMLParser):
    """Tags and attributes of the report, and the data of every SVG bar."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.svgs: list[dict] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "svg":
            self.svgs.append({"label": attrs.get("aria-label"), "bars": []})
        elif tag == "rect" and "bar" in (attrs.get("class") or "").split():
            self.svgs[-1]["bars"].append((float(attrs["width"]), float(attrs["height"]), attrs["data-value"],
                                          attrs["fill"]))


class _SlipFlag(Rule):
    """Test-only: flags three slips the samples are known to contain, so the report tests
    have flags whatever the typo rules do today.

    **Anti-pattern**::

        工做

    **Best practice**::

        工作
    """

    code = "Q990"
    name = "quality.test-slip"
    summary = "test-only flag rule for the report tests"
    stage = Stage.QUALITY
    SLIPS = {"工做": "工作", "王会": "工会", "自已": "自己"}

    def apply(self, text, ctx):
        return RuleResult(flags=[Flag(m.start(), m.end(), f"{m.group()} is a slip", self.SLIPS[m.group()], 0.9)
                                 for m in re.finditer("|".join(self.SLIPS), text)])


@pytest.fixture(scope="module")
def report(tmp_path_factory, samples_dir):
    """The report on samples/, from the two stable rules and a test flag rule."""
    folder = tmp_path_factory.mktemp("report")
    out, md = folder / "report.html", folder / "summary.md"
    checker = Checker(Config(select=("C101", "L301", "S")), CheckSettings())
    checker.pipeline = Pipeline(rules=[IcpLicence(), Whitespace(), _SlipFlag()])
    run = checker.run([samples_dir])
    assert run.documents == 5 and not run.input_errors
    built = build_report(run, checker, title="samples")
    out.write_text(render_html(built), encoding="utf-8")
    md.write_text(render_markdown(built), encoding="utf-8")
    return out, md


def test_zhclean_report_on_samples_writes_html_and_markdown(tmp_path, samples_dir, capsys):
    out = tmp_path / "report.html"
    assert main(["report", str(samples_dir), "-o", str(out), "--markdown", "-"]) == 0
    assert "| 5 |" in capsys.readouterr().out
    assert len(_parse(out).svgs) >= 4


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def test_report_is_self_contained(report):
    html_path, _ = report
    text = html_path.read_text(encoding="utf-8")
    page = _parse(html_path)
    fetching = [(tag, a) for tag, a in page.tags
                if tag in ("script", "link", "img", "iframe", "object", "embed") or a.get("src") or a.get("href")]
    assert fetching == []
    urls = set(re.findall(r"(?:https?:)?//[\w.-]+[^\s\"'<>)]*", text))
    assert urls <= {"http://www.w3.org/2000/svg"}  # the SVG namespace name, never fetched
    assert "url(" not in text and "@import" not in text


def test_every_plot_has_bars_with_data(report, samples_dir):
    page = _parse(report[0])
    labels = [s["label"] for s in page.svgs]
    for wanted in ("before and after", "removed by each rule", "Flags raised", "by script", "encoding", "Schema"):
        assert any(wanted in label for label in labels), (wanted, labels)
    for svg in page.svgs:
        assert svg["bars"] and any(w > 0 and h > 0 for w, h, _v, _f in svg["bars"]), svg["label"]
    lengths = next(s for s in page.svgs if "before and after" in s["label"])
    befores = [int(v) for _w, _h, v, fill in lengths["bars"][0::2]]
    expected = [len(p.read_text(encoding="utf-8")) for p in sorted(samples_dir.glob("*.txt"))]
    assert befores == expected
    # A bar's length is proportional to its value.
    widths = {int(v): w for w, _h, v, _f in lengths["bars"] if int(v) > 0}
    ratios = {round(w / v, 3) for v, w in widths.items()}
    assert max(ratios) - min(ratios) < 0.01


def test_markdown_summary(report, samples_dir):
    text = report[1].read_text(encoding="utf-8")
    n = len(list(samples_dir.glob("*.txt")))
    assert text.startswith("### zhclean report")
    row = text.splitlines()[4].strip("| ").split(" | ")
    assert row[0] == str(n)
    assert int(row[1].replace(",", "")) == sum(len(p.read_text(encoding="utf-8")) for p in samples_dir.glob("*.txt"))


def test_markdown_to_stdout_and_a_large_corpus_gets_a_histogram(tmp_path, samples_dir, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    lines = [json.dumps({"id": f"d{i}", "text": "会议强调要把学习成果转化为工作动力。" * (1 + i % 17)}, ensure_ascii=False)
             for i in range(60)]
    (tmp_path / "big.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["report", "big.jsonl", "-o", "r.html", "--markdown", "-", "--select", "C101,L301,S"]) == 0
    assert "| 60 |" in capsys.readouterr().out
    page = _parse(tmp_path / "r.html")
    hist = next(s for s in page.svgs if "Distribution of document lengths" in s["label"])
    assert sum(int(v) for _w, _h, v, _f in hist["bars"]) == 120  # 60 documents, before and after


# In a real browser -------------------------------------------------------------------------

MEASURE = """<script>
(function () {
  var plots = Array.prototype.map.call(document.querySelectorAll('svg.plot'), function (svg) {
    var r = svg.getBoundingClientRect();
    var bars = Array.prototype.map.call(svg.querySelectorAll('rect.bar'), function (b) {
      var q = b.getBoundingClientRect();
      return {x: q.left + window.scrollX, y: q.top + window.scrollY, w: q.width, h: q.height,
              fill: b.getAttribute('fill')};
    });
    return {label: svg.getAttribute('aria-label'), w: r.width, h: r.height, bars: bars};
  });
  var pre = document.createElement('pre');
  pre.id = 'measure';
  pre.textContent = JSON.stringify({height: document.documentElement.scrollHeight, plots: plots});
  document.body.appendChild(pre);
})();
</script>"""


def _chromium(*args: str, profile: Path) -> subprocess.CompletedProcess:
    return subprocess.run([CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=90)


def _read_png(path: Path) -> tuple[int, int, int, bytes]:
    """Width, height, bytes per pixel and raw pixels of an 8-bit, non-interlaced PNG."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    width, height, depth, color, _c, _f, interlace = header
    assert depth == 8 and interlace == 0 and color in (2, 6)
    bpp = 3 if color == 2 else 4
    raw, stride = zlib.decompress(idat), width * bpp
    rows = np.frombuffer(raw, dtype=np.uint8).reshape(height, stride + 1)
    out = np.zeros((height, stride), dtype=np.uint8)
    prev = np.zeros(stride, dtype=np.uint8)
    for y in range(height):
        kind, line = rows[y, 0], rows[y, 1:]
        if kind == 0:
            cur = line.copy()
        elif kind == 1:  # Sub: a running sum along each channel
            cur = (np.cumsum(line.reshape(width, bpp).astype(np.uint32), axis=0) & 255).astype(np.uint8).ravel()
        elif kind == 2:
            cur = line + prev
        else:  # Average and Paeth depend on the pixel just decoded: one byte at a time
            cur = bytearray(line.tobytes())
            up = prev.tobytes()
            for i in range(stride):
                a = cur[i - bpp] if i >= bpp else 0
                b, c = up[i], (up[i - bpp] if i >= bpp else 0)
                if kind == 3:
                    cur[i] = (cur[i] + (a + b) // 2) & 255
                else:
                    q = a + b - c
                    pa, pb, pc = abs(q - a), abs(q - b), abs(q - c)
                    cur[i] = (cur[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
            cur = np.frombuffer(bytes(cur), dtype=np.uint8)
        out[y] = cur
        prev = out[y]
    return width, height, bpp, out.tobytes()
    return width, height, bpp, bytes(out)


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed (Debian: apt-get install chromium); "
                    "the structural report checks above still run")
def test_report_renders_in_headless_chromium_with_visible_plots(report, tmp_path):
    html_path, _ = report
    measured = tmp_path / "measured.html"
    measured.write_text(html_path.read_text(encoding="utf-8").replace("</body>", MEASURE + "</body>"),
                        encoding="utf-8")
    shot = tmp_path / "shot.png"
    # One browser start does both: the DOM after the measuring script ran, and a screenshot
    # tall enough for the whole report (what lies below the page is background).
    dom = _chromium(f"--window-size={WIDTH},{HEIGHT}", "--dump-dom", f"--screenshot={shot}", measured.as_uri(),
                    profile=tmp_path / "profile")
    found = re.search(r'<pre id="measure">(.*?)</pre>', dom.stdout, re.S)
    assert found, dom.stderr[-2000:]
    layout = json.loads(found.group(1).replace("&quot;", '"').replace("&amp;", "&"))
    assert layout["height"] <= HEIGHT, "the report grew: raise HEIGHT so the screenshot covers it"
    assert len(layout["plots"]) >= 5
    for plot in layout["plots"]:
        assert plot["w"] > 200 and plot["h"] > 20, plot["label"]
        assert any(b["w"] > 0 and b["h"] > 0 for b in plot["bars"]), plot["label"]

    assert shot.exists(), dom.stderr[-2000:]
    width, height, bpp, pixels = _read_png(shot)
    assert (width, height) == (WIDTH, HEIGHT)

    def pixel(x: float, y: float) -> tuple[int, int, int]:
        i = (int(y) * width + int(x)) * bpp
        return tuple(pixels[i:i + 3])

    for plot in layout["plots"]:
        bar = max(plot["bars"], key=lambda b: b["w"] * b["h"])
        want = tuple(int(plot_fill, 16) for plot_fill in re.findall("..", bar["fill"].lstrip("#")))
        got = pixel(bar["x"] + bar["w"] / 2, bar["y"] + bar["h"] / 2)
        assert max(abs(g - w) for g, w in zip(got, want)) < 40, (plot["label"], got, want)


def test_report_on_zhclean_output_shows_lengths_before_cleaning(tmp_path, samples_dir, monkeypatch):
    monkeypatch.chdir(tmp_path)
    stable = ["--select", "C101,L301,S"]
    assert main(["clean", str(samples_dir), "-o", "clean.jsonl", "-q", "--select", "C101,L301"]) == 0
    records = [json.loads(x) for x in (tmp_path / "clean.jsonl").read_text(encoding="utf-8").splitlines()]
    assert main(["report", "clean.jsonl", "-o", "r.html", *stable]) == 0
    page = _parse(tmp_path / "r.html")
    lengths = next(s for s in page.svgs if "before and after" in s["label"])
    pairs = [(int(b[2]), int(a[2])) for b, a in zip(lengths["bars"][0::2], lengths["bars"][1::2])]
    raw = {p.stem: len(p.read_text(encoding="utf-8")) for p in samples_dir.glob("*.txt")}
    assert pairs == [(raw[r["id"]], len(r["text"])) for r in records]
    removed = next(s for s in page.svgs if "removed by each rule" in s["label"])
    c101 = sum(len(e["removed"]) - len(e["inserted"]) for r in records for e in r["edits"] if e["rule"] == "C101")
    assert c101 > 0 and str(c101) in [v for _w, _h, v, _f in removed["bars"]]


def test_documents_with_findings_are_listed_with_their_errors(report, samples_dir):
    text = report[0].read_text(encoding="utf-8")
    section = text.split('<h2 id="documents">', 1)[1].split("<h2", 1)[0]
    rows = re.findall(r'<code>([^<]+)</code></td><td class="n">(\d+)</td><td class="n">(\d+)</td><td>([^<]*)</td>',
                      section)
    with_footer = {p.stem for p in samples_dir.glob("*.txt") if "ICP" in p.read_text(encoding="utf-8")}
    errors = {doc: int(e) for doc, e, _w, _codes in rows}
    assert with_footer and all(errors.get(doc, 0) >= 1 for doc in with_footer)
    assert all("C101" in codes for doc, _e, _w, codes in rows if doc in with_footer)
