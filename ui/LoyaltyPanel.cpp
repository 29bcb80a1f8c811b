#include "LoyaltyPanel.h"

#include "Bidi.h"
#include "CouponCode.h"
#include "CustomerDirectory.h"
#include "CustomerSearchModel.h"
#include "CustomerStatement.h"
#include "GrantPointsDialog.h"
#include "LocalDates.h"
#include "Prompts.h"
#include "RefundDialog.h"
#include "SaleDialog.h"
#include "ShopPrinting.h"
#include "ShopSettings.h"
#include "StatementModel.h"
#include "UserSettings.h"
#include "ValueLabel.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

LoyaltyPanel::LoyaltyPanel(LoyaltyLedger& ledger, CustomerDirectory& directory, QWidget* parent)
    : QWidget(parent), m_ledger(ledger), m_directory(directory)
{
    auto* layout = new QVBoxLayout(this);
    m_balance = new QLabel(this);
    QFont big = m_balance->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_balance->setFont(big);
    m_balance->setWordWrap(true);
    layout->addWidget(m_balance);

    auto* form = new QFormLayout;
    form->addRow(tr("Expiring:"), m_expiry = valueLabel(this));
    form->addRow(tr("Tier:"), m_tier = valueLabel(this));
    form->addRow(tr("Discount:"), m_discount = valueLabel(this));
    form->addRow(tr("Stamps:"), m_stamps = valueLabel(this));
    form->addRow(tr("Vouchers:"), m_vouchers = valueLabel(this));
    form->addRow(tr("Purchases:"), m_purchases = valueLabel(this));
    layout->addLayout(form);

    m_lastAction = new QLabel(this);
    m_lastAction->setWordWrap(true);
    m_lastAction->setStyleSheet(
        QStringLiteral("QLabel { background: #e8f5e9; color: #1b5e20; padding: 6px; }"));
    m_lastAction->hide();
    layout->addWidget(m_lastAction);

    auto* actions = new QHBoxLayout;
    m_sale = new QPushButton(tr("&Sale…"), this);
    m_sale->setShortcut(QKeySequence(Qt::Key_F5));
    m_sale->setToolTip(tr("Record a sale for this customer: amount, points to spend, what it earns (F5)"));
    QFont bold = m_sale->font();
    bold.setBold(true);
    m_sale->setFont(bold);
    connect(m_sale, &QPushButton::clicked, this, &LoyaltyPanel::recordSale);
    auto* refundButton = new QPushButton(tr("Re&fund…"), this);
    refundButton->setToolTip(tr("Refund all or part of a sale; its points follow"));
    connect(refundButton, &QPushButton::clicked, this, &LoyaltyPanel::refund);
    auto* pointsButton = new QPushButton(tr("Give &points…"), this);
    pointsButton->setToolTip(tr("Points for an activity the programme lists; corrections are for the owner"));
    connect(pointsButton, &QPushButton::clicked, this, &LoyaltyPanel::givePoints);
    auto* more = new QPushButton(tr("&More"), this);
    auto* menu = new QMenu(more);
    menu->addAction(tr("Register a paper &stamp card…"), this, &LoyaltyPanel::registerStampCard);
    menu->addAction(tr("Recommended &by…"), this, &LoyaltyPanel::recordReferrer);
    menu->addAction(tr("&Donate points…"), this, &LoyaltyPanel::donatePoints);
    menu->addSeparator();
    menu->addAction(tr("&Print statement…"), this, &LoyaltyPanel::printStatement);
    menu->addAction(tr("&Export statement as CSV…"), this, &LoyaltyPanel::exportStatement);
    menu->addSeparator();
    menu->addAction(tr("Print membership &card…"), this, &LoyaltyPanel::printCard);
    menu->addAction(tr("Print &consent form…"), this, &LoyaltyPanel::printConsentForm);
    menu->addAction(tr("Print &receipt slip of the last sale…"), this, &LoyaltyPanel::printLastReceipt);
    more->setMenu(menu);
    actions->addWidget(m_sale);
    actions->addWidget(refundButton);
    actions->addWidget(pointsButton);
    actions->addWidget(more);
    actions->addStretch(1);
    layout->addLayout(actions);

    m_model = new StatementModel(this);
    m_statement = new QTableView(this);
    m_statement->setModel(m_model);
    m_statement->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_statement->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_statement->verticalHeader()->hide();
    m_statement->horizontalHeader()->setSectionResizeMode(StatementModel::Description, QHeaderView::Stretch);
    m_statement->horizontalHeader()->setSectionResizeMode(StatementModel::Date,
                                                          QHeaderView::ResizeToContents);
    m_statement->horizontalHeader()->setSectionResizeMode(StatementModel::Points,
                                                          QHeaderView::ResizeToContents);
    m_statement->horizontalHeader()->setSectionResizeMode(StatementModel::Balance,
                                                          QHeaderView::ResizeToContents);
    m_statement->horizontalHeader()->setSectionResizeMode(StatementModel::RecordedBy,
                                                          QHeaderView::ResizeToContents);
    m_statement->setMinimumHeight(160);
    layout->addWidget(m_statement, 1);
}

