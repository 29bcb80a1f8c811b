#include "CouponsDialog.h"

#include "CampaignDialog.h"
#include "CouponSheetPrint.h"
#include "DocumentPrinter.h"
#include "Prompts.h"
#include "UserSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

CouponsDialog::CouponsDialog(Database& db, Coupons& coupons, CustomerDirectory& directory, QWidget* parent)
    : QDialog(parent), m_db(db), m_coupons(coupons), m_directory(directory)
{
    setWindowTitle(tr("Coupons"));
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("Campaign"), tr("Gives"), tr("Valid"), tr("Coupons"),
                                        tr("Printed"), tr("Redeemed"), tr("Expired"), tr("Redemption rate")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Offer, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto* sheetRow = new QHBoxLayout;
    m_paper = new QComboBox(this);
    m_paper->addItem(tr("A4"), QStringLiteral("a4"));
    m_paper->addItem(tr("Letter"), QStringLiteral("letter"));
    m_paper->setCurrentIndex(
        std::max(0, m_paper->findData(UserSettings::value(UserSettings::Key::CouponPaper))));
    auto* paperLabel = new QLabel(tr("&Paper:"), this);
    paperLabel->setBuddy(m_paper);
    m_grid = new QComboBox(this);
    for (const char* grid : {"2x4", "2x5", "3x5", "3x7", "3x8"}) {
        const auto parsed = CouponSheetLayout::parseGrid(QString::fromLatin1(grid)).value();
        m_grid->addItem(tr("%1 × %2 (%3 a sheet)")
                            .arg(QLocale().toString(parsed.columns), QLocale().toString(parsed.rows),
                                 QLocale().toString(parsed.columns * parsed.rows)),
                        QString::fromLatin1(grid));
    }
    m_grid->setCurrentIndex(
        std::max(0, m_grid->findData(UserSettings::value(UserSettings::Key::CouponGrid))));
    auto* gridLabel = new QLabel(tr("&Grid:"), this);
    gridLabel->setBuddy(m_grid);
    sheetRow->addWidget(paperLabel);
    sheetRow->addWidget(m_paper);
    sheetRow->addWidget(gridLabel);
    sheetRow->addWidget(m_grid);
    sheetRow->addStretch(1);
    layout->addLayout(sheetRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons->addButton(tr("&New campaign…"), QDialogButtonBox::ActionRole), &QPushButton::clicked,
            this, &CouponsDialog::newCampaign);
    connect(buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole), &QPushButton::clicked, this,
            &CouponsDialog::preview);
    connect(buttons->addButton(tr("P&rint…"), QDialogButtonBox::ActionRole), &QPushButton::clicked, this,
            &CouponsDialog::print);
    connect(buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole), &QPushButton::clicked,
            this, &CouponsDialog::savePdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &CouponsDialog::rememberChoices);
    connect(m_grid, &QComboBox::currentIndexChanged, this, &CouponsDialog::rememberChoices);

    refresh();
    resize(1040, 480);
}

void CouponsDialog::refresh()
{
    const int selected = std::max(0, m_table->currentRow());
    m_campaigns = m_coupons.campaigns();
    m_table->setRowCount(int(m_campaigns.size()));
    const QLocale locale;
    for (int row = 0; row < m_campaigns.size(); ++row) {
        const Campaign& c = m_campaigns[row];
        const CampaignCounts n = m_coupons.counts(c.id);
        const QStringList cells = {c.name,
                                   m_coupons.describeOffer(c),
                                   m_coupons.describeValidity(c),
                                   locale.toString(n.issued),
                                   locale.toString(n.printed),
                                   locale.toString(n.redeemed),
                                   locale.toString(n.expired),
                                   locale.toString(Coupons::redemptionRate(n) * 100, 'f', 1) +
                                       locale.percent()};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (column >= Made)
                item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    if (!m_campaigns.isEmpty())
        m_table->selectRow(std::min(selected, int(m_campaigns.size()) - 1));
}

void CouponsDialog::newCampaign()
{
    CampaignDialog dialog(m_coupons, m_directory, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    m_table->selectRow(0); // newest first
}

void CouponsDialog::rememberChoices()
{
    UserSettings::setValue(UserSettings::Key::CouponPaper, m_paper->currentData());
    UserSettings::setValue(UserSettings::Key::CouponGrid, m_grid->currentData());
}

QPageSize::PageSizeId CouponsDialog::paper() const
{
    auto parsed = CouponSheetLayout::parsePaper(m_paper->currentData().toString());
    return parsed ? parsed.value() : QPageSize::A4;
}

Result<CouponSheetLayout> CouponsDialog::selectedSheet() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_campaigns.size())
        return makeError(Error::Kind::Invalid, tr("Choose a campaign first."));
    auto grid = CouponSheetLayout::parseGrid(m_grid->currentData().toString());
    if (!grid)
        return grid.error();
    CouponSheetLayout layout =
        couponSheetFor(m_db, m_coupons, m_campaigns[row], grid.value(), layoutDirection());
    if (auto fit = layout.fits(QPageSize(paper()).size(QPageSize::Millimeter)); !fit)
        return fit.error();
    return layout;
}

void CouponsDialog::printed(qint64 campaignId)
{
    if (auto marked = m_coupons.markPrinted(campaignId); !marked)
        Prompts::instance().warn(this, tr("Coupons"), marked.error().message);
    refresh();
}

void CouponsDialog::preview()
{
    auto sheet = selectedSheet();
    if (!sheet) {
        Prompts::instance().warn(this, tr("Coupons"), sheet.error().message);
        return;
    }
    const qint64 campaignId = m_campaigns[m_table->currentRow()].id;
    if (DocumentPrinter::preview(this, sheet->printJob(paper())))
        printed(campaignId);
}

void CouponsDialog::print()
{
    auto sheet = selectedSheet();
    if (!sheet) {
        Prompts::instance().warn(this, tr("Coupons"), sheet.error().message);
        return;
    }
    const qint64 campaignId = m_campaigns[m_table->currentRow()].id;
    if (DocumentPrinter::print(this, sheet->printJob(paper())))
        printed(campaignId);
}

void CouponsDialog::savePdf()
{
    if (m_table->currentRow() < 0) {
        Prompts::instance().warn(this, tr("Coupons"), tr("Choose a campaign first."));
        return;
    }
    const QString path =
        DocumentPrinter::askPdfPath(this, tr("coupons-%1.pdf").arg(m_campaigns[m_table->currentRow()].name));
    if (path.isEmpty())
        return;
    if (auto saved = saveSheet(path); !saved)
        Prompts::instance().warn(this, tr("Coupons"), saved.error().message);
}

Result<void> CouponsDialog::saveSheet(const QString& path)
{
    auto sheet = selectedSheet();
    if (!sheet)
        return sheet.error();
    if (auto written = DocumentPrinter::writePdf(this, sheet->printJob(paper()), path); !written)
        return written;
    printed(m_campaigns[m_table->currentRow()].id);
    return {};
}
