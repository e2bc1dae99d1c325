// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Terminal tab: shells in the selected sandbox, one tab each (a provider with
// Capability::Terminal). Each sandbox keeps its own terminals while another is selected. A
// terminal that closes (the shell exited, the sandbox ended, the service refused) says why
// below its screen, stays readable and can be reopened in place.

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace Sandbar::Core {
class SandboxProvider;
class TerminalChannel;
}

namespace Sandbar::Ui {

class TerminalView;

class TerminalTab : public QWidget
{
    Q_OBJECT
public:
    TerminalTab(Core::SandboxProvider *provider, const QString &sandboxId, QWidget *parent = nullptr);
    ~TerminalTab() override;

    TerminalView *view() const { return m_view; }
    QString sandboxId() const { return m_sandboxId; }
    bool isOpen() const;
    // What the banner says (empty while the shell runs).
    QString statusText() const;
    // Starts a new shell on the same screen (after it closed).
    void reopen();

signals:
    void titleChanged(const QString &title);
    void openChanged(bool open);

private:
    void setStatus(const QString &text, bool canReopen);

    QPointer<Core::SandboxProvider> m_provider;
    QString m_sandboxId;
    TerminalView *m_view;
    QLabel *m_status;
    QPushButton *m_reopen;
    Core::TerminalChannel *m_channel = nullptr;
};

class TerminalPane : public QWidget
{
    Q_OBJECT
public:
    explicit TerminalPane(Core::SandboxProvider *provider, QWidget *parent = nullptr);

    void setSandbox(const QString &id);
    void setSandboxActive(bool active);
    // A new terminal in the selected sandbox (nullptr when none can open).
    TerminalTab *openTerminal();
    // The selected sandbox's terminals.
    QList<TerminalTab *> terminals() const;
    TerminalTab *currentTerminal() const;

private:
    QTabWidget *tabsFor(const QString &id);
    void updateActions();

    QPointer<Core::SandboxProvider> m_provider;
    QString m_sandboxId;
    bool m_active = true;
    QPushButton *m_newButton;
    QLabel *m_hint;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QHash<QString, QTabWidget *> m_tabs;
};

} // namespace Sandbar::Ui
