// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's action table: every action, its shortcut, tooltip and what it does.
#include "mainwindow.h"

#include "profilesdialog.h"
#include "profileswitcher.h"
#include "sessionlistpane.h"

#include "core/providers/sandboxprovider.h"
#include "core/sessions/sessioncontroller.h"
#include "core/sessions/sessionfilterproxy.h"
#include "core/sessions/sessionlistmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QInputDialog>
#include <QLineEdit>

namespace Sandbar::Ui {

using namespace Sandbar::Core;

void MainWindow::buildActions()
{
    auto add = [this](ActionId id, const QString &text, const QKeySequence &shortcut, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        action->setToolTip(shortcut.isEmpty() ? tip : tr("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
        action->setStatusTip(tip);
        m_actions.insert(id, action);
        addAction(action);
        return action;
    };
    connect(add(ActionId::New, tr("&New sandbox…"), QKeySequence::New, tr("Create a sandbox")), &QAction::triggered,
            this, &MainWindow::openCreateDialog);
    connect(add(ActionId::Kill, tr("&Kill…"), QKeySequence::Delete, tr("Kill the selected sandboxes")), &QAction::triggered,
            this, [this] { killSelected(targetIds()); });
    connect(add(ActionId::Start, tr("St&art"), {}, tr("Run the selected stopped sandboxes again")), &QAction::triggered, this,
            [this] { startOrStopSelected(targetIds(), true); });
    connect(add(ActionId::Stop, tr("Sto&p"), {}, tr("Stop the selected sandboxes, keeping their files")), &QAction::triggered, this,
            [this] { startOrStopSelected(targetIds(), false); });
    for (ActionId id : {ActionId::Start, ActionId::Stop})
        m_actions[id]->setVisible(false); // where a shown service can (see focusAgents)
    connect(add(ActionId::Extend5, tr("Extend by &5 minutes"), QKeySequence(tr("Ctrl+E")),
                tr("Add 5 minutes to the selected sandboxes")),
            &QAction::triggered, this, [this] { extendSelected(5 * 60); });
    connect(add(ActionId::Extend15, tr("Extend by &15 minutes"), {}, tr("Add 15 minutes to the selected sandboxes")),
            &QAction::triggered, this, [this] { extendSelected(15 * 60); });
    connect(add(ActionId::ExtendCustom, tr("Extend by…"), {}, tr("Add a chosen time to the selected sandboxes")),
            &QAction::triggered, this, [this] {
                // The tightest limit of the connections that will extend the selection.
                int maxSeconds = 0;
                for (const auto &[connection, ids] : byConnection(targetIds())) {
                    const SessionController *c = connection->controller();
                    if (c->canExtend())
                        maxSeconds = maxSeconds == 0 ? c->maxTimeoutSeconds() : std::min(maxSeconds, c->maxTimeoutSeconds());
                }
                if (maxSeconds < 60)
                    return;
                const int maxMinutes = maxSeconds / 60;
                bool ok = false;
                const int minutes = QInputDialog::getInt(this, tr("Extend"),
                                                         tr("Minutes to add to the time left (at most %1 minutes in all):")
                                                             .arg(maxMinutes),
                                                         std::min(30, maxMinutes), 1, maxMinutes, 1, &ok);
                if (ok)
                    extendSelected(minutes * 60);
            });
    connect(add(ActionId::Refresh, tr("&Refresh"), QKeySequence::Refresh, tr("Poll the server now")), &QAction::triggered,
            this, [this] {
                for (Connection *c : shownConnections())
                    c->controller()->refresh();
            });
    connect(add(ActionId::Search, tr("&Search sessions"), QKeySequence::Find, tr("Search the session list")),
            &QAction::triggered, this, [this] {
                m_sessionsDock->show();
                m_sessionsDock->raise();
                m_sessions->searchBox()->setFocus();
                m_sessions->searchBox()->selectAll();
            });
    connect(add(ActionId::Palette, tr("Search or run…"), QKeySequence(tr("Ctrl+K")), tr("Find actions and sessions by name")),
            &QAction::triggered, this, &MainWindow::openPalette);
    connect(add(ActionId::CopyId, tr("&Copy ID"), QKeySequence(tr("Ctrl+Shift+C")), tr("Copy the selected sandbox IDs")),
            &QAction::triggered, this, [this] { QApplication::clipboard()->setText(targetIds().join(QLatin1Char('\n'))); });
    connect(add(ActionId::EnterToken, tr("Enter API &token…"), {}, tr("Connect again with another API token")),
            &QAction::triggered, this, &MainWindow::askForToken);
    connect(add(ActionId::ClearEnded, tr("C&lear ended sessions"), {},
                tr("Remove ended sessions from the list (they stay on the server)")),
            &QAction::triggered, this, [this] {
                QSet<QString> cleared = m_sessions->proxy()->clearedIds();
                for (int row = 0; row < m_model->rowCount(); ++row) {
                    const QModelIndex index = m_model->index(row, 0);
                    if (Api::isFinal(Api::SandboxStatus(index.data(SessionListModel::StatusRole).toInt())))
                        cleared.insert(index.data(SessionListModel::SandboxIdRole).toString());
                }
                m_sessions->proxy()->setClearedIds(cleared);
                updateStatusBar();
            });
    connect(add(ActionId::Profiles, tr("Connection &profiles…"), {}, tr("Add, edit and remove connection profiles")),
            &QAction::triggered, this, [this] {
                auto *dialog = new ProfilesDialog(m_profiles->tokens(), this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->open();
            });
    // Delete must not fire while typing in the search box.
    m_actions[ActionId::Kill]->setShortcutContext(Qt::WidgetWithChildrenShortcut);
}

} // namespace Sandbar::Ui