void LoyaltyPanel::showCustomer(qint64 id)
{
    if (id != m_id)
        m_lastAction->hide();
    m_id = id;
    refresh();
}

QString LoyaltyPanel::customerName() const
{
    const auto customer = m_directory.customer(m_id);
    return customer ? CustomerSearchModel::displayName(*customer) : QString();
}

void LoyaltyPanel::refresh()
{
    if (m_id <= 0)
        return;
    const QLocale locale;
    const QString none = tr("—");
    const LoyaltyProgramme programme = m_ledger.programme();
    const LoyaltyStatus s = m_ledger.status(m_id);
    const Money money = m_ledger.money();
    m_balance->setText(tr("%Ln point(s), worth %1", nullptr, int(s.balance))
                           .arg(ltrIsolate(money.format(s.balanceValueMinor))));
    m_expiry->setText(s.nextExpiry.isValid()
                          ? tr("%Ln point(s) on %1", nullptr, int(s.nextExpiryPoints))
                                .arg(LocalDates::dayOf(s.nextExpiry, QLocale::LongFormat, locale))
                          : none);
    if (!programme.tiersEnabled)
        m_tier->setText(none);
    else if (s.nextTier.isEmpty())
        m_tier->setText(s.tier.isEmpty() ? none : tr("%1, the highest").arg(s.tier));
    else
        m_tier->setText(tr("%1; %2 more within %Ln month(s) reaches %3", nullptr, programme.tierWindowMonths)
                            .arg(s.tier.isEmpty() ? none : s.tier,
                                 ltrIsolate(money.format(s.toNextTierMinor)), s.nextTier));
    m_discount->setText(s.discountBp == 0 ? none
                                          : tr("%1%").arg(locale.toString(s.discountBp / 100.0, 'f',
                                                                          s.discountBp % 100 ? 2 : 0)));
    if (!programme.stampsEnabled) {
        m_stamps->setText(none);
    } else {
        const QString filled(s.stamps, QChar(0x25CF));
        const QString empty(std::max(0, s.stampsToFill - s.stamps), QChar(0x25CB));
        m_stamps->setText(
            tr("%1 %L2 of %L3").arg(ltrIsolate(filled + empty)).arg(s.stamps).arg(s.stampsToFill));
    }
    QStringList vouchers;
    for (const Voucher& v : s.vouchers)
        vouchers.append(v.validUntil.isValid()
                            ? tr("%1: %2, until %3")
                                  .arg(ltrIsolate(CouponCode::display(v.code)), v.description,
                                       LocalDates::date(v.validUntil.toLocalTime().date().addDays(-1),
                                                       QLocale::ShortFormat, locale))
                            : tr("%1: %2").arg(ltrIsolate(CouponCode::display(v.code)), v.description));
    m_vouchers->setText(vouchers.isEmpty() ? none : vouchers.join(u'\n'));
    const QList<SaleRecord> sales = m_ledger.salesOf(m_id, 1);
    m_purchases->setText(sales.isEmpty() ? tr("No purchases recorded yet.")
                                         : tr("The last on %1.")
                                               .arg(LocalDates::dayOf(sales.first().at, QLocale::LongFormat, locale)));
    m_model->setStatement(CustomerStatement(m_ledger, m_directory, m_id));
}

