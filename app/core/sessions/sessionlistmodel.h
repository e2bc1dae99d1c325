// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The sessions as a table. A poll is applied as a diff (rows removed, changed, inserted; never
// a reset), so views keep their selection and scroll position. Row order is the order rows
// arrived in; sorting belongs to SessionFilterProxy. data() is O(1).
// Several connections can fill one model: each row belongs to an origin (the connection's
// profile name; "" for a model with one source), and a poll replaces only its origin's rows.

#include "core/api/apitypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Sandbar::Core {

// Time left as the list and the detail pane show it: "14:32", "1:02:03".
QString formatTtl(qint64 seconds);
// Uptime as they show it: "up 14:32".
QString formatUptime(qint64 seconds);

class SessionListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StatusColumn, IdColumn, TemplateColumn, TtlColumn, CpuColumn, MemoryColumn, CreatedColumn,
                  MetadataColumn, ConnectionColumn, WorkspaceColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SandboxIdRole = Qt::UserRole + 1,
        StatusRole,       // int(Api::SandboxStatus)
        TemplateRole,     // QString
        TimeoutAtRole,    // QDateTime, server time
        TtlSecondsRole,   // qint64 seconds left by the server's clock; 0 once ended; invalid
                          // for a live session without a deadline
        KeptAliveRole,    // bool: Sandbar refreshes the session (see setKeptAlive)
        CpuRole,          // double percent, invalid before the first metrics
        MemoryRole,       // double MiB used, invalid before the first metrics
        StartedAtRole,    // QDateTime
        MetadataRole,     // QVariantMap
        SearchTextRole,   // lower-case id, template and metadata, for the filter
        SortRole,         // the column's value in a comparable form
        OriginRole,       // QString: the connection the row came from
        WorkspaceRole,    // QString: the workspace's ID, for services that group sandboxes
        UptimeRole,       // qint64 seconds its processes have run; invalid unless it tells
        StateTextRole,    // QString: the service's word for the state, if it has its own
    };
    Q_ENUM(Role)

    explicit SessionListModel(QObject *parent = nullptr);

    // The rows as they are, to show again later (a connection switched back to).
    struct Snapshot
    {
        QList<Api::Sandbox> sandboxes;
        QHash<QString, Api::SandboxMetrics> metrics;
    };
    // One origin's rows.
    Snapshot snapshot(const QString &origin = {}) const;
    // The origin's rows become the snapshot's (a diff); other origins' rows stay.
    void restore(const Snapshot &snapshot, const QString &origin = {});

    // Replaces the origin's rows with `sandboxes` (its complete list, in any order) by a diff.
    // A sandbox another origin already lists stays that origin's (the same server twice).
    void applyPoll(const QList<Api::Sandbox> &sandboxes, const QString &origin = {});
    void updateSandbox(const Api::Sandbox &sandbox, const QString &origin = {});
    void setMetrics(const QString &id, const Api::SandboxMetrics &metrics);
    // The server's clock minus ours, so TTL counts down by the server's clock.
    void setServerClockOffsetMs(qint64 offsetMs, const QString &origin = {});
    // Local wall clock in ms since the epoch; replaceable for tests.
    void setClock(std::function<qint64()> clock);
    // The sessions this client keeps alive by refreshing them; their TTL column says so.
    void setKeptAlive(const QSet<QString> &ids, const QString &origin = {});
    // The connection the row of `id` came from ("" when unknown or the model has one source).
    QString originOf(const QString &id) const;
    // Announces that TTLs changed with time: one dataChanged for the TTL column, or, given the
    // rows a view shows, one per cell of those only (a proxy re-checks every row it is told
    // about, and a view repaints all of itself for a range).
    void refreshCountdowns(const QStringList &ids = {});

    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }
    // Every row's sandbox, its latest metrics (null before the first) and the seconds it has
    // left (nullopt: no deadline), in row order, without boxing each value in a QVariant.
    using RowVisitor = std::function<void(const Api::Sandbox &, const Api::SandboxMetrics *, std::optional<qint64>)>;
    void forEachRow(const RowVisitor &visit) const;
    std::optional<Api::Sandbox> sandbox(const QString &id) const;
    QStringList ids() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Api::Sandbox sandbox;
        std::optional<Api::SandboxMetrics> metrics;
        QString metadataText;
        QString searchText;
        quint64 seenInPoll = 0;
        int origin = 0; // index into m_origins
    };
    struct Origin
    {
        QString name;
        qint64 offsetMs = 0;
        QSet<QString> keptAlive;
    };

    std::unique_ptr<Row> makeRow(const Api::Sandbox &sandbox, int origin) const;
    int originIndex(const QString &name);
    // Rows of `origin` not in `sandboxes` go; the others are added or changed.
    void apply(const QList<Api::Sandbox> &sandboxes, int origin);
    // nullopt: a live session without a deadline.
    std::optional<qint64> ttlSeconds(const Row &row) const;
    // nullopt: not running, or it does not say since when.
    std::optional<qint64> uptimeSeconds(const Row &row) const;
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    // Row numbers from `first` on moved: renumber them in the index.
    void reindexFrom(int first);
    void emitRowsChanged(const QList<int> &rows);

    // Rows by pointer so that removing one moves pointers, not sandboxes.
    std::vector<std::unique_ptr<Row>> m_rows;
    QHash<QString, int> m_rowById;
    std::vector<Origin> m_origins{Origin{}};
    quint64 m_pollCount = 0;
    std::function<qint64()> m_clock;
};

} // namespace Sandbar::Core
