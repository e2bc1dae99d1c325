// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagespane.h"

#include "messagecounterschart.h"

#include "core/agents/messagelistmodel.h"
#include "core/agents/messagescontroller.h"
#include "core/providers/sandboxprovider.h"
#include "core/sessions/sessioncontroller.h"
#include "core/sessions/sessionlistmodel.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace Sandbar::Ui {

using Core::MessageListModel;
using Core::SessionListModel;

MessagesPane::MessagesPane(Core::SandboxProvider *provider, SessionListModel *sessions, QWidget *parent)
    : QWidget(parent), m_controller(new Core::MessagesController(provider, this)), m_sessions(sessions),
      m_stack(new QStackedWidget(this)), m_title(new QLabel(this)), m_counters(new QLabel(this)),
      m_chart(new MessageCountersChart(this)), m_view(new QTreeView(this)), m_content(new QPlainTextEdit(this)),
      m_problem(new QLabel(this)), m_recipient(new QComboBox(this)), m_editor(new QPlainTextEdit(this)),
      m_validation(new QLabel(this)), m_send(new QPushButton(tr("&Send"), this)),
      m_broadcast(new QPushButton(tr("&Broadcast to the workspace"), this))
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto *none = new QLabel(tr("Select an agent sandbox to see its messages."), m_stack);
    none->setAlignment(Qt::AlignCenter);
    none->setWordWrap(true);
    m_stack->addWidget(none);

    auto *page = new QWidget(m_stack);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_counters->setObjectName(QStringLiteral("messageCounters"));
    m_counters->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view->setModel(m_controller->model());
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAccessibleName(tr("Messages"));
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(MessageListModel::TimeColumn, fontMetrics().horizontalAdvance(QStringLiteral("00:00:00")) + 24);
    m_view->setColumnWidth(MessageListModel::DirectionColumn, fontMetrics().horizontalAdvance(QStringLiteral("broadcast out")) + 16);
    m_view->setColumnWidth(MessageListModel::PeerColumn, fontMetrics().horizontalAdvance(QStringLiteral("Research Agent")) + 16);
    m_view->setColumnWidth(MessageListModel::StatusColumn, fontMetrics().horizontalAdvance(QStringLiteral("delivered")) + 16);
    m_content->setReadOnly(true);
    m_content->setFont(mono);
    m_content->setPlaceholderText(tr("The chosen message's content."));
    m_content->setAccessibleName(tr("Message content"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *compose = new QWidget(page);
    auto *composeLayout = new QVBoxLayout(compose);
    composeLayout->setContentsMargins(0, 0, 0, 0);
    auto *toRow = new QHBoxLayout;
    toRow->addWidget(new QLabel(tr("To:"), compose));
    m_recipient->setAccessibleName(tr("Recipient"));
    toRow->addWidget(m_recipient, 1);
    composeLayout->addLayout(toRow);
    m_editor->setFont(mono);
    m_editor->setAccessibleName(tr("New message (JSON)"));
    m_editor->setPlaceholderText(QStringLiteral("{\"type\": \"request\", \"action\": \"analyze\", \"data\": {\"key\": \"value\"}}"));
    m_editor->setTabChangesFocus(true);
    composeLayout->addWidget(m_editor, 1);
    m_validation->setWordWrap(true);
    composeLayout->addWidget(m_validation);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_broadcast);
    buttons->addWidget(m_send);
    m_send->setDefault(true);
    composeLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->addWidget(m_view);
    splitter->addWidget(m_content);
    splitter->addWidget(compose);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 2);

    auto *header = new QHBoxLayout;
    auto *facts = new QVBoxLayout;
    facts->addWidget(m_title);
    facts->addWidget(m_counters);
    facts->addStretch(1);
    header->addLayout(facts, 1);
    header->addWidget(m_chart, 2);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(6, 6, 6, 6);
    pageLayout->addLayout(header);
    pageLayout->addWidget(m_problem);
    pageLayout->addWidget(splitter, 1);
    m_stack->addWidget(page);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_controller->model()->setNameLookup([this](const QString &id) {
        const auto sandbox = m_sessions->sandbox(id);
        return sandbox && !sandbox->name.isEmpty() ? sandbox->name : id;
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MessagesPane::showSelected);
    // The newest message is shown until another is chosen.
    connect(m_controller->model(), &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_controller->model()->index(0, 0));
    });
    connect(m_controller, &Core::MessagesController::countersChanged, this, &MessagesPane::showCounters);
    connect(m_controller, &Core::MessagesController::countersChanged, this, &MessagesPane::updateRecipients);
    connect(m_controller, &Core::MessagesController::listProblem, this, [this](const QString &message) {
        m_problem->setText(message);
        m_problem->setVisible(!message.isEmpty());
    });
    connect(m_controller, &Core::MessagesController::failed, this,
            [this](const QString &action, const Core::ApiError &error) { emit failed(tr("%1: %2").arg(action, error.message)); });
    connect(m_controller, &Core::MessagesController::sent, this, [this] { m_editor->clear(); });
    connect(m_controller, &Core::MessagesController::broadcasted, this, [this](const Api::BroadcastResult &result) {
        m_editor->clear();
        m_validation->setText(result.delivered >= 0 ? tr("Broadcast to %n sandbox(es), %1 delivered.", nullptr, int(result.recipients.size()))
                                                          .arg(result.delivered)
                                                    : tr("Broadcast to %n sandbox(es).", nullptr, int(result.recipients.size())));
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, &MessagesPane::validate);
    connect(m_recipient, &QComboBox::currentIndexChanged, this, &MessagesPane::validate);
    connect(m_send, &QPushButton::clicked, this, [this] {
        QString error;
        if (const auto content = Core::MessagesController::parseContent(m_editor->toPlainText(), &error))
            m_controller->send(m_recipient->currentData().toString(), *content);
    });
    connect(m_broadcast, &QPushButton::clicked, this, [this] {
        QString error;
        if (const auto content = Core::MessagesController::parseContent(m_editor->toPlainText(), &error))
            m_controller->broadcast(*content);
    });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(sessions, signal, this, &MessagesPane::updateRecipients);
    // The list changes every second (countdowns): only this sandbox's row matters here, and
    // only while the tab is in view.
    connect(sessions, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        const int row = m_sessions->rowOf(m_id);
        if (row < topLeft.row() || row > bottomRight.row() || !isVisible())
            return;
        showCounters();
    });
    setSandbox({});
}

