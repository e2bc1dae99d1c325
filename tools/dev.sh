#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Sandbar contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# One entry point for a fresh Debian 12 / Ubuntu machine:
#   tools/dev.sh run     install what is missing, build, start Sandbar (it starts sandbar-local)
#   tools/dev.sh test    install what is missing, build, run every test
#   tools/dev.sh bench   build and print the benchmarks' figures
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

# The Debian 12 packages, one list for this script and the `packages` test (which checks that
# the build and the tests use nothing else).
mapfile -t packages < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' tools/packages.txt)

install_missing() {
    local missing=()
    # What installed packages provide counts too (NodeSource's nodejs provides npm).
    local provided
    provided=" $(dpkg-query -W -f='${Status}|${Provides}\n' 2>/dev/null | grep '^install ok installed|' | cut -d'|' -f2 |
                 tr ',' '\n' | sed -e 's/(.*//' -e 's/[[:space:]]//g' | tr '\n' ' ') "
    for pkg in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" &&
            [[ "$provided" != *" $pkg "* ]]; then
            missing+=("$pkg")
        fi
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null 2>&1 || { echo "Run as root or install sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    cmake --preset default >/dev/null
    cmake --build --preset default
}

# E2B's published client, pinned by tests/clients/e2b-sdk/package-lock.json, for the
# client_e2b_sdk test; installed next to the build, never into the source tree.
install_test_clients() {
    local dir=build/clients/e2b-sdk
    mkdir -p "$dir"
    cp tests/clients/e2b-sdk/package.json tests/clients/e2b-sdk/package-lock.json "$dir/"
    # Again only when the lock file changed since the last install.
    if ! cmp -s "$dir/package-lock.json" "$dir/node_modules/.installed-lock.json" 2>/dev/null; then
        (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error && cp package-lock.json node_modules/.installed-lock.json)
    fi
}

run_app() {
    # The window's default profile, "This computer", starts build/bin/sandbar-local itself
    # (next to the executable) and stops it on exit. SANDBOX_API_URL/SANDBOX_API_TOKEN in the
    # environment connect elsewhere instead.
    ./build/bin/sandbar
}

case "${1:-}" in
    run) install_missing; build; run_app ;;
    test) install_missing; build; install_test_clients; ctest --preset default ;;
    bench) install_missing; build; ./build/tests/bench_lifecycle "${@:2}"; ./build/tests/bench_commands; ./build/tests/bench_code; ./build/tests/bench_transfers; ./build/tests/bench_core; ./build/tests/bench_window; ./build/tests/bench_containers; ./build/tests/bench_figures; ./build/tests/bench_completion; ./build/tests/bench_terminal ;;
    *) sed -n '5,8p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
