// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxes/cgroups.h"

#include "logging.h"

#include <QDir>
#include <QFile>
#include <QThread>

#include <csignal>
#include <unistd.h>

namespace Sandbar::Server {

namespace {
bool writeValue(const QString &path, const QByteArray &value)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(value) == value.size();
}
} // namespace

Cgroups::Cgroups()
{
    // A v1 controller is usable when a child group can be made and shows its limit file.
    const QList<QPair<const char *, const char *>> wanted = {
        {"memory", "memory.limit_in_bytes"}, {"pids", "pids.max"}, {"cpu", "cpu.cfs_quota_us"}};
    for (const auto &[controller, limitFile] : wanted) {
        const QString hierarchy = QStringLiteral("/sys/fs/cgroup/") + QLatin1String(controller);
        const QString path = hierarchy + QStringLiteral("/sandbar-local");
        // Only an existing v1 hierarchy (it has "tasks"): on a v2-only system a mkpath here
        // would create stray groups named after the controllers.
        if (!QFile::exists(hierarchy + QStringLiteral("/tasks")))
            continue;
        // The group may exist from an earlier run as another user: it must be ours to write.
        if (QDir().mkpath(path) && QFile::exists(path + QLatin1Char('/') + QLatin1String(limitFile)) &&
            ::access(QFile::encodeName(path).constData(), W_OK) == 0)
            m_roots.append({QLatin1String(controller), path});
    }
    qCInfo(lcSandbox) << "cgroup controllers in use:" << controllers();
}

QStringList Cgroups::controllers() const
{
    QStringList names;
    for (const Root &root : m_roots)
        names.append(root.controller);
    return names;
}

QStringList Cgroups::create(const QString &sandboxId, int memoryMb, int maxProcesses, int vcpus) const
{
    QStringList dirs;
    for (const Root &root : m_roots) {
        const QString dir = root.path + QLatin1Char('/') + sandboxId;
        if (!QDir().mkpath(dir))
            continue;
        bool ok = true;
        if (root.controller == QLatin1String("memory")) {
            const QByteArray bytes = QByteArray::number(qint64(memoryMb) << 20);
            ok = writeValue(dir + QStringLiteral("/memory.limit_in_bytes"), bytes);
            // Without swap accounting the file is absent; the limit above still holds RAM.
            writeValue(dir + QStringLiteral("/memory.memsw.limit_in_bytes"), bytes);
        } else if (root.controller == QLatin1String("pids")) {
            ok = writeValue(dir + QStringLiteral("/pids.max"), QByteArray::number(maxProcesses));
        } else if (root.controller == QLatin1String("cpu")) {
            ok = writeValue(dir + QStringLiteral("/cpu.cfs_period_us"), "100000") &&
                 writeValue(dir + QStringLiteral("/cpu.cfs_quota_us"), QByteArray::number(vcpus * 100000));
        }
        if (ok)
            dirs.append(dir);
        else
            qCWarning(lcSandbox) << "cannot set limits in" << dir;
    }
    return dirs;
}

void Cgroups::destroy(const QString &sandboxId) const
{
    for (const Root &root : m_roots) {
        const QString dir = root.path + QLatin1Char('/') + sandboxId;
        if (!QFile::exists(dir))
            continue;
        // A group can only be removed once empty; its members are already being killed
        // through the PID namespace, this catches anything that is not.
        for (int attempt = 0; attempt < 50; ++attempt) {
            QFile procs(dir + QStringLiteral("/cgroup.procs"));
            if (!procs.open(QIODevice::ReadOnly))
                break;
            const QList<QByteArray> pids = procs.readAll().split('\n');
            bool any = false;
            for (const QByteArray &pid : pids) {
                if (pid.trimmed().isEmpty())
                    continue;
                any = true;
                ::kill(pid_t(pid.toLongLong()), SIGKILL);
            }
            if (!any || QDir().rmdir(dir))
                break;
            QThread::msleep(2);
        }
        QDir().rmdir(dir);
    }
}

} // namespace Sandbar::Server
