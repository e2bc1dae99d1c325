// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "handlers/transferhandlers.h"

#include "handlers/iocommon.h"
#include "http/httpfront.h"
#include "http/multipartstream.h"
#include "http/requestparsing.h"
#include "http/streamedexchange.h"
#include "sandboxes/agentclient.h"
#include "sandboxes/agentstream.h"
#include "sandboxes/sandboxmanager.h"

#include <QPointer>
#include <QUrlQuery>

#include <cerrno>
#include <limits>
#include <optional>

namespace Sandbar::Server {

namespace {

using Headers = StreamedExchange::Headers;

QString mebibytes(qint64 bytes)
{
    // Whole mebibytes once a tenth of one no longer matters.
    const bool whole = bytes % (1 << 20) == 0 || bytes >= (100 << 20);
    return QString::number(double(bytes) / double(1 << 20), 'f', whole ? 0 : 1);
}

// One upload: the form is parsed as it arrives, the file part goes to the agent as it is
// parsed, and the client is read only while the agent keeps up.
class Upload : public QObject
{
public:
    Upload(StreamedExchange *exchange, int agentControl, qint64 limit, const QByteArray &boundary, Headers headers,
           const ApiShape &shape)
        : QObject(exchange), m_exchange(exchange), m_agentControl(agentControl), m_limit(limit),
          m_headers(std::move(headers)), m_shape(shape),
          m_form(boundary, {[this](const FormPart &part) { beginPart(part); },
                            [this](QByteArrayView bytes) { partData(bytes); },
                            [this] { m_part = Part::Other; }})
    {
        connect(exchange, &StreamedExchange::bodyReceived, this, &Upload::bodyReceived);
        connect(exchange, &StreamedExchange::failed, this, [this] { dropAgent(); });
        exchange->receiveBody([this](QByteArrayView bytes) { feed(bytes); }, [this] {
            return m_answered ? 0 : StreamedExchange::kWindowBytes - (m_agent ? m_agent->pendingOutput() : 0);
        });
    }

private:
    enum class Part { Other, File, Path };

    // Closing the agent's stream before the commit removes the temporary file.
    void dropAgent()
    {
        if (!m_agent)
            return;
        m_agent->disconnect(this);
        m_agent->deleteLater(); // it may be emitting
        m_agent = nullptr;
    }

    void answer(const Result<Reply> &result)
    {
        if (m_answered)
            return;
        m_answered = true;
        dropAgent();
        m_exchange->respond(result, m_shape, m_headers);
    }

    void feed(QByteArrayView bytes)
    {
        if (!m_answered && !m_form.feed(bytes))
            answer(ApiError::badRequest(m_form.error()));
    }

    void beginPart(const FormPart &part)
    {
        if (m_answered)
            return;
        if (part.name == QLatin1String("file") && !m_fileSeen) {
            m_fileSeen = true;
            m_part = Part::File;
            m_filename = part.filename;
            // With the path known, the bytes go beside their target; otherwise they wait in /home/user.
            if (!m_path.isEmpty()) {
                const auto checked = pathField(QJsonObject{{QStringLiteral("path"), QString::fromUtf8(m_path)}});
                if (!checked)
                    return answer(checked.error());
                m_initialPath = *checked;
            }
            QString error;
            m_agent = AgentStream::open(m_agentControl, AgentRequest::writeStream(m_initialPath), this, &error);
            if (!m_agent)
                return answer(ApiError::internal(error));
            connect(m_agent, &AgentStream::drained, m_exchange, &StreamedExchange::pump);
            connect(m_agent, &AgentStream::failed, this, [this](int code, const QString &message) {
                answer(code == EFBIG ? ApiError::tooLarge(message) : agentError(code, message));
            });
            connect(m_agent, &AgentStream::finished, this, [this](quint64 size, const QString &path) {
                answer(Reply{200, QJsonObject{{QStringLiteral("message"), QStringLiteral("File uploaded successfully")},
                                              {QStringLiteral("path"), path},
                                              {QStringLiteral("size"), qint64(size)}}});
            });
        } else if (part.name == QLatin1String("path")) {
            m_part = Part::Path;
            m_path.clear();
        } else {
            m_part = Part::Other;
        }
    }

    void partData(QByteArrayView bytes)
    {
        if (m_answered)
            return;
        if (m_part == Part::File) {
            m_size += bytes.size();
            if (m_size > m_limit) {
                return answer(ApiError::tooLarge(QStringLiteral("the file is larger than %1 MiB, the most a file in this "
                                                                "sandbox can hold (its template's disk limit)")
                                                     .arg(mebibytes(m_limit))));
            }
            m_agent->sendData(bytes);
        } else if (m_part == Part::Path) {
            m_path.append(bytes);
            if (m_path.size() > kMaxPathBytes)
                answer(ApiError::badRequest(QStringLiteral("'path' is longer than %1 bytes").arg(kMaxPathBytes)));
        }
    }

    void bodyReceived()
    {
        if (m_answered)
            return;
        if (!m_form.finished())
            return answer(ApiError::badRequest(QStringLiteral("the multipart body ends before its closing delimiter")));
        if (!m_fileSeen)
            return answer(ApiError::badRequest(QStringLiteral("the 'file' part is missing")));
        const auto checked = uploadTarget(QString::fromUtf8(m_path), m_filename);
        if (!checked)
            return answer(checked.error());
        m_agent->commit(quint64(m_size), *checked == m_initialPath ? QString() : *checked);
    }

