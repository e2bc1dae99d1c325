// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QUrlQuery>

#include <functional>

// A small HTTP/1.1 server on 127.0.0.1 that answers what a test tells it to, including the
// ways real servers misbehave: bodies that are not JSON, bodies cut short, and connections
// accepted and then left silent. One request per connection.
class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QString path; // decoded
        QUrlQuery query;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };

    enum class Mode {
        Normal,
        Stall,         // accept and read the request, never answer
        TruncateBody,  // announce the full Content-Length, send half, close
    };

    struct Response
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        Mode mode = Mode::Normal;
    };

    using Handler = std::function<Response(const Request &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    bool listen();
    QUrl url() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Answers the requests in order with `responses`, the last one for every request after.
    void setResponses(const QList<Response> &responses);
    QList<Request> requests() const { return m_requests; }
    QList<qint64> requestTimesMs() const { return m_times; }
    // Connections the client has not closed yet (a stalled one stays open until it does).
    int openConnections() const { return m_open; }

    static Response json(int status, const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers = {});

private:
    void handleConnection();

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
    QList<qint64> m_times;
    int m_open = 0;
};
