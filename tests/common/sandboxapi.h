// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpclient.h"

#include <QJsonObject>
#include <QStringList>

// Short names for the calls the sandbox tests make over HTTP.
class SandboxApi
{
public:
    explicit SandboxApi(HttpClient &http) : m_http(http) {}

    // Creates a sandbox (timeout 600 s unless `extra` says otherwise); empty ID on failure.
    QString create(const QJsonObject &extra = {});
    HttpResult kill(const QString &id);
    // A shell command line.
    HttpResult run(const QString &id, const QString &command, int timeoutMs = 30000);
    // A program with arguments, no shell.
    HttpResult exec(const QString &id, const QString &program, const QStringList &args, int timeoutMs = 30000);
    HttpResult file(const QString &id, const QString &operation, const QJsonObject &body);
    HttpResult read(const QString &id, const QString &path);
    HttpResult write(const QString &id, const QString &path, const QString &content);
    HttpResult upload(const QString &id, const QByteArray &fileName, const QByteArray &data, const QString &path = {});
    HttpResult download(const QString &id, const QString &encodedPathQuery);

    static QString sandboxPath(const QString &id);

private:
    HttpClient &m_http;
};
