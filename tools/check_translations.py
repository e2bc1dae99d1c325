#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Sandbar contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that every translatable string has a translation in every language.

Runs lupdate, with the lupdate project the build writes for its translations target (the
sources of sandbar_ui and sandbar_core, and their include paths), over copies of the .ts files
(the real ones stay as they are), and fails on any entry lupdate leaves unfinished: a new
string nobody translated, or one whose source text changed.

    tools/check_translations.py LUPDATE GENERATE_LUPDATE_PROJECT_CMAKE PROJECT_CMAKE TS_FILE...
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile


def main():
    if len(sys.argv) < 5:
        print(__doc__)
        return 2
    lupdate, generator, project_cmake, ts_files = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        project = os.path.join(tmp, "project.json")
        subprocess.run(["cmake", f"-DIN_FILE={project_cmake}", f"-DOUT_FILE={project}", "-P", generator], check=True)
        for ts in ts_files:
            copy = os.path.join(tmp, os.path.basename(ts))
            shutil.copyfile(ts, copy)
            run = subprocess.run([lupdate, "-project", project, "-no-obsolete", "-silent", "-ts", copy],
                                 capture_output=True, text=True, check=False)
            if run.returncode != 0:
                print(f"lupdate failed for {ts}:\n{run.stdout}{run.stderr}")
                failures += 1
                continue
            text = open(copy, encoding="utf-8").read()
            missing = []
            for context in re.finditer(r"<context>\s*<name>(.*?)</name>(.*?)</context>", text, re.S):
                for message in re.finditer(r"<message[^>]*>(.*?)</message>", context.group(2), re.S):
                    if 'type="unfinished"' in message.group(1):
                        source = re.search(r"<source>(.*?)</source>", message.group(1), re.S).group(1)
                        missing.append(f"{context.group(1)}: {source}")
            if missing:
                failures += 1
                print(f"{os.path.basename(ts)}: {len(missing)} string(s) without a translation "
                      f"(build the update_translations target, then translate them):")
                for entry in missing:
                    print("  " + entry)
            else:
                print(f"{os.path.basename(ts)}: every string is translated")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