void MessagesPane::setSandbox(const QString &id)
{
    const auto sandbox = id.isEmpty() ? std::nullopt : m_sessions->sandbox(id);
    m_id = sandbox ? id : QString();
    m_stack->setCurrentIndex(m_id.isEmpty() ? 0 : 1);
    m_controller->setSandbox(m_id, sandbox ? sandbox->workspaceId : QString());
    m_content->clear();
    updateRecipients();
    showCounters();
    validate();
}

void MessagesPane::setActive(bool active)
{
    m_controller->setActive(active);
}

void MessagesPane::updateRecipients()
{
    const auto self = m_id.isEmpty() ? std::nullopt : m_sessions->sandbox(m_id);
    const QString current = m_recipient->currentData().toString();
    QList<QPair<QString, QString>> others; // name, id
    if (self) {
        m_sessions->forEachRow([&](const Api::Sandbox &sandbox, const Api::SandboxMetrics *, std::optional<qint64>) {
            if (sandbox.id != self->id && sandbox.workspaceId == self->workspaceId)
                others.append({sandbox.name.isEmpty() ? sandbox.id : sandbox.name, sandbox.id});
        });
    }
    std::sort(others.begin(), others.end());
    bool same = others.size() == m_recipient->count();
    for (int i = 0; same && i < others.size(); ++i)
        same = m_recipient->itemData(i).toString() == others.at(i).second && m_recipient->itemText(i) == others.at(i).first;
    if (same)
        return;
    m_recipient->blockSignals(true);
    m_recipient->clear();
    for (const auto &[name, id] : others)
        m_recipient->addItem(name, id);
    m_recipient->setCurrentIndex(std::max(0, m_recipient->findData(current)));
    m_recipient->blockSignals(false);
    validate();
}

void MessagesPane::validate()
{
    QString error;
    const bool valid = Core::MessagesController::parseContent(m_editor->toPlainText(), &error).has_value();
    const bool empty = m_editor->toPlainText().trimmed().isEmpty();
    const bool hasRecipient = m_recipient->count() > 0;
    m_send->setEnabled(!m_id.isEmpty() && valid && hasRecipient);
    m_broadcast->setEnabled(!m_id.isEmpty() && valid && hasRecipient);
    QString text;
    if (!hasRecipient && !m_id.isEmpty())
        text = tr("No other sandbox in this workspace to write to.");
    else if (!valid && !empty)
        text = error;
    else if (valid)
        text = tr("Valid JSON.");
    m_validation->setText(text);
    QPalette palette = this->palette();
    if (!valid && !empty)
        palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_validation->setPalette(palette);
}

void MessagesPane::showCounters()
{
    const auto sandbox = m_id.isEmpty() ? std::nullopt : m_sessions->sandbox(m_id);
    if (!sandbox)
        return;
    m_title->setText(tr("%1 in %2").arg(sandbox->name.isEmpty() ? Core::shortId(sandbox->id) : sandbox->name,
                                        sandbox->workspace));
    const QList<Core::MessagesController::Sample> samples = m_controller->samples();
    QStringList facts;
    if (!samples.isEmpty())
        facts << tr("Sent: %1").arg(samples.last().sent) << tr("Received: %1").arg(samples.last().received);
    const QVariant uptime = m_sessions->index(m_sessions->rowOf(m_id), 0).data(SessionListModel::UptimeRole);
    facts << (uptime.isValid() ? Core::formatUptime(uptime.toLongLong()) : tr("not running"));
    m_counters->setText(facts.join(QStringLiteral(" · ")));
    m_chart->setSamples(samples);
}

void MessagesPane::showSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_content->clear();
        return;
    }
    QString text = current.data(MessageListModel::ContentRole).toString();
    if (const QString error = current.data(MessageListModel::ErrorRole).toString(); !error.isEmpty())
        text = tr("Not delivered: %1").arg(error) + QStringLiteral("\n\n") + text;
    m_content->setPlainText(text);
}

} // namespace Sandbar::Ui
