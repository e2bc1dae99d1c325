// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A code run's rich result, one tab per MIME type it came in: image/png as an image that can be
// saved, text/html rendered (what QTextBrowser supports), JSON as a tree, text/plain as text.

#include <QJsonObject>
#include <QPixmap>
#include <QWidget>

class QTabWidget;

namespace Sandbar::Ui {

class ResultView : public QWidget
{
    Q_OBJECT
public:
    explicit ResultView(QWidget *parent = nullptr);

    // `data` maps MIME types to values, as in a run's `results.result.data`.
    void showData(const QJsonObject &mime);
    void clear();
    bool isEmpty() const;
    // The MIME types shown, in tab order.
    QStringList mimeTypes() const { return m_mimeTypes; }
    QPixmap image() const { return m_image; }
    bool saveImage(const QString &path) const;
    // The height its first form needs to be read whole (an image, a table), within reason.
    int preferredHeight() const;
    // SVG larger than this is not drawn (parsed in the window's thread).
    static constexpr qsizetype kMaxSvgChars = 2 * 1024 * 1024;

signals:
    void errorOccurred(const QString &message);

private:
    QWidget *imagePage(const QPixmap &image);

    QTabWidget *m_tabs;
    QStringList m_mimeTypes;
    QPixmap m_image;
    int m_preferredHeight = 120;
};

} // namespace Sandbar::Ui
