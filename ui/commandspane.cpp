// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandspane.h"
#include "core/net/continuation.h"

#include "outputview.h"

#include "core/providers/sandboxprovider.h"

#include <QElapsedTimer>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <memory>

namespace Sandbar::Ui {

using namespace Sandbar::Api;
using Sandbar::Core::ApiResult;

namespace {
// Output as lines; the newline that ends the last line does not start an empty one.
QStringList linesOf(QString text)
{
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char('\n'));
}
} // namespace

CommandsPane::CommandsPane(Core::SandboxProvider *provider, QWidget *parent)
    : QWidget(parent), m_provider(provider), m_command(new QLineEdit(this)), m_workingDir(new QLineEdit(this)),
      m_environment(new QPlainTextEdit(this)), m_timeout(new QSpinBox(this)),
      m_runButton(new QPushButton(tr("Run command"), this)), m_status(new QLabel(this)), m_output(new OutputView(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_command->setPlaceholderText(tr("Shell command line, e.g. ls -la"));
    form->addRow(tr("Command:"), m_command);
    m_workingDir->setPlaceholderText(tr("/home/user"));
    form->addRow(tr("Working directory:"), m_workingDir);
    m_environment->setPlaceholderText(tr("KEY=value, one per line"));
    m_environment->setMaximumHeight(60);
    form->addRow(tr("Environment:"), m_environment);
    m_timeout->setRange(1, 3600);
    m_timeout->setValue(30);
    m_timeout->setSuffix(tr(" s"));
    form->addRow(tr("Timeout:"), m_timeout);
    layout->addLayout(form);
    auto *row = new QHBoxLayout;
    row->addWidget(m_runButton);
    row->addWidget(m_status, 1);
    layout->addLayout(row);
    layout->addWidget(m_output, 1);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(m_runButton, &QPushButton::clicked, this, &CommandsPane::run);
    connect(m_command, &QLineEdit::returnPressed, this, &CommandsPane::run);
    setSandbox({});
}

QString CommandsPane::statusText() const
{
    return m_status->text();
}

void CommandsPane::setSandbox(const QString &id)
{
    m_sandboxId = id;
    ++m_generation; // a reply for the previous sandbox is not shown under this one
    m_running = false;
    const bool can = m_provider && !id.isEmpty() &&
                     m_provider->capabilities().testFlag(Core::SandboxProvider::Capability::Commands);
    m_runButton->setEnabled(can);
    m_status->setText(id.isEmpty() ? tr("Select a sandbox to run commands in it.")
                      : can        ? QString()
                                   : tr("This service cannot run commands."));
}

void CommandsPane::run()
{
    if (!m_provider || m_sandboxId.isEmpty() || m_running || m_command->text().trimmed().isEmpty())
        return;
    CommandRequest request;
    request.command = m_command->text();
    request.workingDir = m_workingDir->text().trimmed();
    const QStringList lines = m_environment->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const int eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            m_status->setText(tr("Environment line \"%1\" is not KEY=value.").arg(line));
            return;
        }
        request.environment.insert(line.left(eq).trimmed(), line.mid(eq + 1));
    }
    request.timeoutMs = m_timeout->value() * 1000;

    m_running = true;
    m_runButton->setEnabled(false);
    m_output->clear();
    m_output->appendInfo(QStringLiteral("$ ") + request.command);
    m_status->setText(tr("Running…"));
    const quint64 generation = m_generation;
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    Core::continueIn(this, m_provider->runCommand(m_sandboxId, request),
        [this, generation, clock](QFuture<ApiResult<CommandResult>> future) {
            if (generation != m_generation)
                return;
            m_running = false;
            m_runButton->setEnabled(true);
            const ApiResult<CommandResult> result = Core::resultOf(future);
            if (!result) {
                m_status->setText(tr("Failed: %1").arg(result.error().message));
                m_output->appendLine(OutputView::Stream::Error, result.error().message);
                m_output->flush();
                emit finished(-1);
                return;
            }
            for (const QString &line : linesOf(result->stdOut))
                m_output->appendStdout(line);
            for (const QString &line : linesOf(result->stdErr))
                m_output->appendStderr(line);
            if (!result->error.isEmpty())
                m_output->appendLine(OutputView::Stream::Error, result->error);
            m_output->flush();
            m_status->setText(tr("Exit code %1 · %2 ms (%3 ms round trip)")
                                  .arg(result->exitCode)
                                  .arg(result->durationMs)
                                  .arg(clock->elapsed()));
            emit finished(result->exitCode);
        });
}

} // namespace Sandbar::Ui
