"""`make mutate`: mutation testing with mutmut 3 over chosen modules, within a time budget.

    python -m tests.mutation.run [--modules etl/clean.py ...] [--budget SECONDS] [--resume] [--survivors]

mutmut takes its settings from pyproject.toml; this runner replaces the two that change per run (which
files to mutate, which test files to use, from tests/mutation/modules.toml) and starts `mutmut run` in a
child process, one module at a time. When the budget is spent the child is stopped: what was checked is kept in mutants/ and a
later `--resume` run carries on from there. Then it prints the score of each module and, with
--survivors, the surviving mutants as diffs (what docs/mutation.md lists).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MODULES = tomllib.loads((Path(__file__).with_name("modules.toml")).read_text(encoding="utf-8"))
KILLED = {1, 3}  # a failing test or a pytest error
TIMEOUT = {36, 24, -24, 152, 255}  # counted as killed (a mutant that hangs is noticed), shown apart
SURVIVED = {0}
NO_TESTS = {5, 33}


def tests_for(modules: list[str]) -> list[str]:
    unknown = [m for m in modules if m not in MODULES["tests"]]
    if unknown:
        raise SystemExit(f"error: no tests are mapped to {', '.join(unknown)} in tests/mutation/modules.toml")
    return sorted({t for m in modules for t in MODULES["tests"][m] if (ROOT / t).exists()})


# Decorators whose functions are mutated all the same (see _mutate_cached_functions).
CACHE_DECORATORS = ("st.cache_data", "st.cache_resource")


def _mutate_cached_functions() -> None:
    """mutmut skips every decorated function (a decorator may have side effects when a function is copied).
    In dashboard/queries.py every function with SQL in it is a Streamlit cache, so mutmut would score only
    the four plain helpers. A Streamlit cache has no such side effect: each mutant copy is a cache of its
    own, and each mutant runs in a fresh process. So functions whose decorators are all Streamlit caches
    are mutated like undecorated ones; the decorator's own arguments are still never mutated."""
    import libcst as cst
    from mutmut.mutation import file_mutation

    visitor = file_mutation.MutationVisitor
    original = visitor._skip_node_and_children
    if getattr(original, "cached_too", False):
        return

    def skip(self, node):
        if isinstance(node, cst.FunctionDef) and node.decorators and all(
                cst.Module([]).code_for_node(d.decorator).startswith(CACHE_DECORATORS) for d in node.decorators):
            return node.name.value in self.ignored_functions
        return original(self, node)

    skip.cached_too = True
    visitor._skip_node_and_children = skip


def _inner(modules: list[str], tests: list[str], children: int, recheck: bool = False, carry: bool = False) -> None:
    """Runs inside the child: mutmut with this run's modules and tests instead of pyproject's defaults."""
    from mutmut import configuration
    from mutmut.__main__ import cli

    _mutate_cached_functions()

    # Tests that open pages (AppTest) start threads; a worker forked from such a process segfaults, so
    # those modules fork their workers from a clean server process instead.
    isolation = "forkserver" if set(modules) & set(MODULES["forkserver"]) else "fork"
    configuration._config = dataclasses.replace(
        configuration.config(), only_mutate=modules, pytest_add_cli_args_test_selection=tests,
        # each mutant's tests start with empty caches (fresh_caches.py says why)
        pytest_add_cli_args=[*configuration.config().pytest_add_cli_args, "-p", "tests.mutation.fresh_caches"],
        process_isolation=configuration.ProcessIsolation(isolation),
        # a page test in a fresh worker takes seconds more than in the stats run: time out late, not wrongly
        timeout_constant=60.0 if isolation == "forkserver" else 10.0)
    names, earlier = [], {}
    if recheck or carry:  # survivors (and, carried, all not yet checked) with today's tests; see _plan
        for module in modules:
            run, keep = _plan(module, run_unchecked=carry)
            names += run
            earlier[module] = keep
        if not names:
            return
    else:  # a resume: mutmut re-runs the functions whose text changed; their callers too (_stale_callers)
        for module in modules:
            stale = _stale_callers(module)
            if stale:
                print(f"{module}: re-run as their callees changed: {', '.join(sorted(stale))}", file=sys.stderr)
    # This process imported this tree's `tests` package (the runner, the rule above); when mutmut lists the
    # tests again (a recheck, a resume) pytest must import the copy in mutants/ under the same name, or it
    # stops on an import mismatch of tests/conftest.py and nothing is run.
    for name in [m for m in sys.modules if m == "tests" or m.startswith("tests.")]:
        if name != __name__:
            del sys.modules[name]
    if recheck or carry:  # a budget stop (SIGTERM) still writes the earlier results back
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    try:
        cli.main(["run", "--max-children", str(children), *names], standalone_mode=False)
    finally:
        _keep_earlier_results(earlier, set(names))


