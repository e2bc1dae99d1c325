// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultview.h"
#include "fittedimage.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSvgRenderer>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Sandbar::Ui {

namespace {
void addJson(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value)
{
    auto *item = new QTreeWidgetItem(parent);
    item->setText(0, key);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        item->setText(1, ResultView::tr("{%n key(s)}", nullptr, int(object.size())));
        for (auto it = object.begin(); it != object.end(); ++it)
            addJson(item, it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        item->setText(1, ResultView::tr("[%n item(s)]", nullptr, int(array.size())));
        for (int i = 0; i < array.size(); ++i)
            addJson(item, QString::number(i), array.at(i));
    } else {
        item->setText(1, value.isString() ? value.toString()
                                          : QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
                                                .mid(1).chopped(1));
    }
}
} // namespace

ResultView::ResultView(QWidget *parent) : QWidget(parent), m_tabs(new QTabWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    m_tabs->setDocumentMode(true);
}

bool ResultView::isEmpty() const
{
    return m_mimeTypes.isEmpty();
}

void ResultView::clear()
{
    m_preferredHeight = 120;
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        page->deleteLater();
    }
    m_mimeTypes.clear();
    m_image = QPixmap();
}

QWidget *ResultView::imagePage(const QPixmap &image)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    auto *save = new QPushButton(tr("Save image…"), page);
    auto *actual = new QPushButton(tr("Actual size"), page);
    actual->setCheckable(true);
    actual->setToolTip(tr("Show the image at its own size, with scroll bars, instead of fitted to the pane"));
    row->addWidget(save);
    row->addWidget(actual);
    row->addStretch(1);
    layout->addLayout(row);
    // Fitted by default; at its own size on demand.
    auto *stack = new QStackedWidget(page);
    auto *fitted = new FittedImage(image, stack);
    fitted->setAccessibleName(tr("Result image"));
    auto *scroll = new QScrollArea(stack);
    auto *label = new QLabel(scroll);
    label->setPixmap(image);
    label->setAccessibleName(tr("Result image at its own size"));
    scroll->setWidget(label);
    stack->addWidget(fitted);
    stack->addWidget(scroll);
    layout->addWidget(stack, 1);
    connect(actual, &QPushButton::toggled, stack, [stack, scroll, fitted](bool on) {
        stack->setCurrentWidget(on ? static_cast<QWidget *>(scroll) : static_cast<QWidget *>(fitted));
    });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save image"), QStringLiteral("result.png"),
                                                          tr("PNG images (*.png)"));
        if (!path.isEmpty() && !saveImage(path))
            emit errorOccurred(tr("Could not save the image to %1.").arg(path));
    });
    return page;
}

bool ResultView::saveImage(const QString &path) const
{
    return !m_image.isNull() && m_image.save(path, "PNG");
}

void ResultView::showData(const QJsonObject &mime)
{
    clear();
    // Richest first: that tab is the one shown. One image, the first form Qt can draw.
    for (const char *type : {"image/png", "image/jpeg", "image/svg+xml"}) {
        const QString name = QLatin1String(type);
        if (!mime.contains(name) || !m_image.isNull())
            continue;
        QPixmap image;
        if (name == QLatin1String("image/svg+xml")) {
            // Drawn at its own size (at most 2000 px a side), on the pane's background; one too
            // large to parse quickly in the window is shown as its text instead.
            if (mime.value(name).toString().size() > kMaxSvgChars)
                continue;
            QSvgRenderer svg(mime.value(name).toString().toUtf8());
            if (svg.isValid()) {
                const QSize size = svg.defaultSize().isEmpty() ? QSize(400, 300) : svg.defaultSize().boundedTo(QSize(2000, 2000));
                image = QPixmap(size);
                image.fill(Qt::white);
                QPainter painter(&image);
                svg.render(&painter);
            }
        } else {
            image.loadFromData(QByteArray::fromBase64(mime.value(name).toString().toLatin1()));
        }
        if (image.isNull())
            continue;
        m_image = image;
        m_tabs->addTab(imagePage(image), tr("Image"));
        m_mimeTypes.append(name);
    }
    for (const char *type : {"text/html", "text/markdown"}) {
        const QString name = QLatin1String(type);
        if (!mime.contains(name))
            continue;
        auto *browser = new QTextBrowser;
        browser->setOpenLinks(false); // never fetch or navigate from a sandbox's HTML
        browser->setOpenExternalLinks(false);
        if (name == QLatin1String("text/html"))
            browser->setHtml(mime.value(name).toString());
        else
            browser->setMarkdown(mime.value(name).toString());
        m_tabs->addTab(browser, name == QLatin1String("text/html") ? tr("HTML") : tr("Markdown"));
        m_mimeTypes.append(name);
        if (m_image.isNull() && m_mimeTypes.size() == 1) {
            browser->document()->setTextWidth(700);
            m_preferredHeight = int(browser->document()->size().height()) + 24;
        }
    }
    if (mime.contains(QStringLiteral("image/svg+xml")) && !m_mimeTypes.contains(QStringLiteral("image/svg+xml"))) {
        // Not drawn (too large, or not valid): its source, as far as it is readable.
        auto *text = new QPlainTextEdit;
        text->setReadOnly(true);
        text->setPlainText(mime.value(QStringLiteral("image/svg+xml")).toString().left(100'000));
        m_tabs->addTab(text, tr("SVG"));
        m_mimeTypes.append(QStringLiteral("image/svg+xml"));
    }
    if (mime.contains(QStringLiteral("text/latex"))) {
        // No TeX here: the source, as Jupyter shows it without MathJax.
        auto *text = new QPlainTextEdit;
        text->setReadOnly(true);
        text->setPlainText(mime.value(QStringLiteral("text/latex")).toString());
        m_tabs->addTab(text, tr("LaTeX"));
        m_mimeTypes.append(QStringLiteral("text/latex"));
    }
    if (mime.contains(QStringLiteral("application/json"))) {
        auto *tree = new QTreeWidget;
        tree->setHeaderLabels({tr("Key"), tr("Value")});
        const QJsonValue json = mime.value(QStringLiteral("application/json"));
        auto *root = new QTreeWidgetItem(tree);
        root->setText(0, tr("(root)"));
        if (json.isObject()) {
            const QJsonObject object = json.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                addJson(root, it.key(), it.value());
        } else if (json.isArray()) {
            const QJsonArray array = json.toArray();
            for (int i = 0; i < array.size(); ++i)
                addJson(root, QString::number(i), array.at(i));
        } else {
            addJson(root, QString(), json);
        }
        tree->expandToDepth(1);
        tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        m_tabs->addTab(tree, tr("JSON"));
        m_mimeTypes.append(QStringLiteral("application/json"));
    }
    if (mime.contains(QStringLiteral("text/plain"))) {
        auto *text = new QPlainTextEdit;
        text->setReadOnly(true);
        text->setPlainText(mime.value(QStringLiteral("text/plain")).toString());
        m_tabs->addTab(text, tr("Text"));
        m_mimeTypes.append(QStringLiteral("text/plain"));
    }
    if (!m_image.isNull())
        m_preferredHeight = m_image.height() + 48; // the image and its buttons
    m_tabs->setCurrentIndex(0);
}

int ResultView::preferredHeight() const
{
    return std::clamp(m_preferredHeight + m_tabs->tabBar()->sizeHint().height(), 60, 420);
}

} // namespace Sandbar::Ui
