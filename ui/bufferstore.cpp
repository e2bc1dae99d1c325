// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bufferstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace Sandbar::Ui {

BufferStore::BufferStore(const QString &directory)
    : m_directory(directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/buffers")
                      : directory)
{
}

QString BufferStore::fileFor(const QString &sandboxId) const
{
    // A sandbox ID comes from a server: hash it rather than trust it as a file name.
    const QByteArray hash = QCryptographicHash::hash(sandboxId.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return m_directory + QLatin1Char('/') + QString::fromLatin1(hash) + QStringLiteral(".json");
}

QList<SavedBuffer> BufferStore::load(const QString &sandboxId) const
{
    QFile file(fileFor(sandboxId));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("buffers")).toArray();
    QList<SavedBuffer> buffers;
    for (const QJsonValue &value : array) {
        const QJsonObject json = value.toObject();
        SavedBuffer buffer;
        buffer.title = json.value(QStringLiteral("title")).toString();
        buffer.language = json.value(QStringLiteral("language")).toString();
        buffer.remotePath = json.value(QStringLiteral("remote_path")).toString();
        buffer.text = json.value(QStringLiteral("text")).toString();
        buffer.modified = json.value(QStringLiteral("modified")).toBool();
        buffers.append(buffer);
    }
    return buffers;
}

bool BufferStore::save(const QString &sandboxId, const QList<SavedBuffer> &buffers, QString *error) const
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(m_directory);
        return false;
    }
    QJsonArray array;
    for (const SavedBuffer &buffer : buffers) {
        array.append(QJsonObject{{QStringLiteral("title"), buffer.title},
                                 {QStringLiteral("language"), buffer.language},
                                 {QStringLiteral("remote_path"), buffer.remotePath},
                                 {QStringLiteral("text"), buffer.text},
                                 {QStringLiteral("modified"), buffer.modified}});
    }
    const QJsonObject root{{QStringLiteral("sandbox_id"), sandboxId}, {QStringLiteral("buffers"), array}};
    QSaveFile file(fileFor(sandboxId));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0 ||
        !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Sandbar::Ui
