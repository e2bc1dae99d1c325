# SPDX-FileCopyrightText: 2026 Sandbar contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# A Python code context: IPython's InteractiveShell, driven over the socket on fd 3 with one
# JSON object per line. Requests: {"code": str, "cap": int}. Events: stdout, stderr, display,
# result, error, truncated, then done. SIGINT interrupts a run (KeyboardInterrupt) and keeps
# the context. {"op": "complete" | "inspect", "code", "cursor"} asks IPython's completer or
# object_inspect about the code at the cursor (a character offset): completions {matches,
# cursor_start, cursor_end} or inspection {found, name, text}, then done.
import base64, io, json, os, re, signal, socket, sys, threading

conn = socket.socket(fileno=3)
out_lock = threading.Lock()
state = {"cap": 1 << 20, "sent": {"stdout": 0, "stderr": 0}, "cut": set()}


def send(event):
    data = (json.dumps(event, ensure_ascii=False) + "\n").encode()
    with out_lock:
        conn.sendall(data)


def emit(stream, text):
    if not text:
        return
    room = state["cap"] - state["sent"][stream]
    if room <= 0:
        if stream not in state["cut"]:
            state["cut"].add(stream)
            send({"t": "truncated", "stream": stream})
        return
    piece = text[:room]
    state["sent"][stream] += len(piece)
    send({"t": stream, "text": piece})
    if len(piece) < len(text):
        emit(stream, text[len(piece):])


class Stream(io.TextIOBase):
    def __init__(self, name):
        self._name = name

    @property
    def encoding(self):
        return "utf-8"

    def writable(self):
        return True

    def write(self, text):
        emit(self._name, str(text))
        return len(text)

    def isatty(self):
        return False


def capture_fd(fd, stream):
    # Output of child processes (os.system, subprocess) goes to the file descriptors.
    read_end, write_end = os.pipe()
    os.dup2(write_end, fd)
    os.close(write_end)

    def pump():
        with os.fdopen(read_end, "rb", buffering=0) as pipe:
            while True:
                chunk = pipe.read(65536)
                if not chunk:
                    return
                emit(stream, chunk.decode("utf-8", "replace"))

    threading.Thread(target=pump, daemon=True).start()


def jsonable(bundle):
    result = {}
    for mime, value in (bundle or {}).items():
        if isinstance(value, bytes):
            value = base64.b64encode(value).decode("ascii")
        elif not isinstance(value, (str, dict, list, int, float, bool)) and value is not None:
            value = str(value)
        result[mime] = value
    return result


os.environ.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")
capture_fd(1, "stdout")
capture_fd(2, "stderr")
sys.stdout = Stream("stdout")
sys.stderr = Stream("stderr")

from IPython.core.displayhook import DisplayHook
from IPython.core.displaypub import DisplayPublisher
from IPython.core.interactiveshell import InteractiveShell


class Publisher(DisplayPublisher):
    def publish(self, data, metadata=None, source=None, *, transient=None, update=False, **kwargs):
        send({"t": "display", "data": jsonable(data)})

    def clear_output(self, wait=False):
        pass


class Hook(DisplayHook):
    def write_output_prompt(self):
        pass

    def write_format_data(self, format_dict, md_dict=None):
        send({"t": "result", "data": jsonable(format_dict), "count": self.shell.execution_count})


# This runner's own frames (it runs as `python3 -c`, so its file is "<string>"): the signal
# handler that raises KeyboardInterrupt, the display hooks. A user's traceback ends at their code.
RUNNER_FRAME = re.compile(r"^\s*File <string>:\d+, in (interrupt|send|publish|write_format_data)\(")


class Shell(InteractiveShell):
    def _showtraceback(self, etype, evalue, stb):
        state["errored"] = True
        stb = [entry for entry in stb if not RUNNER_FRAME.match(entry)]
        send({"t": "error", "name": getattr(etype, "__name__", "Error"), "value": str(evalue),
              "traceback": "\n".join(stb).rstrip("\n")})


shell = Shell.instance(displayhook_class=Hook, display_pub_class=Publisher, colors="NoColor")
try:
    shell.enable_matplotlib("inline")
except Exception:
    pass  # no matplotlib in this sandbox: plots are simply unavailable
running = False
interrupted_cell = False


def interrupt(signum, frame):
    # Only a running cell is interrupted; between runs an interrupt (a timeout that fired just
    # as the run ended) must not end the context. Once per cell: a second signal would land in
    # the handling of the first (the traceback being formatted) and lose the error.
    global interrupted_cell
    if running and not interrupted_cell:
        interrupted_cell = True
        raise KeyboardInterrupt


signal.signal(signal.SIGINT, interrupt)
# Completion from the live namespace, without Jedi's static analysis: fast and what is there.
shell.Completer.use_jedi = False


def answer(request):
    code, cursor = request.get("code", ""), int(request.get("cursor", 0))
    if request["op"] == "complete":
        from IPython.core.completer import provisionalcompleter
        with provisionalcompleter():
            found = list(shell.Completer.completions(code, cursor))
        start = found[0].start if found else cursor
        end = found[0].end if found else cursor
        matches = []
        for completion in found:
            if completion.start == start and completion.text not in matches:
                matches.append(completion.text)
        send({"t": "completions", "matches": matches[:500], "cursor_start": start, "cursor_end": end})
    else:
        from IPython.utils.tokenutil import token_at_cursor
        name = token_at_cursor(code, cursor)
        info = shell.object_inspect(name) if name else {"found": False}
        text = ""
        if info.get("found"):
            head = info.get("definition") or info.get("init_definition") or ""
            doc = info.get("docstring") or info.get("init_docstring") or ""
            if head:
                head = name + head if head.startswith("(") else head
            text = "\n\n".join(part for part in (head.strip(), doc.strip()[:4000]) if part)
        send({"t": "inspection", "found": bool(info.get("found")), "name": name, "text": text})
    send({"t": "done", "count": shell.execution_count - 1, "interrupted": False})


reader = conn.makefile("rb")
for line in reader:
    request = json.loads(line)
    if request.get("op") in ("complete", "inspect"):
        try:
            answer(request)
        except Exception as error:  # a completer's failure is no answer, never the context's end
            send({"t": "done", "count": shell.execution_count - 1, "interrupted": False, "failed": str(error)})
        continue
    state["cap"] = int(request.get("cap", 1 << 20))
    state["sent"] = {"stdout": 0, "stderr": 0}
    state["cut"] = set()
    state["errored"] = False
    interrupted = False
    interrupted_cell = False
    try:
        running = True
        send({"t": "started"})  # from here on an interrupt reaches this cell
        result = shell.run_cell(request["code"], store_history=True)
        running = False
        # Before the code ran (IPython's own steps) counts too: the run was interrupted.
        interrupted = any(isinstance(error, KeyboardInterrupt) for error in (result.error_before_exec, result.error_in_exec))
    except KeyboardInterrupt:
        # Interrupted outside the cell's own handler (just as it began or ended).
        running = False
        interrupted = True
    if interrupted and not state["errored"]:
        # Still an interrupted run, reported as IPython reports one.
        send({"t": "error", "name": "KeyboardInterrupt", "value": "", "traceback": "KeyboardInterrupt"})
    send({"t": "done", "count": shell.execution_count - 1, "interrupted": interrupted})
os._exit(0)
