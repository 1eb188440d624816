#!/usr/bin/python3
"""Extract a corpus on a Dask cluster and merge the shards into one kg store.

    kg-dask.py (--scheduler ADDRESS | --local N) INPUT... --out DIR [--db PATH]

The input is cut into P partitions by position (document i goes to partition i mod P, the
order `kg ingest INPUT...` would read them in); each partition is one Dask task that runs
`kg extract --shard --partition i/P INPUT...` on a worker and writes DIR/part-i-of-P.jsonl.
A shard is written under a temporary name and renamed when complete, so a worker killed
mid-task leaves no shard that looks done; running the driver again skips the complete shards
and extracts only the missing ones. When every shard is there, the driver merges them into the
store with `kg ingest --facts`, which stores the records in input order: the store equals that
of `kg ingest INPUT...` on one machine (docs/scale.md).

The kg binary, its data/ directory (or --data-dir), the inputs and DIR must be at the same
paths on every worker (a shared or copied file system); the merge runs on this machine.
Progress goes to stderr. Exit status: 0 when all is merged; 1 when a partition failed (its
error is printed; rerun to retry it), when the merge failed, or when documents could not be read
(reported with their file and line, skipped, the others merged: as kg ingest does).
"""

import argparse
import json
import os
import signal
import subprocess
import sys
import time
import uuid

from distributed import Client, LocalCluster, as_completed

HERE = os.path.dirname(os.path.abspath(__file__))
# A test hook: the task of this partition kills its kg extract and its own worker process.
KILL_PARTITION_ENV = "KG_DASK_TEST_KILL_PARTITION"


def shard_path(out_dir, index, count):
    return os.path.join(out_dir, "part-%05d-of-%05d.jsonl" % (index, count))


def extract_partition(kg, inputs, index, count, out_dir, data_dir, kill):
    """Runs on a worker: writes partition `index` of `count` to its shard, unless it is there.

    Returns (index, documents, seconds, unreadable, messages): `documents` is None when the shard
    was complete already, `unreadable` whether kg extract reported documents it could not read.
    Raises RuntimeError when kg extract failed without writing the shard."""
    final = shard_path(out_dir, index, count)
    if os.path.exists(final):
        return index, None, 0.0, False, ""
    # A name of this attempt's own, so that two attempts at one partition never share a file.
    temporary = "%s.%s.tmp" % (final, uuid.uuid4().hex)
    env = dict(os.environ)
    if data_dir:
        env["KG_DATA_DIR"] = data_dir
    command = [kg, "extract", "--shard", "--partition", "%d/%d" % (index, count),
               "-o", temporary] + inputs
    start = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True, errors="replace")
    if kill:
        kill_mid_shard(process, temporary)
    _, messages = process.communicate()
    seconds = time.monotonic() - start
    if not os.path.exists(temporary):  # kg writes -o whole or not at all
        raise RuntimeError("partition %d/%d: kg extract failed (exit %d): %s"
                           % (index, count, process.returncode, messages.strip()))
    with open(temporary, "rb") as shard:
        documents = sum(1 for _ in shard)
    os.replace(temporary, final)
    # A non-zero exit with the shard written: some documents could not be read (the warnings
    # say which); the others are in the shard, as kg ingest would skip the unreadable ones.
    return index, documents, seconds, process.returncode != 0, messages.strip()


def kill_mid_shard(process, temporary):
    """The test hook: once kg extract has written part of the shard, or has ended but the shard
    is not renamed yet, kills kg extract and this worker process."""
    partial = temporary + ".partial"
    deadline = time.monotonic() + 10
    while process.poll() is None and time.monotonic() < deadline:
        if os.path.exists(partial) and os.path.getsize(partial) > 0:
            break
        time.sleep(0.01)
    process.kill()
    os.kill(os.getpid(), signal.SIGKILL)


def remove_leftovers(out_dir):
    """Deletes the temporary files of attempts that were killed."""
    for name in os.listdir(out_dir):
        if name.endswith(".tmp") or name.endswith(".tmp.partial"):
            os.remove(os.path.join(out_dir, name))


