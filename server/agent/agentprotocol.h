// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The wire protocol between sandbar-local and sandbar-agent, the small process that runs as
// each sandbox's main process, inside its namespaces, as its user.
//
// sandbar-local holds one end of a SOCK_SEQPACKET socketpair per sandbox; the agent has the
// other on fd kControlFd. For every operation sandbar-local makes a fresh stream socketpair
// and sends one end over the control socket (SCM_RIGHTS). On that stream it writes one
// request; the agent answers with frames and closes it. Closing it early cancels the
// operation (a running command's process group is killed).
//
// Integers are little-endian. A string is u32 length + bytes; a list is u32 count + strings.
// Requests: u8 op, then
//   OpCommand: str cwd, u32 timeoutMs, u32 capBytes, list argv, list env ("K=V")
//   OpRead:    str path, u64 maxBytes
//   OpWrite:   str path, u64 length, <length bytes>
//   OpReadStream: str path, u64 maxBytes: as OpRead, but FrameSize comes before the data and
//              exactly that many bytes follow (a download's Content-Length)
//   OpWriteStream: str path (empty: not known yet); then sandbar-local sends FrameData frames
//              and FrameDone (u64 total, then the final path, empty for the first) to commit.
//              The bytes go to a temporary file beside the target, renamed into place on
//              commit; a stream that ends without it leaves nothing behind
//   OpList:    str path, u32 maxEntries
//   OpDelete:  str path
//   OpMkdir:   str path
//   OpSpawn:   str cwd, list argv, list env: starts a long-lived process (a code context) with
//              the stream as its fd 3; FrameDone carries its PID, after which the stream is
//              the process's own
//   OpSignal:  u32 pid, u32 signal: signals a process of the sandbox (interrupting a context)
//   OpPing:    nothing: FrameDone once the agent runs (so the sandbox is fully set up)
//   OpConnect: u32 port: connects to that port on the sandbox's loopback; FrameDone, after
//              which the stream carries the connection's bytes both ways (a host URL of a
//              sandbox without network)
//   OpTerminal: u16 cols, u16 rows: starts the login shell on a new pseudo-terminal;
//              FrameDone carries its PID; then the agent sends FrameStdout (the terminal's
//              output) and, when the shell ends, FrameExit; sandbar-local sends FrameData
//              (keystrokes) and FrameResize (u16 cols, u16 rows). Closing the stream ends the
//              shell's session.
// Frames: u8 type, u32 payload length, payload:
//   FrameStdout/FrameStderr: output bytes (never more than capBytes per stream in all)
//   FrameTruncated: u8 stream (1 stdout, 2 stderr): output beyond the cap was dropped
//   FrameExit: i32 exit code, u8 timed out, i32 signal (0 if it exited normally)
//   FrameData: file bytes
//   FrameSize: u64 size of the file that follows, then its resolved path
//   FrameEntry: u8 is dir, u64 size, i64 mtime (s), name bytes
//   FrameDone: u64 size or bytes written, then the resolved path bytes
//   FrameError: i32 errno, then a message

#include <cstdint>

namespace Sandbar::AgentProtocol {

constexpr int kControlFd = 4;

enum Op : std::uint8_t {
    OpCommand = 'C',
    OpRead = 'R',
    OpWrite = 'W',
    OpList = 'L',
    OpDelete = 'D',
    OpMkdir = 'M',
    OpSpawn = 'S',
    OpSignal = 'K',
    OpPing = 'P',
    OpConnect = 'T',
    OpTerminal = 'Y',
    OpReadStream = 'r',
    OpWriteStream = 'w',
};

enum Frame : std::uint8_t {
    FrameStdout = 'O',
    FrameStderr = 'E',
    FrameTruncated = 'T',
    FrameExit = 'X',
    FrameData = 'd',
    FrameEntry = 'N',
    FrameDone = 'K',
    FrameError = 'F',
    FrameResize = 'Z',
    FrameSize = 'z',
};

// The sandbox's writable areas; everything else is read-only to it.
constexpr const char *kHome = "/home/user";
constexpr const char *kTmp = "/tmp";

} // namespace Sandbar::AgentProtocol
