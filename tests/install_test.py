#!/usr/bin/env python3
"""The installed package: `cmake --install` into a temporary prefix, then `check` on the example
pair with the installed program, from another folder and without WIREALIGN_* variables, and the
installed Python module; neither may hold the source or build folder's path.

Usage: install_test.py BUILD_DIR"""
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    build = os.path.abspath(sys.argv[1])
    prefix = tempfile.mkdtemp(prefix="wirealign-install-")
    env = {k: v for k, v in os.environ.items() if not k.startswith("WIREALIGN_")}
    env.pop("PYTHONPATH", None)
    failures = []
    try:
        subprocess.run(["cmake", "--install", build, "--prefix", prefix], check=True,
                       capture_output=True)
        program = os.path.join(prefix, "bin", "wirealign")
        examples = os.path.join(prefix, "share", "doc", "wirealign", "examples")
        for path in (program, os.path.join(prefix, "share", "wirealign", "lang", "fr"), examples):
            if not os.path.exists(path):
                failures.append("not installed: " + path)
        pair = [os.path.join(examples, "rt-tajikistan.en.txt"),
                os.path.join(examples, "rt-tajikistan.fr.txt")]
        installed = subprocess.run([program, "check", *pair, "--format", "json"], env=env,
                                   cwd=tempfile.gettempdir(), capture_output=True)
        built = subprocess.run([os.path.join(build, "wirealign"), "check", *pair, "--format",
                                "json"], env=env, capture_output=True)
        if installed.returncode != 0:
            failures.append("installed check: exit %d: %s" % (installed.returncode,
                                                             installed.stderr.decode()))
        elif json.loads(installed.stdout)["findings"] != json.loads(built.stdout)["findings"]:
            failures.append("the installed program finds other findings than the built one")
        # No absolute path of the source or build folder compiled into what is installed.
        binaries = [program] + glob.glob(os.path.join(prefix, "lib", "**", "*.so"), recursive=True)
        for path in binaries:
            data = open(path, "rb").read()
            for folder in (ROOT, build):
                if folder.encode() in data:
                    failures.append("%s holds the path %s" % (path, folder))
        modules = glob.glob(os.path.join(prefix, "lib", "python3*", "dist-packages"))
        if os.path.isdir(os.path.join(build, "python")):
            if not modules:
                failures.append("no Python module installed")
            else:
                code = ("import wirealign; print(wirealign.__file__); "
                        "e = wirealign.Engine(); "
                        "print(len(e.check(open(%r).read(), open(%r).read())))" % tuple(pair))
                proc = subprocess.run(["/usr/bin/python3", "-c", code], env=dict(
                    env, PYTHONPATH=modules[0]), cwd=tempfile.gettempdir(), capture_output=True,
                    text=True)
                if proc.returncode != 0:
                    failures.append("installed module: " + proc.stderr)
                elif not proc.stdout.startswith(prefix):
                    failures.append("the module imported is not the installed one: " + proc.stdout)
                elif int(proc.stdout.split()[-1]) != len(json.loads(built.stdout)["findings"]):
                    failures.append("the installed module finds other findings")
    finally:
        shutil.rmtree(prefix, ignore_errors=True)
    for f in failures:
        print("FAIL " + f)
    print("%d passed, %d failed" % (0 if failures else 1, 1 if failures else 0))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
