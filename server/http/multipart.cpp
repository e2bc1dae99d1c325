// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/multipart.h"

#include <QRegularExpression>

namespace Sandbar::Server {

namespace {
QString headerParameter(const QByteArray &header, const char *name)
{
    // name="value" (quotes may hold ';'), or name=value
    const QRegularExpression quoted(QStringLiteral("(?:^|;)\\s*%1=\"((?:[^\"\\\\]|\\\\.)*)\"").arg(QLatin1String(name)),
                                    QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromUtf8(header);
    if (const auto match = quoted.match(text); match.hasMatch())
        return match.captured(1).replace(QStringLiteral("\\\""), QStringLiteral("\""));
    const QRegularExpression bare(QStringLiteral("(?:^|;)\\s*%1=([^;\\s]+)").arg(QLatin1String(name)),
                                  QRegularExpression::CaseInsensitiveOption);
    if (const auto match = bare.match(text); match.hasMatch())
        return match.captured(1);
    return {};
}
} // namespace

QByteArray multipartBoundary(const QByteArray &contentType)
{
    if (!contentType.trimmed().toLower().startsWith("multipart/form-data"))
        return {};
    const QByteArray boundary = headerParameter(contentType, "boundary").toUtf8();
    return boundary.size() > 200 ? QByteArray() : boundary;
}

FormPart formPartHead(QByteArrayView headerLines)
{
    FormPart part;
    for (const QByteArray &line : headerLines.toByteArray().split('\n')) {
        const QByteArray header = line.trimmed();
        if (header.toLower().startsWith("content-disposition:")) {
            const QByteArray value = header.mid(int(qstrlen("content-disposition:")));
            part.name = headerParameter(value, "name");
            part.filename = headerParameter(value, "filename");
        }
    }
    return part;
}

std::optional<QList<FormPart>> parseMultipart(const QByteArray &contentType, const QByteArray &body)
{
    const QByteArray boundary = multipartBoundary(contentType);
    if (boundary.isEmpty())
        return std::nullopt;
    const QByteArray delimiter = "--" + boundary;
    QList<FormPart> parts;
    qsizetype at = body.indexOf(delimiter);
    if (at < 0)
        return std::nullopt;
    while (true) {
        at += delimiter.size();
        if (body.mid(at, 2) == "--")
            return parts; // closing delimiter
        if (body.mid(at, 2) != "\r\n")
            return std::nullopt;
        at += 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", at);
        if (headersEnd < 0)
            return std::nullopt;
        FormPart part = formPartHead(QByteArrayView(body).sliced(at, headersEnd - at));
        const qsizetype dataStart = headersEnd + 4;
        const qsizetype next = body.indexOf("\r\n" + delimiter, dataStart);
        if (next < 0)
            return std::nullopt;
        part.offset = dataStart;
        part.size = next - dataStart;
        parts.append(part);
        at = next + 2;
    }
}

} // namespace Sandbar::Server
