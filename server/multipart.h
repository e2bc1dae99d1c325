// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Sandbar::Server {

// multipart/form-data (RFC 7578), enough for the upload endpoint.
struct FormPart
{
    QString name;
    QString filename; // empty for plain fields
    QByteArray data;
};

// Parses `body` given the request's Content-Type; nullopt when it is not well-formed.
std::optional<QList<FormPart>> parseMultipart(const QByteArray &contentType, const QByteArray &body);

} // namespace Sandbar::Server
