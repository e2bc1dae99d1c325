// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputview.h"

#include "ansitext.h"
#include "richoutputlist.h"

#include <QCheckBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTimeZone>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcOutput, "sandbar.ui.output")

namespace Sandbar::Ui {

OutputView::OutputView(QWidget *parent)
    : QWidget(parent), m_text(new QPlainTextEdit(this)), m_results(new RichOutputList(this)),
      m_splitter(new QSplitter(Qt::Vertical, this)), m_timestampBox(new QCheckBox(tr("Timestamps"), this)),
      m_status(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_timestampBox);
    auto *clearButton = new QPushButton(tr("Clear"), this);
    auto *saveButton = new QPushButton(tr("Save output…"), this);
    bar->addWidget(clearButton);
    bar->addWidget(saveButton);
    bar->addWidget(m_status, 1);
    layout->addLayout(bar);
    m_splitter->addWidget(m_text);
    m_splitter->addWidget(m_results);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);
    m_results->hide();

    m_text->setReadOnly(true);
    m_text->setUndoRedoEnabled(false);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setMaximumBlockCount(m_maximumLines);
    m_text->setAccessibleName(tr("Run output"));

    m_flushTimer.setInterval(kFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &OutputView::flush);
    connect(m_timestampBox, &QCheckBox::toggled, this, &OutputView::setTimestampsShown);
    connect(clearButton, &QPushButton::clicked, this, &OutputView::clear);
    connect(saveButton, &QPushButton::clicked, this, &OutputView::saveWithDialog);
    connect(m_results, &RichOutputList::errorOccurred, m_status, &QLabel::setText);

    m_spool.setFileTemplate(QDir::tempPath() + QStringLiteral("/sandbar-output-XXXXXX.log"));
    m_spoolOk = m_spool.open();
    if (!m_spoolOk)
        qCWarning(lcOutput) << "no spool file; Save output will hold only what is shown:" << m_spool.errorString();
}

void OutputView::setMaximumLines(int lines)
{
    m_maximumLines = std::max(100, lines);
    m_text->setMaximumBlockCount(m_maximumLines);
}

QString OutputView::marker(Stream stream)
{
    switch (stream) {
    case Stream::Stdout: return QStringLiteral("out │ ");
    case Stream::Stderr: return QStringLiteral("err │ ");
    case Stream::Info: return QStringLiteral("    │ ");
    case Stream::Error: return QStringLiteral("ERR │ ");
    case Stream::Result: return QStringLiteral("res │ ");
    }
    return {};
}

QTextCharFormat OutputView::formatFor(Stream stream) const
{
    QTextCharFormat format;
    switch (stream) {
    case Stream::Stdout: break;
    case Stream::Stderr: format.setForeground(QColor(190, 60, 0)); break;
    case Stream::Info: format.setForeground(QColor(110, 110, 110)); break;
    case Stream::Error: format.setForeground(QColor(200, 0, 0)); break;
    case Stream::Result: format.setForeground(QColor(0, 90, 170)); break;
    }
    return format;
}

void OutputView::spool(const Pending &line)
{
    if (!m_spoolOk)
        return;
    if (line.msecs != m_stampMsecs) {
        m_stampMsecs = line.msecs;
        m_stamp = QDateTime::fromMSecsSinceEpoch(line.msecs, QTimeZone::utc()).toString(Qt::ISODateWithMs).toUtf8();
    }
    m_spoolBuffer += marker(line.stream).toUtf8();
    m_spoolBuffer += m_stamp;
    m_spoolBuffer += ' ';
    m_spoolBuffer += (line.text.contains(QChar(0x1b)) ? stripAnsi(line.text) : line.text).toUtf8();
    m_spoolBuffer += '\n';
    if (m_spoolBuffer.size() > (256 << 10))
        writeSpool();
}

void OutputView::writeSpool()
{
    if (m_spoolOk && !m_spoolBuffer.isEmpty() && m_spool.write(m_spoolBuffer) != m_spoolBuffer.size()) {
        qCWarning(lcOutput) << "spool file write failed; Save output will miss lines:" << m_spool.errorString();
        m_spoolOk = false;
    }
    m_spoolBuffer.clear();
}

