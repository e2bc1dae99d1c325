// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "richoutputlist.h"

#include "resultview.h"

#include <QFrame>
#include <QLabel>
#include <QScrollBar>
#include <QVBoxLayout>

namespace Sandbar::Ui {

RichOutputList::RichOutputList(QWidget *parent) : QScrollArea(parent), m_content(new QWidget), m_layout(new QVBoxLayout(m_content))
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Rich outputs"));
    m_layout->setContentsMargins(4, 4, 4, 4);
    m_layout->addStretch(1);
    setWidget(m_content);
    m_buildTimer.setInterval(0);
    connect(&m_buildTimer, &QTimer::timeout, this, &RichOutputList::buildSome);
}

void RichOutputList::addOutput(const QJsonObject &output)
{
    if (output.value(QStringLiteral("data")).toObject().isEmpty())
        return;
    m_pending.append(output);
    if (!m_buildTimer.isActive())
        m_buildTimer.start();
}

void RichOutputList::clear()
{
    m_buildTimer.stop();
    m_pending.clear();
    for (QWidget *card : std::as_const(m_cards))
        delete card;
    m_cards.clear();
    m_views.clear();
    m_displays = 0;
}

void RichOutputList::flush()
{
    while (!m_pending.isEmpty())
        build(m_pending.takeFirst());
    m_buildTimer.stop();
}

void RichOutputList::buildSome()
{
    QElapsedTimer clock;
    clock.start();
    // At least one per turn; more while the budget lasts.
    do {
        build(m_pending.takeFirst());
    } while (!m_pending.isEmpty() && clock.elapsed() < kBuildBudgetMs);
    if (m_pending.isEmpty())
        m_buildTimer.stop();
}

void RichOutputList::build(const QJsonObject &output)
{
    const bool atEnd = verticalScrollBar()->value() >= verticalScrollBar()->maximum() - 4;
    const bool isResult = output.value(QStringLiteral("type")).toString() == QLatin1String("execution_result");
    auto *card = new QFrame(m_content);
    card->setFrameShape(QFrame::StyledPanel);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(4, 2, 4, 4);
    const int count = output.value(QStringLiteral("execution_count")).toInt();
    auto *title = new QLabel(isResult ? (count > 0 ? tr("Out [%1]").arg(count) : tr("Out")) : tr("Display %1").arg(++m_displays), card);
    QFont small = title->font();
    small.setBold(true);
    title->setFont(small);
    cardLayout->addWidget(title);
    auto *view = new ResultView(card);
    view->showData(output.value(QStringLiteral("data")).toObject());
    connect(view, &ResultView::errorOccurred, this, &RichOutputList::errorOccurred);
    cardLayout->addWidget(view);
    // Room for a figure or a table to be read whole; text needs little.
    view->setMinimumHeight(view->mimeTypes() == QStringList{QStringLiteral("text/plain")} ? 60 : view->preferredHeight());
    m_layout->insertWidget(m_layout->count() - 1, card);
    m_cards.append(card);
    m_views.append(view);
    if (m_cards.size() > kMaxOutputs) {
        delete m_cards.takeFirst();
        m_views.removeFirst();
    }
    // Following the newest, unless the user scrolled up to look at an earlier one.
    if (atEnd)
        QTimer::singleShot(0, this, [this] { verticalScrollBar()->setValue(verticalScrollBar()->maximum()); });
}

} // namespace Sandbar::Ui
