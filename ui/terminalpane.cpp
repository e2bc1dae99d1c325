// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminalpane.h"

#include "core/providers/sandboxprovider.h"
#include "core/terminal/terminalchannel.h"
#include "terminalemulator.h"
#include "terminalview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Sandbar::Ui {

using Core::SandboxProvider;
using Core::TerminalChannel;

TerminalTab::TerminalTab(SandboxProvider *provider, const QString &sandboxId, QWidget *parent)
    : QWidget(parent), m_provider(provider), m_sandboxId(sandboxId), m_view(new TerminalView(this)),
      m_status(new QLabel(this)), m_reopen(new QPushButton(tr("Open a new shell"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    auto *banner = new QHBoxLayout;
    banner->setContentsMargins(6, 3, 6, 3);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("terminalStatus"));
    banner->addWidget(m_status, 1);
    banner->addWidget(m_reopen);
    layout->addLayout(banner);
    connect(m_reopen, &QPushButton::clicked, this, &TerminalTab::reopen);
    connect(m_view->emulator(), &TerminalEmulator::titleChanged, this, &TerminalTab::titleChanged);
    connect(m_view, &TerminalView::input, this, [this](const QByteArray &bytes) {
        if (m_channel)
            m_channel->send(bytes);
    });
    connect(m_view, &TerminalView::sizeChanged, this, [this](int cols, int rows) {
        if (m_channel)
            m_channel->resize(cols, rows);
    });
    reopen();
}

TerminalTab::~TerminalTab()
{
    delete m_channel; // before the view it would report to
}

bool TerminalTab::isOpen() const
{
    return m_channel && m_channel->state() == TerminalChannel::State::Open;
}

QString TerminalTab::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void TerminalTab::setStatus(const QString &text, bool canReopen)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_reopen->setVisible(canReopen);
}

void TerminalTab::reopen()
{
    if (m_channel && m_channel->state() != TerminalChannel::State::Closed)
        return;
    if (m_channel)
        m_channel->deleteLater();
    m_channel = m_provider ? m_provider->openTerminal(m_sandboxId, m_view->emulator()->cols(), m_view->emulator()->rows())
                           : nullptr;
    if (!m_channel) {
        setStatus(tr("This service offers no terminal."), false);
        m_view->setInputEnabled(false);
        return;
    }
    m_channel->setParent(this);
    m_view->setInputEnabled(false);
    setStatus(tr("Connecting…"), false);
    connect(m_channel, &TerminalChannel::output, m_view->emulator(), &TerminalEmulator::feed);
    connect(m_channel, &TerminalChannel::opened, this, [this] {
        setStatus({}, false);
        m_view->setInputEnabled(true);
        emit openChanged(true);
    });
    connect(m_channel, &TerminalChannel::closed, this, [this](const QString &reason) {
        m_view->setInputEnabled(false);
        setStatus(reason, true);
        emit openChanged(false);
    });
}

TerminalPane::TerminalPane(SandboxProvider *provider, QWidget *parent)
    : QWidget(parent), m_provider(provider), m_newButton(new QPushButton(tr("New terminal"), this)),
      m_hint(new QLabel(this)), m_stack(new QStackedWidget(this)), m_empty(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_newButton);
    bar->addWidget(m_hint, 1);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);
    m_newButton->setToolTip(tr("A login shell in the sandbox (copy Ctrl+Shift+C, paste Ctrl+Shift+V, "
                               "scroll back Shift+PageUp)"));
    m_hint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    connect(m_newButton, &QPushButton::clicked, this, &TerminalPane::openTerminal);
    updateActions();
}

QTabWidget *TerminalPane::tabsFor(const QString &id)
{
    QTabWidget *&tabs = m_tabs[id];
    if (!tabs) {
        tabs = new QTabWidget(m_stack);
        tabs->setTabsClosable(true);
        tabs->setDocumentMode(true);
        m_stack->addWidget(tabs);
        connect(tabs, &QTabWidget::tabCloseRequested, this, [this, tabs](int index) {
            QWidget *page = tabs->widget(index);
            tabs->removeTab(index);
            delete page; // its channel closes, and the shell's session ends
            updateActions();
        });
    }
    return tabs;
}

TerminalTab *TerminalPane::openTerminal()
{
    if (m_sandboxId.isEmpty() || !m_active || !m_provider)
        return nullptr;
    QTabWidget *tabs = tabsFor(m_sandboxId);
    auto *tab = new TerminalTab(m_provider, m_sandboxId, tabs);
    static int counter = 0;
    const int index = tabs->addTab(tab, tr("Shell %1").arg(++counter));
    tabs->setCurrentIndex(index);
    connect(tab, &TerminalTab::titleChanged, tabs, [tabs, tab](const QString &title) {
        const int at = tabs->indexOf(tab);
        if (at >= 0 && !title.isEmpty()) {
            tabs->setTabText(at, title.left(40));
            tabs->setTabToolTip(at, title);
        }
    });
    updateActions();
    tab->view()->setFocus();
    return tab;
}

QList<TerminalTab *> TerminalPane::terminals() const
{
    QList<TerminalTab *> out;
    if (const QTabWidget *tabs = m_tabs.value(m_sandboxId)) {
        for (int i = 0; i < tabs->count(); ++i)
            out.append(static_cast<TerminalTab *>(tabs->widget(i)));
    }
    return out;
}

TerminalTab *TerminalPane::currentTerminal() const
{
    const QTabWidget *tabs = m_tabs.value(m_sandboxId);
    return tabs ? static_cast<TerminalTab *>(tabs->currentWidget()) : nullptr;
}

void TerminalPane::setSandbox(const QString &id)
{
    m_sandboxId = id;
    updateActions();
}

void TerminalPane::setSandboxActive(bool active)
{
    m_active = active;
    updateActions();
}

void TerminalPane::updateActions()
{
    QTabWidget *tabs = m_tabs.value(m_sandboxId);
    const bool hasTerminals = tabs && tabs->count() > 0;
    m_stack->setCurrentWidget(hasTerminals ? static_cast<QWidget *>(tabs) : m_empty);
    const bool canOpen = !m_sandboxId.isEmpty() && m_active;
    m_newButton->setEnabled(canOpen);
    const QString why = m_sandboxId.isEmpty() ? tr("Select a running sandbox to open a terminal in it.")
                        : !m_active           ? tr("The sandbox is not running: a terminal needs its processes.")
                                              : QString();
    m_hint->setText(why);
    m_empty->setText(why.isEmpty() ? tr("No terminal is open in this sandbox: New terminal starts a login shell.")
                                                          : why);
}

} // namespace Sandbar::Ui
