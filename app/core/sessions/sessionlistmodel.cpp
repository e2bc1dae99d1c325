// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sessions/sessionlistmodel.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <limits>

namespace Sandbar::Core {

using namespace Sandbar::Api;

QString formatTtl(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString formatUptime(qint64 seconds)
{
    //: A sandbox's uptime in the list: "up 14:32"
    return SessionListModel::tr("up %1").arg(formatTtl(seconds));
}

SessionListModel::SessionListModel(QObject *parent)
    : QAbstractTableModel(parent), m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

int SessionListModel::originIndex(const QString &name)
{
    for (size_t i = 0; i < m_origins.size(); ++i) {
        if (m_origins[i].name == name)
            return int(i);
    }
    m_origins.push_back(Origin{name, 0, {}});
    return int(m_origins.size()) - 1;
}

QString SessionListModel::originOf(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? QString() : m_origins[size_t(m_rows[size_t(row)]->origin)].name;
}

std::unique_ptr<SessionListModel::Row> SessionListModel::makeRow(const Sandbox &sandbox, int origin) const
{
    auto row = std::make_unique<Row>();
    row->sandbox = sandbox;
    row->origin = origin;
    QStringList pairs;
    for (auto it = sandbox.metadata.begin(); it != sandbox.metadata.end(); ++it)
        pairs.append(it.key() + QLatin1Char('=') + it.value());
    row->metadataText = pairs.join(QLatin1String(", "));
    row->searchText = (sandbox.id + QLatin1Char('\n') + sandbox.templateName + QLatin1Char('\n') + row->metadataText
                       + QLatin1Char('\n') + m_origins[size_t(origin)].name + QLatin1Char('\n') + sandbox.name
                       + QLatin1Char('\n') + sandbox.workspace)
                          .toLower();
    return row;
}

void SessionListModel::applyPoll(const QList<Sandbox> &sandboxes, const QString &origin)
{
    apply(sandboxes, originIndex(origin));
}

void SessionListModel::apply(const QList<Sandbox> &sandboxes, int origin)
{
    // Mark and sweep: one hash lookup per incoming sandbox finds changes and new ones and
    // marks the rows still there; the unmarked rows are the ones to remove.
    const quint64 poll = ++m_pollCount;
    QList<int> changed;
    QList<int> added;
    QSet<QString> addedIds;
    for (int i = 0; i < sandboxes.size(); ++i) {
        const Sandbox &sandbox = sandboxes.at(i);
        const auto found = m_rowById.constFind(sandbox.id);
        if (found == m_rowById.constEnd()) {
            if (!addedIds.contains(sandbox.id)) { // a repeated id in one poll counts once
                addedIds.insert(sandbox.id);
                added.append(i);
            }
            continue;
        }
        Row &row = *m_rows[size_t(found.value())];
        if (row.origin != origin)
            continue; // another connection's row (the same server twice): it stays that one's
        row.seenInPoll = poll;
        if (row.sandbox != sandbox) {
            std::unique_ptr<Row> fresh = makeRow(sandbox, origin);
            fresh->metrics = std::move(row.metrics);
            fresh->seenInPoll = poll;
            m_rows[size_t(found.value())] = std::move(fresh);
            changed.append(found.value());
        }
    }
    std::sort(changed.begin(), changed.end());
    emitRowsChanged(changed);

    // Removals, back to front in contiguous runs so each run is one signal.
    const auto goes = [&](int row) { return m_rows[size_t(row)]->origin == origin && m_rows[size_t(row)]->seenInPoll != poll; };
    for (int last = int(m_rows.size()) - 1; last >= 0;) {
        if (!goes(last)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && goes(first - 1))
            --first;
        beginRemoveRows({}, first, last);
        for (int row = first; row <= last; ++row)
            m_rowById.remove(m_rows[size_t(row)]->sandbox.id);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        // Before the signal: whoever it reaches may look rows up by id.
        reindexFrom(first);
        endRemoveRows();
        last = first - 1;
    }

    // New sessions at the end, in the server's order, in one insertion.
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (int i : added) {
            m_rowById.insert(sandboxes.at(i).id, int(m_rows.size()));
            m_rows.push_back(makeRow(sandboxes.at(i), origin));
            m_rows.back()->seenInPoll = poll;
        }
        endInsertRows();
    }
}

void SessionListModel::updateSandbox(const Sandbox &sandbox, const QString &origin)
{
    const int row = rowOf(sandbox.id);
    if (row < 0) {
        const int index = originIndex(origin);
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rowById.insert(sandbox.id, int(m_rows.size()));
        m_rows.push_back(makeRow(sandbox, index));
        m_rows.back()->seenInPoll = m_pollCount;
        endInsertRows();
        return;
    }
    if (m_rows[size_t(row)]->sandbox == sandbox)
        return;
    std::unique_ptr<Row> fresh = makeRow(sandbox, m_rows[size_t(row)]->origin);
    fresh->metrics = std::move(m_rows[size_t(row)]->metrics);
    fresh->seenInPoll = m_rows[size_t(row)]->seenInPoll;
    m_rows[size_t(row)] = std::move(fresh);
    emitRowsChanged({row});
}

void SessionListModel::emitRowsChanged(const QList<int> &rows)
{
    for (int i = 0; i < rows.size();) {
        const int first = rows.at(i);
        int last = first;
        while (i + 1 < rows.size() && rows.at(i + 1) == last + 1)
            last = rows.at(++i);
        ++i;
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }
}

void SessionListModel::reindexFrom(int first)
{
    for (int row = first; row < int(m_rows.size()); ++row)
        m_rowById[m_rows[size_t(row)]->sandbox.id] = row;
}

void SessionListModel::setMetrics(const QString &id, const SandboxMetrics &metrics)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_rows[size_t(row)]->metrics = metrics;
    // Cell by cell: a view repaints just these two, where a range would repaint all of itself.
    for (const int column : {int(CpuColumn), int(MemoryColumn)}) {
        const QModelIndex cell = index(row, column);
        emit dataChanged(cell, cell);
    }
}

