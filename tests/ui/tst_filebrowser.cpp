// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The file browser (and opening and saving its files in the editor), offscreen, against a real sandbar-local.
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
const QByteArray kToken = "file-browser-token";
} // namespace

class TstFileBrowser : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_buffers;
    LocalSandbox m_local;
    AgentSandboxesProvider *m_provider = nullptr;
    QString m_id;

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

    void openEditSaveReadBack()
    {
        QVERIFY(await(m_provider->writeFile(m_id, QStringLiteral("/home/user/notes.py"), QStringLiteral("x = 1\n"))).ok());
        FileBrowserPane browser(m_provider);
        CodeEditorPanel panel(m_provider, nullptr, m_buffers.path());
        connect(&browser, &FileBrowserPane::fileOpened, &panel, &CodeEditorPanel::openFile);
        browser.setSandbox(m_id);
        panel.setSandbox(m_id);
        QTRY_VERIFY_WITH_TIMEOUT(browser.model()->indexForPath(QStringLiteral("/home/user/notes.py")).isValid(), 15000);
        // Folders first: the tree lists any folder before notes.py.
        const QModelIndex notes = browser.model()->indexForPath(QStringLiteral("/home/user/notes.py"));
        for (int row = 0; row < notes.row(); ++row)
            QVERIFY(browser.model()->index(row, 0).data(FileTreeModel::IsDirRole).toBool() ||
                    browser.model()->index(row, 0).data().toString() < QStringLiteral("notes.py"));

        const int before = panel.bufferCount();
        emit browser.view()->activated(notes); // as a double click or Enter does
        QTRY_COMPARE_WITH_TIMEOUT(panel.bufferCount(), before + 1, 15000);
        CodeEditor *editor = panel.currentEditor();
        QCOMPARE(editor->remotePath(), QStringLiteral("/home/user/notes.py"));
        QCOMPARE(editor->text(), QStringLiteral("x = 1\n"));
        QCOMPARE(editor->language(), QStringLiteral("python"));

        editor->setText(QStringLiteral("x = 2\nprint(x)\n"));
        QVERIFY(editor->isModified());
        QVERIFY(activate(panel));
        QSignalSpy saved(&panel, &CodeEditorPanel::fileSaved);
        QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(saved.wait(15000));
        QVERIFY(!editor->isModified());
        const auto back = await(m_provider->readFile(m_id, QStringLiteral("/home/user/notes.py")));
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back->content, QStringLiteral("x = 2\nprint(x)\n"));
    }

    void binaryFileOffersDownload()
    {
        QByteArray bytes("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        QVERIFY(await(m_provider->uploadFile(m_id, QStringLiteral("blob.bin"), bytes, QStringLiteral("/home/user/blob.bin"))).ok());
        FileBrowserPane browser(m_provider);
        browser.setSandbox(m_id);
        QSignalSpy opened(&browser, &FileBrowserPane::fileOpened);
        QSignalSpy binary(&browser, &FileBrowserPane::binaryFileOpened);
        browser.openPath(QStringLiteral("/home/user/blob.bin"));
        QVERIFY(binary.wait(15000));
        QCOMPARE(opened.count(), 0);

        QTemporaryDir local;
        QSignalSpy done(&browser, &FileBrowserPane::transferFinished);
        browser.downloadTo(QStringLiteral("/home/user/blob.bin"), local.filePath(QStringLiteral("blob.bin")));
        QVERIFY(done.wait(15000));
        QVERIFY(done.first().at(1).toBool());
        QFile file(local.filePath(QStringLiteral("blob.bin")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
    }

    void uploadByDropShowsInTree()
    {
        QTemporaryDir local;
        const QString path = local.filePath(QStringLiteral("dropped.txt"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("dropped from the desktop\n");
        }
        FileBrowserPane browser(m_provider);
        browser.resize(500, 400);
        browser.show();
        QSignalSpy loaded(browser.model(), &FileTreeModel::folderLoaded);
        browser.setSandbox(m_id);
        QVERIFY(loaded.wait(15000));

        // A desktop drop: drag enter, then drop below the last row (the root folder).
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QWidget *viewport = browser.view()->viewport();
        const QPointF below(10, viewport->height() - 5);
        QDragEnterEvent enter(below.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy done(&browser, &FileBrowserPane::transferFinished);
        QDropEvent drop(below, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &drop);
        QVERIFY(drop.isAccepted());
        QVERIFY(done.wait(15000));
        QCOMPARE(done.first().at(0).toString(), QStringLiteral("/home/user/dropped.txt"));
        QVERIFY(done.first().at(1).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(browser.model()->indexForPath(QStringLiteral("/home/user/dropped.txt")).isValid(), 15000);
        const auto back = await(m_provider->readFile(m_id, QStringLiteral("/home/user/dropped.txt")));
        QVERIFY(back.ok());
        QCOMPARE(back->content, QStringLiteral("dropped from the desktop\n"));
    }

    void largeUploadShowsBytesAndCancels()
    {
        QTemporaryDir local;
        const QString path = local.filePath(QStringLiteral("large.bin"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.write(QByteArray(200 << 20, 'L')) == (200 << 20));
        }
        FileBrowserPane browser(m_provider);
        browser.resize(500, 400);
        browser.show();
        QSignalSpy loaded(browser.model(), &FileTreeModel::folderLoaded);
        browser.setSandbox(m_id);
        QVERIFY(loaded.wait(15000));
        QSignalSpy progress(browser.transfers(), &TransferQueue::progress);
        browser.uploadLocalFiles({path}, QStringLiteral("/home/user"));
        QVERIFY(browser.isTransferring());
        QVERIFY(progress.wait(30000));
        // The bar counts bytes and says how many; Cancel stops the upload in flight.
        QTRY_VERIFY(browser.progressBar()->maximum() > (200 << 20));
        QVERIFY2(browser.progressBar()->format().contains(QLatin1String("of")), qPrintable(browser.progressBar()->format()));
        QVERIFY(browser.progressBar()->isVisible());
        QSignalSpy done(&browser, &FileBrowserPane::transferFinished);
        auto *cancelButton = browser.findChild<QToolButton *>(QStringLiteral("cancelTransfers"));
        QVERIFY(cancelButton && cancelButton->isVisible());
        QTest::mouseClick(cancelButton, Qt::LeftButton);
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().at(1).toBool(), false);
        QVERIFY(!browser.isTransferring());
        QVERIFY(!browser.progressBar()->isVisible());
        QVERIFY2(browser.message().contains(QLatin1String("Cancelled the upload of /home/user/large.bin")),
                 qPrintable(browser.message()));
        QTest::qWait(300);
        const auto listing = await(m_provider->listFiles(m_id, QStringLiteral("/home/user")));
        QVERIFY(listing.ok());
        for (const FileEntry &entry : listing->files)
            QVERIFY2(entry.name != QLatin1String("large.bin"), "a cancelled upload must not land");
    }

    void newFolderThenDelete()
    {
        FileBrowserPane browser(m_provider);
        QSignalSpy loaded(browser.model(), &FileTreeModel::folderLoaded);
        browser.setSandbox(m_id);
        QVERIFY(loaded.wait(15000));
        browser.makeFolder(QStringLiteral("/home/user"), QStringLiteral("made-here"));
        QTRY_VERIFY_WITH_TIMEOUT(browser.model()->indexForPath(QStringLiteral("/home/user/made-here")).isValid(), 15000);
        QVERIFY(browser.model()->indexForPath(QStringLiteral("/home/user/made-here")).data(FileTreeModel::IsDirRole).toBool());
        browser.deletePath(QStringLiteral("/home/user/made-here"));
        QTRY_VERIFY_WITH_TIMEOUT(!browser.model()->indexForPath(QStringLiteral("/home/user/made-here")).isValid(), 15000);

        // Refused operations appear inline.
        QSignalSpy errors(&browser, &FileBrowserPane::errorShown);
        browser.deletePath(QStringLiteral("/usr/bin"));
        QVERIFY(errors.wait(15000));
        QVERIFY2(errors.first().at(0).toString().contains(QStringLiteral("/usr/bin")), qPrintable(errors.first().at(0).toString()));
        QCOMPARE(browser.message(), errors.first().at(0).toString());

        browser.goToPath(QStringLiteral("/tmp"));
        QCOMPARE(browser.model()->rootPath(), QStringLiteral("/tmp"));
    }
};

QTEST_MAIN(TstFileBrowser)
#include "tst_filebrowser.moc"
