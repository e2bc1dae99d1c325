// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfers.h"

#include "files.h"
#include "paths.h"
#include "wire.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace Sandbar::Agent {

using namespace Sandbar::AgentProtocol;

namespace {

// A stalled client keeps sandbar-local's side open; it closes the stream when it gives up.
constexpr int kStreamReadTimeoutMs = 15 * 60 * 1000;

// A hidden temporary file in an open directory, removed unless it was renamed into place.
struct TempFile
{
    int dir = -1;
    std::string name;
    UniqueFd fd;
    bool kept = false;

    ~TempFile()
    {
        if (dir >= 0 && !name.empty() && !kept)
            ::unlinkat(dir, name.c_str(), 0);
    }

    int create(int directory)
    {
        for (int attempt = 0; attempt < 16; ++attempt) {
            unsigned char random[8] = {};
            if (::getrandom(random, sizeof(random), 0) != ssize_t(sizeof(random)))
                return errno ? errno : EIO;
            std::string candidate = ".sandbar-upload-";
            for (const unsigned char byte : random) {
                candidate += "0123456789abcdef"[byte >> 4];
                candidate += "0123456789abcdef"[byte & 15];
            }
            UniqueFd opened(::openat(directory, candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644));
            if (opened.valid()) {
                dir = directory;
                name = candidate;
                fd = std::move(opened);
                return 0;
            }
            if (errno != EEXIST)
                return errno;
        }
        return EEXIST;
    }
};

// Copies `from` into a new temporary file in `to`'s directory: the two are on different mounts
// (/home/user and /tmp), where a rename cannot go.
int copyInto(TempFile &from, TempFile &to, int directory, mode_t mode)
{
    if (const int code = to.create(directory))
        return code;
    UniqueFd source(::openat(from.dir, from.name.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    if (!source.valid())
        return errno;
    bool inKernel = true;
    std::vector<char> buffer;
    while (true) {
        ssize_t copied = inKernel ? ::copy_file_range(source.get(), nullptr, to.fd.get(), nullptr, 1 << 30, 0) : 0;
        if (copied < 0 && errno == EINTR)
            continue;
        if (copied < 0 && (errno == EXDEV || errno == EINVAL || errno == ENOSYS || errno == EOPNOTSUPP)) {
            inKernel = false; // between filesystems, on kernels that refuse it: by hand
            buffer.resize(4 * kChunk);
            continue;
        }
        if (!inKernel) {
            copied = ::read(source.get(), buffer.data(), buffer.size());
            if (copied < 0 && errno == EINTR)
                continue;
            int code = 0;
            if (copied > 0 && !writeAllTo(to.fd.get(), buffer.data(), size_t(copied), code))
                return code;
        }
        if (copied < 0)
            return errno;
        if (copied == 0) {
            ::fchmod(to.fd.get(), mode);
            return to.fd.close();
        }
    }
}

} // namespace

void writeStream(Connection &conn)
{
    conn.setReadTimeout(kStreamReadTimeoutMs);
    std::string input;
    if (!conn.readString(input, PATH_MAX))
        return;
    // Without a path yet (it may come after the file in the form) the bytes wait in /home/user.
    const std::string path = normalise(input.empty() ? std::string(kHome) + "/.upload" : input);
    Beneath target;
    if (!openWritableParent(conn, path, target))
        return;
    struct stat existing {};
    if (!input.empty() && ::fstatat(target.dir.get(), target.name.c_str(), &existing, AT_SYMLINK_NOFOLLOW) == 0 &&
        S_ISDIR(existing.st_mode)) {
        conn.error(EISDIR, path + " is a directory"); // said before the body is sent
        return;
    }
    TempFile temp;
    if (const int code = temp.create(target.dir.get())) {
        conn.error(code, path + ": cannot create a temporary file: " + errnoText(code));
        return;
    }
    std::vector<char> buffer(4 * kChunk);
    uint64_t written = 0;
    uint32_t length = 0;
    while (true) {
        uint8_t type = 0;
        if (!conn.readValue(type) || !conn.readValue(length))
            return; // sandbar-local gave up: the temporary file goes
        if (type == FrameDone)
            break;
        if (type != FrameData) {
            conn.error(EINVAL, "unexpected frame in an upload");
            return;
        }
        while (length > 0) {
            const size_t want = std::min<size_t>(buffer.size(), length);
            if (!conn.readExact(buffer.data(), want))
                return;
            int code = 0;
            if (!writeAllTo(temp.fd.get(), buffer.data(), want, code)) {
                conn.error(code, writeError(code, input.empty() ? std::string("the upload") : path));
                return;
            }
            length -= uint32_t(want);
            written += want;
        }
    }
    // The commit: u64 total, then the final path (empty: the one given at the start).
    uint64_t total = 0;
    if (length < sizeof(total) || length - sizeof(total) > PATH_MAX || !conn.readValue(total))
        return;
    std::string finalInput(length - sizeof(total), '\0');
    if (!finalInput.empty() && !conn.readExact(finalInput.data(), finalInput.size()))
        return;
    if (total != written) {
        conn.error(EIO, "the upload ended with " + std::to_string(written) + " of " + std::to_string(total) + " bytes");
        return;
    }
    Beneath final;
    const std::string finalPath = finalInput.empty() ? path : normalise(finalInput);
    if (finalPath != path && !openWritableParent(conn, finalPath, final))
        return;
    const int finalDir = finalPath != path ? final.dir.get() : target.dir.get();
    const std::string &finalName = finalPath != path ? final.name : target.name;
    const bool replacing = ::fstatat(finalDir, finalName.c_str(), &existing, AT_SYMLINK_NOFOLLOW) == 0;
    if (replacing && S_ISDIR(existing.st_mode)) {
        conn.error(EISDIR, finalPath + " is a directory");
        return;
    }
    // A file replaced keeps its permissions (an executable stays one).
    const mode_t mode = replacing && S_ISREG(existing.st_mode) ? existing.st_mode & 07777 : 0644;
    ::fchmod(temp.fd.get(), mode);
    if (const int code = temp.fd.close()) {
        conn.error(code, writeError(code, path));
        return;
    }
    TempFile *placed = &temp;
    TempFile copy;
    if (::renameat(temp.dir, temp.name.c_str(), finalDir, finalName.c_str()) != 0) {
        int code = errno;
        if (code == EXDEV) {
            code = copyInto(temp, copy, finalDir, mode);
            placed = &copy;
            if (code == 0 && ::renameat(copy.dir, copy.name.c_str(), finalDir, finalName.c_str()) != 0)
                code = errno;
        }
        if (code != 0) {
            conn.error(code, writeError(code, finalPath));
            return;
        }
    }
    placed->kept = true;
    conn.done(written, finalPath);
}

} // namespace Sandbar::Agent