def _refresh_data_files() -> None:
    """Trap 9: mutmut copies the source folders into mutants/ once and never again a file that is there, so a
    resumed run read the word lists and rule tables (etl/*.csv, *.toml) of the run it resumed (a statements
    run after the merge stopped on a cue the old duty_cues.toml lacked). Python files it copies anew each time;
    every other file of the source folders is copied again here when it differs."""
    import filecmp

    for folder in ("etl", "dashboard"):
        for path in (ROOT / folder).rglob("*"):
            if path.is_dir() or path.suffix == ".py" or "__pycache__" in path.parts:
                continue
            copy = ROOT / "mutants" / path.relative_to(ROOT)
            if not copy.exists() or not filecmp.cmp(path, copy, shallow=False):
                copy.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, copy)


def _stale_callers(module: str) -> set[str]:
    """mutmut keeps the results of every function whose own text did not change (by a hash per function) and
    re-runs the others; tried on a copy: editing `tokens` in textdiff.py re-ran its mutants only, not those of
    `word_diff`, which calls it. A caller's mutant may have been killed only through what the old callee did,
    so every function of the module that calls a changed one (directly or not; mutmut records the calls) is
    marked changed too, and its mutants run again. Calls into other modules are not tracked: the results are
    those of this module's final code, with the rest of the tree as it was when each mutant ran."""
    meta_path = ROOT / "mutants" / f"{module}.meta"
    if not meta_path.exists():
        return set()
    meta = json.loads(meta_path.read_text())
    old = meta.get("hash_by_function_name", {})
    changed, stale = _changes(module, old)
    stale &= old.keys()
    if stale:  # a hash no function has: mutmut re-runs these functions' mutants as if their text had changed
        meta["hash_by_function_name"] = {f: "callee changed" if f in stale else h for f, h in old.items()}
        meta_path.write_text(json.dumps(meta))
        # mutmut compares hashes only when its copy of the file is not newer than the file
        when = (ROOT / module).stat().st_mtime - 1
        os.utime(ROOT / "mutants" / module, (when, when))
    return stale


def _changes(module: str, old: dict[str, str], mutated=None) -> tuple[set[str], set[str]]:
    """(functions whose text changed since `old` hashes, functions that call one of them)."""
    from mutmut.mutation.file_mutation import mutate_file_contents

    stats_path = ROOT / "mutants" / "mutmut-stats.json"
    mutated = mutated or mutate_file_contents(module, (ROOT / module).read_text(encoding="utf-8"))
    new = mutated.hash_by_function_name
    changed = {f for f in old.keys() | new.keys() if old.get(f) != new.get(f)}
    prefix = module.removesuffix(".py").replace("/", ".") + "."
    callers = _name_callers(module, old.keys() | new.keys())
    calls = json.loads(stats_path.read_text()).get("function_dependencies", {}) if stats_path.exists() else {}
    for callee, who in calls.items():
        if callee.startswith(prefix):
            callers.setdefault(callee.removeprefix(prefix), set()).update(
                c.removeprefix(prefix) for c in who if c.startswith(prefix))
    stale, todo = set(), list(changed)
    while todo:
        for caller in callers.get(todo.pop(), ()):
            if caller not in changed and caller not in stale:
                stale.add(caller)
                todo.append(caller)
    return changed, stale