    StreamedExchange *m_exchange;
    int m_agentControl;
    qint64 m_limit;
    Headers m_headers;
    const ApiShape &m_shape;
    MultipartStream m_form;
    AgentStream *m_agent = nullptr;
    Part m_part = Part::Other;
    bool m_fileSeen = false;
    bool m_answered = false;
    QString m_filename;
    QByteArray m_path;
    QString m_initialPath;
    qint64 m_size = 0;
};

// One download: the agent's frames are written to the client as they come, and the agent is
// read only while the client keeps up.
class Download : public QObject
{
public:
    Download(StreamedExchange *exchange, AgentStream *agent, Headers headers, const ApiShape &shape)
        : QObject(exchange), m_exchange(exchange), m_headers(std::move(headers)), m_shape(shape)
    {
        agent->setParent(this);
        connect(agent, &AgentStream::sizeKnown, this, [this](quint64 size, const QString &path) {
            m_begun = true;
            Headers response = m_headers;
            response.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/octet-stream")});
            response.append({QByteArrayLiteral("Content-Disposition"), contentDisposition(path.section(QLatin1Char('/'), -1))});
            m_exchange->beginResponse(200, response, qint64(size));
        });
        connect(agent, &AgentStream::data, this, [this, agent](QByteArrayView bytes) {
            m_exchange->writeBody(bytes);
            if (m_exchange->pendingOutput() > StreamedExchange::kWindowBytes)
                agent->setReading(false);
        });
        connect(exchange, &StreamedExchange::drained, agent, [agent] { agent->setReading(true); });
        connect(agent, &AgentStream::finished, this, [this] { m_exchange->endResponse(); });
        connect(agent, &AgentStream::failed, this, [this](int code, const QString &message) {
            if (m_begun)
                m_exchange->abort(message); // the client sees a short body, never a complete-looking one
            else
                m_exchange->respond(agentError(code, message), m_shape, m_headers);
        });
        connect(exchange, &StreamedExchange::failed, agent, [agent] {
            agent->disconnect();
            agent->deleteLater(); // closing its stream stops the agent's read
        });
    }

private:
    StreamedExchange *m_exchange;
    Headers m_headers;
    const ApiShape &m_shape;
    bool m_begun = false;
};

} // namespace

TransferHandlers::TransferHandlers(SandboxManager *manager, HttpFront *front, const ApiShape &shape, QObject *parent)
    : QObject(parent), m_manager(manager), m_front(front), m_shape(shape)
{
}

std::optional<TransferHandlers::Admitted> TransferHandlers::admit(StreamedExchange *exchange, const QString &id)
{
    Admitted admitted;
    if (auto refused = m_front->admit(m_shape, *exchange, &admitted.headers)) {
        exchange->respond(*refused, m_shape, admitted.headers);
        return std::nullopt;
    }
    const auto sandboxId = Parse::sandboxId(id);
    const auto agent = sandboxId ? m_manager->agentControl(*sandboxId) : Result<int>(sandboxId.error());
    if (!agent) {
        exchange->respond(agent.error(), m_shape, admitted.headers);
        return std::nullopt;
    }
    admitted.agentControl = *agent;
    // A sandbox whose template is gone has no limit of ours: its own file size limit still holds.
    const qint64 limit = m_manager->fileSizeLimit(*sandboxId);
    admitted.fileSizeLimit = limit > 0 ? limit : std::numeric_limits<qint32>::max() * qint64(1 << 20);
    return admitted;
}

void TransferHandlers::upload(StreamedExchange *exchange, const QString &id)
{
    const auto admitted = admit(exchange, id);
    if (!admitted)
        return;
    const Headers &headers = admitted->headers;
    const QByteArray boundary = multipartBoundary(exchange->head().value(QByteArrayLiteral("Content-Type")));
    if (boundary.isEmpty())
        return exchange->respond(ApiError::badRequest(QStringLiteral("expected a multipart/form-data body with a 'file' part")),
                                 m_shape, headers);
    const qint64 limit = admitted->fileSizeLimit;
    const std::optional<quint64> length = exchange->head().contentLength;
    if (length && qint64(*length) > limit + kFormOverheadBytes) {
        return exchange->respond(ApiError::tooLarge(QStringLiteral("the upload is %1 MiB; a file in this sandbox can be at "
                                                                   "most %2 MiB (its template's disk limit)")
                                                        .arg(mebibytes(qint64(*length)), mebibytes(limit))),
                                 m_shape, headers);
    }
    if (exchange->head().value(QByteArrayLiteral("Expect")).compare("100-continue", Qt::CaseInsensitive) == 0)
        exchange->sendContinue();
    new Upload(exchange, admitted->agentControl, limit, boundary, headers, m_shape);
}

void TransferHandlers::download(StreamedExchange *exchange, const QString &id)
{
    const auto admitted = admit(exchange, id);
    if (!admitted)
        return;
    const Headers &headers = admitted->headers;
    const auto path = pathField(QJsonObject{
        {QStringLiteral("path"), exchange->head().query().queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded)}});
    if (!path)
        return exchange->respond(path.error(), m_shape, headers);
    QString error;
    AgentStream *stream = AgentStream::open(admitted->agentControl,
                                            AgentRequest::readStream(*path, quint64(admitted->fileSizeLimit)), nullptr, &error);
    if (!stream)
        return exchange->respond(ApiError::internal(error), m_shape, headers);
    new Download(exchange, stream, headers, m_shape);
}

} // namespace Sandbar::Server
