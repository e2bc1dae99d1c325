// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>
#include <QSet>

class QAction;
class QLineEdit;
class QListWidget;

namespace Sandbar::Core {
class SessionListModel;
}

namespace Sandbar::Ui {

// Ctrl+K: type to find an action (by its name) or a session (by id, template or metadata);
// Enter runs the action or selects the session.
class CommandPalette : public QDialog
{
    Q_OBJECT
public:
    // Sessions in `hiddenIds` (cleared from the list) are not offered.
    CommandPalette(const QList<QAction *> &actions, Core::SessionListModel *model, const QSet<QString> &hiddenIds,
                   QWidget *parent = nullptr);

    QLineEdit *input() const { return m_input; }
    QListWidget *results() const { return m_results; }

signals:
    void sessionChosen(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(const QString &text);
    void choose();

    QList<QPointer<QAction>> m_actions;
    QPointer<Core::SessionListModel> m_model;
    QSet<QString> m_hidden;
    QLineEdit *m_input;
    QListWidget *m_results;
};

} // namespace Sandbar::Ui
