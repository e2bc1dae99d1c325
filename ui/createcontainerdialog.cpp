// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "createcontainerdialog.h"

#include "keyvaluetable.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Sandbar::Ui {

CreateContainerDialog::CreateContainerDialog(QWidget *parent)
    : QDialog(parent), m_image(new QLineEdit(this)), m_command(new QLineEdit(this)), m_cpu(new QDoubleSpinBox(this)),
      m_memory(new QSpinBox(this)), m_storage(new QSpinBox(this)), m_timeout(new QSpinBox(this)),
      m_network(new QCheckBox(tr("Network access"), this)), m_env(new KeyValueTable(tr("Environment variables"), this)),
      m_maxCost(new QSpinBox(this)), m_estimateLabel(new QLabel(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New container"));
    setMinimumWidth(520);
    m_image->setPlaceholderText(tr("e.g. docker.io/library/python:3.11-slim"));
    m_command->setPlaceholderText(tr("e.g. python -c \"print('hello')\" (split as a shell would, run without one)"));
    m_cpu->setRange(0.1, 64);
    m_cpu->setSingleStep(0.5);
    m_cpu->setDecimals(1);
    m_cpu->setValue(1.0);
    m_cpu->setSuffix(tr(" cores"));
    m_memory->setRange(64, 1 << 20);
    m_memory->setSingleStep(256);
    m_memory->setValue(512);
    m_memory->setSuffix(tr(" MiB"));
    m_storage->setRange(0, 10000);
    m_storage->setValue(0);
    m_storage->setSpecialValueText(tr("service default"));
    m_storage->setSuffix(tr(" GB"));
    m_timeout->setRange(1, 86400);
    m_timeout->setValue(300);
    m_timeout->setSuffix(tr(" s"));
    m_network->setToolTip(tr("Off (the default): the container cannot reach any network."));
    m_maxCost->setRange(0, 1000000);
    m_maxCost->setValue(5);
    m_maxCost->setSuffix(tr(" credits"));
    m_maxCost->setToolTip(tr("The service refuses the container if its estimate is more than this."));
    m_estimateLabel->setObjectName(QStringLiteral("estimateLabel"));
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));

    auto *rows = new QFormLayout;
    rows->addRow(tr("Image"), m_image);
    rows->addRow(tr("Command"), m_command);
    rows->addRow(tr("CPU"), m_cpu);
    rows->addRow(tr("Memory"), m_memory);
    rows->addRow(tr("Storage"), m_storage);
    rows->addRow(tr("Timeout"), m_timeout);
    rows->addRow(tr("Network"), m_network);
    rows->addRow(tr("Environment"), m_env);
    rows->addRow(tr("At most"), m_maxCost);
    rows->addRow(tr("Estimate"), m_estimateLabel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(rows);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    // Resources settle before the service is asked what they cost.
    m_estimateDelay.setSingleShot(true);
    m_estimateDelay.setInterval(250);
    connect(&m_estimateDelay, &QTimer::timeout, this, [this] { emit estimateWanted(request()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QSpinBox *box : {m_memory, m_storage, m_timeout})
        connect(box, &QSpinBox::valueChanged, this, &CreateContainerDialog::changed);
    connect(m_cpu, &QDoubleSpinBox::valueChanged, this, &CreateContainerDialog::changed);
    connect(m_maxCost, &QSpinBox::valueChanged, this, &CreateContainerDialog::validate);
    connect(m_image, &QLineEdit::textChanged, this, &CreateContainerDialog::validate);
    connect(m_command, &QLineEdit::textChanged, this, &CreateContainerDialog::validate);
    connect(m_env, &KeyValueTable::edited, this, &CreateContainerDialog::validate);
    changed();
}

void CreateContainerDialog::changed()
{
    m_estimate = -1;
    m_estimateLabel->setText(tr("asking the service…"));
    m_estimateDelay.start();
    validate();
}

Api::ContainerRequest CreateContainerDialog::request() const
{
    Api::ContainerRequest request;
    request.image = m_image->text().trimmed();
    request.command = QProcess::splitCommand(m_command->text());
    request.cpuCores = m_cpu->value();
    request.memoryMb = m_memory->value();
    request.storageGb = m_storage->value();
    request.timeoutSeconds = m_timeout->value();
    request.networking = m_network->isChecked();
    request.environment = m_env->pairs();
    request.maxCostCredits = m_maxCost->value();
    return request;
}

QString CreateContainerDialog::problem() const
{
    if (m_image->text().trimmed().isEmpty())
        return tr("Enter the image to run.");
    if (QProcess::splitCommand(m_command->text()).isEmpty())
        return tr("Enter the command to run in it.");
    if (QString envProblem = m_env->problem(); !envProblem.isEmpty())
        return envProblem;
    if (m_estimate < 0)
        return tr("Waiting for the cost estimate.");
    if (m_estimate > m_maxCost->value())
        return tr("The estimate, %1 credits, is more than the %2 allowed: raise the limit or ask for less.")
            .arg(QLocale().toString(m_estimate, 'f', 2))
            .arg(m_maxCost->value());
    return {};
}

void CreateContainerDialog::validate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void CreateContainerDialog::setEstimate(double credits)
{
    if (m_estimateDelay.isActive())
        return; // for resources already changed: the estimate of the new ones is on its way
    m_estimate = credits;
    m_estimateLabel->setText(tr("%1 credits").arg(QLocale().toString(credits, 'f', 2)));
    validate();
}

void CreateContainerDialog::setEstimateError(const QString &message)
{
    if (m_estimateDelay.isActive())
        return;
    m_estimate = -1;
    m_estimateLabel->setText(tr("not known: %1").arg(message));
    validate();
}

} // namespace Sandbar::Ui
