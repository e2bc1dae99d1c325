// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/providers/sandboxsessionsprovider.h"

#include "core/api/jsonreader.h"

#include <QJsonArray>
#include <QTimeZone>

namespace Sandbar::Core {

using namespace Sandbar::Api;

namespace {

const QString kSessions = QStringLiteral("/sessions");
const QStringList kLanguages = {QStringLiteral("python"), QStringLiteral("javascript"), QStringLiteral("bash")};

QString sessionPath(const QString &id, const QString &rest = {})
{
    return kSessions + QLatin1Char('/') + HttpProvider::segment(id) + rest;
}

std::optional<SandboxPage> pageFromJson(const QJsonObject &json, QString *error)
{
    Detail::Reader reader(json);
    reader.requireExactKeys({"total", "sessions", "limit", "offset"});
    SandboxPage page;
    page.total = int(reader.integer("total"));
    reader.integer("limit");
    reader.integer("offset");
    for (const QJsonValue &value : reader.array("sessions")) {
        const auto session = SandboxSessionsProvider::sessionFromJson(value.toObject(), error);
        if (!session)
            return std::nullopt;
        page.sandboxes.append(*session);
    }
    return Detail::finish(reader, page, error);
}

std::optional<CodeRunResult> runFromJson(const QJsonObject &json, QString *error)
{
    Detail::Reader reader(json);
    reader.requireExactKeys({"status", "exitCode", "stdout", "stderr"});
    const QString status = reader.string("status");
    const qint64 exitCode = reader.integer("exitCode");
    const QString out = reader.string("stdout");
    const QString err = reader.string("stderr");
    CodeRunResult run;
    const auto lines = [](const QString &text, const QString &type) {
        QList<OutputLine> result;
        if (text.isEmpty())
            return result;
        QStringList parts = text.split(QLatin1Char('\n'));
        if (text.endsWith(QLatin1Char('\n')))
            parts.removeLast();
        for (const QString &part : parts)
            result.append(OutputLine{type, part, {}});
        return result;
    };
    run.stdoutEvents = lines(out, QStringLiteral("stdout"));
    run.stderrEvents = lines(err, QStringLiteral("stderr"));
    for (const OutputLine &line : run.stdoutEvents)
        run.logStdout.append(line.line);
    for (const OutputLine &line : run.stderrEvents)
        run.logStderr.append(line.line);
    if (status.compare(QLatin1String("success"), Qt::CaseInsensitive) != 0 || exitCode != 0) {
        run.error = QJsonObject{
            {QStringLiteral("name"), status.isEmpty() ? QStringLiteral("error") : status},
            {QStringLiteral("value"), SandboxSessionsProvider::tr("exit code %1").arg(exitCode)},
        };
    }
    return Detail::finish(reader, run, error);
}

} // namespace

SandboxSessionsProvider::SandboxSessionsProvider(const QUrl &apiUrl, const QByteArray &token, QObject *parent)
    : HttpProvider(apiUrl, Credential{Credential::Scheme::Bearer, token, {}}, parent)
{
    m_transport->setErrorReader(&SandboxSessionsProvider::errorFromReply);
}

std::optional<Sandbox> SandboxSessionsProvider::sessionFromJson(const QJsonObject &json, QString *error)
{
    Detail::Reader reader(json);
    reader.requireExactKeys({"session_id", "status", "created_at", "expires_at", "metadata"});
    Sandbox session;
    session.id = reader.string("session_id");
    const QString status = reader.string("status");
    if (status == QLatin1String("RUNNING"))
        session.status = SandboxStatus::Running;
    else if (status == QLatin1String("PAUSED"))
        session.status = SandboxStatus::Paused;
    else
        reader.fail(QStringLiteral("'status' is '%1', not RUNNING or PAUSED").arg(status));
    session.startedAt = reader.time("created_at");
    session.timeoutAt = reader.time("expires_at");
    session.metadata = reader.stringMap("metadata");
    return Detail::finish(reader, session, error);
}

ApiError SandboxSessionsProvider::errorFromReply(int status, const QByteArray &reason, const QByteArray &body)
{
    ApiError error = HttpTransport::statusError(status, reason);
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    error.serverKind = json.value(QStringLiteral("error_code")).toString();
    const QString message = json.value(QStringLiteral("message")).toString();
    if (!message.isEmpty())
        error.message = message;
    if (status == 429 && json.contains(QStringLiteral("reset"))) {
        const QDateTime reset = QDateTime::fromSecsSinceEpoch(json.value(QStringLiteral("reset")).toInteger(), QTimeZone::utc());
        error.message = tr("%1 (limit %2 requests; resets at %3)")
                            .arg(error.message)
                            .arg(json.value(QStringLiteral("limit")).toInteger())
                            .arg(reset.toLocalTime().time().toString(QStringLiteral("HH:mm:ss")));
    }
    return error;
}

SandboxProvider::Capabilities SandboxSessionsProvider::capabilities() const
{
    return Capability::Lifecycle | Capability::CodeRuns | Capability::Deadlines | Capability::StartTimes;
}

SandboxProvider::CreateForm SandboxSessionsProvider::createForm() const
{
    CreateForm form;
    form.fields = CreateForm::Timeout | CreateForm::Image | CreateForm::Metadata | CreateForm::SshKey;
    form.minTimeoutSeconds = 60;
    form.maxTimeoutSeconds = 28800;
    form.defaultTimeoutSeconds = 3600;
    return form;
}

QFuture<ApiResult<SandboxPage>> SandboxSessionsProvider::listSandboxes(int offset, int limit, const CallOptions &options)
{
    if (offset < 0 || limit < 1 || limit > maxPageSize())
        return invalid<SandboxPage>(tr("A page holds 1 to %1 sessions.").arg(maxPageSize()));
    HttpRequest request = getRequest(kSessions);
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    request.query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    return call<SandboxPage>(request, options, [](const QByteArray &body) { return parseBody<SandboxPage>(body, &pageFromJson); });
}

QFuture<ApiResult<Sandbox>> SandboxSessionsProvider::getSandbox(const QString &id, const CallOptions &options)
{
    if (id.isEmpty())
        return invalid<Sandbox>(tr("No session ID given."));
    return call<Sandbox>(getRequest(sessionPath(id)), options,
                         [](const QByteArray &body) { return parseBody<Sandbox>(body, &sessionFromJson); });
}

QFuture<ApiResult<Sandbox>> SandboxSessionsProvider::createSandbox(const CreateSandboxRequest &request)
{
    const CreateForm form = createForm();
    const int ttl = request.timeoutSeconds.value_or(form.defaultTimeoutSeconds);
    if (ttl < form.minTimeoutSeconds || ttl > form.maxTimeoutSeconds)
        return invalid<Sandbox>(tr("The TTL must be %1 to %2 seconds.").arg(form.minTimeoutSeconds).arg(form.maxTimeoutSeconds));
    QJsonObject body{{QStringLiteral("ttl"), ttl}};
    if (!request.image.isEmpty())
        body.insert(QStringLiteral("image"), request.image);
    if (!request.metadata.isEmpty())
        body.insert(QStringLiteral("metadata"), stringMapToJson(request.metadata));
    if (!request.sshPublicKey.isEmpty())
        body.insert(QStringLiteral("ssh_public_key"), request.sshPublicKey);
    return call<Sandbox>(jsonRequest("POST", kSessions, body, false), {},
                         [](const QByteArray &reply) { return parseBody<Sandbox>(reply, &sessionFromJson); });
}

QFuture<ApiResult<Confirmation>> SandboxSessionsProvider::killSandbox(const QString &id)
{
    if (id.isEmpty())
        return invalid<Confirmation>(tr("No session ID given."));
    HttpRequest request = getRequest(sessionPath(id));
    request.method = "DELETE";
    return call<Confirmation>(request, {}, [id](const QByteArray &) {
        return ApiResult<Confirmation>(Confirmation{tr("Session deleted"), id});
    });
}

QFuture<ApiResult<CodeRunResult>> SandboxSessionsProvider::runCode(const QString &id, const CodeRunRequest &run)
{
    if (id.isEmpty() || run.code.isEmpty())
        return invalid<CodeRunResult>(tr("A session and some code are required."));
    const QString language = run.language.isEmpty() ? QStringLiteral("python") : run.language;
    if (!kLanguages.contains(language))
        return invalid<CodeRunResult>(tr("This service runs %1 only.").arg(kLanguages.join(QLatin1String(", "))));
    if (!run.contextId.isEmpty())
        return invalid<CodeRunResult>(tr("This service has no code contexts: each run stands alone."));
    const int timeout = run.timeoutSeconds.value_or(60);
    if (timeout < 1 || timeout > 300)
        return invalid<CodeRunResult>(tr("The timeout must be 1 to 300 seconds."));
    const QJsonObject body{{QStringLiteral("code"), run.code}, {QStringLiteral("language"), language},
                           {QStringLiteral("timeout"), timeout}};
    HttpRequest request = jsonRequest("POST", sessionPath(id, QStringLiteral("/code")), body, false);
    request.timeoutMs = (timeout + 30) * 1000;
    return call<CodeRunResult>(request, {}, [](const QByteArray &reply) { return parseBody<CodeRunResult>(reply, &runFromJson); });
}

} // namespace Sandbar::Core
