"""pySigma's side of `npm run bench`: loads every .yml/.yaml file under the folders given with
SigmaCollection.load_ruleset (errors collected, not raised), as `detlint parse` reads them.
Prints the counts on stderr; with DETLINT_BENCH_RUSAGE set, writes its CPU time and peak
memory there at exit, as JSON."""
import atexit
import json
import os
import pathlib
import resource
import sys

from sigma.collection import SigmaCollection


def rusage() -> None:
    r = resource.getrusage(resource.RUSAGE_SELF)
    with open(os.environ["DETLINT_BENCH_RUSAGE"], "w") as f:
        json.dump({"user": r.ru_utime, "sys": r.ru_stime, "maxRssKB": r.ru_maxrss}, f)


if os.environ.get("DETLINT_BENCH_RUSAGE"):
    atexit.register(rusage)

paths = sorted(
    p
    for d in sys.argv[1:]
    for p in pathlib.Path(d).rglob("*")
    if p.suffix in (".yml", ".yaml") and p.is_file()
)
collection = SigmaCollection.load_ruleset(paths, collect_errors=True)
print(f"pySigma: {len(paths)} files, {len(collection.rules)} rules, {len(collection.errors)} errors", file=sys.stderr)
