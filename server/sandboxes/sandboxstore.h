// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxes/sandboxrecord.h"

#include <QList>
#include <QString>

namespace Sandbar::Server {

// SQLite persistence of sandbox records (Qt Sql). Write-through: the manager's memory is the
// working copy, every state change is saved at once.
class SandboxStore
{
public:
    SandboxStore();
    ~SandboxStore();
    SandboxStore(const SandboxStore &) = delete;
    SandboxStore &operator=(const SandboxStore &) = delete;

    bool open(const QString &databasePath, QString *error);
    void close();

    // In creation order.
    QList<SandboxRecord> loadAll(QString *error) const;
    bool save(const SandboxRecord &record, QString *error);
    // For other tables kept in the same database.
    QString connectionName() const { return m_connectionName; }

private:
    QString m_connectionName;
};

} // namespace Sandbar::Server
