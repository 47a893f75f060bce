#!/usr/bin/env python3
"""Golden tests of the wirealign command line: runs each case and compares its output and exit code.

A case is a folder under cases/ holding `args` (one argument per line; {examples}, {data}, {case}
and {tmp} are replaced by ./corpora/examples, ./corpora (the command runs in the repository), the
case folder and a fresh temporary folder), optional `stdin`, and the expected `stdout`, `exit` and `stderr` (lines the error output
must contain). `--update` rewrites stdout, exit and stderr from the current behaviour: do it on
purpose, then review the diff.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def run_case(binary, case_dir, update):
    tmp = tempfile.mkdtemp(prefix="wirealign-cli-")
    try:
        # Paths relative to the repository (the command runs there), so that reports that wrap
        # long lines wrap them the same way wherever the repository is.
        subst = {"{examples}": "./corpora/examples", "{data}": "./corpora", "{case}": case_dir,
                 "{tmp}": tmp}
        with open(os.path.join(case_dir, "args"), encoding="utf-8") as f:
            args = [line.rstrip("\n") for line in f if line.strip()]
        for key, value in subst.items():
            args = [a.replace(key, value) for a in args]
        stdin_path = os.path.join(case_dir, "stdin")
        stdin = open(stdin_path, "rb").read() if os.path.exists(stdin_path) else b""
        proc = subprocess.run([binary] + args, input=stdin, capture_output=True, timeout=120,
                              cwd=ROOT)
        stdout = proc.stdout.decode("utf-8", "replace").replace(tmp, "{tmp}")
        stderr = proc.stderr.decode("utf-8", "replace").replace(tmp, "{tmp}")
        for key in ("{examples}", "{data}", "{case}"):
            stdout = stdout.replace(subst[key], key)
            stderr = stderr.replace(subst[key], key)
        # Files the command was asked to write under {tmp} are part of its output.
        for name in sorted(os.listdir(tmp)):
            with open(os.path.join(tmp, name), encoding="utf-8", errors="replace") as f:
                stdout += "==> {tmp}/%s <==\n%s" % (name, f.read())
        paths = {k: os.path.join(case_dir, k) for k in ("stdout", "exit", "stderr")}
        if update:
            with open(paths["stdout"], "w", encoding="utf-8") as f:
                f.write(stdout)
            with open(paths["exit"], "w") as f:
                f.write("%d\n" % proc.returncode)
            if proc.returncode != 0 or stderr:
                with open(paths["stderr"], "w", encoding="utf-8") as f:
                    f.write(stderr)
            return []
        problems = []
        expected_exit = int(open(paths["exit"]).read())
        if proc.returncode != expected_exit:
            problems.append("exit code %d, expected %d" % (proc.returncode, expected_exit))
        expected_stdout = open(paths["stdout"], encoding="utf-8").read()
        if stdout != expected_stdout:
            problems.append("stdout differs:\n--- expected\n%s--- got\n%s" % (expected_stdout, stdout))
        if os.path.exists(paths["stderr"]):
            for line in open(paths["stderr"], encoding="utf-8").read().splitlines():
                if line.strip() and line not in stderr:
                    problems.append("stderr lacks %r; got:\n%s" % (line, stderr))
        return problems
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary", help="the wirealign program to test")
    parser.add_argument("cases", nargs="*", help="case names (default: all)")
    parser.add_argument("--update", action="store_true", help="rewrite the expected outputs")
    opts = parser.parse_args()
    case_root = os.path.join(HERE, "cases")
    names = opts.cases or sorted(os.listdir(case_root))
    failed = 0
    for name in names:
        problems = run_case(os.path.abspath(opts.binary), os.path.join(case_root, name), opts.update)
        print("%s %s" % ("FAIL" if problems else ("updated" if opts.update else "ok"), name))
        for p in problems:
            print("    " + p.replace("\n", "\n    "))
        failed += bool(problems)
    print("%d passed, %d failed" % (len(names) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
