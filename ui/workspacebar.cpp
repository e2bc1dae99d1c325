// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacebar.h"

#include "core/agents/workspacecontroller.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>

namespace Sandbar::Ui {

namespace {
// Name and description; false when cancelled.
bool askWorkspace(QWidget *parent, const QString &title, QString *name, QString *description)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *nameEdit = new QLineEdit(*name, &dialog);
    auto *descriptionEdit = new QLineEdit(*description, &dialog);
    nameEdit->setPlaceholderText(WorkspaceBar::tr("Required"));
    descriptionEdit->setPlaceholderText(WorkspaceBar::tr("Optional"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(WorkspaceBar::tr("Name"), nameEdit);
    form->addRow(WorkspaceBar::tr("Description"), descriptionEdit);
    form->addRow(buttons);
    const auto check = [&] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!nameEdit->text().trimmed().isEmpty()); };
    QObject::connect(nameEdit, &QLineEdit::textChanged, &dialog, check);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    check();
    dialog.setMinimumWidth(360);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *name = nameEdit->text().trimmed();
    *description = descriptionEdit->text().trimmed();
    return true;
}
} // namespace

WorkspaceBar::WorkspaceBar(QWidget *parent)
    : QWidget(parent), m_box(new QComboBox(this)), m_menuButton(new QToolButton(this)), m_metrics(new QLabel(this))
{
    m_box->setAccessibleName(tr("Workspace filter"));
    m_box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_box->setMinimumContentsLength(14);
    m_menuButton->setText(tr("Workspace"));
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_menuButton);
    menu->addAction(tr("&New workspace…"), this, &WorkspaceBar::askNew);
    m_rename = menu->addAction(tr("&Rename…"), this, &WorkspaceBar::askRename);
    m_delete = menu->addAction(tr("&Delete…"), this, &WorkspaceBar::askDelete);
    menu->addSeparator();
    m_collaborate = menu->addAction(tr("&Collaboration…"), this, [this] { emit collaborationRequested(current()); });
    m_menuButton->setMenu(menu);
    m_metrics->setObjectName(QStringLiteral("workspaceMetrics"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Workspace:"), this));
    layout->addWidget(m_box);
    layout->addWidget(m_menuButton);
    layout->addWidget(m_metrics, 1);
    connect(m_box, &QComboBox::currentIndexChanged, this, &WorkspaceBar::chosen);
    hide(); // until a service with workspaces is focused
    fill();
}

void WorkspaceBar::setController(Core::WorkspaceController *controller)
{
    if (m_controller == controller)
        return;
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    setVisible(controller != nullptr);
    if (controller) {
        connect(controller, &Core::WorkspaceController::workspacesChanged, this, &WorkspaceBar::fill);
        connect(controller, &Core::WorkspaceController::metricsChanged, this, &WorkspaceBar::showMetrics);
        connect(controller, &Core::WorkspaceController::created, this,
                [this](const Api::Workspace &workspace) { choose(workspace.id); });
    }
    fill();
}

QString WorkspaceBar::current() const
{
    return m_box->currentData().toString();
}

void WorkspaceBar::choose(const QString &workspaceId)
{
    m_box->setCurrentIndex(std::max(0, m_box->findData(workspaceId)));
}

void WorkspaceBar::chosen()
{
    const QString id = current();
    for (QAction *action : {m_rename, m_delete, m_collaborate})
        action->setEnabled(!id.isEmpty());
    if (m_controller)
        m_controller->setSelected(id);
    showMetrics();
    emit workspaceChosen(id);
}

void WorkspaceBar::fill()
{
    const QString keep = current();
    QList<QPair<QString, QString>> wanted{{tr("All workspaces"), QString()}};
    if (m_controller) {
        for (const Api::Workspace &w : m_controller->workspaces())
            wanted.append({w.name, w.id});
    }
    bool same = wanted.size() == m_box->count();
    for (int i = 0; same && i < wanted.size(); ++i)
        same = m_box->itemText(i) == wanted.at(i).first && m_box->itemData(i).toString() == wanted.at(i).second;
    if (same) {
        showMetrics(); // an open list is not rebuilt under the user
        return;
    }
    {
        const QSignalBlocker blocker(m_box);
        m_box->clear();
        m_box->addItem(tr("All workspaces"), QString());
        if (m_controller) {
            for (const Api::Workspace &w : m_controller->workspaces())
                m_box->addItem(w.name, w.id);
        }
        m_box->setCurrentIndex(std::max(0, m_box->findData(keep)));
    }
    if (current() != keep)
        chosen(); // the chosen workspace was deleted (or another service's bar): all again
    for (QAction *action : {m_rename, m_delete, m_collaborate})
        action->setEnabled(!current().isEmpty());
    showMetrics();
}

void WorkspaceBar::showMetrics()
{
    const auto metrics = m_controller ? m_controller->metrics() : std::nullopt;
    if (current().isEmpty() || !metrics) {
        m_metrics->setText(m_controller ? tr("%n workspace(s)", nullptr, int(m_controller->workspaces().size())) : QString());
        return;
    }
    QStringList parts{tr("%n sandbox(es)", nullptr, metrics->totalSandboxes)};
    if (metrics->runningSandboxes >= 0)
        parts << tr("%1 running").arg(metrics->runningSandboxes);
    parts << tr("%n message(s)", nullptr, metrics->totalMessages);
    m_metrics->setText(parts.join(QStringLiteral(" · ")));
}

void WorkspaceBar::askNew()
{
    // The dialogs run an event loop: the bar may show another connection's workspaces by the
    // time they close, or its connection be gone. The answer goes to the one asked about.
    const QPointer<Core::WorkspaceController> asked = m_controller;
    QString name, description;
    if (asked && askWorkspace(this, tr("New workspace"), &name, &description) && asked)
        asked->create(name, description);
}

void WorkspaceBar::askRename()
{
    const QString id = current();
    const QPointer<Core::WorkspaceController> asked = m_controller;
    if (!asked || id.isEmpty())
        return;
    QString name = asked->nameOf(id), description;
    for (const Api::Workspace &w : asked->workspaces()) {
        if (w.id == id)
            description = w.description;
    }
    if (askWorkspace(this, tr("Rename workspace"), &name, &description) && asked)
        asked->rename(id, name, description);
}

void WorkspaceBar::askDelete()
{
    const QString id = current();
    const QPointer<Core::WorkspaceController> asked = m_controller;
    if (!asked || id.isEmpty())
        return;
    const auto metrics = asked->metrics();
    const QString sandboxes = metrics ? tr("its %n sandbox(es)", nullptr, metrics->totalSandboxes) : tr("its sandboxes");
    const auto answer = QMessageBox::question(this, tr("Delete workspace"),
                                              tr("Delete workspace %1 with %2? Their processes end, and the "
                                                 "workspace's messages are deleted too.")
                                                  .arg(asked->nameOf(id), sandboxes),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes && asked)
        asked->remove(id);
}

} // namespace Sandbar::Ui
