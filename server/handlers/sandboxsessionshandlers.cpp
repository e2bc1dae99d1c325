// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "handlers/sandboxsessionshandlers.h"

#include "core/api/operationtypes.h"
#include "handlers/iohandlers.h"
#include "http/requestparsing.h"
#include "sandboxes/sandboxmanager.h"
#include "sandboxes/templatecatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>

#include <climits>

namespace Sandbar::Server {

namespace {

constexpr int kMaxPageSize = 100;
constexpr int kDefaultPageSize = 50;
constexpr int kMaxCodeTimeout = 300;
constexpr int kDefaultCodeTimeout = 60;

QJsonObject sessionJson(const Api::Sandbox &sandbox)
{
    return {
        {QStringLiteral("session_id"), sandbox.id},
        {QStringLiteral("status"), sandbox.status == Api::SandboxStatus::Paused ? QStringLiteral("PAUSED") : QStringLiteral("RUNNING")},
        {QStringLiteral("created_at"), Api::formatTimestamp(sandbox.startedAt)},
        {QStringLiteral("expires_at"), Api::formatTimestamp(sandbox.timeoutAt)},
        {QStringLiteral("metadata"), Api::stringMapToJson(sandbox.metadata)},
    };
}

Result<QString> optionalString(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        return ApiError::badRequest(QStringLiteral("'%1' must be a string").arg(key));
    return value.toString();
}

} // namespace

SandboxSessionsHandlers::SandboxSessionsHandlers(SandboxManager *manager, const TemplateCatalog *templates, IoHandlers *io,
                                                 QObject *parent)
    : QObject(parent), m_manager(manager), m_templates(templates), m_io(io)
{
}

void SandboxSessionsHandlers::create(const QByteArray &body, Done done)
{
    // The SDK's create_session() may send no body at all.
    const auto json = body.trimmed().isEmpty() ? Result<QJsonObject>(QJsonObject()) : Parse::jsonObject(body);
    if (!json)
        return done(json.error());
    if (const auto known = Parse::onlyKeys(*json, {QStringLiteral("ttl"), QStringLiteral("image"), QStringLiteral("metadata"),
                                            QStringLiteral("ssh_public_key")});
        !known)
        return done(known.error());
    CreateRequest request;
    request.timeoutSeconds = kDefaultTtl;
    if (const QJsonValue ttl = json->value(QStringLiteral("ttl")); !ttl.isUndefined() && !ttl.isNull()) {
        const auto parsed = Parse::integer(ttl, QStringLiteral("ttl"), kMinTtl, kMaxTtl);
        if (!parsed)
            return done(parsed.error());
        request.timeoutSeconds = *parsed;
    }
    const auto image = optionalString(*json, QStringLiteral("image"));
    if (!image)
        return done(image.error());
    request.templateName = TemplateCatalog::defaultName();
    if (!image->isEmpty()) {
        const TemplateSpec *spec = m_templates->findForImage(*image);
        if (!spec)
            return done(ApiError::badRequest(QStringLiteral("image '%1' is not available here; sandbar-local has %2")
                                                 .arg(image->left(100), m_templates->imageChoices())));
        request.templateName = spec->info.name;
    }
    const auto metadata = Parse::stringMap(*json, QStringLiteral("metadata"));
    if (!metadata)
        return done(metadata.error());
    request.metadata = *metadata;
    const auto key = optionalString(*json, QStringLiteral("ssh_public_key"));
    if (!key)
        return done(key.error());
    if (!key->isEmpty() && !Api::isSshPublicKeyLine(key->trimmed()))
        return done(ApiError::badRequest(QStringLiteral("'ssh_public_key' is not an OpenSSH public key line")));

    const auto created = m_manager->create(request);
    if (!created)
        return done(created.error());
    const Api::Sandbox sandbox = *created;
    if (key->isEmpty())
        return done(Reply{200, sessionJson(sandbox)});
    const QJsonObject install{
        {QStringLiteral("command"), QStringLiteral("/bin/sh")},
        {QStringLiteral("args"), QJsonArray{QStringLiteral("-c"),
                                            QStringLiteral("umask 077 && mkdir -p /home/user/.ssh && "
                                                           "printf '%s\\n' \"$1\" >> /home/user/.ssh/authorized_keys"),
                                            QStringLiteral("sh"), key->trimmed()}},
        {QStringLiteral("timeout"), 10000},
    };
    QPointer<SandboxSessionsHandlers> self(this);
    m_io->runCommand(sandbox.id, QJsonDocument(install).toJson(QJsonDocument::Compact),
                     [self, done, sandbox](const Result<Reply> &result) {
                         if (result && result->body.value(QStringLiteral("exit_code")).toInt() == 0)
                             return done(Reply{200, sessionJson(sandbox)});
                         // A session without the key asked for is not what was asked for.
                         if (self)
                             self->m_manager->kill(sandbox.id);
                         done(ApiError::internal(QStringLiteral("the SSH key could not be installed: %1")
                                                     .arg(result ? result->body.value(QStringLiteral("stderr")).toString()
                                                                 : result.error().message)));
                     });
}

Result<Reply> SandboxSessionsHandlers::list(const QUrlQuery &query) const
{
    const auto page = Parse::page(query, kDefaultPageSize, kMaxPageSize);
    if (!page)
        return page.error();
    QJsonArray sessions;
    int total = 0;
    for (const Api::Sandbox &sandbox : m_manager->list(INT_MAX, 0).sandboxes) {
        if (!SandboxManager::isLiveSession(sandbox))
            continue;
        if (total >= page->offset && sessions.size() < page->limit)
            sessions.append(sessionJson(sandbox));
        ++total;
    }
    return Reply{200, QJsonObject{{QStringLiteral("total"), total},
                                  {QStringLiteral("sessions"), sessions},
                                  {QStringLiteral("limit"), page->limit},
                                  {QStringLiteral("offset"), page->offset}}};
}

Result<Reply> SandboxSessionsHandlers::get(const QString &id) const
{
    const auto found = m_manager->getLive(id);
    if (!found)
        return found.error();
    return Reply{200, sessionJson(*found)};
}

Result<Reply> SandboxSessionsHandlers::remove(const QString &id)
{
    const auto ended = m_manager->killLive(id);
    if (!ended)
        return ended.error();
    return Reply{204, {}};
}

void SandboxSessionsHandlers::runCode(const QString &id, const QByteArray &body, Done done)
{
    const auto found = m_manager->getLive(id);
    if (!found)
        return done(found.error());
    const auto json = Parse::jsonObject(body);
    if (!json)
        return done(json.error());
    if (const auto known = Parse::onlyKeys(*json, {QStringLiteral("code"), QStringLiteral("language"), QStringLiteral("timeout")}); !known)
        return done(known.error());
    const QJsonValue code = json->value(QStringLiteral("code"));
    if (!code.isString() || code.toString().isEmpty())
        return done(ApiError::badRequest(QStringLiteral("'code' must be a non-empty string")));
    const auto language = optionalString(*json, QStringLiteral("language"));
    if (!language)
        return done(language.error());
    QStringList argv;
    if (language->isEmpty() || *language == QLatin1String("python"))
        argv = {QStringLiteral("/usr/bin/python3"), QStringLiteral("-c")};
    else if (*language == QLatin1String("javascript"))
        argv = {QStringLiteral("/usr/bin/node"), QStringLiteral("-e")};
    else if (*language == QLatin1String("bash"))
        argv = {QStringLiteral("/bin/bash"), QStringLiteral("-c")};
    else
        return done(ApiError::badRequest(QStringLiteral("'language' must be python, javascript or bash")));
    int timeout = kDefaultCodeTimeout;
    if (const QJsonValue value = json->value(QStringLiteral("timeout")); !value.isUndefined() && !value.isNull()) {
        const auto parsed = Parse::integer(value, QStringLiteral("timeout"), 1, kMaxCodeTimeout);
        if (!parsed)
            return done(parsed.error());
        timeout = *parsed;
    }
    QJsonArray args{argv.at(1), code.toString()};
    const QJsonObject command{{QStringLiteral("command"), argv.at(0)},
                              {QStringLiteral("args"), args},
                              {QStringLiteral("timeout"), timeout * 1000}};
    m_io->runCommand(id, QJsonDocument(command).toJson(QJsonDocument::Compact), [done, timeout](const Result<Reply> &result) {
        if (!result && result.error().kind == ApiError::Kind::Timeout) {
            return done(Reply{200, QJsonObject{{QStringLiteral("status"), QStringLiteral("timeout")},
                                               {QStringLiteral("exitCode"), 124},
                                               {QStringLiteral("stdout"), QString()},
                                               {QStringLiteral("stderr"), QStringLiteral("the code did not finish within %1 s and was stopped\n").arg(timeout)}}});
        }
        if (!result)
            return done(result.error());
        const QJsonObject &reply = result->body;
        const int exitCode = reply.value(QStringLiteral("exit_code")).toInt();
        QString stderrText = reply.value(QStringLiteral("stderr")).toString();
        if (reply.contains(QStringLiteral("error")))
            stderrText += reply.value(QStringLiteral("error")).toString();
        done(Reply{200, QJsonObject{{QStringLiteral("status"), exitCode == 0 ? QStringLiteral("success") : QStringLiteral("error")},
                                    {QStringLiteral("exitCode"), exitCode},
                                    {QStringLiteral("stdout"), reply.value(QStringLiteral("stdout")).toString()},
                                    {QStringLiteral("stderr"), stderrText}}});
    });
}

} // namespace Sandbar::Server
