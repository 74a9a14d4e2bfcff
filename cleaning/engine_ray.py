"""``zhclean clean --engine ray``: the same run on Ray Data, over the cores of many machines.

``pip install 'zhclean[ray]'``. The run, in Ray Data terms (docs/scale.md):

1. the input files are listed on the driver (local folders or fsspec URLs) and become a
   dataset of file names; ``map_batches(read)`` reads each file with zhclean's own readers
   on the workers (one file per task; HTML pages travel unextracted);
2. the ids go to the driver, which makes them unique over the corpus as the local run does;
3. ``map_batches(ShardCleaner, batch_format="pyarrow", compute=ActorPoolStrategy(size=N))``:
   each actor builds one pipeline, then cleans batch after batch, writes each batch as one
   shard with zhclean's writers and validates its records with the pandera record schema;
4. the driver merges the shard reports into the summary the local run prints and writes a
   manifest, ``_zhclean_shards.json``, last.

Output: ``OUT`` (``.parquet``, ``.jsonl`` or ``.jsonl.gz``) is a folder of shards of that
format, ``OUT/part-FFFFFF-RRRRRRRRR.<ext>``, whose names sort in input order; their records,
in that order, are the local run's. On a cluster, OUT must be somewhere every node can write
(``s3://…``, ``gs://…``, a shared file system). Ray is imported only here, and only when run.
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

from ._version import __version__
from .config import Config
from .model import InputError
from .paths import UrlPath, is_url, local_or_url
from .readers import ReadOptions, iter_files
from .runner import Summary
from .shards import MANIFEST_NAME, SHARD_SUFFIXES, ShardCleaner, ShardReport, file_rows, merge_reports
from .shards import unique_id_renames
from .writers import OutputError, output_kind

#: The record validator each actor runs on its batches: the pandera record schema of
#: ``zhclean check``. It is named, not imported, the way pyproject.toml names the
#: ``check`` command: validation builds on the engine, so the engine must not import it.
RECORD_VALIDATOR = "zhclean.validation.schemas:validate_record_rows"

#: Rows a reading task hands on at a time, and documents per shard (one cleaning batch).
READ_CHUNK = 256
BATCH_SIZE = 256


@dataclass
class RayRun:
    """What :func:`clean_with_ray` did."""

    summary: Summary
    errors: list[InputError]
    #: ``[code, id, message]`` of each record that broke the record schema (none in a good run)
    schema_failures: list[list[Any]]
    shards: list[str] = field(default_factory=list)
    output: str = ""
    #: seconds the actors spent on their shards, all together (the run's CPU cost)
    actor_seconds: float = 0.0
    actors: int = 0


def _import_ray():
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError:
        raise ImportError("--engine ray needs Ray Data: pip install 'zhclean[ray]'") from None
    return ray


def shard_kind(output: str) -> str:
    """The format of the shards ``output`` asks for; a folder name without one is an error."""
    kind = output_kind(output if is_url(output) else Path(output))  # type: ignore[arg-type]
    if kind not in SHARD_SUFFIXES:
        raise OutputError(f"{output}: with --engine ray, OUT is a folder of shards named for their format: "
                          "end it in .parquet, .jsonl or .jsonl.gz")
    return kind


def _read_files(options: ReadOptions) -> Callable[[Any], Any]:
    """The ``map_batches`` function of step 1: a batch of file names in, pyarrow tables of rows out."""
    def read(batch):
        import pyarrow as pa

        schema = pa.schema([("file", pa.int64()), ("row", pa.int64()), ("id", pa.string()), ("item", pa.binary())])
        for file_index, path, id_base in zip(batch["file"].to_pylist(), batch["path"].to_pylist(),
                                             batch["id_base"].to_pylist()):
            chunk: list[dict] = []
            for row in file_rows(file_index, path, id_base, options):
                chunk.append(row)
                if len(chunk) >= READ_CHUNK:
                    yield pa.Table.from_pylist(chunk, schema=schema)
                    chunk = []
            if chunk:
                yield pa.Table.from_pylist(chunk, schema=schema)

    return read


class _Staging:
    """Where the shards go while the run lasts: a hidden sibling folder renamed into place at
    the end for a local OUT; OUT itself for a URL (object stores have no rename), where the
    manifest, written last, tells a finished run from an interrupted one."""

    def __init__(self, output: str):
        self.output = output
        self.remote = is_url(output) and not output.startswith("file://")
        if self.remote:
            self.target_url = UrlPath(output)
            if self.target_url.exists():
                if not self.target_url.fs.exists(f"{self.target_url.fs_path}/{MANIFEST_NAME}"):
                    raise OutputError(f"{output}: exists and is not a zhclean shard folder (no {MANIFEST_NAME})")
                self.target_url.fs.rm(self.target_url.fs_path, recursive=True)
            self.target_url.fs.makedirs(self.target_url.fs_path, exist_ok=True)
            self.path = output.rstrip("/")
        else:
            self.target = Path(local_or_url(output)).resolve()
            if self.target.exists() and not (self.target / MANIFEST_NAME).is_file():
                raise OutputError(f"{output}: exists and is not a zhclean shard folder (no {MANIFEST_NAME}); "
                                  "choose a new name")
            self.target.parent.mkdir(parents=True, exist_ok=True)
            self.tmp = self.target.with_name(f".{self.target.name}.partial-{os.getpid()}")
            shutil.rmtree(self.tmp, ignore_errors=True)
            self.tmp.mkdir()
            self.path = str(self.tmp)

    def commit(self, manifest: dict[str, Any]) -> None:
        """Write the manifest and put the shards where OUT names."""
        text = json.dumps(manifest, ensure_ascii=False, indent=1)
        if self.remote:
            with self.target_url.fs.open(f"{self.target_url.fs_path}/{MANIFEST_NAME}", "w") as fh:
                fh.write(text)
            return
        (self.tmp / MANIFEST_NAME).write_text(text, encoding="utf-8")
        if self.target.exists():
            old = self.target.with_name(f".{self.target.name}.old-{os.getpid()}")
            os.replace(self.target, old)
            os.replace(self.tmp, self.target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(self.tmp, self.target)

    def abort(self) -> None:
        """Drop the shards of an interrupted local run (a URL keeps them, without a manifest)."""
        if not self.remote:
            shutil.rmtree(self.tmp, ignore_errors=True)


def _check_outside_inputs(output: str, inputs: Sequence[str]) -> None:
    out = output.rstrip("/") if is_url(output) else str(Path(local_or_url(output)).resolve())
    for given in inputs:
        inp = given.rstrip("/") if is_url(given) else str(Path(local_or_url(given)).resolve())
        if out == inp or out.startswith(inp + "/") or inp.startswith(out + "/"):
            raise OutputError(f"{output}: overlaps the input {given}; write the shards outside the inputs")


def clean_with_ray(paths: Sequence[str | os.PathLike], output: str | os.PathLike, config: Config = Config(), *,
                   actors: int | None = None, batch_size: int = BATCH_SIZE, validate: str | None = RECORD_VALIDATOR,
                   options: ReadOptions | None = None, progress: bool = False) -> RayRun:
    """Clean ``paths`` (files, folders, fsspec URLs) into a folder of shards at ``output``.

    Uses the Ray cluster already initialised, else ``ray.init()`` (which joins the cluster
    ``RAY_ADDRESS`` names, or starts one on this machine). ``actors``: cleaning actors, one
    CPU each (default: the cluster's CPUs). ``validate``: the ``"module:function"`` record
    validator each actor runs on its batches, or None.
    """
    ray = _import_ray()
    output = str(output)
    inputs = [os.fspath(p) if not isinstance(p, str) else p for p in paths]
    kind = shard_kind(output)
    _check_outside_inputs(output, inputs)
    options = options or ReadOptions(text_field=config.text_field, id_field=config.id_field,
                                     max_doc_bytes=config.max_doc_bytes, defer_html=True)
    if not progress:  # Ray Data logs each plan, and that bars are off; the summary says what matters
        logging.getLogger("ray.data").setLevel(logging.ERROR)
    if not ray.is_initialized():
        ray.init(log_to_driver=False, logging_level=logging.WARNING)
    from ray.data import ActorPoolStrategy, DataContext

    context = DataContext.get_current()
    context.execution_options.preserve_order = True  # shards hold runs of consecutive rows
    context.enable_progress_bars = progress
    started = time.perf_counter()

    files, listing_errors = [], []
    for index, entry in enumerate(iter_files(inputs)):
        if isinstance(entry, InputError):
            listing_errors.append([index, 0, entry.source, entry.line, entry.id, entry.message])
        else:
            files.append({"file": index, "path": str(entry[0]), "id_base": entry[1]})
    staging = _Staging(output)
    try:
        reports = [ShardReport("", errors=listing_errors)]
        n_actors = 0
        if files:
            listed = ray.data.from_items(files, override_num_blocks=min(len(files), 1000))
            rows = listed.map_batches(_read_files(options), batch_size=1, batch_format="pyarrow")
            ids = rows.select_columns(["file", "row", "id"])
            renames = unique_id_renames((r["file"], r["row"], r["id"]) for r in ids.iter_rows())
            n_actors = actors or max(1, int(ray.cluster_resources().get("CPU", 1)))
            cleaned = rows.map_batches(
                ShardCleaner, batch_size=batch_size, batch_format="pyarrow", num_cpus=1,
                compute=ActorPoolStrategy(size=n_actors),
                fn_constructor_kwargs={"config": config, "output": staging.path, "kind": kind, "renames": renames,
                                       "validate": validate})
            reports += [ShardReport.from_row(row) for row in cleaned.iter_rows()]
        summary, errors, failures = merge_reports(reports)
        actor_seconds = sum(r.seconds for r in reports)
        shards = sorted(r.shard for r in reports if r.shard)
        summary.seconds = time.perf_counter() - started
        staging.commit({"zhclean": __version__, "format": kind, "shards": shards, "documents": summary.documents,
                        "errors": summary.errors, "schema_failures": len(failures)})
    except BaseException:
        staging.abort()
        raise
    return RayRun(summary, errors, failures, shards, output, actor_seconds, n_actors)


def clean_command(args: Any, config: Config, rule_names: dict[str, str]) -> int:
    """``zhclean clean … --engine ray``: the run, its errors and the local run's summary; the exit code."""
    try:
        run = clean_with_ray(args.paths, str(args.output), config, actors=config.workers if args.workers else None,
                             progress=not args.quiet and sys.stderr.isatty())
    except (OutputError, ImportError) as exc:
        print(f"zhclean: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("zhclean: interrupted; nothing was written", file=sys.stderr)
        return 130
    for err in run.errors:
        print(f"zhclean: error: {err}", file=sys.stderr)
    if args.errors:
        from .writers import open_writer

        with open_writer(args.errors) as error_file:
            for err in run.errors:
                error_file.write({"source": err.source, "line": err.line, "id": err.id, "message": err.message})
    for code, doc_id, message in run.schema_failures:
        print(f"zhclean: schema: {code} {doc_id}: {message}", file=sys.stderr)
    if not args.quiet:
        print(run.summary.render(rule_names), file=sys.stderr)
        print(f"  written to {args.output} ({len(run.shards)} shards)", file=sys.stderr)
    if run.summary.errors:
        print(f"zhclean: {run.summary.errors} of {run.summary.errors + run.summary.documents} inputs failed "
              "(see the errors above)", file=sys.stderr)
        return 1
    return 1 if run.schema_failures else 0


__all__ = ["RECORD_VALIDATOR", "RayRun", "clean_command", "clean_with_ray", "shard_kind"]
