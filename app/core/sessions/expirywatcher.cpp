// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sessions/expirywatcher.h"

#include "core/sessions/sessionlistmodel.h"

namespace Sandbar::Core {

ExpiryWatcher::ExpiryWatcher(SessionListModel *model, QObject *parent) : QObject(parent), m_model(model) {}

void ExpiryWatcher::watch(const QString &id)
{
    if (!m_stage.contains(id))
        m_stage.insert(id, 0);
}

void ExpiryWatcher::check()
{
    if (!m_model)
        return;
    const QStringList ids = m_stage.keys();
    for (const QString &id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_model->index(row, 0);
        const auto status = Api::SandboxStatus(index.data(SessionListModel::StatusRole).toInt());
        const QVariant ttl = index.data(SessionListModel::TtlSecondsRole);
        if (!ttl.isValid())
            continue; // no deadline: nothing to warn about
        const qint64 left = ttl.toLongLong();
        int stage = 0;
        if (status == Api::SandboxStatus::TimedOut)
            stage = 3;
        else if (Api::isFinal(status))
            stage = m_stage.value(id); // killed or failed: nothing more to warn about
        else if (left <= 60)
            stage = 2;
        else if (left <= 300)
            stage = 1;
        int &given = m_stage[id];
        if (stage < given && !Api::isFinal(status)) {
            given = stage; // extended: warn again when the new deadline comes near
            continue;
        }
        if (stage <= given)
            continue;
        given = stage;
        emit warning(id, stage == 3 ? Warning::Expired : stage == 2 ? Warning::OneMinuteLeft : Warning::FiveMinutesLeft);
    }
}

} // namespace Sandbar::Core
