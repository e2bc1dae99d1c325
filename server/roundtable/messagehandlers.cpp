// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "roundtable/messagehandlers.h"

#include "agent/uniquefd.h"
#include "http/requestparsing.h"
#include "logging.h"
#include "roundtable/roundtablehandlers.h"
#include "roundtable/roundtablejson.h"
#include "sandboxes/sandboxmanager.h"

#include <QFile>
#include <QJsonDocument>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Sandbar::Server {

namespace {

using namespace RoundTableJson;

// Appends `line` to `name` in the directory `dir` without following a link the sandbox may
// have put there, and only to a plain file: the sandbox owns that directory.
QString appendBeneath(const QString &dir, const char *name, const QByteArray &line, qint64 maxBytes)
{
    const UniqueFd dirFd(::open(QFile::encodeName(dir).constData(), O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (dirFd.get() < 0)
        return QStringLiteral("the sandbox's home cannot be opened: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
    const UniqueFd fd(::openat(dirFd.get(), name, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0644));
    if (fd.get() < 0)
        return QStringLiteral("%1 cannot be opened: %2").arg(QLatin1String(name), QString::fromLocal8Bit(std::strerror(errno)));
    struct stat info = {};
    if (::fstat(fd.get(), &info) != 0 || !S_ISREG(info.st_mode) || info.st_nlink != 1)
        return QStringLiteral("%1 is not a plain file").arg(QLatin1String(name));
    if (info.st_size + line.size() > maxBytes)
        return QStringLiteral("%1 is full (%2 MiB): the sandbox's program reads and empties it")
            .arg(QLatin1String(name)).arg(maxBytes / (1024 * 1024));
    qsizetype written = 0;
    while (written < line.size()) {
        const ssize_t n = ::write(fd.get(), line.constData() + written, size_t(line.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return QStringLiteral("writing %1 failed: %2").arg(QLatin1String(name), QString::fromLocal8Bit(std::strerror(errno)));
        written += n;
    }
    return QString();
}

} // namespace

MessageHandlers::MessageHandlers(SandboxManager *sandboxes, RoundTableStore *store, const RoundTableHandlers *roundTable)
    : m_sandboxes(sandboxes), m_store(store), m_roundTable(roundTable)
{
}

Result<QByteArray> MessageHandlers::content(const QJsonObject &body)
{
    const QJsonValue value = body.value(QStringLiteral("content"));
    if (value.isUndefined() || value.isNull())
        return ApiError::badRequest(QStringLiteral("'content' is required"));
    QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    json = json.mid(1, json.size() - 2); // the value alone, whatever its type
    if (json.size() > kMaxContentBytes)
        return ApiError::badRequest(QStringLiteral("'content' is %1 KiB; at most %2 KiB are accepted")
                                        .arg(json.size() / 1024).arg(kMaxContentBytes / 1024));
    return json;
}

void MessageHandlers::deliver(RtMessage &message, const QString &recipientLocalId) const
{
    QJsonObject line = messageJson(message);
    line.remove(QStringLiteral("status"));
    line.remove(QStringLiteral("error"));
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    const QString error = appendBeneath(m_sandboxes->homeDirOf(recipientLocalId), kInboxName, bytes, kMaxInboxBytes);
    message.status = error.isEmpty() ? QStringLiteral("delivered") : QStringLiteral("failed");
    message.error = error;
    if (!error.isEmpty())
        qCInfo(lcSandbox) << "message" << message.id << "not delivered:" << error;
}

Result<Reply> MessageHandlers::send(const QByteArray &body)
{
    const auto json = Parse::jsonObject(body);
    if (!json)
        return json.error();
    if (const auto ok = Parse::onlyKeys(*json, {QStringLiteral("from_sandbox_id"), QStringLiteral("to_sandbox_id"),
                                                QStringLiteral("content")});
        !ok)
        return ok.error();
    const auto from = m_roundTable->findSandbox(json->value(QStringLiteral("from_sandbox_id")).toString());
    if (!from)
        return from.error();
    const auto to = m_roundTable->findSandbox(json->value(QStringLiteral("to_sandbox_id")).toString());
    if (!to)
        return to.error();
    if (from->workspaceId != to->workspaceId)
        return ApiError::badRequest(QStringLiteral("sandboxes %1 and %2 are in different workspaces").arg(from->id, to->id));
    const auto bytes = content(*json);
    if (!bytes)
        return bytes.error();
    RtMessage message;
    message.id = newId("msg_");
    message.workspaceId = from->workspaceId;
    message.fromId = from->id;
    message.toId = to->id;
    message.content = *bytes;
    message.createdAt = QDateTime::currentDateTimeUtc();
    deliver(message, to->localId);
    if (!m_store->saveMessages({message}))
        return ApiError::internal(QStringLiteral("cannot record the message"));
    return Reply(201, messageJson(message));
}

Result<Reply> MessageHandlers::broadcast(const QByteArray &body)
{
    const auto json = Parse::jsonObject(body);
    if (!json)
        return json.error();
    if (const auto ok = Parse::onlyKeys(*json, {QStringLiteral("workspace_id"), QStringLiteral("from_sandbox_id"),
                                                QStringLiteral("content")});
        !ok)
        return ok.error();
    const QString workspaceId = json->value(QStringLiteral("workspace_id")).toString();
    if (const auto workspace = m_roundTable->findWorkspace(workspaceId); !workspace)
        return workspace.error();
    const auto from = m_roundTable->findSandbox(json->value(QStringLiteral("from_sandbox_id")).toString());
    if (!from)
        return from.error();
    if (from->workspaceId != workspaceId)
        return ApiError::badRequest(QStringLiteral("sandbox %1 is not in workspace %2").arg(from->id, workspaceId));
    const auto bytes = content(*json);
    if (!bytes)
        return bytes.error();
    const QString broadcastId = newId("bc_");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<RtMessage> messages;
    QJsonArray recipients, ids;
    int delivered = 0;
    for (const RtSandbox &to : m_roundTable->sandboxesOf(workspaceId)) {
        if (to.id == from->id)
            continue;
        RtMessage message{newId("msg_"), workspaceId, from->id, to.id, broadcastId, *bytes, {}, {}, now};
        deliver(message, to.localId);
        delivered += message.status == QLatin1String("delivered");
        recipients.append(to.id);
        ids.append(message.id);
        messages.append(message);
    }
    if (!m_store->saveMessages(messages))
        return ApiError::internal(QStringLiteral("cannot record the messages"));
    return Reply(201, QJsonObject{{QStringLiteral("broadcast_id"), broadcastId},
                                  {QStringLiteral("workspace_id"), workspaceId},
                                  {QStringLiteral("from_sandbox_id"), from->id},
                                  {QStringLiteral("recipients"), recipients},
                                  {QStringLiteral("message_ids"), ids},
                                  {QStringLiteral("count"), recipients.size()},
                                  {QStringLiteral("delivered"), delivered},
                                  {QStringLiteral("created_at"), timeOrNull(now)}});
}

Result<Reply> MessageHandlers::list(const QUrlQuery &query) const
{
    const auto page = Parse::page(query, 100, 500);
    if (!page)
        return page.error();
    const QString sandboxId = query.queryItemValue(QStringLiteral("sandbox_id"), QUrl::FullyDecoded);
    const QString workspaceId = query.queryItemValue(QStringLiteral("workspace_id"), QUrl::FullyDecoded);
    int total = 0;
    QJsonArray items;
    for (const RtMessage &message : m_store->messages(sandboxId, workspaceId, page->limit, page->offset, &total))
        items.append(messageJson(message));
    return Reply(200, pageJson(QStringLiteral("messages"), items, total, *page));
}

Result<Reply> MessageHandlers::get(const QString &id) const
{
    if (const auto message = m_store->message(id))
        return Reply(200, messageJson(*message));
    return ApiError::notFound(QStringLiteral("message %1 not found").arg(id.left(64)));
}

} // namespace Sandbar::Server