void LoyaltyPanel::announce(const QString& text)
{
    m_lastAction->setText(text);
    m_lastAction->show();
    refresh();
    Q_EMIT changed(m_id);
}

void LoyaltyPanel::recordSale()
{
    if (m_id <= 0)
        return;
    SaleDialog dialog(m_ledger, m_id, customerName(), this);
    dialog.setCoupons(m_coupons);
    dialog.setOfflineTill(m_offlineTill, m_serverLost);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QJsonObject json = dialog.outcome().json;
    if (json.value(QStringLiteral("offline")).toBool()) {
        // Said without reading the page again: its figures come from the server, which is gone.
        m_lastAction->show();
        m_lastAction->setText(tr("The server went away: the sale is kept on this till (about %Ln point(s) earned) and sent "
                    "when the server is back.",
                    nullptr, int(json.value(QStringLiteral("estimated_earned")).toInteger())));
        return;
    }
    if (dialog.slipBox()->isChecked())
        ShopPrinting::printReceiptSlip(m_directory.database(), m_ledger,
                                       json.value(QStringLiteral("till")).toString(),
                                       json.value(QStringLiteral("ref")).toString(), this);
    QString text = tr("Sale recorded: %Ln point(s) earned, balance %1.", nullptr,
                      int(json.value(QStringLiteral("earned")).toInteger() +
                          json.value(QStringLiteral("bonus")).toInteger()))
                       .arg(QLocale().toString(json.value(QStringLiteral("balance")).toInteger()));
    const QJsonArray vouchers = json.value(QStringLiteral("vouchers")).toArray();
    if (!vouchers.isEmpty())
        text = tr("%1 The stamp card is full: give the customer voucher %2.")
                   .arg(text, ltrIsolate(CouponCode::display(vouchers.first().toString())));
    announce(text);
}

void LoyaltyPanel::printCard()
{
    const auto customer = m_directory.customer(m_id);
    if (!customer)
        return;
    ShopPrinting::membershipCard(m_directory.database(), m_directory.clock(), customer.value(), this)->exec();
}

void LoyaltyPanel::printConsentForm()
{
    const auto customer = m_directory.customer(m_id);
    if (!customer)
        return;
    ShopPrinting::consentForm(m_directory.database(), customer.value(), this)->exec();
}

void LoyaltyPanel::printLastReceipt()
{
    const QList<SaleRecord> sales = m_ledger.salesOf(m_id, 1);
    if (sales.isEmpty()) {
        Prompts::instance().inform(this, tr("Receipt slip"), tr("This customer has no sales yet."));
        return;
    }
    ShopPrinting::receiptSlip(m_directory.database(), m_ledger, sales.first().tillId, sales.first().saleRef,
                              this)
        ->exec();
}

