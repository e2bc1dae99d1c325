// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandpalette.h"

#include "format.h"

#include "core/sessions/sessionlistmodel.h"

#include <QAction>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace Sandbar::Ui {

using Core::SessionListModel;

namespace {
enum ItemRole { ActionRole = Qt::UserRole + 1, SessionRole };

bool matchesAll(const QString &haystack, const QStringList &terms)
{
    for (const QString &term : terms)
        if (!haystack.contains(term, Qt::CaseInsensitive))
            return false;
    return true;
}
} // namespace

CommandPalette::CommandPalette(const QList<QAction *> &actions, SessionListModel *model, const QSet<QString> &hiddenIds,
                               QWidget *parent)
    : QDialog(parent), m_model(model), m_hidden(hiddenIds), m_input(new QLineEdit(this)), m_results(new QListWidget(this))
{
    for (QAction *action : actions)
        m_actions.append(action);
    setWindowTitle(tr("Search or run"));
    m_input->setPlaceholderText(tr("Type an action or a session's id, template or metadata"));
    m_input->setAccessibleName(tr("Search or run"));
    m_input->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_input);
    layout->addWidget(m_results);
    resize(520, 360);
    connect(m_input, &QLineEdit::textChanged, this, &CommandPalette::search);
    connect(m_input, &QLineEdit::returnPressed, this, &CommandPalette::choose);
    connect(m_results, &QListWidget::itemActivated, this, &CommandPalette::choose);
    search({});
}

void CommandPalette::search(const QString &text)
{
    const QStringList terms = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_results->clear();
    for (int i = 0; i < m_actions.size(); ++i) {
        QAction *action = m_actions[i];
        if (!action || !action->isEnabled())
            continue;
        const QString name = action->text().remove(QLatin1Char('&'));
        if (!matchesAll(name, terms))
            continue;
        auto *item = new QListWidgetItem(action->icon(), name, m_results);
        if (!action->shortcut().isEmpty())
            item->setText(QStringLiteral("%1    %2").arg(name, action->shortcut().toString(QKeySequence::NativeText)));
        item->setData(ActionRole, i);
    }
    if (m_model) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, 0);
            const QString id = index.data(SessionListModel::SandboxIdRole).toString();
            if (m_hidden.contains(id) || !matchesAll(index.data(SessionListModel::SearchTextRole).toString(), terms))
                continue;
            const auto status = Api::SandboxStatus(index.data(SessionListModel::StatusRole).toInt());
            auto *item = new QListWidgetItem(tr("Session %1 · %2 · %3")
                                                 .arg(id.left(8), index.data(SessionListModel::TemplateRole).toString(),
                                                      statusText(status)),
                                             m_results);
            item->setData(SessionRole, id);
        }
    }
    m_results->setCurrentRow(0);
}

void CommandPalette::choose()
{
    QListWidgetItem *item = m_results->currentItem();
    if (!item)
        return;
    const QVariant session = item->data(SessionRole);
    const QVariant actionIndex = item->data(ActionRole);
    accept();
    if (session.isValid()) {
        emit sessionChosen(session.toString());
    } else if (actionIndex.isValid()) {
        if (QAction *action = m_actions.value(actionIndex.toInt()))
            action->trigger();
    }
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down move in the results while typing goes on in the input.
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int row = m_results->currentRow() + (key->key() == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_results->count())
                m_results->setCurrentRow(row);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Sandbar::Ui
