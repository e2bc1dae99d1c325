// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/localserverlauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcLauncher, "sandbar.core.launcher", QtInfoMsg)

namespace Sandbar::Core {

LocalServerLauncher::LocalServerLauncher(QObject *parent)
    : QObject(parent), m_executable(defaultExecutable()), m_dataDir(defaultDataDir())
{
    m_startTimeout.setSingleShot(true);
    connect(&m_startTimeout, &QTimer::timeout, this, [this] {
        fail(tr("sandbar-local did not start listening in time."));
        stop(2000);
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &LocalServerLauncher::readOutput);
    // stderr is the server's log: drained so the pipe never fills, its tail kept for errors.
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderrTail = (m_stderrTail + m_process.readAllStandardError()).right(4096);
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("Cannot run %1: %2").arg(m_executable, m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        const QString message = tr("sandbar-local ended (%1 %2): %3")
                                    .arg(status == QProcess::NormalExit ? tr("exit code") : tr("crashed, signal"))
                                    .arg(code)
                                    .arg(QString::fromLocal8Bit(m_stderrTail.right(400)).trimmed());
        const bool wasReady = m_ready;
        m_ready = false;
        m_startedByUs = false;
        if (m_stopping)
            return;
        if (wasReady)
            emit exitedUnexpectedly(message);
        else
            fail(message);
    });
}

LocalServerLauncher::~LocalServerLauncher()
{
    stop();
}

QString LocalServerLauncher::defaultExecutable()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("sandbar-local"));
}

QString LocalServerLauncher::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/sandbar-local");
}

void LocalServerLauncher::start(int timeoutMs)
{
    if (isRunning())
        return;
    if (!QFileInfo(m_executable).isExecutable()) {
        fail(tr("The bundled server was not found at %1.").arg(m_executable));
        return;
    }
    m_stdout.clear();
    m_stderrTail.clear();
    m_url.clear();
    m_token.clear();
    m_ready = false;
    m_stopping = false;
    m_process.setProgram(m_executable);
    m_process.setArguments({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"),
                            m_dataDir});
    m_startTimeout.start(timeoutMs);
    m_startedByUs = true;
    m_process.start();
}

void LocalServerLauncher::readOutput()
{
    m_stdout += m_process.readAllStandardOutput();
    if (m_ready) {
        m_stdout.clear();
        return;
    }
    static const QRegularExpression listening(QStringLiteral("^listening on (https?://\\S+)$"));
    qsizetype end;
    while ((end = m_stdout.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_stdout.left(end)).trimmed();
        m_stdout.remove(0, end + 1);
        const auto match = listening.match(line);
        if (!match.hasMatch())
            continue;
        m_startTimeout.stop();
        QFile tokenFile(QDir(m_dataDir).filePath(QStringLiteral("token")));
        if (!tokenFile.open(QIODevice::ReadOnly)) {
            fail(tr("sandbar-local runs, but its token cannot be read from %1: %2")
                     .arg(tokenFile.fileName(), tokenFile.errorString()));
            stop(2000);
            return;
        }
        m_token = tokenFile.readAll().trimmed();
        m_url = QUrl(match.captured(1));
        m_ready = true;
        qCInfo(lcLauncher).noquote() << "sandbar-local listens on" << m_url.toString();
        emit ready(m_url, m_token);
        return;
    }
}

void LocalServerLauncher::fail(const QString &message)
{
    m_startTimeout.stop();
    qCWarning(lcLauncher).noquote() << message;
    emit failed(message);
}

void LocalServerLauncher::stop(int timeoutMs)
{
    if (!m_startedByUs || m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    m_startTimeout.stop();
    m_process.terminate();
    if (!m_process.waitForFinished(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    m_startedByUs = false;
    m_ready = false;
}

} // namespace Sandbar::Core
