// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/fakeprovider.h"
#include "core/workspace/filetreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Sandbar::Core;
using namespace Sandbar::Api;

namespace {
FileEntry entry(const QString &path, bool isDir, qint64 size = 10)
{
    FileEntry file;
    file.path = path;
    file.name = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
    file.isDir = isDir;
    file.size = size;
    file.modifiedAt = QDateTime(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc());
    return file;
}

QStringList names(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList list;
    for (int row = 0; row < model.rowCount(parent); ++row)
        list.append(model.index(row, 0, parent).data().toString());
    return list;
}
} // namespace

class TstFileTreeModel : public QObject
{
    Q_OBJECT
private:
    FakeProvider m_provider;

private slots:
    void init()
    {
        m_provider.filesByPath.clear();
        m_provider.filesError.reset();
        m_provider.holdReplies = false;
        m_provider.held.clear();
        m_provider.filesCalls = 0;
        m_provider.filesByPath.insert(QStringLiteral("/home/user"),
                                      {entry(QStringLiteral("/home/user/b.txt"), false),
                                       entry(QStringLiteral("/home/user/src"), true),
                                       entry(QStringLiteral("/home/user/A.md"), false),
                                       entry(QStringLiteral("/home/user/data"), true)});
        m_provider.filesByPath.insert(QStringLiteral("/home/user/src"),
                                      {entry(QStringLiteral("/home/user/src/main.py"), false, 1234)});
    }

    void listsOnlyWhatIsExpanded()
    {
        // No tester here: it expands everything it sees, which is the opposite of lazy.
        FileTreeModel model(&m_provider);
        model.setRoot(QStringLiteral("sb"));
        QCOMPARE(m_provider.filesCalls, 0);
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 4);
        QTest::qWait(20);
        QCOMPARE(m_provider.filesCalls, 1);
        QVERIFY(model.hasChildren(model.index(1, 0))); // unlisted folder: expandable
        QCOMPARE(model.rowCount(model.index(1, 0)), 0);
        model.fetchMore({}); // already listed: nothing sent
        model.fetchMore(model.index(1, 0));
        model.fetchMore(model.index(1, 0)); // already on its way: nothing sent
        QTRY_COMPARE(model.rowCount(model.index(1, 0)), 1);
        QCOMPARE(m_provider.filesCalls, 2);
    }

    void listsFoldersFirst()
    {
        FileTreeModel model(&m_provider);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRoot(QStringLiteral("sb"));
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 4);
        QCOMPARE(names(model), (QStringList{QStringLiteral("data"), QStringLiteral("src"), QStringLiteral("A.md"),
                                            QStringLiteral("b.txt")}));

        const QModelIndex src = model.index(1, 0);
        QVERIFY(model.hasChildren(src));
        QVERIFY(!model.hasChildren(model.index(2, 0)));
        model.fetchMore(src); // the tester may have expanded it already
        QTRY_COMPARE(model.rowCount(src), 1);
        QCOMPARE(model.index(0, FileTreeModel::SizeColumn, src).data(FileTreeModel::SizeRole).toLongLong(), 1234);
        QCOMPARE(model.index(0, 0, src).data(FileTreeModel::PathRole).toString(), QStringLiteral("/home/user/src/main.py"));
        QVERIFY(!model.canFetchMore(src));

        // An empty folder, once listed, has no expander.
        const QModelIndex data = model.index(0, 0);
        model.fetchMore(data);
        QTRY_VERIFY(!model.canFetchMore(data));
        QVERIFY(!model.hasChildren(data));
    }

    void refreshKeepsExpandedFolders()
    {
        FileTreeModel model(&m_provider);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRoot(QStringLiteral("sb"));
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 4);
        model.fetchMore(model.index(1, 0));
        QTRY_COMPARE(model.rowCount(model.index(1, 0)), 1);
        const QPersistentModelIndex mainPy = model.index(0, 0, model.index(1, 0));

        // b.txt goes, c.txt and a folder "aaa" arrive, A.md grows.
        m_provider.filesByPath[QStringLiteral("/home/user")] = {
            entry(QStringLiteral("/home/user/src"), true), entry(QStringLiteral("/home/user/A.md"), false, 99),
            entry(QStringLiteral("/home/user/c.txt"), false), entry(QStringLiteral("/home/user/data"), true),
            entry(QStringLiteral("/home/user/aaa"), true)};
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refresh();
        QTRY_COMPARE(names(model), (QStringList{QStringLiteral("aaa"), QStringLiteral("data"), QStringLiteral("src"),
                                                QStringLiteral("A.md"), QStringLiteral("c.txt")}));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 2);
        QVERIFY(mainPy.isValid()); // the expanded folder's children survived
        QCOMPARE(mainPy.data(FileTreeModel::PathRole).toString(), QStringLiteral("/home/user/src/main.py"));
        QCOMPARE(model.indexForPath(QStringLiteral("/home/user/A.md")).siblingAtColumn(FileTreeModel::SizeColumn)
                     .data(FileTreeModel::SizeRole).toLongLong(), 99);
        QCOMPARE(model.indexForPath(QStringLiteral("/home/user/b.txt")), QModelIndex());
    }

    void staleReplyIsDropped()
    {
        FileTreeModel model(&m_provider);
        model.setRoot(QStringLiteral("sb"));
        m_provider.holdReplies = true;
        model.fetchMore({});
        QCOMPARE(m_provider.held.size(), 1);
        // Another sandbox is shown before the reply: the old listing must not land in it.
        model.setRoot(QStringLiteral("other"), QStringLiteral("/home/user"));
        m_provider.filesByPath[QStringLiteral("/home/user")] = {entry(QStringLiteral("/home/user/new.txt"), false)};
        model.fetchMore({});
        QCOMPARE(m_provider.held.size(), 2);
        m_provider.releaseHeld(1);
        QTRY_COMPARE(names(model), QStringList{QStringLiteral("new.txt")});
        m_provider.releaseHeld(0);
        QTest::qWait(20);
        QCOMPARE(names(model), QStringList{QStringLiteral("new.txt")});
    }

    void errorsAreReported()
    {
        FileTreeModel model(&m_provider);
        model.setRoot(QStringLiteral("sb"));
        ApiError error;
        error.kind = ApiError::Kind::NotFound;
        error.message = QStringLiteral("no such folder");
        m_provider.filesError = error;
        QSignalSpy failed(&model, &FileTreeModel::listingFailed);
        model.fetchMore({});
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("/home/user"));
        QCOMPARE(failed.first().at(1).value<ApiError>().kind, ApiError::Kind::NotFound);
        // It can be tried again.
        QVERIFY(model.canFetchMore({}));
    }
};

QTEST_GUILESS_MAIN(TstFileTreeModel)
#include "tst_filetreemodel.moc"