void LoyaltyPanel::refund()
{
    if (m_id <= 0)
        return;
    RefundDialog dialog(m_ledger, m_id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const RefundOutcome& o = dialog.outcome();
    QString text = tr("Refund recorded: %L1 points taken back, %L2 returned; balance %L3.")
                       .arg(o.pointsTakenBack)
                       .arg(o.pointsReturned)
                       .arg(o.balance);
    if (o.pointsUnrecovered > 0)
        text = tr("%1 %L2 points had already been spent and could not be taken back.")
                   .arg(text)
                   .arg(o.pointsUnrecovered);
    announce(text);
}

void LoyaltyPanel::givePoints()
{
    if (m_id <= 0)
        return;
    GrantPointsDialog dialog(m_ledger, m_id, this);
    if (dialog.exec() == QDialog::Accepted)
        announce(tr("Points recorded; balance %L1.").arg(m_ledger.status(m_id).balance));
}

void LoyaltyPanel::registerStampCard()
{
    const QString serial = Prompts::instance().askText(
        this, tr("Paper stamp card"), tr("Scan or type the number printed on the stamp card:"));
    if (serial.isEmpty())
        return;
    auto card = m_ledger.registerStampCard(serial, m_id);
    if (!card) {
        Prompts::instance().warn(this, tr("Paper stamp card"), card.error().message);
        return;
    }
    announce(tr("Stamp card %1 now belongs to this customer; it has %Ln stamp(s).", nullptr, card->stamps)
                 .arg(ltrIsolate(card->serial)));
}

void LoyaltyPanel::recordReferrer()
{
    const QString query = Prompts::instance().askText(
        this, tr("Recommended by"), tr("Phone or card of the customer who recommended the shop:"));
    if (query.isEmpty())
        return;
    QList<SearchHit> hits;
    const auto referrer = m_directory.findOne(query, &hits);
    if (!referrer) {
        Prompts::instance().warn(
            this, tr("Recommended by"),
            hits.isEmpty() ? tr("No customer matches “%1”.").arg(query)
                           : tr("“%1” matches several customers; type their phone or card.").arg(query));
        return;
    }
    auto set = m_ledger.setReferrer(m_id, referrer->id);
    if (!set) {
        Prompts::instance().warn(this, tr("Recommended by"), set.error().message);
        return;
    }
    announce(tr("Recorded: recommended by %1. Both get their points with this customer's first purchase.")
                 .arg(CustomerSearchModel::displayName(*referrer)));
}

void LoyaltyPanel::donatePoints()
{
    const LoyaltyProgramme programme = m_ledger.programme();
    if (programme.donationRecipients.isEmpty()) {
        Prompts::instance().inform(
            this, tr("Donate points"),
            tr("The programme lists nobody to donate points to. The owner can add causes in "
               "the programme settings."));
        return;
    }
    QStringList names;
    for (qint64 id : programme.donationRecipients) {
        const auto c = m_directory.customer(id);
        names.append(c ? c->name : tr("customer %1").arg(id));
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Donate points"), tr("Give points to:"), names, 0, false, &ok);
    if (!ok)
        return;
    const int points = QInputDialog::getInt(this, tr("Donate points"), tr("How many points?"), 0, 1,
                                            int(std::max<qint64>(1, m_ledger.status(m_id).balance)), 1, &ok);
    if (!ok)
        return;
    auto done = m_ledger.transfer(m_id, programme.donationRecipients[names.indexOf(chosen)], points);
    if (!done) {
        Prompts::instance().warn(this, tr("Donate points"), done.error().message);
        return;
    }
    announce(tr("%L1 points given to %2.").arg(points).arg(chosen));
}

void LoyaltyPanel::printStatement()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print statement"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument document;
    document.setHtml(CustomerStatement(m_ledger, m_directory, m_id)
                         .toHtml(m_directory.settings().value(ShopSettings::Key::ShopName)));
    document.print(&printer);
}

void LoyaltyPanel::exportStatement()
{
    const QString folder = UserSettings::value(UserSettings::Key::LastExportFolder).toString();
    const QString suggested =
        QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(tr("statement-%1.csv").arg(m_id));
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Export statement"), suggested, tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    UserSettings::setValue(UserSettings::Key::LastExportFolder, QFileInfo(file).absolutePath());
    QSaveFile out(file);
    const QByteArray csv = CustomerStatement(m_ledger, m_directory, m_id).toCsv();
    if (!out.open(QIODevice::WriteOnly) || out.write(csv) != csv.size() || !out.commit())
        Prompts::instance().warn(
            this, tr("Export statement"),
            tr("Cannot write %1: %2").arg(ltrUnlessRtl(QDir::toNativeSeparators(file)), out.errorString()));
}