def _plan(module: str, run_unchecked: bool) -> tuple[list[str], dict[str, int | None]]:
    """(mutants to run, earlier results to keep) for a recheck or a carried run. Kept: a killed or timed-out
    mutant of a function whose text is unchanged and that calls no changed function, and a survivor that only
    changes SQL letter case (equivalent by the tested rule). Run: every other survivor, every mutant of a
    changed function or its callers, every new mutant, and (carried) those not yet checked. mutmut forgets
    every result when the test list changes (a test file mapped since); the runner writes the kept back."""
    from mutmut.mutation.diff_apply import get_diff_for_mutant
    from mutmut.mutation.file_mutation import mutate_file_contents
    from mutmut.utils.format_utils import get_mutant_name, mangled_name_from_mutant_name

    meta = ROOT / "mutants" / f"{module}.meta"
    data = json.loads(meta.read_text()) if meta.exists() else {}
    codes = data.get("exit_code_by_key", {})
    mutated = mutate_file_contents(module, (ROOT / module).read_text(encoding="utf-8"))
    changed, stale = _changes(module, data.get("hash_by_function_name", {}), mutated)
    run, keep = [], {}
    for key in (get_mutant_name(Path(module), n) for n in mutated.mutant_names):
        fresh = mangled_name_from_mutant_name(key).rpartition(".")[2] in changed | stale
        code = None if fresh else codes.get(key)
        if code in KILLED or code in TIMEOUT:
            keep[key] = code
        elif code in SURVIVED or code in NO_TESTS:
            # SQL letter-case survivors are equivalent by a tested rule (tests/mutation/equivalence.py)
            if equivalent(module, get_diff_for_mutant(key, path=module)):
                keep[key] = code
            else:
                run.append(key)
        elif fresh or key not in codes or run_unchecked:
            run.append(key)
    if stale - changed:
        print(f"{module}: re-run as their callees changed: {', '.join(sorted(stale - changed))}", file=sys.stderr)
    if data and changed | stale:  # forgotten before mutmut starts, so a run stopped early cannot keep them
        for key in codes:
            if mangled_name_from_mutant_name(key).rpartition(".")[2] in changed | stale:
                codes[key] = None
        data["hash_by_function_name"] = {f: "callee changed" if f in stale else h
                                         for f, h in data.get("hash_by_function_name", {}).items()}
        meta.write_text(json.dumps(data))
    return run, keep


