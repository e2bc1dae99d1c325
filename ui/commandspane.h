// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs shell command lines in the sandbox through commands/run, with a working directory,
// environment (KEY=value per line) and timeout; shows exit code, duration, stdout and stderr.

#include "core/api/apierror.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Sandbar::Core {
class SandboxProvider;
}

namespace Sandbar::Ui {

class OutputView;

class CommandsPane : public QWidget
{
    Q_OBJECT
public:
    explicit CommandsPane(Core::SandboxProvider *provider, QWidget *parent = nullptr);

    QLineEdit *commandEdit() const { return m_command; }
    QLineEdit *workingDirEdit() const { return m_workingDir; }
    QPlainTextEdit *environmentEdit() const { return m_environment; }
    QSpinBox *timeoutBox() const { return m_timeout; }
    OutputView *output() const { return m_output; }
    QString statusText() const;
    bool isRunning() const { return m_running; }

public slots:
    void setSandbox(const QString &id);
    void run();

signals:
    void finished(int exitCode);

private:
    QPointer<Core::SandboxProvider> m_provider;
    QString m_sandboxId;
    QLineEdit *m_command;
    QLineEdit *m_workingDir;
    QPlainTextEdit *m_environment;
    QSpinBox *m_timeout;
    QPushButton *m_runButton;
    QLabel *m_status;
    OutputView *m_output;
    bool m_running = false;
    quint64 m_generation = 0;
};

} // namespace Sandbar::Ui
