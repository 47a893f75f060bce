#!/usr/bin/env python3
"""Outputs never destroy data: an output that is one of the inputs (by name, through a symbolic or
hard link, any file of a Moses set, a batch manifest or a pair it lists) is refused with the
inputs left byte for byte intact; a device stays a device, a FIFO a FIFO, a link a link; a file
replaced keeps its permissions; a failed run leaves an existing output as it was.

Usage: output_safety.py WIREALIGN
"""
import hashlib
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import threading

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = os.path.join(ROOT, "corpora", "examples")


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


class Suite:
    def __init__(self, binary):
        self.binary = binary
        self.problems = []

    def expect(self, ok, what):
        print("%s %s" % ("ok" if ok else "FAIL", what))
        if not ok:
            self.problems.append(what)

    def run(self, *args, cwd=None):
        proc = subprocess.run([self.binary] + list(args), capture_output=True, timeout=300, cwd=cwd)
        return proc.returncode, proc.stdout, proc.stderr.decode("utf-8", "replace")

    def fresh(self):
        """A temporary folder holding copies of the example pair as rt.en and rt.fr."""
        folder = tempfile.mkdtemp(prefix="wirealign-outputs-")
        shutil.copy(os.path.join(EXAMPLES, "rt-tajikistan.en.txt"), os.path.join(folder, "rt.en"))
        shutil.copy(os.path.join(EXAMPLES, "rt-tajikistan.fr.txt"), os.path.join(folder, "rt.fr"))
        return folder

    def refused(self, what, folder, args, intact, message_words):
        """Runs args in folder; expects exit 1, a message naming message_words, and every file of
        `intact` unchanged (and still of its kind: file or link)."""
        before = {p: (digest(os.path.join(folder, p)), os.path.islink(os.path.join(folder, p)))
                  for p in intact}
        code, _, err = self.run(*args, cwd=folder)
        self.expect(code == 1, "%s: exit 1 (got %d: %s)" % (what, code, err.strip()))
        self.expect(all(w in err for w in message_words),
                    "%s: the message names %s (got %r)" % (what, message_words, err.strip()))
        after = {p: (digest(os.path.join(folder, p)), os.path.islink(os.path.join(folder, p)))
                 for p in intact}
        self.expect(before == after, "%s: %s intact, byte for byte" % (what, ", ".join(intact)))
        leftovers = [n for n in os.listdir(folder) if ".tmp-" in n]
        self.expect(not leftovers, "%s: no temporary file left (%s)" % (what, leftovers))


