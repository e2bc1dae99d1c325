// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The code editor panel: runs, output, Stop, history, commands and its buffers, offscreen, against a real sandbar-local.
#include "common/futurewait.h"
#include "common/localsandbox.h"
#include "panelhelpers.h"
#include "core/providers/agentsandboxesprovider.h"
#include "core/workspace/filetreemodel.h"
#include "core/workspace/runhistorymodel.h"
#include "core/workspace/transferqueue.h"

#include "bufferstore.h"
#include "codeeditor.h"
#include "codeeditorpanel.h"
#include "commandspane.h"
#include "filebrowserpane.h"
#include "historypane.h"
#include "outputview.h"
#include "resultview.h"
#include "richoutputlist.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QDeadlineTimer>
#include <QDropEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Sandbar::Core;
using namespace Sandbar::Api;
using namespace Sandbar::Ui;
using namespace PanelTest;

namespace {
const QByteArray kToken = "editor-panel-token";
} // namespace

class TstEditorPanel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_buffers;
    LocalSandbox m_local;
    AgentSandboxesProvider *m_provider = nullptr;
    QString m_id;

    int executionsOnServer() const
    {
        const auto page = await(m_provider->listExecutions(m_id, 0, 1));
        return page.ok() ? page->total : -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_buffers.isValid());
        m_id = m_local.startWithSandbox(kToken);
        QVERIFY2(!m_id.isEmpty(), qPrintable(m_local.error()));
        m_provider = m_local.provider();
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_local.stop(), 0);
    }

    void failedSaveKeepsTextAndSaysWhy()
    {
        CodeEditorPanel panel(m_provider, nullptr, m_buffers.path());
        panel.setSandbox(m_id);
        // Outside /home/user and /tmp the sandbox refuses writes (403).
        panel.openFile(QStringLiteral("/usr/not-writable.py"), QStringLiteral("a = 1\n"));
        panel.currentEditor()->setText(QStringLiteral("precious = True\n"));
        QSignalSpy failed(&panel, &CodeEditorPanel::saveFailed);
        panel.saveCurrent();
        QVERIFY(failed.wait(15000));
        QCOMPARE(panel.currentEditor()->text(), QStringLiteral("precious = True\n"));
        QVERIFY(panel.currentEditor()->isModified());
        QVERIFY2(panel.bufferMessage().contains(QStringLiteral("/usr/not-writable.py")), qPrintable(panel.bufferMessage()));
    }

    void runPrintsAndReturns()
    {
        CodeEditorPanel panel(m_provider, nullptr, m_buffers.path());
        panel.setSandbox(m_id);
        QVERIFY(runAndWait(panel, QStringLiteral("print('hello from sandbox')\n6 * 7")));
        const QString text = panel.output()->visibleText();
        QVERIFY2(text.contains(QStringLiteral("out │ hello from sandbox")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("res │ 42")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("✓ finished in")), qPrintable(text));
        RichOutputList *outputs = panel.output()->richOutputs();
        outputs->flush();
        QCOMPARE(outputs->shownCount(), 1);
        QCOMPARE(outputs->view(0)->mimeTypes(), QStringList{QStringLiteral("text/plain")});

        // stderr has its own marker.
        QVERIFY(runAndWait(panel, QStringLiteral("import sys\nprint('to stderr', file=sys.stderr)")));
        QVERIFY2(panel.output()->visibleText().contains(QStringLiteral("err │ to stderr")),
                 qPrintable(panel.output()->visibleText()));
    }

    void outputStreamsWhileRunning()
    {
        CodeEditorPanel panel(m_provider, nullptr, m_buffers.path());
        panel.setSandbox(m_id);
        QVERIFY(activate(panel));
        QSignalSpy finished(&panel, &CodeEditorPanel::runFinished);
        panel.currentEditor()->setText(QStringLiteral("import time\nprint('early', flush=True)\ntime.sleep(4)\nprint('late')"));
        panel.runCurrent();
        // 'early' is shown while the run still sleeps.
        QTRY_VERIFY_WITH_TIMEOUT(panel.output()->visibleText().contains(QStringLiteral("out │ early")), 30000);
        QVERIFY(panel.isRunning());
        QVERIFY(!panel.output()->visibleText().contains(QStringLiteral("late")));
        QVERIFY(finished.wait(30000));
        QVERIFY2(panel.output()->visibleText().contains(QStringLiteral("out │ late")), qPrintable(panel.output()->visibleText()));
        QCOMPARE(panel.output()->visibleText().count(QStringLiteral("out │ early")), 1); // not again at the end
    }

    void matplotlibPlotIsAnImage()
    {
        CodeEditorPanel panel(m_provider, nullptr, m_buffers.path());
        panel.setSandbox(m_id);
        QVERIFY(runAndWait(panel, QStringLiteral("import matplotlib.pyplot as plt\nplt.plot([1, 3, 2])\nplt.show()")));
        panel.output()->richOutputs()->flush();
        QCOMPARE(panel.output()->richOutputs()->shownCount(), 1);
        ResultView *result = panel.output()->richOutputs()->view(0);
        QVERIFY2(result->mimeTypes().contains(QStringLiteral("image/png")), qPrintable(panel.output()->visibleText()));
        QVERIFY(result->image().width() > 100);
        QTemporaryDir local;
        QVERIFY(result->saveImage(local.filePath(QStringLiteral("plot.png"))));
        QVERIFY(QImage(local.filePath(QStringLiteral("plot.png"))).size() == result->image().size());
    }

    // A notebook's cell: its value and the figure left open, then a table and two figures, in
    // the order they came; a run shown again from History (also from the server's history, in a
    // panel that did not see it) shows them all again.
    void everyOutputInOrder()
    {
        CodeEditorPanel panel(m_provider, nullptr, m_buffers.path());
        panel.setSandbox(m_id);
        QVERIFY(runAndWait(panel, QStringLiteral("import numpy as np, matplotlib.pyplot as plt\nx = np.linspace(0, 6, 200)\n"
                                                 "plt.plot(x, np.sin(x))")));
        RichOutputList *outputs = panel.output()->richOutputs();
        outputs->flush();
        QCOMPARE(outputs->shownCount(), 2);
        QVERIFY2(panel.output()->visibleText().contains(QStringLiteral("res │ [<matplotlib.lines.Line2D")),
                 qPrintable(panel.output()->visibleText()));
        QStringList kinds;
        for (int i = 0; i < outputs->shownCount(); ++i)
            kinds.append(outputs->view(i)->mimeTypes().first());
        QCOMPARE(kinds, (QStringList{QStringLiteral("text/plain"), QStringLiteral("image/png")}));

        QVERIFY(runAndWait(panel, QStringLiteral("import pandas as pd\nfrom IPython.display import display\n"
                                                 "display(pd.DataFrame({'a': [1, 2], 'b': [3, 4]}))\n"
                                                 "plt.figure(); plt.plot([1, 2])\nplt.figure(); plt.plot([2, 1]);")));
        outputs->flush();
        const auto shown = [outputs] {
            QStringList first;
            for (int i = 0; i < outputs->shownCount(); ++i)
                first.append(outputs->view(i)->mimeTypes().first());
            return first;
        };
        const QStringList expected{QStringLiteral("text/html"), QStringLiteral("image/png"), QStringLiteral("image/png")};
        QCOMPARE(shown(), expected);
        QVERIFY(panel.output()->visibleText().contains(QStringLiteral("▣ display 3 below (image/png)")));
        QVERIFY(outputs->view(1)->image().size() != QSize());

        // Again from History: the same three.
        const int lastRun = panel.history()->model()->index(panel.history()->model()->rowCount() - 1, 0)
                                .data(RunHistoryModel::RunIdRole).toInt();
        emit panel.history()->showOutputRequested(lastRun);
        QTRY_COMPARE(outputs->count(), 3);
        outputs->flush();
        QCOMPARE(shown(), expected);

        // And from the server's history, in a panel that did not see the run.
        CodeEditorPanel other(m_provider, nullptr, m_buffers.path());
        other.setSandbox(m_id);
        QTRY_VERIFY_WITH_TIMEOUT(other.history()->model()->rowCount() >= 2, 10000);
        const int earlier = other.history()->model()->index(other.history()->model()->rowCount() - 1, 0)
                                .data(RunHistoryModel::RunIdRole).toInt();
        emit other.history()->showOutputRequested(earlier);
        QTRY_COMPARE_WITH_TIMEOUT(other.output()->richOutputs()->count(), 3, 10000);
        other.output()->richOutputs()->flush();
        QStringList again;
        for (int i = 0; i < other.output()->richOutputs()->shownCount(); ++i)
            again.append(other.output()->richOutputs()->view(i)->mimeTypes().first());
        QCOMPARE(again, expected);
    }

    void completionFromTheContext_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("completed");
        QTest::addColumn<QString>("calltipFor");
        QTest::addColumn<QString>("calltip");
        QTest::newRow("python") << QStringLiteral("python") << QStringLiteral("value_alpha = 1\nimport os")
                                << QStringLiteral("value_al") << QStringLiteral("value_alpha") << QStringLiteral("value_alpha")
                                << QStringLiteral("os.path.join") << QStringLiteral("os.path.join(a, *p)");
        QTest::newRow("javascript") << QStringLiteral("javascript") << QStringLiteral("var myObject = {alpha: 1, beta: 2}")
                                    << QStringLiteral("myObject.al") << QStringLiteral("alpha") << QStringLiteral("myObject.alpha")
                                    << QStringLiteral("myObject") << QStringLiteral("myObject: object");
        QTest::newRow("bash") << QStringLiteral("bash") << QStringLiteral("touch notes_for_completion.txt")
                              << QStringLiteral("cat notes_for") << QStringLiteral("notes_for_completion.txt")
                              << QStringLiteral("cat notes_for_completion.txt") << QStringLiteral("echo")
                              << QStringLiteral("echo is a shell builtin");
    }

    // Tab after a name lists what the live context knows; Return takes it; Shift+Tab shows the
    // name's signature or description.
    void completionFromTheContext()
    {
        QFETCH(QString, language);
        QFETCH(QString, setup);
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        QFETCH(QString, completed);
        QFETCH(QString, calltipFor);
        QFETCH(QString, calltip);
        QTemporaryDir buffers;
        CodeEditorPanel panel(m_provider, nullptr, buffers.path());
        panel.setSandbox(m_id);
        panel.languageBox()->setCurrentIndex(panel.languageBox()->findData(language));
        QVERIFY(runAndWait(panel, setup));
        CodeEditor *editor = panel.currentEditor();
        editor->setText(typed);
        editor->setCursorPosition(0, int(typed.size()));
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_Tab);
        QTRY_VERIFY_WITH_TIMEOUT(editor->completionList().contains(expected), 10000);
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(editor->text(), completed);

        editor->setText(calltipFor);
        editor->setCursorPosition(0, int(calltipFor.size()));
        QTest::keyClick(editor, Qt::Key_Backtab);
        QTRY_VERIFY_WITH_TIMEOUT(editor->calltipText().startsWith(calltip), 10000);
        // Tab elsewhere still indents.
        editor->setText(QString());
        QTest::keyClick(editor, Qt::Key_Tab);
        QCOMPARE(editor->text(), QStringLiteral("    "));
    }

    void exceptionShowsTraceback()
    {
        CodeEditorPanel panel(m_provider, nullptr, m_buffers.path());
        panel.setSandbox(m_id);
        QVERIFY(runAndWait(panel, QStringLiteral("def inner():\n    return 1 / 0\n\ninner()")));
        const QString text = panel.output()->visibleText();
        QVERIFY2(text.contains(QStringLiteral("ERR │ ZeroDivisionError: division by zero")), qPrintable(text));
        // The traceback names the frames, with its ANSI colours rendered, not printed.
        QVERIFY2(text.contains(QStringLiteral("return 1 / 0")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("inner()")), qPrintable(text));
        QVERIFY2(!text.contains(QChar(0x1b)), qPrintable(text));
        QVERIFY(panel.statusText().contains(QStringLiteral("ZeroDivisionError")));
        // The error ends with its last words, not with empty lines.
        const QStringList errLines = text.split(QLatin1Char('\n')).filter(QStringLiteral("ERR │"));
        QVERIFY(!errLines.isEmpty());
        QVERIFY2(!errLines.constLast().section(QStringLiteral("ERR │"), 1).trimmed().isEmpty(), qPrintable(text));
    }

    void stopInterruptsBusyLoop()
    {
        CodeEditorPanel panel(m_provider, nullptr, m_buffers.path());
        panel.setSandbox(m_id);
        panel.timeoutBox()->setValue(120);
        QVERIFY(runAndWait(panel, QStringLiteral("counter = 41"))); // the context lives on after Stop
        QSignalSpy sent(&panel, &CodeEditorPanel::runSent);
        QSignalSpy finished(&panel, &CodeEditorPanel::runFinished);
        panel.currentEditor()->setText(QStringLiteral("while True:\n    pass"));
        panel.runCurrent();
        // Stop right after the run leaves: the server may not have started it yet.
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, kRunWaitMs);
        QVERIFY(panel.isRunning());
        QTRY_VERIFY(panel.stopButton()->isEnabled());
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(panel.stopButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY2(clock.elapsed() < 30000, "Stop must not wait for the 120 s timeout");
        QVERIFY(!panel.isRunning());
        QVERIFY2(panel.output()->visibleText().contains(QStringLiteral("KeyboardInterrupt")),
                 qPrintable(panel.output()->visibleText()));
        // The user's frames only: the runner's signal handler is not part of their traceback.
        QVERIFY2(!panel.output()->visibleText().contains(QStringLiteral("<string>")), qPrintable(panel.output()->visibleText()));
        // An interrupt, not a restart: the context kept its variables.
        QVERIFY(runAndWait(panel, QStringLiteral("counter + 1")));
        QVERIFY2(panel.output()->visibleText().contains(QStringLiteral("res │ 42")), qPrintable(panel.output()->visibleText()));
    }

    void stopInterruptsOtherLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("busy");
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("expected");
        QTest::newRow("javascript") << QStringLiteral("javascript") << QStringLiteral("var kept = 41")
                                    << QStringLiteral("while (true) {}") << QStringLiteral("kept + 1") << QStringLiteral("42");
        QTest::newRow("bash") << QStringLiteral("bash") << QStringLiteral("KEPT=42") << QStringLiteral("sleep 100")
                              << QStringLiteral("echo $KEPT") << QStringLiteral("42");
    }

    void stopInterruptsOtherLanguages()
    {
        QFETCH(QString, language);
        QFETCH(QString, setup);
        QFETCH(QString, busy);
        QFETCH(QString, check);
        QFETCH(QString, expected);
        QTemporaryDir buffers; // a buffer keeps its language: do not leave these to the other tests
        CodeEditorPanel panel(m_provider, nullptr, buffers.path());
        panel.setSandbox(m_id);
        panel.languageBox()->setCurrentIndex(panel.languageBox()->findData(language));
        panel.timeoutBox()->setValue(120);
        QVERIFY(runAndWait(panel, setup));
        QSignalSpy sent(&panel, &CodeEditorPanel::runSent);
        QSignalSpy finished(&panel, &CodeEditorPanel::runFinished);
        panel.currentEditor()->setText(busy);
        panel.runCurrent();
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, kRunWaitMs);
        QTest::qWait(300); // let the busy code start before it is interrupted
        QElapsedTimer clock;
        clock.start();
        panel.stop();
        QVERIFY(finished.wait(30000));
        QVERIFY2(clock.elapsed() < 30000, "Stop must not wait for the timeout");
        QVERIFY(runAndWait(panel, check));
        QVERIFY2(panel.output()->visibleText().contains(expected), qPrintable(panel.output()->visibleText()));
    }

    void stopWhereTheServiceCannotInterrupt()
    {
        // The documented API has no interrupt call: Stop learns the interpreter's pid with a
        // probe run and signals it through commands/run.
        AgentSandboxesProvider documented(m_local.server().url(), kToken);
        QVERIFY(!documented.capabilities().testFlag(SandboxProvider::Capability::Interrupt));
        QTemporaryDir buffers;
        CodeEditorPanel panel(&documented, nullptr, buffers.path());
        panel.setSandbox(m_id);
        panel.timeoutBox()->setValue(120);
        QVERIFY(runAndWait(panel, QStringLiteral("probe_kept = 41")));
        QSignalSpy sent(&panel, &CodeEditorPanel::runSent);
        QSignalSpy finished(&panel, &CodeEditorPanel::runFinished);
        panel.currentEditor()->setText(QStringLiteral("while True:\n    pass"));
        panel.runCurrent();
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, kRunWaitMs);
        QTest::qWait(300); // the pid is signalled, not a run queue: let the loop start
        panel.stop();
        QVERIFY(finished.wait(30000));
        QVERIFY2(panel.output()->visibleText().contains(QStringLiteral("KeyboardInterrupt")),
                 qPrintable(panel.output()->visibleText()));
        QVERIFY(runAndWait(panel, QStringLiteral("probe_kept + 1")));
        QVERIFY2(panel.output()->visibleText().contains(QStringLiteral("res │ 42")), qPrintable(panel.output()->visibleText()));
    }

    void stopBeforeTheRunLeavesCancelsIt()
    {
        // Without the interrupt extension a new panel does not know the interpreter's pid yet:
        // the run waits for the probe.
        AgentSandboxesProvider documented(m_local.server().url(), kToken);
        CodeEditorPanel panel(&documented, nullptr, m_buffers.path());
        panel.setSandbox(m_id);
        QSignalSpy sent(&panel, &CodeEditorPanel::runSent);
        QSignalSpy finished(&panel, &CodeEditorPanel::runFinished);
        panel.currentEditor()->setText(QStringLiteral("print('must not run')"));
        panel.runCurrent();
        QVERIFY(panel.isRunning());
        QCOMPARE(sent.count(), 0);
        panel.stop();
        QVERIFY(finished.wait(kRunWaitMs));
        QCOMPARE(sent.count(), 0);
        const QString text = panel.output()->visibleText();
        QVERIFY2(text.contains(QStringLiteral("Stopped before it started")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("must not run")));
        QCOMPARE(panel.history()->model()->index(panel.history()->model()->rowCount() - 1, RunHistoryModel::StatusColumn)
                     .data(RunHistoryModel::StatusRole).toInt(),
                 int(RunHistoryModel::RunStatus::RequestFailed));
    }

    void historyListsRunsAndReruns()
    {
        CodeEditorPanel panel(m_provider, nullptr, m_buffers.path());
        panel.setSandbox(m_id);
        QVERIFY(runAndWait(panel, QStringLiteral("print('first run')")));
        QVERIFY(runAndWait(panel, QStringLiteral("nope_undefined")));
        RunHistoryModel *history = panel.history()->model();
        QVERIFY(history);
        const int rows = history->rowCount();
        QVERIFY(rows >= 2);
        QCOMPARE(history->index(rows - 2, RunHistoryModel::CodeColumn).data().toString(), QStringLiteral("print('first run')"));
        QCOMPARE(history->index(rows - 2, RunHistoryModel::StatusColumn).data(RunHistoryModel::StatusRole).toInt(),
                 int(RunHistoryModel::RunStatus::Succeeded));
        QCOMPARE(history->index(rows - 1, RunHistoryModel::StatusColumn).data(RunHistoryModel::StatusRole).toInt(),
                 int(RunHistoryModel::RunStatus::CodeFailed));
        QVERIFY(history->index(rows - 1, RunHistoryModel::DurationMsRole).data(RunHistoryModel::DurationMsRole).toLongLong() >= 0);
        QVERIFY(history->index(rows - 1, RunHistoryModel::StartedColumn).data(RunHistoryModel::StartedAtRole).toDateTime().isValid());

        // Open the first entry: its output is shown again.
        const int firstId = history->index(rows - 2, 0).data(RunHistoryModel::RunIdRole).toInt();
        panel.history()->selectRun(firstId);
        QCOMPARE(panel.history()->selectedRunId(), firstId);
        emit panel.history()->showOutputRequested(firstId);
        QVERIFY2(panel.output()->visibleText().contains(QStringLiteral("out │ first run")), qPrintable(panel.output()->visibleText()));

        // Run it again: a new entry with the same code.
        QSignalSpy finished(&panel, &CodeEditorPanel::runFinished);
        emit panel.history()->rerunRequested(firstId);
        QVERIFY(finished.wait(kRunWaitMs));
        QCOMPARE(history->rowCount(), rows + 1);
        QCOMPARE(history->index(rows, RunHistoryModel::CodeColumn).data().toString(), QStringLiteral("print('first run')"));
    }

    void historyOfEarlierSessionsComesFromTheServer()
    {
        QTemporaryDir buffers;
        const QString marker = QStringLiteral("earlier session %1").arg(QDateTime::currentMSecsSinceEpoch());
        {
            CodeEditorPanel earlier(m_provider, nullptr, buffers.path());
            earlier.setSandbox(m_id);
            QVERIFY(runAndWait(earlier, QStringLiteral("print('%1')").arg(marker)));
        }
        // A new window (a new provider: nothing shared in memory) lists that run again.
        AgentSandboxesProvider restarted(m_local.server().url(), kToken);
        restarted.setSandbarLocalExtensions(true);
        CodeEditorPanel panel(&restarted, nullptr, buffers.path());
        panel.setSandbox(m_id);
        RunHistoryModel *history = panel.history()->model();
        QVERIFY(history);
        int row = -1;
        QTRY_VERIFY_WITH_TIMEOUT((row = rowWithCode(history, marker)) >= 0, 15000);
        const QModelIndex index = history->index(row, 0);
        QCOMPARE(index.data(RunHistoryModel::StatusRole).toInt(), int(RunHistoryModel::RunStatus::Succeeded));
        QCOMPARE(index.data(RunHistoryModel::OutputLoadedRole).toBool(), false);
        // As the History tab shows it: the default context by name, and what it printed.
        QCOMPARE(history->index(row, RunHistoryModel::ContextColumn).data().toString(), QStringLiteral("default"));
        QCOMPARE(history->index(row, RunHistoryModel::OutputColumn).data().toString(), marker);
        // Show output fetches the run's reply from the server.
        const int runId = index.data(RunHistoryModel::RunIdRole).toInt();
        emit panel.history()->showOutputRequested(runId);
        QTRY_VERIFY_WITH_TIMEOUT(panel.output()->visibleText().contains(QStringLiteral("out │ ") + marker), 15000);
        QVERIFY(history->index(history->rowOfRun(runId), 0).data(RunHistoryModel::OutputLoadedRole).toBool());

        // An earlier run's output still loading when a new run starts does not replace the new one's.
        AgentSandboxesProvider again(m_local.server().url(), kToken);
        again.setSandbarLocalExtensions(true);
        CodeEditorPanel later(&again, nullptr, buffers.path());
        later.setSandbox(m_id);
        RunHistoryModel *laterHistory = later.history()->model();
        int laterRow = -1;
        QTRY_VERIFY_WITH_TIMEOUT((laterRow = rowWithCode(laterHistory, marker)) >= 0, 15000);
        emit later.history()->showOutputRequested(laterHistory->index(laterRow, 0).data(RunHistoryModel::RunIdRole).toInt());
        QVERIFY(runAndWait(later, QStringLiteral("print('the newest run')")));
        QTest::qWait(300);
        const QString shown = later.output()->visibleText();
        QVERIFY2(shown.contains(QStringLiteral("out │ the newest run")) && !shown.contains(marker), qPrintable(shown));

        // A service without the history extension says so.
        AgentSandboxesProvider documented(m_local.server().url(), kToken);
        CodeEditorPanel plain(&documented, nullptr, buffers.path());
        plain.setSandbox(m_id);
        QCOMPARE(plain.history()->model()->rowCount(), 0);
        QVERIFY2(plain.history()->note().contains(QLatin1String("keeps no run history")), qPrintable(plain.history()->note()));
    }

    void newContextKeepsItsOwnState()
    {
        CodeEditorPanel panel(m_provider, nullptr, m_buffers.path());
        panel.setSandbox(m_id);
        const int newIndex = panel.contextBox()->findText(QStringLiteral("New context"));
        QVERIFY(newIndex >= 0);
        panel.contextBox()->setCurrentIndex(newIndex);
        QVERIFY(runAndWait(panel, QStringLiteral("only_here = 5")));
        const QString contextId = panel.contextBox()->currentData().toString();
        QVERIFY(contextId.startsWith(QStringLiteral("ctx")) || !contextId.isEmpty());
        QVERIFY(runAndWait(panel, QStringLiteral("only_here * 2")));
        QVERIFY2(panel.output()->visibleText().contains(QStringLiteral("res │ 10")), qPrintable(panel.output()->visibleText()));
        // The default context does not have it.
        panel.contextBox()->setCurrentIndex(0);
        QVERIFY(runAndWait(panel, QStringLiteral("'only_here' in dir()")));
        QVERIFY2(panel.output()->visibleText().contains(QStringLiteral("res │ False")), qPrintable(panel.output()->visibleText()));
        // A second panel lists the context among the sandbox's existing ones.
        CodeEditorPanel other(m_provider, nullptr, m_buffers.path());
        other.setSandbox(m_id);
        QTRY_VERIFY_WITH_TIMEOUT(other.contextBox()->findData(contextId) >= 0, 15000);
    }

    void commandsTab()
    {
        CodeEditorPanel panel(m_provider, nullptr, m_buffers.path());
        panel.setSandbox(m_id);
        CommandsPane *commands = panel.commands();
        commands->commandEdit()->setText(QStringLiteral("echo $GREETING; pwd; echo oops >&2; exit 3"));
        commands->workingDirEdit()->setText(QStringLiteral("/tmp"));
        commands->environmentEdit()->setPlainText(QStringLiteral("GREETING=hi there"));
        QSignalSpy finished(commands, &CommandsPane::finished);
        commands->run();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toInt(), 3);
        QVERIFY2(commands->statusText().contains(QStringLiteral("Exit code 3")), qPrintable(commands->statusText()));
        const QString text = commands->output()->visibleText();
        QVERIFY2(text.contains(QStringLiteral("out │ hi there")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("out │ /tmp")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("err │ oops")), qPrintable(text));
    }

    void runAfterTypingOverASelection()
    {
        // Ctrl+A, type new code, Ctrl+Enter: the new code runs (it once ran nothing, silently).
        CodeEditorPanel panel(m_provider, nullptr, m_buffers.path());
        panel.setSandbox(m_id);
        QVERIFY(activate(panel));
        CodeEditor *editor = panel.currentEditor();
        editor->setText(QStringLiteral("print('the old code')\n"));
        editor->setFocus();
        const int before = executionsOnServer();
        QVERIFY(before >= 0);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("print(6 * 7, 'typed over')"));
        QSignalSpy finished(&panel, &CodeEditorPanel::runFinished);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(finished.wait(kRunWaitMs));
        const QString text = panel.output()->visibleText();
        QVERIFY2(text.contains(QStringLiteral("42 typed over")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("the old code")), qPrintable(text));
        QCOMPARE(executionsOnServer(), before + 1);
    }

    void runSaysWhyItDoesNothing()
    {
        CodeEditorPanel panel(m_provider, nullptr, m_buffers.path());
        panel.setSandbox(m_id);
        QVERIFY(activate(panel));
        QSignalSpy sent(&panel, &CodeEditorPanel::runSent);
        // An empty buffer.
        panel.currentEditor()->setText(QStringLiteral("   \n"));
        QTest::keyClick(panel.currentEditor(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(panel.statusText().contains(QStringLiteral("Nothing to run")), qPrintable(panel.statusText()));
        // An ended sandbox: Run is disabled and says why, and Ctrl+Enter says it too.
        panel.currentEditor()->setText(QStringLiteral("print(1)\n"));
        panel.setSandboxActive(false);
        QVERIFY(!panel.runButton()->isEnabled());
        QVERIFY2(panel.runButton()->toolTip().contains(QStringLiteral("ended")), qPrintable(panel.runButton()->toolTip()));
        QTest::keyClick(panel.currentEditor(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(panel.statusText().contains(QStringLiteral("ended")), qPrintable(panel.statusText()));
        QCOMPARE(sent.count(), 0);
        panel.setSandboxActive(true);
        QVERIFY(panel.runButton()->isEnabled());
    }

    void closingAnUnsavedFileAsks()
    {
        const QString path = QStringLiteral("/home/user/close-me.py");
        QVERIFY(await(m_provider->writeFile(m_id, path, QStringLiteral("v = 1\n"))).ok());
        QTemporaryDir store;
        CodeEditorPanel panel(m_provider, nullptr, store.path());
        panel.setSandbox(m_id);
        panel.openFile(path, QStringLiteral("v = 1\n"));
        panel.currentEditor()->setText(QStringLiteral("v = 2  # edited\n"));
        panel.autosave();
        QTabWidget *tabs = bufferTabs(panel);
        QVERIFY(tabs);
        const int count = panel.bufferCount();
        const auto storedText = [&] {
            for (const SavedBuffer &b : BufferStore(store.path()).load(m_id))
                if (b.remotePath == path)
                    return b.text;
            return QString();
        };

        // Cancel: nothing changes, the autosaved copy keeps the edit.
        emit tabs->tabCloseRequested(tabs->currentIndex());
        QMessageBox *box = unsavedQuestion(panel);
        QCOMPARE(panel.bufferCount(), count); // nothing happens before the answer
        QCOMPARE(storedText(), QStringLiteral("v = 2  # edited\n"));
        answer(box, QMessageBox::Cancel);
        QCOMPARE(panel.bufferCount(), count);
        QCOMPARE(panel.currentEditor()->text(), QStringLiteral("v = 2  # edited\n"));
        QCOMPARE(storedText(), QStringLiteral("v = 2  # edited\n"));

        // Save: written to the sandbox, then the tab closes.
        emit tabs->tabCloseRequested(tabs->currentIndex());
        answer(unsavedQuestion(panel), QMessageBox::Save);
        QTRY_COMPARE_WITH_TIMEOUT(panel.bufferCount(), count - 1, 15000);
        const auto saved = await(m_provider->readFile(m_id, path));
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        QCOMPARE(saved->content, QStringLiteral("v = 2  # edited\n"));

        // Discard: the tab closes, the sandbox keeps its text, the edit is gone from the store.
        panel.openFile(path, saved->content);
        panel.currentEditor()->setText(QStringLiteral("v = 3  # thrown away\n"));
        emit tabs->tabCloseRequested(tabs->currentIndex());
        answer(unsavedQuestion(panel), QMessageBox::Discard);
        QCOMPARE(panel.bufferCount(), count - 1);
        QVERIFY(storedText().isEmpty());
        QCOMPARE(await(m_provider->readFile(m_id, path))->content, QStringLiteral("v = 2  # edited\n"));
    }

    void closingUntitledBuffersAsksOnlyWhenTheyHoldText()
    {
        QTemporaryDir store;
        CodeEditorPanel panel(m_provider, nullptr, store.path());
        panel.setSandbox(m_id);
        QTabWidget *tabs = bufferTabs(panel);
        const int count = panel.bufferCount();
        panel.newBuffer(); // empty: closes at once
        emit tabs->tabCloseRequested(tabs->currentIndex());
        QCOMPARE(panel.bufferCount(), count);
        QVERIFY(panel.findChildren<QMessageBox *>(QStringLiteral("unsavedQuestion")).isEmpty());

        panel.newBuffer(QStringLiteral("python"), QStringLiteral("scratch = 'work'\n"));
        emit tabs->tabCloseRequested(tabs->currentIndex());
        answer(unsavedQuestion(panel), QMessageBox::Cancel);
        QCOMPARE(panel.bufferCount(), count + 1);
        emit tabs->tabCloseRequested(tabs->currentIndex());
        answer(unsavedQuestion(panel), QMessageBox::Discard);
        QCOMPARE(panel.bufferCount(), count);
    }

    void quittingWithUnsavedFilesAsks()
    {
        const QString path = QStringLiteral("/home/user/quit-me.py");
        QVERIFY(await(m_provider->writeFile(m_id, path, QStringLiteral("q = 1\n"))).ok());
        QTemporaryDir store;
        CodeEditorPanel panel(m_provider, nullptr, store.path());
        panel.setSandbox(m_id);
        QVERIFY(panel.askBeforeClosing()); // nothing unsaved: no question
        panel.openFile(path, QStringLiteral("q = 1\n"));
        panel.currentEditor()->setText(QStringLiteral("q = 2\n"));
        QCOMPARE(panel.unsavedFiles(), QStringList{path});
        QSignalSpy ready(&panel, &CodeEditorPanel::readyToClose);

        QVERIFY(!panel.askBeforeClosing());
        answer(unsavedQuestion(panel), QMessageBox::Cancel);
        QCOMPARE(ready.count(), 0);
        QCOMPARE(panel.unsavedFiles(), QStringList{path});

        QVERIFY(!panel.askBeforeClosing());
        answer(unsavedQuestion(panel), QMessageBox::Save);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 15000);
        QCOMPARE(await(m_provider->readFile(m_id, path))->content, QStringLiteral("q = 2\n"));
        QVERIFY(panel.unsavedFiles().isEmpty());

        panel.currentEditor()->setText(QStringLiteral("q = 3\n"));
        QVERIFY(!panel.askBeforeClosing());
        answer(unsavedQuestion(panel), QMessageBox::Discard);
        QCOMPARE(ready.count(), 2);
        QVERIFY(panel.unsavedFiles().isEmpty());
        QCOMPARE(await(m_provider->readFile(m_id, path))->content, QStringLiteral("q = 2\n"));
    }

    void narrowPanesCutNothingOff()
    {
        // The width the docks get on a 1024-pixel screen.
        QVERIFY(await(m_provider->writeFile(m_id, QStringLiteral("/home/user/a-file-with-a-long-name.txt"), QStringLiteral("x"))).ok());
        FileBrowserPane browser(m_provider);
        browser.resize(430, 500);
        browser.setSandbox(m_id);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QTRY_VERIFY_WITH_TIMEOUT(browser.model()->indexForPath(QStringLiteral("/home/user/a-file-with-a-long-name.txt")).isValid(), 15000);
        QTreeView *view = browser.view();
        const QAbstractItemView *items = view; // sizeHintForColumn is public there
        for (const int column : {int(FileTreeModel::SizeColumn), int(FileTreeModel::ModifiedColumn)}) {
            QVERIFY2(view->columnWidth(column) >= items->sizeHintForColumn(column),
                     qPrintable(QStringLiteral("column %1: %2 < %3").arg(column).arg(view->columnWidth(column)).arg(items->sizeHintForColumn(column))));
            QVERIFY(view->header()->sectionViewportPosition(column) + view->columnWidth(column) <= view->viewport()->width());
        }
        QVERIFY(view->columnWidth(FileTreeModel::NameColumn) >= 150);

        CodeEditorPanel panel(m_provider, nullptr, m_buffers.path());
        panel.resize(440, 600);
        panel.setSandbox(m_id);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        for (QWidget *button : {static_cast<QWidget *>(panel.runButton()), static_cast<QWidget *>(panel.stopButton())}) {
            const QRect area(button->mapTo(&panel, QPoint(0, 0)), button->size());
            QVERIFY2(panel.rect().contains(area), qPrintable(QStringLiteral("%1 at %2,%3 %4x%5")
                                                                 .arg(button->objectName()).arg(area.x()).arg(area.y())
                                                                 .arg(area.width()).arg(area.height())));
        }
        auto *status = panel.findChild<QLabel *>(QStringLiteral("runStatus"));
        QVERIFY(status);
        QVERIFY(runAndWait(panel, QStringLiteral("1")));
        QVERIFY(status->isVisible());
        QVERIFY2(status->width() >= status->fontMetrics().horizontalAdvance(panel.statusText()),
                 qPrintable(QStringLiteral("%1 px for \"%2\"").arg(status->width()).arg(panel.statusText())));
    }

    void buffersSurviveRecreation()
    {
        QTemporaryDir store;
        {
            CodeEditorPanel panel(m_provider, nullptr, store.path());
            panel.setSandbox(m_id);
            QCOMPARE(panel.bufferCount(), 1); // a fresh sandbox starts with one scratch buffer
            panel.currentEditor()->setText(QStringLiteral("survivor = 'yes'\n"));
            panel.newBuffer(QStringLiteral("bash"), QStringLiteral("echo still here\n"));
            panel.openFile(QStringLiteral("/home/user/notes.py"), QStringLiteral("x = 2\n"));
            panel.currentEditor()->append(QStringLiteral("# unsaved edit\n"));
        } // no explicit save: the panel's destruction (or the 1 s autosave) writes them
        CodeEditorPanel again(m_provider, nullptr, store.path());
        again.setSandbox(m_id);
        QCOMPARE(again.bufferCount(), 3);
        QCOMPARE(again.editorAt(0)->text(), QStringLiteral("survivor = 'yes'\n"));
        QCOMPARE(again.editorAt(1)->text(), QStringLiteral("echo still here\n"));
        QCOMPARE(again.editorAt(1)->language(), QStringLiteral("bash"));
        QCOMPARE(again.remotePathAt(2), QStringLiteral("/home/user/notes.py"));
        QCOMPARE(again.editorAt(2)->text(), QStringLiteral("x = 2\n# unsaved edit\n"));
        QVERIFY(again.editorAt(2)->isModified());

        // Buffers are per sandbox: another sandbox does not see them.
        again.setSandbox(QStringLiteral("another-sandbox"));
        QCOMPARE(again.bufferCount(), 1);
        QVERIFY(again.editorAt(0)->text().isEmpty());
    }
};

QTEST_MAIN(TstEditorPanel)
#include "tst_editorpanel.moc"
