#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Sandbar contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that a build uses nothing the package list does not bring.

Every path CMake found (the *_DIR, library and program entries of CMakeCache.txt) and every
runtime tool and Python module the tests run must belong to a Debian package that is on
tools/packages.txt, in the dependency closure of that list, or in the base system (Essential or
Priority required). Otherwise a fresh machine that installs the list cannot build or test.

    tools/check_packages.py BUILD_DIR [--list FILE]
"""

import argparse
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_DIR = os.path.dirname(HERE)

# What the tests run besides the build's own outputs (see server/templatecatalog.cpp and
# server/codecontextmanager.cpp): the sandbox tools and the template interpreters.
RUNTIME_PROGRAMS = ["bwrap", "slirp4netns", "/usr/bin/node", "/usr/bin/npm", "/usr/bin/python3",
                    "desktop-file-validate", "appstreamcli"]
# The modules python-base-v1 promises, imported by Debian's own interpreter as sandboxes do.
PYTHON_MODULES = ["IPython", "ipykernel", "numpy", "pandas", "matplotlib"]
# What CMake's own modules look for whether or not the build uses it: FindOpenGL always looks
# for GLU, and nothing here links it.
OPTIONAL_PROBES = {"OPENGL_glu_LIBRARY"}


def read_list(path):
    packages = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                packages.append(line)
    return packages


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=False)


def closure(packages):
    """The listed packages and all they depend on (Depends and PreDepends, recursively)."""
    out = run(["apt-cache", "depends", "--recurse", "--no-recommends", "--no-suggests",
               "--no-conflicts", "--no-breaks", "--no-replaces", "--no-enhances"] + packages)
    names = set(packages)
    for line in out.stdout.splitlines():
        line = line.strip()
        m = re.match(r"^(?:\|?(?:Pre)?Depends:\s*)?<?([a-z0-9][a-z0-9+.:-]*)>?$", line)
        if m:
            names.add(m.group(1).split(":")[0])
    # A virtual package (<awk>) is provided by whatever is installed for it.
    provided = run(["dpkg-query", "-W", "-f", "${Package} ${Provides}\n"])
    for line in provided.stdout.splitlines():
        pkg, _, provides = line.partition(" ")
        for p in provides.split(","):
            if p.strip().split(" ")[0] in names:
                names.add(pkg)
    return names


def base_system():
    out = run(["dpkg-query", "-W", "-f", "${Package} ${Essential} ${Priority}\n"])
    base = set()
    for line in out.stdout.splitlines():
        fields = line.split()
        if len(fields) >= 2 and ("yes" in fields[1:] or "required" in fields[1:]):
            base.add(fields[0])
    return base


def spellings(path):
    """`path` as given and with symlinks resolved, in both spellings of Debian 12's merged /usr
    (dpkg may have registered either)."""
    found = []
    for p in (path, os.path.realpath(path)):
        found.append(p)
        if p.startswith(("/usr/lib/", "/usr/bin/", "/usr/sbin/")):
            found.append(p[4:])
        elif p.startswith(("/lib/", "/bin/", "/sbin/", "/lib64/")):
            found.append("/usr" + p)
    return list(dict.fromkeys(found))


def owners(paths):
    """{path: packages owning it} for all `paths` at once (one dpkg-query, it is slow to start)."""
    tried = {p: spellings(p) for p in paths}
    out = run(["dpkg-query", "-S"] + sorted({s for ss in tried.values() for s in ss}))
    by_file = {}
    for line in out.stdout.splitlines():
        pkgs, _, file = line.rpartition(": ")
        by_file.setdefault(file, set()).update(p.strip().split(":")[0] for p in pkgs.split(","))
    return {p: set().union(*(by_file.get(s, set()) for s in ss)) for p, ss in tried.items()}


def config_file(directory):
    """A *_DIR names a directory; the config file inside it says which package it is."""
    try:
        for name in sorted(os.listdir(directory)):
            if name.endswith(("Config.cmake", "-config.cmake")):
                return os.path.join(directory, name)
    except OSError:
        pass
    return directory


def cache_paths(build_dir):
    """(entry, path) for every path CMake found for the build."""
    found = []
    with open(os.path.join(build_dir, "CMakeCache.txt"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^([A-Za-z0-9_.+-]+):(PATH|FILEPATH|INTERNAL|STRING)=(/.*)$", line.strip())
            if not m:
                continue
            name, kind, value = m.groups()
            is_dir = name.endswith("_DIR") and kind in ("PATH", "INTERNAL")
            is_file = kind == "FILEPATH"
            if not (is_dir or is_file) or value.endswith("-NOTFOUND"):
                continue
            if value.startswith((os.path.realpath(build_dir), SOURCE_DIR, build_dir)):
                continue  # the project's own
            if not os.path.exists(value):
                continue
            found.append((name, config_file(value) if is_dir else value))
    return found


def which(program):
    if os.path.isabs(program):
        return program if os.access(program, os.X_OK) else None
    for d in os.environ.get("PATH", "/usr/bin:/bin").split(":"):
        p = os.path.join(d, program)
        if os.path.isfile(p) and os.access(p, os.X_OK):
            return p
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build_dir")
    parser.add_argument("--list", default=os.path.join(HERE, "packages.txt"))
    args = parser.parse_args()

    listed = read_list(args.list)
    allowed = closure(listed) | base_system()
    problems = []

    used = [(f"CMake {name}", path) for name, path in cache_paths(args.build_dir)
            if name not in OPTIONAL_PROBES]
    for program in RUNTIME_PROGRAMS:
        path = which(program)
        if path is None:
            problems.append(f"the tests run {program}, which is not installed")
        else:
            used.append((f"program {program}", path))
    for module in PYTHON_MODULES:
        out = run(["/usr/bin/python3", "-c", f"import {module}; print({module}.__file__)"])
        if out.returncode != 0:
            problems.append(f"the python-base-v1 template promises {module}, which /usr/bin/python3 cannot import")
        else:
            used.append((f"Python module {module}", out.stdout.strip()))

    shown_list = os.path.relpath(args.list, SOURCE_DIR) if args.list.startswith(SOURCE_DIR) else args.list
    owned = owners([path for _, path in used])
    for what, path in used:
        pkgs = owned[path]
        if not pkgs:
            problems.append(f"{what}: {path} belongs to no Debian package (installed by hand?)")
        elif not pkgs & allowed:
            problems.append(f"{what}: {path} comes from {', '.join(sorted(pkgs))}, which "
                            f"{shown_list} does not bring")

    checked = len(used) + sum(1 for p in problems if "not installed" in p or "cannot import" in p)
    if problems:
        print(f"{len(problems)} of {checked} things the build and tests use are not brought by the package list:")
        for p in problems:
            print("  " + p)
        return 1
    print(f"all {checked} things the build and tests use come from the {len(listed)} listed packages "
          f"or their dependencies")
    return 0


if __name__ == "__main__":
    sys.exit(main())