void SessionListModel::setServerClockOffsetMs(qint64 offsetMs, const QString &origin)
{
    qint64 &current = m_origins[size_t(originIndex(origin))].offsetMs;
    // The estimate moves by a few ms with every poll: the countdowns (whole seconds) change only
    // when it moves by half a second or more; until then they keep the offset they show.
    if (std::abs(offsetMs - current) < 500)
        return;
    current = offsetMs;
    refreshCountdowns();
}

void SessionListModel::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
    refreshCountdowns();
}

void SessionListModel::refreshCountdowns(const QStringList &ids)
{
    if (m_rows.empty())
        return;
    if (ids.isEmpty()) {
        emit dataChanged(index(0, TtlColumn), index(int(m_rows.size()) - 1, TtlColumn));
        return;
    }
    QList<int> rows;
    for (const QString &id : ids) {
        if (const int row = rowOf(id); row >= 0)
            rows.append(row);
    }
    // One cell at a time: views repaint a single changed cell, but the whole viewport for a
    // range, sparklines and all.
    for (const int row : std::as_const(rows)) {
        const QModelIndex cell = index(row, TtlColumn);
        emit dataChanged(cell, cell, {Qt::DisplayRole, TtlSecondsRole, SortRole});
    }
}

SessionListModel::Snapshot SessionListModel::snapshot(const QString &origin) const
{
    Snapshot snapshot;
    for (const std::unique_ptr<Row> &row : m_rows) {
        if (m_origins[size_t(row->origin)].name != origin)
            continue;
        snapshot.sandboxes.append(row->sandbox);
        if (row->metrics)
            snapshot.metrics.insert(row->sandbox.id, *row->metrics);
    }
    return snapshot;
}

void SessionListModel::restore(const Snapshot &snapshot, const QString &origin)
{
    applyPoll(snapshot.sandboxes, origin);
    for (auto it = snapshot.metrics.cbegin(); it != snapshot.metrics.cend(); ++it)
        setMetrics(it.key(), it.value());
}

std::optional<Sandbox> SessionListModel::sandbox(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? std::nullopt : std::optional<Sandbox>(m_rows[size_t(row)]->sandbox);
}