void OutputView::appendLine(Stream stream, const QString &line, const QDateTime &timestamp)
{
    Pending pending{stream, line,
                    timestamp.isValid() ? timestamp.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch()};
    spool(pending);
    ++m_totalLines;
    m_pending.append(std::move(pending));
    // Only what can be shown is kept queued: the spool file has the rest.
    if (m_pending.size() > 2 * m_maximumLines) {
        const qsizetype drop = m_pending.size() - m_maximumLines;
        m_pending.remove(0, drop);
        m_skippedLines += drop;
    }
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void OutputView::appendError(const QString &name, const QString &value, const QStringList &traceback)
{
    appendLine(Stream::Error, value.isEmpty() ? name : name + QStringLiteral(": ") + value);
    // A traceback entry may hold several lines (IPython's frames do) and end in blank ones.
    QStringList lines;
    for (const QString &entry : traceback)
        lines.append(entry.split(QLatin1Char('\n')));
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    for (const QString &line : std::as_const(lines))
        appendLine(Stream::Error, line);
}

void OutputView::addOutput(const QJsonObject &output)
{
    const QJsonObject bundle = output.value(QStringLiteral("data")).toObject();
    if (bundle.isEmpty())
        return;
    // Where it came in the run's text, so the order of prints and figures stays visible.
    if (output.value(QStringLiteral("type")).toString() != QLatin1String("execution_result")) {
        QStringList types = bundle.keys();
        types.removeAll(QStringLiteral("text/plain"));
        appendLine(Stream::Info, tr("▣ display %1 below (%2)").arg(++m_displays)
                                     .arg(types.isEmpty() ? QStringLiteral("text/plain") : types.join(QStringLiteral(", "))));
    }
    const bool appearing = m_results->isHidden();
    m_results->addOutput(output);
    m_results->setVisible(true);
    if (appearing) {
        // A plot or a table needs the room more than a few lines do; the user's own split
        // stays while a result is shown.
        const int total = std::max(m_splitter->height(), 200);
        m_splitter->setSizes({total / 4, total - total / 4});
    }
}

void OutputView::flush()
{
    if (m_pending.isEmpty()) {
        m_flushTimer.stop();
        return;
    }
    QElapsedTimer spent;
    spent.start();
    writeSpool();
    QVector<Pending> batch;
    batch.swap(m_pending);
    // Under a flood only the newest lines of a batch are drawn: one batch stays within the
    // budget, so the event loop keeps turning. All lines are in the spool file.
    const int cap = std::min(m_linesPerFlush, m_maximumLines);
    const bool capped = batch.size() > cap;
    if (capped) {
        m_skippedLines += batch.size() - cap;
        batch.remove(0, batch.size() - cap);
    }
    QScrollBar *scroll = m_text->verticalScrollBar();
    const bool atEnd = scroll->value() >= scroll->maximum() - 2;
    QTextCursor cursor(m_text->document());
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    if (m_skippedLines > 0) {
        if (!m_text->document()->isEmpty())
            cursor.insertBlock();
        cursor.insertText(tr("… %n line(s) not shown here (Save output keeps them)", nullptr, int(std::min<qint64>(m_skippedLines, INT_MAX))),
                          formatFor(Stream::Info));
        m_skippedLines = 0;
    }
    QTextCharFormat markerFormat;
    markerFormat.setForeground(QColor(120, 120, 120));
    for (const Pending &line : std::as_const(batch)) {
        if (!m_text->document()->isEmpty())
            cursor.insertBlock();
        QTextCharFormat lineMarker = markerFormat;
        if (line.stream == Stream::Stderr || line.stream == Stream::Error)
            lineMarker.setForeground(formatFor(line.stream).foreground());
        cursor.insertText(marker(line.stream), lineMarker);
        if (m_timestamps)
            cursor.insertText(QDateTime::fromMSecsSinceEpoch(line.msecs).toString(QStringLiteral("HH:mm:ss.zzz ")),
                              markerFormat);
        const QTextCharFormat base = formatFor(line.stream);
        if (line.text.contains(QChar(0x1b))) {
            for (const AnsiSpan &span : parseAnsi(line.text, base))
                cursor.insertText(span.text, span.format);
        } else {
            cursor.insertText(line.text, base);
        }
    }
    cursor.endEditBlock();
    if (atEnd)
        scroll->setValue(scroll->maximum());
    const qint64 ms = spent.elapsed();
    if (ms > kFlushBudgetMs)
        m_linesPerFlush = std::max(100, m_linesPerFlush / 2);
    else if (capped && ms < kFlushBudgetMs / 2)
        m_linesPerFlush = std::min(m_maximumLines, m_linesPerFlush + m_linesPerFlush / 4);
    m_status->setText(tr("%n line(s)", nullptr, int(std::min<qint64>(m_totalLines, INT_MAX))));
}

void OutputView::discardPending()
{
    m_pending.clear();
    m_skippedLines = 0;
    m_flushTimer.stop();
}

void OutputView::clear()
{
    discardPending();
    m_text->clear();
    m_results->clear();
    m_results->hide();
    m_displays = 0;
    m_totalLines = 0;
    m_status->clear();
    m_spoolBuffer.clear();
    if (m_spoolOk)
        m_spoolOk = m_spool.resize(0) && m_spool.seek(0);
}

void OutputView::setTimestampsShown(bool shown)
{
    // Applies to lines shown from now on; the saved output always has timestamps.
    m_timestamps = shown;
    if (m_timestampBox->isChecked() != shown)
        m_timestampBox->setChecked(shown);
}

QString OutputView::visibleText() const
{
    return m_text->toPlainText();
}

bool OutputView::saveTo(const QString &path, QString *error)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = out.errorString();
        return false;
    }
    writeSpool();
    if (m_spoolOk) {
        m_spool.flush();
        QFile in(m_spool.fileName());
        if (!in.open(QIODevice::ReadOnly)) {
            if (error)
                *error = in.errorString();
            return false;
        }
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(1 << 20);
            if (out.write(chunk) != chunk.size()) {
                if (error)
                    *error = out.errorString();
                return false;
            }
        }
    } else {
        out.write(m_text->toPlainText().toUtf8());
    }
    return out.flush();
}

void OutputView::saveWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save output"), QStringLiteral("output.log"),
                                                      tr("Log files (*.log *.txt)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error)) {
        m_status->setText(tr("Could not save the output: %1").arg(error));
        emit saveFailed(error);
    }
}

} // namespace Sandbar::Ui
