#include "ShopPrinting.h"

#include "CardBatches.h"
#include "ConsentFormLayout.h"
#include "DocumentPrinter.h"
#include "LoyaltyLedger.h"
#include "Prompts.h"
#include "ReceiptSlipPrint.h"
#include "ShopSettings.h"

#include <QGuiApplication>

namespace {
// The page reads in the window's direction (the application's when there is no window).
Qt::LayoutDirection direction(const QWidget* parent)
{
    return parent ? parent->layoutDirection() : QGuiApplication::layoutDirection();
}

Result<CardSheetLayout::Paper> cardPaper(const QString& option)
{
    return CardSheetLayout::parsePaper(option.isEmpty() ? QStringLiteral("a4") : option);
}
} // namespace

void ShopPrinting::addCardLayouts(PrintOptionsDialog& dialog)
{
    dialog.addOptions(tr("&Layout:"),
                      {{tr("Ten cards on A4, with cut marks"), QStringLiteral("a4")},
                       {tr("One card a page (card printer, CR80)"), QStringLiteral("cr80")}},
                      UserSettings::Key::CardLayout);
}

void ShopPrinting::addSlipWidths(PrintOptionsDialog& dialog)
{
    dialog.addOptions(tr("&Roll:"),
                      {{tr("80 mm"), QStringLiteral("80")}, {tr("58 mm"), QStringLiteral("58")}},
                      UserSettings::Key::SlipWidth);
}

std::unique_ptr<PrintOptionsDialog> ShopPrinting::cardBatch(const QString& title, const QString& fileName,
                                                            const BatchDraw& draw, const BatchKeep& keep,
                                                            QWidget* parent)
{
    auto maker = [draw, keep, parent](const QString& option,
                                      int count) -> Result<PrintOptionsDialog::Prepared> {
        auto paper = cardPaper(option);
        if (!paper)
            return paper.error();
        auto batch = draw(count);
        if (!batch)
            return batch.error();
        const CardSheetLayout layout(batch->content, paper.value(), direction(parent));
        return PrintOptionsDialog::Prepared{layout.printJob(),
                                            [keep, kept = batch.value()] { return keep(kept); }};
    };
    auto dialog = std::make_unique<PrintOptionsDialog>(title, fileName, maker, parent);
    addCardLayouts(*dialog);
    dialog->addCount(tr("&Cards:"), CardBatches::MaxBatch, 10);
    return dialog;
}

std::unique_ptr<PrintOptionsDialog> ShopPrinting::newMembershipCards(Database& db, const Clock& clock,
                                                                     QWidget* parent)
{
    return cardBatch(
        tr("New membership cards"), tr("membership-cards.pdf"),
        [&db, &clock](int count) { return CardBatches(db, clock).newMembershipCards(count); },
        [&db, &clock](const CardBatches::Batch& batch) {
            return CardBatches(db, clock).keepMembershipCards(batch);
        },
        parent);
}

std::unique_ptr<PrintOptionsDialog> ShopPrinting::newStampCards(Database& db, const Clock& clock,
                                                                const LoyaltyLedger& ledger, QWidget* parent)
{
    return cardBatch(
        tr("New stamp cards"), tr("stamp-cards.pdf"),
        [&db, &clock, &ledger](int count) {
            return CardBatches(db, clock).newStampCards(count, ledger.programme());
        },
        [&db, &clock](const CardBatches::Batch& batch) {
            return CardBatches(db, clock).keepStampCards(batch);
        },
        parent);
}

std::unique_ptr<PrintOptionsDialog> ShopPrinting::membershipCard(Database& db, const Clock& clock,
                                                                 const CustomerRecord& customer,
                                                                 QWidget* parent)
{
    auto maker = [&db, &clock, customer, parent](const QString& option,
                                                 int) -> Result<PrintOptionsDialog::Prepared> {
        auto paper = cardPaper(option);
        if (!paper)
            return paper.error();
        auto content = CardBatches(db, clock).membershipCards({customer});
        if (!content)
            return content.error();
        const CardSheetLayout layout(content.value(), paper.value(), direction(parent));
        return PrintOptionsDialog::Prepared{layout.printJob(), {}};
    };
    auto dialog =
        std::make_unique<PrintOptionsDialog>(tr("Membership card of %1").arg(customer.name),
                                             tr("card-%1.pdf").arg(customer.cardNumber), maker, parent);
    addCardLayouts(*dialog);
    return dialog;
}

std::unique_ptr<PrintOptionsDialog> ShopPrinting::consentForm(Database& db, const CustomerRecord& customer,
                                                              QWidget* parent)
{
    auto maker = [&db, customer, parent](const QString&, int) -> Result<PrintOptionsDialog::Prepared> {
        const ConsentFormLayout form =
            ConsentFormLayout::forCustomer(ShopSettings(db), customer, direction(parent));
        return PrintOptionsDialog::Prepared{form.printJob(), {}};
    };
    return std::make_unique<PrintOptionsDialog>(tr("Consent form of %1").arg(customer.name),
                                                tr("consent-%1.pdf").arg(customer.name), maker, parent);
}

std::unique_ptr<PrintOptionsDialog> ShopPrinting::receiptSlip(Database& db, const LoyaltyLedger& ledger,
                                                              const QString& tillId, const QString& saleRef,
                                                              QWidget* parent)
{
    auto maker = [&db, &ledger, tillId, saleRef, parent](const QString& option,
                                                         int) -> Result<PrintOptionsDialog::Prepared> {
        auto width = ReceiptSlipLayout::parseWidth(option.isEmpty() ? QStringLiteral("80") : option);
        if (!width)
            return width.error();
        auto slip = receiptSlipFor(db, ledger, tillId, saleRef, width.value(), direction(parent));
        if (!slip)
            return slip.error();
        return PrintOptionsDialog::Prepared{slip->printJob(), {}};
    };
    auto dialog = std::make_unique<PrintOptionsDialog>(tr("Receipt slip"), tr("receipt-%1.pdf").arg(saleRef),
                                                       maker, parent);
    addSlipWidths(*dialog);
    return dialog;
}

void ShopPrinting::printReceiptSlip(Database& db, const LoyaltyLedger& ledger, const QString& tillId,
                                    const QString& saleRef, QWidget* parent)
{
    auto width = ReceiptSlipLayout::parseWidth(UserSettings::value(UserSettings::Key::SlipWidth).toString());
    auto slip = receiptSlipFor(db, ledger, tillId, saleRef,
                               width ? width.value() : ReceiptSlipLayout::WideRollMm, direction(parent));
    if (!slip) {
        Prompts::instance().warn(parent, tr("Receipt slip"), slip.error().message);
        return;
    }
    DocumentPrinter::print(parent, slip->printJob());
}
