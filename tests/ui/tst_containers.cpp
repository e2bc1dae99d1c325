// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Cognitora's containers in the window, offscreen, against a real sandbar-local: the view is
// there only for a service that runs containers, the create dialog shows the estimate and
// refuses over the maximum, a created container is selected and its logs follow it, Cancel.
#include "common/serverprocess.h"

#include "codeeditorpanel.h"
#include "containerlogview.h"
#include "executionsdialog.h"
#include "historypane.h"
#include "containerspane.h"
#include "createcontainerdialog.h"
#include "errorbanner.h"
#include "mainwindow.h"

#include "core/containers/containercontroller.h"
#include "core/containers/containerlistmodel.h"
#include "core/providers/cognitoraprovider.h"
#include "common/futurewait.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QTableView>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Sandbar;
using Core::ContainerListModel;
using Ui::MainWindow;

class TstContainers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    QTemporaryDir m_data;
    ServerProcess m_server;
    std::unique_ptr<MainWindow> m_window;

    QDockWidget *containersDock() const { return m_window->findChild<QDockWidget *>(QStringLiteral("containersDock")); }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        qputenv("XDG_DATA_HOME", m_config.path().toUtf8());
        QVERIFY(m_server.start(m_data.path(), "cgk_gui", {QStringLiteral("--rate-limit"), QStringLiteral("0")}));
        m_window = std::make_unique<MainWindow>();
        m_window->show();
    }

    void onlyForServicesThatRunContainers()
    {
        m_window->connectTo({QStringLiteral("local"), m_server.url(), m_server.token(), true, {}});
        QVERIFY(!m_window->containersPane());
        QVERIFY(containersDock()->isHidden());
        m_window->connectTo({QStringLiteral("cognitora"), m_server.url(), m_server.token(), false, Core::CognitoraProvider::kind()});
        QVERIFY(m_window->containersPane());
        QVERIFY(!containersDock()->isHidden());
    }

    void createWithTheEstimate()
    {
        Ui::ContainersPane *pane = m_window->containersPane();
        containersDock()->raise();
        QAbstractItemModelTester tester(pane->controller()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(pane->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        pane->openCreateDialog();
        Ui::CreateContainerDialog *dialog = pane->createDialog();
        QVERIFY(dialog);
        QPushButton *create = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        dialog->imageEdit()->setText(QStringLiteral("docker.io/library/python:3.11-slim"));
        dialog->commandEdit()->setText(QStringLiteral("python -c \"import time\nfor i in range(40):\n    print('tick', i, flush=True)\n    time.sleep(0.1)\""));
        QVERIFY(!dialog->networkBox()->isChecked()); // isolated unless asked
        QTRY_COMPARE_WITH_TIMEOUT(dialog->estimate(), 0.12, 10000); // 300 s of 1 vCPU, 512 MiB, 5 GB
        QVERIFY(create->isEnabled());
        dialog->maxCostBox()->setValue(0);
        QVERIFY(!create->isEnabled()); // over the maximum: refused before it is sent
        dialog->maxCostBox()->setValue(5);
        dialog->timeoutBox()->setValue(120);
        QVERIFY(!create->isEnabled()); // the estimate is asked again
        QTRY_VERIFY_WITH_TIMEOUT(create->isEnabled(), 10000);
        QCOMPARE(dialog->estimate(), 0.05);
        create->click();

        // The new container is selected, and its logs come as it prints them.
        QTRY_VERIFY_WITH_TIMEOUT(pane->logTitle().contains(QStringLiteral("ctr_")), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(pane->logView()->lineCount() >= 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(pane->logView()->lineCount() == 40, 20000);
        QVERIFY(pane->logView()->toPlainText().contains(QStringLiteral("tick 39")));
        QTRY_VERIFY_WITH_TIMEOUT(pane->logTitle().contains(QStringLiteral("completed")), 20000);
        QVERIFY(!pane->cancelButton()->isEnabled());
    }

    void cancelARunningContainer()
    {
        Ui::ContainersPane *pane = m_window->containersPane();
        Api::ContainerRequest request;
        request.image = QStringLiteral("python:3.11");
        request.command = {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo waiting; sleep 60")};
        pane->controller()->create(request);
        QTRY_VERIFY_WITH_TIMEOUT(pane->logView()->toPlainText().contains(QStringLiteral("waiting")), 20000);
        QVERIFY(pane->cancelButton()->isEnabled());
        pane->cancelButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(pane->logTitle().contains(QStringLiteral("cancelled")), 20000);
        QVERIFY(!pane->cancelButton()->isEnabled());
    }

    // Every session's runs, by status, from the History tab.
    void everySessionsRuns()
    {
        Core::SandboxProvider *provider = m_window->connection()->provider();
        Api::CreateSandboxRequest request;
        const auto session = await(provider->createSandbox(request));
        QVERIFY(session.ok());
        for (const QString &code : {QStringLiteral("print('fine')"), QStringLiteral("1/0")}) {
            Api::CodeRunRequest run;
            run.code = code;
            QVERIFY(await(provider->runCode(session->id, run)).ok());
        }
        Ui::HistoryPane *history = m_window->editorPanel()->history();
        QVERIFY(!history->allRunsButton()->isHidden());
        history->allRunsButton()->click();
        Ui::ExecutionsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<Ui::ExecutionsDialog *>()) != nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->view()->model()->rowCount(), 2, 10000);
        dialog->statusBox()->setCurrentIndex(dialog->statusBox()->findData(QStringLiteral("failed")));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->view()->model()->rowCount(), 1, 10000);
        dialog->view()->setCurrentIndex(dialog->view()->model()->index(0, 0));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->outputView()->toPlainText().contains(QStringLiteral("ZeroDivisionError")), 10000);
        dialog->close();
    }

    // The server gone: the view says its list is old; the banner keeps to the connection's news.
    void serverGoneIsSaidInTheView()
    {
        Ui::ContainersPane *pane = m_window->containersPane();
        QVERIFY(pane->isVisible());
        QVERIFY(pane->listProblem().isEmpty());
        const int rows = pane->controller()->model()->rowCount();
        QCOMPARE(m_server.stop(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!pane->listProblem().isEmpty(), 20000);
        QVERIFY2(pane->listProblem().contains(QStringLiteral("what was known last")), qPrintable(pane->listProblem()));
        QCOMPARE(pane->controller()->model()->rowCount(), rows); // nothing lost
        QVERIFY2(!m_window->banner()->message().contains(QStringLiteral("List containers")), qPrintable(m_window->banner()->message()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }
};

QTEST_MAIN(TstContainers)
#include "tst_containers.moc"
