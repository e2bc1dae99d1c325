# SPDX-FileCopyrightText: 2026 Sandbar contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# A Bash code context: one persistent bash process, driven over the socket on fd 3 with one
# JSON object per line (see python_runner.py). The result is the exit status of the cell's
# last command. SIGINT interrupts a run and keeps the shell.
import json, os, re, select, signal, socket, subprocess, sys

conn = socket.socket(fileno=3)


def send(event):
    conn.sendall((json.dumps(event, ensure_ascii=False) + "\n").encode())


status_read, status_write = os.pipe()
bash = subprocess.Popen(["/bin/bash", "--norc", "--noprofile"], stdin=subprocess.PIPE,
                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, pass_fds=(status_write,),
                        start_new_session=True)
os.close(status_write)
cell = "/tmp/.sandbar-bash-cell-%d" % os.getpid()
# An interrupt ends the cell (return from `source`), not the shell.
bash.stdin.write(b"trap 'return 130 2>/dev/null' INT\n")
bash.stdin.flush()
running = False
# Only a running cell is interrupted; between runs an interrupt is ignored.
signal.signal(signal.SIGINT, lambda *_: running and os.killpg(bash.pid, signal.SIGINT))

BUILTINS = ("alias bg bind break builtin caller case cd command compgen complete continue declare dirs disown echo "
            "enable eval exec exit export false fc fg for function getopts hash help history if jobs kill let local "
            "logout mapfile popd printf pushd pwd read readarray readonly return select set shift shopt source "
            "suspend test time times trap true type typeset ulimit umask unalias unset until wait while").split()


def answer(request):
    # Commands (builtins and PATH) for a command's first word, else file names from the shell's
    # current directory; inspection is `type` (and `help` for a builtin).
    code, cursor = request.get("code", ""), int(request.get("cursor", 0))
    before = code[:cursor]
    word = re.search(r"[^\s;|&<>()]*$", before).group(0)
    head = before[: len(before) - len(word)].rstrip()
    first = head == "" or head[-1] in ";|&(" or head.endswith("then") or head.endswith("do")
    cwd = os.readlink("/proc/%d/cwd" % bash.pid) if os.path.exists("/proc/%d/cwd" % bash.pid) else os.getcwd()
    if request["op"] == "complete":
        matches = set()
        if first and "/" not in word:
            matches.update(name for name in BUILTINS if name.startswith(word))
            for folder in os.environ.get("PATH", "").split(":"):
                try:
                    matches.update(name for name in os.listdir(folder)
                                   if name.startswith(word) and os.access(os.path.join(folder, name), os.X_OK))
                except OSError:
                    pass
        folder, _, stem = word.rpartition("/")
        base = folder if folder.startswith("/") else os.path.join(cwd, folder)
        try:
            for name in os.listdir(base or "/"):
                if name.startswith(stem) and (stem.startswith(".") or not name.startswith(".")):
                    full = (folder + "/" if folder or word.startswith("/") else "") + name
                    matches.add(full + ("/" if os.path.isdir(os.path.join(base or "/", name)) else ""))
        except OSError:
            pass
        send({"t": "completions", "matches": sorted(matches)[:500], "cursor_start": cursor - len(word), "cursor_end": cursor})
    else:
        name = word + re.match(r"[^\s;|&<>()]*", code[cursor:]).group(0)
        text, found = "", False
        if re.fullmatch(r"[\w.+-]+", name or ""):
            described = subprocess.run(["/bin/bash", "--norc", "-c", 'type -a -- "$1"; help -d -- "$1" 2>/dev/null', "_", name],
                                       capture_output=True, text=True, timeout=5)
            text, found = described.stdout.strip()[:4000], described.returncode == 0
        send({"t": "inspection", "found": found, "name": name, "text": text})
    send({"t": "done", "count": count, "interrupted": False})


count = 0
for line in conn.makefile("rb"):
    request = json.loads(line)
    if request.get("op") in ("complete", "inspect"):
        try:
            answer(request)
        except Exception as error:  # no answer, never the context's end
            send({"t": "done", "count": count, "interrupted": False, "failed": str(error)})
        continue
    cap = int(request.get("cap", 1 << 20))
    sent = {"stdout": 0, "stderr": 0}
    cut = set()
    count += 1
    with open(cell, "w") as f:
        f.write(request["code"] + "\n")
    # The cell's stdin is empty: the shell's own stdin carries these lines.
    running = True
    bash.stdin.write(b"source %s </dev/null; echo $? >&%d\n" % (cell.encode(), status_write))
    bash.stdin.flush()
    send({"t": "started"})  # from here on an interrupt reaches this cell
    streams = {bash.stdout.fileno(): "stdout", bash.stderr.fileno(): "stderr"}
    status = None
    interrupted = False
    while status is None:
        try:
            ready, _, _ = select.select(list(streams) + [status_read], [], [])
        except InterruptedError:
            continue
        for fd in ready:
            if fd == status_read:
                text = os.read(status_read, 64).decode().strip()
                status = int(text.splitlines()[-1]) if text else 1
                continue
            data = os.read(fd, 65536)
            if not data:
                status = status if status is not None else 1
                continue
            name = streams[fd]
            room = cap - sent[name]
            if room <= 0:
                if name not in cut:
                    cut.add(name)
                    send({"t": "truncated", "stream": name})
                continue
            piece = data[:room]
            sent[name] += len(piece)
            send({"t": name, "text": piece.decode("utf-8", "replace")})
    # What the cell printed last may still be in the pipes.
    for fd, name in streams.items():
        while select.select([fd], [], [], 0)[0]:
            data = os.read(fd, 65536)
            if not data:
                break
            if sent[name] < cap:
                send({"t": name, "text": data[: cap - sent[name]].decode("utf-8", "replace")})
                sent[name] += len(data)
    running = False
    interrupted = status == 130
    send({"t": "result", "data": {"text/plain": str(status)}, "count": count})
    if status != 0:
        send({"t": "error", "name": "ExitStatus", "value": "exit status %d" % status, "traceback": ""})
    send({"t": "done", "count": count, "interrupted": interrupted})
os.killpg(bash.pid, signal.SIGKILL)
os._exit(0)