def _name_callers(module: str, functions: set[str]) -> dict[str, set[str]]:
    """Callers by name, read from the code: mutmut's record of calls misses some (a generator's body runs when
    its caller iterates it, so the calls it makes are recorded as the caller's). mutmut's keys: `x_name` for a
    function, `xǁClassǁname` for a method."""
    import ast

    short = {f: f.rpartition("ǁ")[2] if "ǁ" in f else f.removeprefix("x_") for f in functions}
    by_name: dict[str, set[str]] = {}
    for f, name in short.items():
        by_name.setdefault(name, set()).add(f)
    callers: dict[str, set[str]] = {}

    def visit(node: ast.AST, owner: str) -> None:
        for sub in ast.walk(node):
            used = sub.id if isinstance(sub, ast.Name) else sub.attr if isinstance(sub, ast.Attribute) else None
            for callee in by_name.get(used, ()):
                if callee != owner:
                    callers.setdefault(callee, set()).add(owner)

    for node in ast.parse((ROOT / module).read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            visit(node, f"x_{node.name}")
        elif isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    visit(item, f"xǁ{node.name}ǁ{item.name}")
    return callers


def _keep_earlier_results(earlier: dict[str, dict], rechecked: set[str]) -> None:
    """mutmut forgets every result when its settings change (the test list grew), so a recheck would leave
    all mutants but the rechecked ones "not checked": the earlier results of the others are written back."""
    for module, codes in earlier.items():
        meta = ROOT / "mutants" / f"{module}.meta"
        if not meta.exists():
            continue
        data = json.loads(meta.read_text())
        now = data["exit_code_by_key"]
        for key, code in codes.items():
            if key not in rechecked and code is not None and now.get(key) is None:
                now[key] = code
        meta.write_text(json.dumps(data))


def store(module: str) -> Path:
    """Where one module's mutmut results are kept between runs: mutmut only ever works in ./mutants and
    does not mutate a file it has already copied there, so each module gets its own copy of that folder."""
    return ROOT / ".mutation" / module.replace("/", "__")


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout.strip()


def record_code(module: str) -> None:
    """Which code a module's results are of: the commit checked out and the file's own hash (a results
    table shows a module as stale once its file no longer has that hash, e.g. after a merge)."""
    (store(module) / "measured.json").write_text(json.dumps(
        {"commit": _git("rev-parse", "--short", "HEAD"), "blob": _git("hash-object", module)}))


def measured_on(module: str) -> str:
    """The commit a module was measured on, or why its results are not of today's file."""
    path, stats = store(module) / "measured.json", store(module) / "mutants" / "mutmut-stats.json"
    if path.exists():
        got = json.loads(path.read_text())
    elif stats.exists():  # a store from before measured.json: the commit mutmut noted when it listed the tests
        commit = json.loads(stats.read_text()).get("git_commit", "")
        got = {"commit": commit[:7], "blob": _git("rev-parse", f"{commit}:{module}")}
    else:
        return "—"
    return got["commit"] if got["blob"] == _git("hash-object", module) else f"{got['commit']} (stale: the file changed)"


def score(modules: list[str]) -> dict[str, dict[str, int]]:
    """Counts per module from mutmut's result files (<store>/mutants/<module>.meta)."""
    out = {}
    for module in modules:
        meta = store(module) / "mutants" / f"{module}.meta"
        codes = json.loads(meta.read_text())["exit_code_by_key"] if meta.exists() else {}
        c = Counter(codes.values())
        out[module] = {
            "mutants": len(codes),
            "killed": sum(n for code, n in c.items() if code in KILLED),
            "timeout": sum(n for code, n in c.items() if code in TIMEOUT),
            "survived": sum(n for code, n in c.items() if code in SURVIVED),
            "no_tests": sum(n for code, n in c.items() if code in NO_TESTS),
            "not_checked": c.get(None, 0),
        }
    return out


def survivors(module: str) -> list[str]:
    meta = store(module) / "mutants" / f"{module}.meta"
    if not meta.exists():
        return []
    codes = json.loads(meta.read_text())["exit_code_by_key"]
    return sorted(k for k, code in codes.items() if code in SURVIVED or code in NO_TESTS)


def _diff(module: str, name: str) -> str:
    from mutmut.mutation.diff_apply import get_diff_for_mutant

    cwd = os.getcwd()
    os.chdir(store(module))  # mutmut reads mutants/ relative to the working directory
    try:
        return get_diff_for_mutant(name, path=module).strip()
    finally:
        os.chdir(cwd)


def equivalent(module: str, diff: str) -> bool:
    """A survivor that only changes the letter case of SQL text in ways DuckDB ignores, or of a codec name given
    as `encoding=` (the rules and why they hold: tests/mutation/equivalence.py, checked against DuckDB in
    tests/test_mutation_equivalence.py and against Python's codecs in tests/test_mutation_codec_unit.py)."""
    from tests.mutation.equivalence import codec_case_equivalent, sql_case_equivalent

    return sql_case_equivalent(diff, (ROOT / module).read_text(encoding="utf-8")) or codec_case_equivalent(diff)


def print_survivors(modules: list[str]) -> None:
    """Each surviving mutant as a diff (mutmut's `show` only finds the modules named in pyproject.toml)."""
    for module in modules:
        for name in survivors(module):
            diff = _diff(module, name)
            note = " (letter case of SQL or a codec name: equivalent)" if equivalent(module, diff) else ""
            print(f"\n#### {name}{note}\n```diff\n{diff}\n```")


def table(scores: dict[str, dict[str, int]]) -> str:
    """Score = caught / checked; the last column leaves out survivors that only change the letter case of SQL
    text in ways DuckDB ignores (`equivalent`: a rule tested against DuckDB), from both counts."""
    lines = ["| module | mutants | killed | timed out | survived | of which equivalent by rule (letter case of SQL or a codec name) | no test | "
             "not checked | score | score without equivalents | measured on |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for module, s in scores.items():
        caught = s["killed"] + s["timeout"]
        checked = caught + s["survived"] + s["no_tests"]
        case = sum(equivalent(module, _diff(module, n)) for n in survivors(module)) if checked else 0
        pct = f"{100 * caught / checked:.1f} %" if checked else "—"
        pct2 = f"{100 * caught / (checked - case):.1f} %" if checked > case else "—"
        lines.append(f"| {module} | {s['mutants']} | {s['killed']} | {s['timeout']} | {s['survived']} | {case} | "
                     f"{s['no_tests']} | {s['not_checked']} | {pct} | {pct2} | {measured_on(module)} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m tests.mutation.run", description=__doc__.splitlines()[0])
    p.add_argument("--modules", nargs="*", default=None, help="files to mutate (default: modules.toml's default)")
    p.add_argument("--budget", type=float, default=float(os.environ.get("MUTATE_BUDGET", 2700)),
                   help="seconds before the run is stopped (what was checked is kept)")
    p.add_argument("--children", type=int, default=2, help="mutants tested at once (two cores here)")
    p.add_argument("--resume", action="store_true", help="keep mutants/ from an earlier run and carry on")
    p.add_argument("--recheck", action="store_true",
                   help="run the survivors of the last run again (not the letter-case-only ones), with the tests "
                        "as they are now (implies --resume)")
    p.add_argument("--carry", action="store_true",
                   help="keep the killed mutants of functions whose text did not change (nor that of a function they "
                        "call) and run every other mutant with the tests as they are now (implies --resume)")
    p.add_argument("--survivors", action="store_true", help="print each surviving mutant's diff")
    p.add_argument("--report-only", action="store_true", help="print the score of the last run, run nothing")
    p.add_argument("--all", action="store_true", help="every module mapped in modules.toml (the issue's scope)")
    p.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    modules = args.modules or (sorted(MODULES["tests"]) if args.all else MODULES["default"])
    args.resume = args.resume or args.recheck or args.carry
    if args.inner:
        _inner(modules, tests_for(modules), args.children, args.recheck, args.carry)
        return 0
    if args.report_only:
        print(table(score(modules)))
        if args.survivors:
            print_survivors(modules)
        return 0
    print(f"mutating {', '.join(modules)}; budget {args.budget:.0f} s", flush=True)
    env = {k: v for k, v in os.environ.items() if k != "CI"}  # the CI gate is about skipped browser tests
    started, stopped, failed = time.monotonic(), False, 0
    # One module at a time, each with only its own tests: a mutant of segment.py never waits for the
    # database builds that the load.py tests need.
    for module in modules:
        remaining = args.budget - (time.monotonic() - started)
        if remaining <= 0:
            stopped = True
            break
        print(f"  {module} with {', '.join(tests_for([module]))}", flush=True)
        shutil.rmtree(ROOT / "mutants", ignore_errors=True)
        if args.resume and (store(module) / "mutants").is_dir():
            shutil.move(store(module) / "mutants", ROOT / "mutants")
            _refresh_data_files()
        child = subprocess.Popen([sys.executable, "-m", "tests.mutation.run", "--inner", "--children",
                                  str(args.children), "--modules", module, *(["--recheck"] if args.recheck else []),
                                  *(["--carry"] if args.carry else [])],
                                 cwd=ROOT, env=env,
                                 start_new_session=True, stdout=subprocess.DEVNULL)
        try:
            failed |= child.wait(timeout=remaining) != 0
        except subprocess.TimeoutExpired:
            os.killpg(child.pid, signal.SIGTERM)  # the child and the workers it forked, nothing else
            child.wait(timeout=30)
            stopped = True
        finally:  # keep what was checked, even when stopped; without --resume, earlier results are replaced
            shutil.rmtree(store(module), ignore_errors=True)
            store(module).mkdir(parents=True)
            if (ROOT / "mutants").is_dir():
                shutil.move(ROOT / "mutants", store(module) / "mutants")
            record_code(module)
        if stopped:
            break
    if stopped:
        print(f"budget of {args.budget:.0f} s spent: stopped; `--resume` carries on", flush=True)
    print(f"ran {time.monotonic() - started:.0f} s\n")
    scores = score(modules)
    print(table(scores))
    if args.survivors:
        print_survivors(modules)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
