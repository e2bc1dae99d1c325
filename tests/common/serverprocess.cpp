// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

ServerProcess::ServerProcess()
{
    m_process.setProgram(QStringLiteral(SANDBAR_LOCAL_EXECUTABLE));
}

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

bool ServerProcess::start(const QString &dataDir, const QByteArray &token, const QStringList &extraArgs,
                          const QProcessEnvironment &environment)
{
    QStringList args{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--data-dir"), dataDir};
    if (!token.isEmpty())
        args << QStringLiteral("--token") << QString::fromUtf8(token);
    args << extraArgs;
    m_process.setArguments(args);
    m_process.setProcessEnvironment(environment);
    m_stderrFile.setFileTemplate(QDir::temp().filePath(QStringLiteral("sandbar-local-log-XXXXXX")));
    if (m_stderrFile.open())
        m_process.setStandardErrorFile(m_stderrFile.fileName(), QIODevice::Truncate);
    m_process.start();
    if (!m_process.waitForStarted(5000))
        return false;
    static const QRegularExpression ready(QStringLiteral("^listening on (http://\\S+)$"));
    QDeadlineTimer deadline(30000);
    QByteArray line;
    while (!deadline.hasExpired()) {
        if (m_process.canReadLine() || m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            while (m_process.canReadLine()) {
                line = m_process.readLine().trimmed();
                const auto match = ready.match(QString::fromUtf8(line));
                if (match.hasMatch()) {
                    m_url = QUrl(match.captured(1));
                    m_token = token.isEmpty() ? QFile(dataDir + QStringLiteral("/token")).exists()
                                                    ? [&dataDir] {
                                                          QFile file(dataDir + QStringLiteral("/token"));
                                                          file.open(QIODevice::ReadOnly);
                                                          return file.readAll().trimmed();
                                                      }()
                                                    : QByteArray()
                                              : token;
                    return true;
                }
            }
        }
        if (m_process.state() == QProcess::NotRunning)
            break;
    }
    qWarning("sandbar-local did not become ready: %s", qPrintable(errorOutput()));
    return false;
}

int ServerProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    m_process.terminate();
    if (!m_process.waitForFinished(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(5000);
        return -1;
    }
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

QString ServerProcess::errorOutput()
{
    QFile log(m_stderrFile.fileName());
    return log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll()) : QString();
}

QList<qint64> sandboxProcesses(const QString &sandboxId)
{
    QList<qint64> pids;
    const QByteArray marker = "SANDBAR_SANDBOX_ID=" + sandboxId.toUtf8();
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile environ(QStringLiteral("/proc/%1/environ").arg(pid));
        if (!environ.open(QIODevice::ReadOnly))
            continue;
        // Zombies are gone for every purpose but the parent's wait; they hold no resources.
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (stat.open(QIODevice::ReadOnly)) {
            const QByteArray text = stat.readAll();
            const int close = text.lastIndexOf(')');
            if (close > 0 && text.mid(close + 2, 1) == "Z")
                continue;
        }
        const QList<QByteArray> variables = environ.readAll().split('\0');
        if (variables.contains(marker))
            pids.append(pid);
    }
    return pids;
}
