// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/containertypes.h"

#include <QDialog>
#include <QTimer>

class QCheckBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Sandbar::Ui {

class KeyValueTable;

// A new container: image, command, resources, timeout, networking (off by default),
// environment and the most it may cost. The service's estimate shows before Create, which
// stays disabled while the estimate is over the maximum (or not known yet).
class CreateContainerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CreateContainerDialog(QWidget *parent = nullptr);

    Api::ContainerRequest request() const;
    // Empty when the request may be sent.
    QString problem() const;
    void setEstimate(double credits);
    void setEstimateError(const QString &message);
    double estimate() const { return m_estimate; }

    QLineEdit *imageEdit() const { return m_image; }
    QLineEdit *commandEdit() const { return m_command; }
    QSpinBox *maxCostBox() const { return m_maxCost; }
    QSpinBox *timeoutBox() const { return m_timeout; }
    QCheckBox *networkBox() const { return m_network; }
    QLabel *estimateLabel() const { return m_estimateLabel; }

signals:
    // The resources changed: the window asks the service what they cost.
    void estimateWanted(const Sandbar::Api::ContainerRequest &request);

private:
    void changed();
    void validate();

    QLineEdit *m_image;
    QLineEdit *m_command;
    QDoubleSpinBox *m_cpu;
    QSpinBox *m_memory;
    QSpinBox *m_storage;
    QSpinBox *m_timeout;
    QCheckBox *m_network;
    KeyValueTable *m_env;
    QSpinBox *m_maxCost;
    QLabel *m_estimateLabel;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QTimer m_estimateDelay;
    double m_estimate = -1; // -1: not known
};

} // namespace Sandbar::Ui
