// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apitypes.h"

#include <QWidget>

class QTableWidget;

namespace Sandbar::Ui {

// An editable list of key=value pairs (environment variables, metadata) with add and remove.
class KeyValueTable : public QWidget
{
    Q_OBJECT
public:
    explicit KeyValueTable(const QString &what, QWidget *parent = nullptr);

    void addPair(const QString &key = {}, const QString &value = {});
    Api::StringMap pairs() const;
    // Empty when fine; otherwise what is wrong (an empty or repeated key).
    QString problem() const;

signals:
    void edited();

private:
    QString m_what;
    QTableWidget *m_table;
};

} // namespace Sandbar::Ui
