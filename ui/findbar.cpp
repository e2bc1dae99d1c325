// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include "codeeditor.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace Sandbar::Ui {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent), m_find(new QLineEdit(this)), m_replace(new QLineEdit(this)),
      m_caseSensitive(new QCheckBox(tr("Match case"), this)), m_regex(new QCheckBox(tr("Regular expression"), this)),
      m_status(new QLabel(this)), m_replaceRow(new QWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *findRow = new QHBoxLayout;
    m_find->setPlaceholderText(tr("Find"));
    auto *next = new QPushButton(tr("Next"), this);
    auto *close = new QToolButton(this);
    close->setText(tr("Close"));
    findRow->addWidget(m_find, 1);
    findRow->addWidget(next);
    findRow->addWidget(m_caseSensitive);
    findRow->addWidget(m_regex);
    findRow->addWidget(m_status);
    findRow->addWidget(close);
    layout->addLayout(findRow);
    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    m_replace->setPlaceholderText(tr("Replace with"));
    auto *replace = new QPushButton(tr("Replace"), this);
    auto *all = new QPushButton(tr("Replace all"), this);
    replaceRow->addWidget(m_replace, 1);
    replaceRow->addWidget(replace);
    replaceRow->addWidget(all);
    layout->addWidget(m_replaceRow);

    connect(m_find, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(next, &QPushButton::clicked, this, &FindBar::findNext);
    connect(replace, &QPushButton::clicked, this, &FindBar::replaceOne);
    connect(all, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void FindBar::setEditor(CodeEditor *editor)
{
    m_editor = editor;
}

void FindBar::setFindText(const QString &text)
{
    m_find->setText(text);
}

void FindBar::setReplaceText(const QString &text)
{
    m_replace->setText(text);
}

void FindBar::showFind()
{
    m_replaceRow->hide();
    show();
    m_find->setFocus();
    m_find->selectAll();
}

void FindBar::showReplace()
{
    m_replaceRow->show();
    show();
    m_find->setFocus();
}

bool FindBar::find(bool fromStart)
{
    if (!m_editor || m_find->text().isEmpty())
        return false;
    const bool found = fromStart ? m_editor->findFirst(m_find->text(), m_regex->isChecked(), m_caseSensitive->isChecked(),
                                                       false, true, true, 0, 0)
                                 : m_editor->findFirst(m_find->text(), m_regex->isChecked(),
                                                       m_caseSensitive->isChecked(), false, true);
    m_status->setText(found ? QString() : tr("Not found"));
    return found;
}

bool FindBar::findNext()
{
    return find(false);
}

bool FindBar::replaceOne()
{
    if (!m_editor)
        return false;
    // Replace the current match if the selection is one, then move to the next.
    if (!m_editor->hasSelectedText() && !find(false))
        return false;
    m_editor->replace(m_replace->text());
    find(false);
    return true;
}

int FindBar::replaceAll()
{
    if (!m_editor || m_find->text().isEmpty())
        return 0;
    int count = 0;
    m_editor->beginUndoAction();
    bool found = m_editor->findFirst(m_find->text(), m_regex->isChecked(), m_caseSensitive->isChecked(), false,
                                     false, true, 0, 0);
    while (found) {
        m_editor->replace(m_replace->text());
        ++count;
        found = m_editor->findNext();
    }
    m_editor->endUndoAction();
    m_status->setText(tr("%n replaced", nullptr, count));
    return count;
}

} // namespace Sandbar::Ui