def main():
    suite = Suite(os.path.abspath(sys.argv[1]))
    folders = []
    try:
        # Moses: the prefix makes rt.en and rt.fr, the very inputs.
        d = suite.fresh(); folders.append(d)
        suite.refused("align --format moses -o rt", d,
                      ["align", "rt.en", "rt.fr", "--format", "moses", "-o", "rt"],
                      ["rt.en", "rt.fr"], ["rt.en"])
        # The report over the translation, by name, through a symbolic link, through a hard link.
        suite.refused("check -o rt.fr", d, ["check", "rt.en", "rt.fr", "-o", "rt.fr"],
                      ["rt.en", "rt.fr"], ["rt.fr", "input"])
        os.symlink("rt.fr", os.path.join(d, "link.fr"))
        suite.refused("check -o a link to the input", d,
                      ["check", "rt.en", "rt.fr", "-o", "link.fr"],
                      ["rt.en", "rt.fr", "link.fr"], ["link.fr", "rt.fr"])
        os.link(os.path.join(d, "rt.en"), os.path.join(d, "hard.en"))
        suite.refused("align -o a hard link to the input", d,
                      ["align", "rt.en", "rt.fr", "-o", "hard.en"],
                      ["rt.en", "rt.fr"], ["hard.en", "rt.en"])
        # The ignore file is an input too; so is the file to segment.
        with open(os.path.join(d, "ignore.txt"), "w") as f:
            f.write("# reviewed\n0123456789abcdef\n")
        suite.refused("check --ignore F -o F", d,
                      ["check", "rt.en", "rt.fr", "--ignore", "ignore.txt", "-o", "ignore.txt"],
                      ["ignore.txt"], ["ignore.txt"])
        suite.refused("segment F -o F", d, ["segment", "rt.fr", "--lang", "fr", "-o", "rt.fr"],
                      ["rt.fr"], ["rt.fr"])

        # Batch: the manifest, a Moses set one of whose files a pair reads, a JSON Lines output a
        # pair reads.
        with open(os.path.join(d, "pairs.jsonl"), "w") as f:
            f.write(json.dumps({"id": "rt", "src": "rt.en", "tgt": "rt.fr"}) + "\n")
        suite.refused("batch -o MANIFEST", d, ["batch", "pairs.jsonl", "-q", "-o", "pairs.jsonl"],
                      ["pairs.jsonl", "rt.en", "rt.fr"], ["pairs.jsonl"])
        suite.refused("batch --format moses -o PREFIX that a pair reads", d,
                      ["batch", "pairs.jsonl", "-q", "--format", "moses", "-o", "rt"],
                      ["pairs.jsonl", "rt.en", "rt.fr"], ["rt.en", "output"])
        suite.expect(not os.path.exists(os.path.join(d, "rt.ids")),
                     "batch moses refused: no file of the set written")
        with open(os.path.join(d, "earlier.jsonl"), "w") as f:
            f.write('{"id": "x", "ok": true}\n')
        with open(os.path.join(d, "reads-output.jsonl"), "w") as f:
            f.write(json.dumps({"id": "rt", "src": "rt.en", "tgt": "earlier.jsonl"}) + "\n")
        suite.refused("batch -o OUT.jsonl that a pair reads", d,
                      ["batch", "reads-output.jsonl", "-q", "-o", "earlier.jsonl"],
                      ["earlier.jsonl", "rt.en"], ["earlier.jsonl", "output"])

        # A run that fails leaves an existing output as it was.
        with open(os.path.join(d, "report.txt"), "w") as f:
            f.write("an earlier report\n")
        suite.refused("check with a missing input -o an existing file", d,
                      ["check", "rt.en", "missing.fr", "-o", "report.txt"],
                      ["report.txt"], ["missing.fr"])

        # Written through, never replaced: a device, a FIFO, a symbolic link.
        expected = suite.run("check", "rt.en", "rt.fr", cwd=d)[1]
        code, _, err = suite.run("check", "rt.en", "rt.fr", "-o", "/dev/null", cwd=d)
        suite.expect(code == 0, "check -o /dev/null: exit 0 (%s)" % err.strip())
        suite.expect(stat.S_ISCHR(os.stat("/dev/null").st_mode), "/dev/null is still a device")

        fifo = os.path.join(d, "report.fifo")
        os.mkfifo(fifo)
        received = []
        reader = threading.Thread(target=lambda: received.append(open(fifo, "rb").read()))
        reader.start()
        code, _, err = suite.run("check", "rt.en", "rt.fr", "-o", "report.fifo", cwd=d)
        reader.join(timeout=60)
        suite.expect(code == 0, "check -o FIFO: exit 0 (%s)" % err.strip())
        suite.expect(received == [expected], "check -o FIFO: the reader got the whole report")
        suite.expect(stat.S_ISFIFO(os.lstat(fifo).st_mode), "the FIFO is still a FIFO")

        # A link to a file in another folder: the file there is replaced, the link stays.
        other = tempfile.mkdtemp(prefix="wirealign-outputs-target-"); folders.append(other)
        target = os.path.join(other, "report.txt")
        with open(target, "w") as f:
            f.write("old\n")
        os.chmod(target, 0o640)
        os.symlink(target, os.path.join(d, "report-link.txt"))
        code, _, err = suite.run("check", "rt.en", "rt.fr", "-o", "report-link.txt", cwd=d)
        suite.expect(code == 0, "check -o LINK: exit 0 (%s)" % err.strip())
        suite.expect(os.path.islink(os.path.join(d, "report-link.txt")), "the link is still a link")
        suite.expect(open(target, "rb").read() == expected, "the link's target holds the report")
        suite.expect(stat.S_IMODE(os.stat(target).st_mode) == 0o640,
                     "the replaced file keeps its permissions (0640, got %o)"
                     % stat.S_IMODE(os.stat(target).st_mode))
        suite.expect(not [n for n in os.listdir(other) + os.listdir(d) if ".tmp-" in n],
                     "no temporary file left beside the link or its target")

        # A new output next to an existing one: ordinary permissions.
        code, _, _ = suite.run("check", "rt.en", "rt.fr", "-o", "new.txt", cwd=d)
        mode = stat.S_IMODE(os.stat(os.path.join(d, "new.txt")).st_mode)
        umask = os.umask(0); os.umask(umask)
        suite.expect(code == 0 and mode == (0o666 & ~umask),
                     "a new output has the permissions of a new file (%o)" % mode)
    finally:
        for folder in folders:
            shutil.rmtree(folder, ignore_errors=True)
    print("%d problem(s)" % len(suite.problems))
    return 1 if suite.problems else 0


if __name__ == "__main__":
    sys.exit(main())
