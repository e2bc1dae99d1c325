// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A streamed operation on a sandbox's agent (a download's OpReadStream, an upload's
// OpWriteStream): frames are handed on as they arrive and never gathered, reading pauses while
// the consumer is behind (the agent then blocks on its writes), and what is sent waits in a
// bounded socket buffer the caller watches. Destroying it cancels the operation.

#include <QByteArray>
#include <QObject>
#include <QString>

class QLocalSocket;

namespace Sandbar::Server {

class AgentStream : public QObject
{
    Q_OBJECT
public:
    // Opens a stream to the agent behind `controlFd` and sends `request`; nullptr with `error`
    // set when the agent cannot be reached.
    static AgentStream *open(int controlFd, const QByteArray &request, QObject *parent, QString *error);

    void sendData(QByteArrayView bytes);
    // Ends an upload: `total` bytes were sent, to be placed at `finalPath` (empty: as opened).
    void commit(quint64 total, const QString &finalPath);
    // Sent bytes still waiting for the agent.
    qint64 pendingOutput() const;
    // While off, nothing more is read from the agent (it blocks once the socket is full).
    void setReading(bool reading);

signals:
    void sizeKnown(quint64 size, const QString &path);
    // Valid only during the emission.
    void data(QByteArrayView bytes);
    void drained();
    void finished(quint64 size, const QString &path);
    // The agent's report (errno and message), or -1 when the agent went away or misbehaved.
    void failed(int code, const QString &message);

private:
    explicit AgentStream(QObject *parent);
    void process();
    void fail(int code, const QString &message);

    QLocalSocket *m_socket = nullptr;
    QByteArray m_buffer;
    bool m_reading = true;
    bool m_over = false;
};

} // namespace Sandbar::Server
