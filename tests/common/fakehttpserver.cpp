// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakehttpserver.h"

#include <QDateTime>
#include <QTcpSocket>
#include <QUrl>

#include <memory>

FakeHttpServer::FakeHttpServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::handleConnection);
}

bool FakeHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeHttpServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

FakeHttpServer::Response FakeHttpServer::json(int status, const QByteArray &body,
                                              QList<QPair<QByteArray, QByteArray>> headers)
{
    Response response;
    response.status = status;
    response.body = body;
    response.headers = std::move(headers);
    response.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return response;
}

void FakeHttpServer::setResponses(const QList<Response> &responses)
{
    auto index = std::make_shared<int>(0);
    m_handler = [responses, index](const Request &) {
        const Response response = responses.value(qMin(*index, int(responses.size()) - 1));
        ++*index;
        return response;
    };
}

void FakeHttpServer::handleConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        ++m_open;
        connect(socket, &QTcpSocket::disconnected, this, [this] { --m_open; });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            Request request;
            const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            request.method = requestLine.value(0);
            const QUrl target(QString::fromLatin1(requestLine.value(1)));
            request.path = target.path(QUrl::FullyDecoded);
            request.query = QUrlQuery(target.query(QUrl::FullyEncoded));
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length", "0").toLongLong();
            if (buffer->size() < headerEnd + 4 + length)
                return;
            request.body = buffer->mid(headerEnd + 4, length);
            buffer->clear();
            disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
            m_requests.append(request);
            m_times.append(QDateTime::currentMSecsSinceEpoch());
            const Response response = m_handler ? m_handler(request) : json(404, "{}");
            if (response.mode == Mode::Stall)
                return; // the socket stays open and silent until the client gives up
            QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
            for (const auto &header : response.headers)
                out += header.first + ": " + header.second + "\r\n";
            out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n";
            out += response.mode == Mode::TruncateBody ? response.body.left(response.body.size() / 2) : response.body;
            socket->write(out);
            socket->disconnectFromHost();
        });
    }
}
