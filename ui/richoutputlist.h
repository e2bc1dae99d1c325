// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QScrollArea>
#include <QTimer>

class QVBoxLayout;

namespace Sandbar::Ui {

class ResultView;

// A run's rich outputs as a notebook shows them: every display (figures, display(...), HTML,
// Markdown, SVG, images) and the value, in the order they came, one card each, rendered by its
// richest MIME type with its other forms (the raw text among them) a tab away. Cards are made
// a few at a time per turn of the event loop, so a cell with hundreds of figures never holds
// the window; at most kMaxOutputs are kept (the oldest go first).
class RichOutputList : public QScrollArea
{
    Q_OBJECT
public:
    static constexpr int kMaxOutputs = 500;
    static constexpr int kBuildBudgetMs = 12;

    explicit RichOutputList(QWidget *parent = nullptr);

    // {type: display_data | execution_result, data: {mime: value}, execution_count}
    void addOutput(const QJsonObject &output);
    void clear();
    // Outputs received (shown or about to be) and cards shown.
    int count() const { return int(m_views.size() + m_pending.size()); }
    int shownCount() const { return int(m_views.size()); }
    ResultView *view(int index) const { return m_views.value(index); }
    // Builds every pending card now (tests).
    void flush();

signals:
    void errorOccurred(const QString &message);

private:
    void buildSome();
    void build(const QJsonObject &output);

    QWidget *m_content;
    QVBoxLayout *m_layout;
    QList<ResultView *> m_views;
    QList<QWidget *> m_cards;
    QList<QJsonObject> m_pending;
    QTimer m_buildTimer;
    int m_displays = 0;
};

} // namespace Sandbar::Ui
