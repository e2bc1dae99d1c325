// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What runs print, readable under a flood. Lines are queued and appended in batches every
// kFlushIntervalMs; the view keeps at most maximumLines() lines (older ones scroll away) and a
// batch larger than that shows only its newest lines. Every line also goes to a spool file, so
// "Save output" writes all of it. stdout and stderr differ by a marker ("out"/"err") and colour;
// ANSI colours are rendered. Rich outputs (every display and the value) go to a
// RichOutputList below the text, in order; the text marks where each display came.

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QTextCharFormat>
#include <QTimer>
#include <QVector>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QSplitter;

namespace Sandbar::Ui {

class RichOutputList;

class OutputView : public QWidget
{
    Q_OBJECT
public:
    enum class Stream { Stdout, Stderr, Info, Error, Result };
    static constexpr int kFlushIntervalMs = 25;
    static constexpr int kFlushBudgetMs = 12;

    explicit OutputView(QWidget *parent = nullptr);

    int maximumLines() const { return m_maximumLines; }
    void setMaximumLines(int lines);
    qint64 totalLines() const { return m_totalLines; }
    int pendingLines() const { return int(m_pending.size()); }
    // The text shown (without markers' colours); for tests and accessibility.
    QString visibleText() const;
    RichOutputList *richOutputs() const { return m_results; }
    bool timestampsShown() const { return m_timestamps; }

public slots:
    void appendLine(Sandbar::Ui::OutputView::Stream stream, const QString &line, const QDateTime &timestamp = {});
    void appendStdout(const QString &line) { appendLine(Stream::Stdout, line); }
    void appendStderr(const QString &line) { appendLine(Stream::Stderr, line); }
    void appendInfo(const QString &line) { appendLine(Stream::Info, line); }
    // An error with its name, value and traceback (ANSI colours in it are rendered).
    void appendError(const QString &name, const QString &value, const QStringList &traceback);
    // A display or the value: {type: display_data | execution_result, data, execution_count}.
    void addOutput(const QJsonObject &output);
    void clear();
    // Drops what is queued and not shown yet (Stop: the view goes quiet at once).
    void discardPending();
    void setTimestampsShown(bool shown);
    // Appends everything queued now instead of at the next tick.
    void flush();
    bool saveTo(const QString &path, QString *error = nullptr);

signals:
    void saveFailed(const QString &message);

private:
    struct Pending
    {
        Stream stream;
        QString text;
        qint64 msecs; // since the epoch: cheap to take per line, formatted only when shown
    };
    QTextCharFormat formatFor(Stream stream) const;
    static QString marker(Stream stream);
    void spool(const Pending &line);
    void writeSpool();
    void saveWithDialog();

    QPlainTextEdit *m_text;
    RichOutputList *m_results;
    int m_displays = 0;
    QSplitter *m_splitter;
    QCheckBox *m_timestampBox;
    QLabel *m_status;
    QTimer m_flushTimer;
    QVector<Pending> m_pending;
    QTemporaryFile m_spool;
    QByteArray m_spoolBuffer; // written in large pieces, not per line
    bool m_spoolOk = false;
    qint64 m_stampMsecs = -1; // the last timestamp formatted for the spool, and its text
    QByteArray m_stamp;
    int m_linesPerFlush = 2000; // adapted so that one batch takes about kFlushBudgetMs
    qint64 m_totalLines = 0;
    qint64 m_skippedLines = 0;
    int m_maximumLines = 10000;
    bool m_timestamps = false;
    QTextCharFormat m_ansiState;
};

} // namespace Sandbar::Ui
