// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxapi.h"

#include <QJsonArray>

QString SandboxApi::sandboxPath(const QString &id)
{
    return QStringLiteral("/v1/agents/sandboxes/") + id;
}

QString SandboxApi::create(const QJsonObject &extra)
{
    QJsonObject body{{QStringLiteral("provider"), QStringLiteral("local")},
                     {QStringLiteral("region"), QStringLiteral("here")},
                     {QStringLiteral("timeout"), 600}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    const HttpResult reply = m_http.post(QStringLiteral("/v1/agents/sandboxes"), body);
    if (reply.status != 201)
        qWarning("create failed: %d %s", reply.status, reply.body.constData());
    return reply.json.value(QStringLiteral("sandbox_id")).toString();
}

HttpResult SandboxApi::kill(const QString &id)
{
    return m_http.del(sandboxPath(id));
}

HttpResult SandboxApi::run(const QString &id, const QString &command, int timeoutMs)
{
    return m_http.post(sandboxPath(id) + QStringLiteral("/commands/run"),
                       QJsonObject{{QStringLiteral("command"), command}, {QStringLiteral("timeout"), timeoutMs}});
}

HttpResult SandboxApi::exec(const QString &id, const QString &program, const QStringList &args, int timeoutMs)
{
    return m_http.post(sandboxPath(id) + QStringLiteral("/commands/run"),
                       QJsonObject{{QStringLiteral("command"), program},
                                   {QStringLiteral("args"), QJsonArray::fromStringList(args)},
                                   {QStringLiteral("timeout"), timeoutMs}});
}

HttpResult SandboxApi::file(const QString &id, const QString &operation, const QJsonObject &body)
{
    return m_http.post(sandboxPath(id) + QStringLiteral("/files/") + operation, body);
}

HttpResult SandboxApi::read(const QString &id, const QString &path)
{
    return file(id, QStringLiteral("read"), QJsonObject{{QStringLiteral("path"), path}});
}

HttpResult SandboxApi::write(const QString &id, const QString &path, const QString &content)
{
    return file(id, QStringLiteral("write"), QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("content"), content}});
}

HttpResult SandboxApi::upload(const QString &id, const QByteArray &fileName, const QByteArray &data, const QString &path)
{
    const QByteArray boundary = "sandbar-test-boundary-7d1f";
    QByteArray body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName +
                      "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + data + "\r\n";
    if (!path.isEmpty())
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"path\"\r\n\r\n" + path.toUtf8() + "\r\n";
    body += "--" + boundary + "--\r\n";
    return m_http.send("POST", sandboxPath(id) + QStringLiteral("/upload"), body, true, {},
                       "multipart/form-data; boundary=" + boundary);
}

HttpResult SandboxApi::download(const QString &id, const QString &encodedPathQuery)
{
    return m_http.get(sandboxPath(id) + QStringLiteral("/download?path=") + encodedPathQuery);
}