def parse_arguments():
    parser = argparse.ArgumentParser(
        description="Extract documents with kg on a Dask cluster, then merge the shards into "
                    "one store identical to a single kg ingest of the same input.")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", metavar="ADDRESS",
                       help="a running Dask scheduler, e.g. tcp://10.0.0.5:8786")
    where.add_argument("--local", metavar="N", type=int,
                       help="start a local cluster of N single-threaded worker processes")
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="files, directories and .jsonl files, as for kg ingest")
    parser.add_argument("--out", required=True, metavar="DIR",
                        help="where the shards are written (on every worker)")
    parser.add_argument("--db", metavar="PATH", help="the store to merge into (kg's --db)")
    parser.add_argument("--partitions", type=int, metavar="P",
                        help="number of partitions (default: two per worker thread)")
    parser.add_argument("--kg", default=default_kg(), metavar="PATH",
                        help="the kg binary, at this path on every worker (default: %(default)s)")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="kg's data directory on the workers (KG_DATA_DIR; default: the "
                             "one built into kg)")
    parser.add_argument("--no-merge", action="store_true",
                        help="write the shards only; merge later with kg ingest --facts DIR/*")
    arguments = parser.parse_args()
    if arguments.local is not None and arguments.local < 1:
        parser.error("--local needs at least one worker")
    if arguments.partitions is not None and arguments.partitions < 1:
        parser.error("--partitions needs at least one partition")
    return arguments


def default_kg():
    built = os.path.join(os.path.dirname(HERE), "build", "cli", "kg")
    return built if os.path.exists(built) else "kg"


def check_manifest(out_dir, inputs, count):
    """Refuses an --out DIR holding shards of another input or partitioning."""
    path = os.path.join(out_dir, "manifest.json")
    manifest = {"inputs": inputs, "partitions": count}
    if os.path.exists(path):
        with open(path) as existing:
            if json.load(existing) != manifest:
                sys.exit("kg-dask: %s holds shards of another run (other inputs or --partitions); "
                         "give a new --out" % out_dir)
        return
    temporary = path + ".tmp"
    with open(temporary, "w") as out:
        json.dump(manifest, out)
    os.replace(temporary, path)


def log(message):
    print("kg-dask: " + message, file=sys.stderr, flush=True)


def extract_all(client, arguments, inputs, count):
    """Runs the partitions' tasks; returns how many failed and how many had unreadable
    documents."""
    kill = os.environ.get(KILL_PARTITION_ENV)
    futures = [client.submit(extract_partition, arguments.kg, inputs, index, count,
                             arguments.out, arguments.data_dir, str(index) == kill,
                             key="kg-extract-%d-of-%d-%s" % (index, count, uuid.uuid4().hex),
                             pure=False)
               for index in range(count)]
    failed = 0
    unreadable = 0
    finished = 0
    start = time.monotonic()
    for future in as_completed(futures):
        finished += 1
        prefix = "[%d/%d]" % (finished, count)
        try:
            index, documents, seconds, had_unreadable, messages = future.result()
        except Exception as error:  # a task's error or its worker's death: report, go on
            failed += 1
            log("%s a partition failed: %s" % (prefix, str(error).strip() or type(error).__name__))
            continue
        if documents is None:
            log("%s partition %d: shard complete already, skipped" % (prefix, index))
            continue
        log("%s partition %d: %d document(s) in %.1f s (%.1f s elapsed)"
            % (prefix, index, documents, seconds, time.monotonic() - start))
        unreadable += had_unreadable
        if messages:
            log("partition %d: %s" % (index, messages))
    return failed, unreadable


def merge(arguments, count):
    shards = [shard_path(arguments.out, index, count) for index in range(count)]
    command = [arguments.kg] + (["--db", arguments.db] if arguments.db else []) + \
        ["ingest", "--facts"] + shards
    log("merging %d shards with kg ingest --facts" % count)
    return subprocess.call(command)


def main():
    arguments = parse_arguments()
    inputs = [os.path.abspath(path) for path in arguments.inputs]
    arguments.out = os.path.abspath(arguments.out)
    os.makedirs(arguments.out, exist_ok=True)
    start = time.monotonic()
    if arguments.local is not None:
        cluster = LocalCluster(n_workers=arguments.local, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    else:
        cluster = None
        client = Client(arguments.scheduler)
    try:
        threads = sum(client.nthreads().values()) or 1
        count = arguments.partitions or 2 * threads
        check_manifest(arguments.out, inputs, count)
        remove_leftovers(arguments.out)
        log("phase cluster: %.1f s" % (time.monotonic() - start))
        log("%d partitions on %d worker threads, shards in %s" % (count, threads, arguments.out))
        start = time.monotonic()
        failed, unreadable = extract_all(client, arguments, inputs, count)
        log("phase extract: %.1f s" % (time.monotonic() - start))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    if failed:
        log("%d of %d partitions failed; run again to retry them (complete shards are kept)"
            % (failed, count))
        return 1
    if arguments.no_merge:
        return 0
    start = time.monotonic()
    status = merge(arguments, count)
    log("phase merge: %.1f s" % (time.monotonic() - start))
    if unreadable:
        log("documents of %d partition(s) could not be read (see above); the others are merged"
            % unreadable)
    return 1 if status != 0 or unreadable else 0


if __name__ == "__main__":
    sys.exit(main())