QStringList SessionListModel::ids() const
{
    QStringList list;
    list.reserve(m_rows.size());
    for (const auto &row : m_rows)
        list.append(row->sandbox.id);
    return list;
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<qint64> SessionListModel::ttlSeconds(const Row &row) const
{
    if (isFinal(row.sandbox.status))
        return 0;
    if (!row.sandbox.timeoutAt.isValid())
        return std::nullopt;
    const qint64 serverNow = m_clock() + m_origins[size_t(row.origin)].offsetMs;
    return std::max<qint64>(0, (row.sandbox.timeoutAt.toMSecsSinceEpoch() - serverNow) / 1000);
}

std::optional<qint64> SessionListModel::uptimeSeconds(const Row &row) const
{
    if (row.sandbox.status != SandboxStatus::Running || !row.sandbox.runningSince.isValid())
        return std::nullopt;
    const qint64 serverNow = m_clock() + m_origins[size_t(row.origin)].offsetMs;
    return std::max<qint64>(0, (serverNow - row.sandbox.runningSince.toMSecsSinceEpoch()) / 1000);
}

QVariant SessionListModel::display(const Row &row, int column) const
{
    const Sandbox &sandbox = row.sandbox;
    switch (column) {
    case StatusColumn: return sandbox.stateText.isEmpty() ? statusToString(sandbox.status) : sandbox.stateText;
    case IdColumn: return sandbox.name.isEmpty() ? sandbox.id : sandbox.name;
    case TemplateColumn: return sandbox.templateName;
    case TtlColumn: {
        if (isFinal(sandbox.status))
            return QStringLiteral("–");
        if (const auto left = ttlSeconds(row))
            return formatTtl(*left);
        if (const auto up = uptimeSeconds(row))
            return formatUptime(*up);
        return m_origins[size_t(row.origin)].keptAlive.contains(sandbox.id) ? tr("kept alive") : QStringLiteral("–");
    }
    case CpuColumn:
        return row.metrics ? QStringLiteral("%1 %").arg(row.metrics->cpuUsage, 0, 'f', 1) : QString();
    case MemoryColumn:
        return row.metrics ? tr("%1 / %2 MiB").arg(row.metrics->memoryUsage, 0, 'f', 0).arg(row.metrics->memoryTotal, 0, 'f', 0)
                           : QString();
    case CreatedColumn: return QLocale().toString(sandbox.startedAt.toLocalTime(), QLocale::ShortFormat);
    case MetadataColumn: return row.metadataText;
    case ConnectionColumn: return m_origins[size_t(row.origin)].name;
    case WorkspaceColumn: return sandbox.workspace;
    }
    return {};
}

QVariant SessionListModel::sortValue(const Row &row, int column) const
{
    switch (column) {
    case StatusColumn: return int(row.sandbox.status);
    case TtlColumn: return ttlSeconds(row).value_or(std::numeric_limits<qint64>::max());
    case CpuColumn: return row.metrics ? row.metrics->cpuUsage : -1.0;
    case MemoryColumn: return row.metrics ? row.metrics->memoryUsage : -1.0;
    case CreatedColumn: return row.sandbox.startedAt.toMSecsSinceEpoch();
    default: return display(row, column);
    }
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = *m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == IdColumn && !row.sandbox.name.isEmpty())
            return row.sandbox.id;
        return index.column() == MetadataColumn ? row.metadataText : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == CpuColumn || index.column() == MemoryColumn || index.column() == TtlColumn
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case SandboxIdRole: return row.sandbox.id;
    case StatusRole: return int(row.sandbox.status);
    case TemplateRole: return row.sandbox.templateName;
    case TimeoutAtRole: return row.sandbox.timeoutAt;
    case TtlSecondsRole: {
        const auto left = ttlSeconds(row);
        return left ? QVariant(*left) : QVariant();
    }
    case KeptAliveRole: return m_origins[size_t(row.origin)].keptAlive.contains(row.sandbox.id);
    case OriginRole: return m_origins[size_t(row.origin)].name;
    case WorkspaceRole: return row.sandbox.workspaceId;
    case StateTextRole: return row.sandbox.stateText;
    case UptimeRole: {
        const auto up = uptimeSeconds(row);
        return up ? QVariant(*up) : QVariant();
    }
    case CpuRole: return row.metrics ? QVariant(row.metrics->cpuUsage) : QVariant();
    case MemoryRole: return row.metrics ? QVariant(row.metrics->memoryUsage) : QVariant();
    case StartedAtRole: return row.sandbox.startedAt;
    case MetadataRole: {
        QVariantMap map;
        for (auto it = row.sandbox.metadata.begin(); it != row.sandbox.metadata.end(); ++it)
            map.insert(it.key(), it.value());
        return map;
    }
    case SearchTextRole: return row.searchText;
    case SortRole: return sortValue(row, index.column());
    }
    return {};
}

void SessionListModel::forEachRow(const RowVisitor &visit) const
{
    for (const std::unique_ptr<Row> &row : m_rows)
        visit(row->sandbox, row->metrics ? &*row->metrics : nullptr, ttlSeconds(*row));
}

void SessionListModel::setKeptAlive(const QSet<QString> &ids, const QString &origin)
{
    QSet<QString> &keptAlive = m_origins[size_t(originIndex(origin))].keptAlive;
    if (ids == keptAlive)
        return;
    const QSet<QString> changed = (ids - keptAlive) + (keptAlive - ids);
    keptAlive = ids;
    QList<int> rows;
    for (const QString &id : changed) {
        if (const int row = rowOf(id); row >= 0)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    emitRowsChanged(rows);
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn: return tr("Status");
    case IdColumn: return tr("ID");
    case TemplateColumn: return tr("Template");
    case TtlColumn: return tr("TTL left");
    case CpuColumn: return tr("CPU");
    case MemoryColumn: return tr("Memory");
    case CreatedColumn: return tr("Created");
    case MetadataColumn: return tr("Metadata");
    case ConnectionColumn: return tr("Connection");
    case WorkspaceColumn: return tr("Workspace");
    }
    return {};
}


} // namespace Sandbar::Core
