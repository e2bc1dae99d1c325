// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Warns once per threshold when a watched session has 5 minutes left, 1 minute left, and when
// it has timed out. Extending past a threshold re-arms it. check() reads the model; the
// application calls it every second, tests call it themselves.

#include <QHash>
#include <QObject>
#include <QPointer>

namespace Sandbar::Core {

class SessionListModel;

class ExpiryWatcher : public QObject
{
    Q_OBJECT
public:
    enum class Warning { FiveMinutesLeft, OneMinuteLeft, Expired };
    Q_ENUM(Warning)

    explicit ExpiryWatcher(SessionListModel *model, QObject *parent = nullptr);

    void watch(const QString &id);
    bool isWatched(const QString &id) const { return m_stage.contains(id); }
    QStringList watched() const { return m_stage.keys(); }

    void check();

signals:
    void warning(const QString &id, Sandbar::Core::ExpiryWatcher::Warning warning);

private:
    // The last warning given per session: 0 none, 1 five minutes, 2 one minute, 3 expired.
    QHash<QString, int> m_stage;
    QPointer<SessionListModel> m_model;
};

} // namespace Sandbar::Core
