// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "handlers/iocommon.h"

#include <QUrl>

#include <cerrno>

namespace Sandbar::Server {

ApiError agentError(int code, const QString &message)
{
    switch (code) {
    case ENOENT:
        return ApiError::notFound(message);
    case EACCES:
    case EPERM:
    case EROFS:
        return ApiError::forbidden(message);
    case -1:
    case EIO:
        return ApiError::internal(message);
    case EFBIG:
    case ENOSPC:
    case EDQUOT:
    default:
        return ApiError::badRequest(message);
    }
}

Result<QString> pathField(const QJsonObject &body, const QString &key)
{
    const QJsonValue value = body.value(key);
    if (!value.isString() || value.toString().isEmpty())
        return ApiError::badRequest(QStringLiteral("'%1' must be a non-empty string").arg(key));
    const QString path = value.toString();
    if (path.contains(QChar(0)))
        return ApiError::badRequest(QStringLiteral("'%1' contains a NUL character").arg(key));
    if (path.toUtf8().size() > kMaxPathBytes)
        return ApiError::badRequest(QStringLiteral("'%1' is longer than %2 bytes").arg(key).arg(kMaxPathBytes));
    return path;
}

Result<QString> uploadTarget(const QString &path, const QString &filename)
{
    QString target = path;
    if (target.isEmpty()) {
        const QString name = filename.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
        if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
            return ApiError::badRequest(QStringLiteral("the uploaded file has no usable name; give a 'path'"));
        target = QStringLiteral("/home/user/") + name;
    }
    return pathField(QJsonObject{{QStringLiteral("path"), target}});
}

QByteArray contentDisposition(const QString &name)
{
    QByteArray plain;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        plain += (u < 0x20 || u == 0x7f || u > 0x7e || u == '"' || u == '\\') ? '_' : char(u);
    }
    QByteArray value = "attachment; filename=\"" + plain + '"';
    if (plain != name.toUtf8())
        value += "; filename*=UTF-8''" + QUrl::toPercentEncoding(name);
    return value;
}

} // namespace Sandbar::Server
