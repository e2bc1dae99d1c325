// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "localserver.h"

#include "code/codecontextmanager.h"
#include "handlers/codehandlers.h"
#include "code/executionstore.h"
#include "handlers/e2bsessionshandlers.h"
#include "handlers/sandboxsessionshandlers.h"
#include "http/httpfront.h"
#include "routes/agentsandboxesroutes.h"
#include "routes/sessionsroutes.h"
#include "routes/cognitoraroutes.h"
#include "routes/roundtableroutes.h"
#include "routes/terminalroutes.h"
#include "roundtable/messagehandlers.h"
#include "roundtable/roundtablehandlers.h"
#include "roundtable/roundtablestore.h"
#include "cognitora/containerhandlers.h"
#include "cognitora/containerstore.h"
#include "cognitora/interpreterhandlers.h"
#include "handlers/iohandlers.h"
#include "handlers/transferhandlers.h"
#include "sandboxes/launcher.h"
#include "handlers/lifecyclehandlers.h"
#include "logging.h"
#include "sandboxes/sandboxmanager.h"
#include "sandboxes/sandboxstore.h"
#include "sandboxes/templatecatalog.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSaveFile>

namespace Sandbar::Server {

namespace {
constexpr int kShutdownGraceMs = 2000;
}

LocalServer::LocalServer(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
}

LocalServer::~LocalServer()
{
    stop();
}

bool LocalServer::start(QString *error)
{
    if (!QDir().mkpath(m_options.dataDir)) {
        *error = QStringLiteral("cannot create the data directory %1").arg(m_options.dataDir);
        return false;
    }
    QFile::setPermissions(m_options.dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // One server per data dir: two would both resume, expire and write the same sandboxes.
    m_lock = std::make_unique<QLockFile>(m_options.dataDir + QStringLiteral("/sandbar-local.lock"));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        m_lock->getLockInfo(&pid, &host, &app);
        *error = QStringLiteral("another sandbar-local (process %1) is using %2; its address is in %2/endpoint")
                     .arg(pid).arg(m_options.dataDir);
        return false;
    }
    if (m_options.token.isEmpty()) {
        const auto token = loadOrCreateToken(m_options.dataDir, error);
        if (!token)
            return false;
        m_options.token = *token;
    }

    Launcher::Mode mode = Launcher::Mode::Bubblewrap;
    if (m_options.noIsolation) {
        mode = Launcher::Mode::Unisolated;
        qCCritical(lcServer).noquote()
            << "WARNING: --no-isolation: sandboxes run as plain processes of this user, with "
               "full access to this computer's files and network. Use it only for trusted code.";
    } else if (Launcher::findBubblewrap().isEmpty()) {
        qCCritical(lcServer).noquote() << "WARNING:" << Launcher::missingBubblewrapMessage();
    }

    m_store = std::make_unique<SandboxStore>();
    if (!m_store->open(m_options.dataDir + QStringLiteral("/sandbar-local.sqlite"), error))
        return false;
    m_templates = std::make_unique<TemplateCatalog>();
    m_manager = std::make_unique<SandboxManager>(m_options.dataDir, mode, m_store.get(), m_templates.get());
    if (!m_manager->restore(error))
        return false;
    m_lifecycle = std::make_unique<LifecycleHandlers>(m_manager.get(), m_templates.get());
    m_io = std::make_unique<IoHandlers>(m_manager.get());
    m_history = std::make_unique<ExecutionStore>(m_store->connectionName());
    if (!m_history->prepare(error))
        return false;
    m_contexts = std::make_unique<CodeContextManager>(m_manager.get());
    m_code = std::make_unique<CodeHandlers>(m_manager.get(), m_contexts.get(), m_history.get());
    m_sessions = std::make_unique<SandboxSessionsHandlers>(m_manager.get(), m_templates.get(), m_io.get());
    m_e2b = std::make_unique<E2bSessionsHandlers>(m_manager.get(), m_templates.get(), m_options.e2bIdleSeconds);
    m_containerStore = std::make_unique<ContainerStore>(m_store->connectionName());
    if (!m_containerStore->prepare(error))
        return false;
    m_interpreter = std::make_unique<InterpreterHandlers>(m_manager.get(), m_templates.get(), m_code.get(), m_io.get(),
                                                          m_history.get());
    m_containers = std::make_unique<ContainerHandlers>(m_manager.get(), m_templates.get(), m_contexts.get(), m_history.get(),
                                                       m_containerStore.get());
    m_roundTableStore = std::make_unique<RoundTableStore>(m_store->connectionName());
    if (!m_roundTableStore->prepare(error))
        return false;
    m_roundTable = std::make_unique<RoundTableHandlers>(m_manager.get(), m_roundTableStore.get(),
                                                        mode == Launcher::Mode::Bubblewrap);
    m_messages = std::make_unique<MessageHandlers>(m_manager.get(), m_roundTableStore.get(), m_roundTable.get());
    m_front = std::make_unique<HttpFront>(m_options.token, m_options.rateLimitPerMinute);
    m_transfers = std::make_unique<TransferHandlers>(m_manager.get(), m_front.get(), AgentSandboxesRoutes::shape());
    m_agentRoutes = std::make_unique<AgentSandboxesRoutes>(m_front.get(), m_lifecycle.get(), m_io.get(), m_transfers.get(), m_code.get());
    m_sessionsRoutes = std::make_unique<SandboxSessionsRoutes>(m_front.get(), m_sessions.get());
    m_e2bRoutes = std::make_unique<E2bSessionsRoutes>(m_front.get(), m_e2b.get());
    m_cognitoraRoutes = std::make_unique<CognitoraRoutes>(m_front.get(), m_interpreter.get(), m_containers.get());
    m_roundTableRoutes = std::make_unique<RoundTableRoutes>(m_front.get(), m_roundTable.get(), m_messages.get());
    m_terminalRoutes = std::make_unique<TerminalRoutes>(m_front.get(), m_manager.get());
    // Unknown paths get a 404 in the shape of the API their prefix belongs to.
    m_front->setShapeForPath([](const QString &path) -> const ApiShape & {
        if (path.startsWith(QLatin1String("/v1/sessions")))
            return ApiShape::sandboxSessions();
        if (path.startsWith(QLatin1String("/sessions")))
            return ApiShape::e2bSessions();
        if (RoundTableRoutes::owns(path))
            return ApiShape::roundTable();
        if (path.startsWith(QLatin1String("/api/v1/")))
            return ApiShape::cognitora();
        return ApiShape::agentSandboxes();
    });
    m_port = m_front->listen(m_options.address, m_options.port);
    if (m_port == 0) {
        *error = QStringLiteral("cannot listen on %1:%2").arg(m_options.host).arg(m_options.port);
        return false;
    }
    // Where this server can be reached, for clients that find it through the data dir.
    QSaveFile endpoint(m_options.dataDir + QStringLiteral("/endpoint"));
    if (endpoint.open(QIODevice::WriteOnly)) {
        endpoint.write(url().toUtf8() + '\n');
        endpoint.commit();
    }
    return true;
}

QString LocalServer::url() const
{
    return QStringLiteral("http://%1:%2").arg(m_options.host).arg(m_port);
}

void LocalServer::stop()
{
    if (m_front)
        m_front->stopListening();
    if (m_manager)
        m_manager->shutdown(kShutdownGraceMs);
    m_terminalRoutes.reset();
    m_roundTableRoutes.reset();
    m_cognitoraRoutes.reset();
    m_e2bRoutes.reset();
    m_sessionsRoutes.reset();
    m_agentRoutes.reset();
    m_front.reset();
    m_messages.reset();
    m_roundTable.reset();
    m_roundTableStore.reset();
    m_containers.reset(); // before the contexts: its runs' callbacks reach it
    m_interpreter.reset();
    m_e2b.reset();
    m_sessions.reset();
    m_code.reset();
    m_contexts.reset(); // ends every interpreter
    m_history.reset();
    m_containerStore.reset();
    m_io.reset(); // cancels operations still running
    m_transfers.reset();
    m_lifecycle.reset();
    m_manager.reset();
    if (m_store)
        m_store->close();
    m_store.reset();
    if (m_lock && m_lock->isLocked()) {
        QFile::remove(m_options.dataDir + QStringLiteral("/endpoint"));
        m_lock->unlock();
    }
}

} // namespace Sandbar::Server
