// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "executionsdialog.h"

#include "core/net/continuation.h"
#include "core/providers/sandboxprovider.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Sandbar::Ui {

using namespace Sandbar::Api;

namespace {
enum Column { StartedColumn, SessionColumn, LanguageColumn, StatusColumn, DurationColumn, CodeColumn, ColumnCount };
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kSessionRole = Qt::UserRole + 2;
} // namespace

ExecutionsDialog::ExecutionsDialog(Core::SandboxProvider *provider, QWidget *parent)
    : QDialog(parent), m_provider(provider), m_status(new QComboBox(this)), m_note(new QLabel(this)), m_view(new QTableView(this)),
      m_model(new QStandardItemModel(0, ColumnCount, this)), m_output(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Runs of every session"));
    resize(900, 600);
    m_status->addItem(tr("All statuses"), QString());
    m_status->addItem(tr("Completed"), QStringLiteral("completed"));
    m_status->addItem(tr("Failed"), QStringLiteral("failed"));
    m_status->addItem(tr("Timed out"), QStringLiteral("timeout"));
    m_model->setHorizontalHeaderLabels({tr("Started"), tr("Session"), tr("Language"), tr("Status"), tr("Duration"), tr("Code")});
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_output->setReadOnly(true);
    m_output->setPlaceholderText(tr("Choose a run for its output."));
    m_note->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_status);
    top->addWidget(m_note, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_output);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ExecutionsDialog::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showRun(current.row()); });
    reload();
}

QString ExecutionsDialog::note() const
{
    return m_note->text();
}

void ExecutionsDialog::reload()
{
    if (!m_provider)
        return;
    const quint64 generation = ++m_generation; // the newest filter wins
    m_note->setText(tr("Loading…"));
    Core::continueIn(this, m_provider->listAllExecutions(m_status->currentData().toString(), 0, kLimit),
                     [this, generation](QFuture<Core::ApiResult<ExecutionPage>> future) {
                         if (generation != m_generation)
                             return;
                         const Core::ApiResult<ExecutionPage> page = Core::resultOf(future);
                         m_model->removeRows(0, m_model->rowCount());
                         m_output->clear();
                         if (!page) {
                             m_note->setText(tr("The runs could not be listed: %1").arg(page.error().message));
                             return;
                         }
                         const QLocale locale;
                         for (const Execution &e : page->executions) {
                             QList<QStandardItem *> row;
                             row << new QStandardItem(locale.toString(e.startedAt.toLocalTime(), QLocale::ShortFormat))
                                 << new QStandardItem(e.sandboxId.left(8)) << new QStandardItem(e.language)
                                 << new QStandardItem(e.status == QLatin1String("ok") ? tr("completed") : e.status)
                                 << new QStandardItem(tr("%1 s").arg(locale.toString(e.durationMs / 1000.0, 'f', 2)))
                                 << new QStandardItem(e.code.section(QLatin1Char('\n'), 0, 0));
                             row.first()->setData(e.executionId, kIdRole);
                             row.first()->setData(e.sandboxId, kSessionRole);
                             row.at(SessionColumn)->setToolTip(e.sandboxId);
                             row.at(CodeColumn)->setToolTip(e.code);
                             m_model->appendRow(row);
                         }
                         m_note->setText(page->total > page->executions.size()
                                             ? tr("The newest %1 of %2 runs.").arg(page->executions.size()).arg(page->total)
                                             : tr("%n run(s).", nullptr, int(page->executions.size())));
                     });
}

void ExecutionsDialog::showRun(int row)
{
    const QModelIndex first = m_model->index(row, 0);
    if (!first.isValid() || !m_provider)
        return;
    const QString id = first.data(kIdRole).toString();
    m_output->setPlainText(tr("Loading %1…").arg(id));
    Core::continueIn(this, m_provider->getExecution(first.data(kSessionRole).toString(), id),
                     [this, id](QFuture<Core::ApiResult<Execution>> future) {
                         const Core::ApiResult<Execution> execution = Core::resultOf(future);
                         if (m_view->currentIndex().siblingAtColumn(0).data(kIdRole).toString() != id)
                             return; // another run was chosen meanwhile
                         if (!execution || !execution->reply) {
                             m_output->setPlainText(execution ? tr("The service keeps no output for this run.")
                                                              : tr("Not available: %1").arg(execution.error().message));
                             return;
                         }
                         const CodeRunResult &reply = *execution->reply;
                         QStringList text;
                         text << tr("# %1").arg(execution->code);
                         for (const QString &line : reply.logStdout)
                             text << line;
                         for (const QString &line : reply.logStderr)
                             text << tr("err │ %1").arg(line);
                         if (!reply.resultText().isEmpty())
                             text << tr("= %1").arg(reply.resultText());
                         if (reply.failed())
                             text << tr("%1: %2").arg(reply.error.value(QStringLiteral("name")).toString(),
                                                      reply.error.value(QStringLiteral("value")).toString());
                         m_output->setPlainText(text.join(QLatin1Char('\n')));
                     });
}

} // namespace Sandbar::Ui
