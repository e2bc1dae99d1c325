// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace Sandbar::Server {

// multipart/form-data (RFC 7578), enough for the upload endpoint.
struct FormPart
{
    QString name;
    QString filename; // empty for plain fields
    // Where the part's data is in the body: an upload's file is not copied out of it.
    qsizetype offset = 0;
    qsizetype size = 0;
    QByteArrayView in(const QByteArray &body) const { return QByteArrayView(body).sliced(offset, size); }
};

// The boundary a multipart/form-data Content-Type names; empty when it names none (or is not one).
QByteArray multipartBoundary(const QByteArray &contentType);
// A part's name and file name from its header lines (everything between the delimiter and the
// blank line); `offset` and `size` are left for the caller.
FormPart formPartHead(QByteArrayView headerLines);

// Parses `body` given the request's Content-Type; nullopt when it is not well-formed.
std::optional<QList<FormPart>> parseMultipart(const QByteArray &contentType, const QByteArray &body);

} // namespace Sandbar::Server
