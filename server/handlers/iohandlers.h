// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/apierror.h"

#include <QObject>
#include <QUrlQuery>

#include <functional>

namespace Sandbar::Server {

class SandboxManager;

// The File Operations and Command Execution sections of the API. Each call validates the
// request, hands the work to the sandbox's agent and answers through `done` when it is over:
// commands and transfers take time, and the server keeps serving meanwhile.
class IoHandlers : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Result<Reply> &)>;

    explicit IoHandlers(SandboxManager *manager, QObject *parent = nullptr);

    void readFile(const QString &id, const QByteArray &body, Done done);
    void writeFile(const QString &id, const QByteArray &body, Done done);
    void listFiles(const QString &id, const QByteArray &body, Done done);
    void deleteFile(const QString &id, const QByteArray &body, Done done);
    void makeDirectory(const QString &id, const QByteArray &body, Done done);
    void upload(const QString &id, const QByteArray &contentType, const QByteArray &body, Done done);
    void download(const QString &id, const QUrlQuery &query, Done done);
    void runCommand(const QString &id, const QByteArray &body, Done done);

    // Limits, documented in the README.
    static constexpr qint64 kMaxReadBytes = 64ll << 20;
    static constexpr qint64 kMaxWriteBytes = 100ll << 20;
    // Uploads and downloads stream (TransferHandlers); this bounds the buffered fallback, used
    // only for a transfer pipelined behind another request on its connection.
    static constexpr qint64 kMaxTransferBytes = 256ll << 20;
    static constexpr quint32 kMaxListEntries = 10'000;
    static constexpr quint32 kOutputCapBytes = 10u << 20;
    static constexpr int kDefaultCommandTimeoutMs = 30'000;
    static constexpr int kMaxCommandTimeoutMs = 3'600'000;

private:
    // The running sandbox's agent control socket for `id`, or the error to answer with.
    Result<int> agentFor(const QString &id) const;
    // The preamble of the file routes: the sandbox's agent, the body as JSON and its valid path.
    struct PathCall
    {
        int agent = -1;
        QJsonObject json;
        QString path;
    };
    Result<PathCall> pathCall(const QString &id, const QByteArray &body) const;
    // Writes `size` bytes of `source` from `offset` (shared, not copied) to `path`.
    void writeBytes(const QString &id, const QString &path, const QByteArray &source, qsizetype offset, qsizetype size,
                    bool upload, Done done);
    // An operation on one path that answers {message, path}: delete, mkdir.
    void pathOperation(const QString &id, const QByteArray &body, QByteArray (*request)(const QString &),
                       const QString &message, Done done);

    SandboxManager *m_manager;
};

} // namespace Sandbar::Server
