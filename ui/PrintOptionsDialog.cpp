#include "PrintOptionsDialog.h"

#include "DocumentPrinter.h"
#include "Prompts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

PrintOptionsDialog::PrintOptionsDialog(const QString& title, const QString& fileName, Maker maker,
                                       QWidget* parent)
    : QDialog(parent), m_fileName(fileName), m_maker(std::move(maker))
{
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole), &QPushButton::clicked, this,
            [this] { output(Output::Preview); });
    connect(buttons->addButton(tr("P&rint…"), QDialogButtonBox::ActionRole), &QPushButton::clicked, this,
            [this] { output(Output::Printer); });
    connect(buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole), &QPushButton::clicked,
            this, [this] { output(Output::Pdf); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

void PrintOptionsDialog::addOptions(const QString& label, const QList<std::pair<QString, QString>>& items,
                                    UserSettings::Key key)
{
    m_optionKey = key;
    m_options = new QComboBox(this);
    for (const auto& [text, data] : items)
        m_options->addItem(text, data);
    m_options->setCurrentIndex(std::max(0, m_options->findData(UserSettings::value(key))));
    connect(m_options, &QComboBox::currentIndexChanged, this,
            [this] { UserSettings::setValue(*m_optionKey, m_options->currentData()); });
    m_form->addRow(label, m_options);
}

void PrintOptionsDialog::addCount(const QString& label, int maximum, int value)
{
    m_count = new QSpinBox(this);
    m_count->setRange(1, maximum);
    m_count->setValue(value);
    m_form->addRow(label, m_count);
}

Result<PrintOptionsDialog::Prepared> PrintOptionsDialog::prepare() const
{
    return m_maker(m_options ? m_options->currentData().toString() : QString(),
                   m_count ? m_count->value() : 0);
}

void PrintOptionsDialog::finished(const Prepared& prepared)
{
    if (prepared.whenPrinted) {
        if (auto kept = prepared.whenPrinted(); !kept) {
            Prompts::instance().warn(this, windowTitle(), kept.error().message);
            return;
        }
    }
    m_status->setText(tr("Printed: %1.").arg(prepared.job.title));
}

void PrintOptionsDialog::output(Output output)
{
    auto prepared = prepare();
    if (!prepared) {
        Prompts::instance().warn(this, windowTitle(), prepared.error().message);
        return;
    }
    bool done = false;
    switch (output) {
    case Output::Preview:
        done = DocumentPrinter::preview(this, prepared->job);
        break;
    case Output::Printer:
        done = DocumentPrinter::print(this, prepared->job);
        break;
    case Output::Pdf:
        done = DocumentPrinter::savePdf(this, prepared->job, m_fileName);
        break;
    }
    if (done)
        finished(prepared.value());
}

Result<void> PrintOptionsDialog::saveTo(const QString& path)
{
    auto prepared = prepare();
    if (!prepared)
        return prepared.error();
    if (auto written = DocumentPrinter::writePdf(this, prepared->job, path); !written)
        return written;
    if (prepared->whenPrinted)
        return prepared->whenPrinted();
    return {};
}
