// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Uploads and downloads streamed between the client's connection and the sandbox's agent
// through a fixed window (StreamedExchange::kWindowBytes each way): sandbar-local never holds a
// whole file, and a file may be as large as the sandbox allows (its template's disk limit).

#include "http/apishape.h"

#include <QObject>

#include <optional>

namespace Sandbar::Server {

class HttpFront;
class SandboxManager;
class StreamedExchange;

class TransferHandlers : public QObject
{
    Q_OBJECT
public:
    // What a multipart form adds to a file at most (delimiters, part headers, a path field).
    static constexpr qint64 kFormOverheadBytes = 64 * 1024;

    TransferHandlers(SandboxManager *manager, HttpFront *front, const ApiShape &shape, QObject *parent = nullptr);

    // POST .../upload: a multipart form with a 'file' part and an optional 'path' part.
    void upload(StreamedExchange *exchange, const QString &id);
    // GET .../download?path=
    void download(StreamedExchange *exchange, const QString &id);

private:
    // Credentials, rate limit and a running sandbox; answered already when nullopt.
    struct Admitted
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        int agentControl = -1;
        qint64 fileSizeLimit = 0;
    };
    std::optional<Admitted> admit(StreamedExchange *exchange, const QString &id);

    SandboxManager *m_manager;
    HttpFront *m_front;
    const ApiShape &m_shape;
};

} // namespace Sandbar::Server
