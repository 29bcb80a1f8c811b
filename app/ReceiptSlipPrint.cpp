#include "ReceiptSlipPrint.h"

#include "LocalDates.h"
#include "CouponCode.h"
#include "CustomerStore.h"
#include "LoyaltyLedger.h"
#include "SaleStore.h"
#include "ShopLogo.h"
#include "ShopSettings.h"
#include "VoucherStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

Result<ReceiptSlipLayout> receiptSlipFor(Database& db, const LoyaltyLedger& ledger, const QString& tillId,
                                         const QString& saleRef, int widthMm, Qt::LayoutDirection direction)
{
    const QString till = tillId.isEmpty() ? QStringLiteral("1") : tillId;
    auto sale = SaleStore(db).byReference(till, saleRef);
    if (!sale) {
        if (sale.error().kind == Error::Kind::NotFound)
            return makeError(Error::Kind::NotFound,
                             ReceiptSlipLayout::tr("No sale %1 was recorded at till %2.").arg(saleRef, till));
        return sale.error();
    }
    const QJsonObject json = QJsonDocument::fromJson(sale->result.toUtf8()).object();
    const Money money = ledger.money();
    const QLocale locale;
    const auto minor = [&](const QString& key) {
        auto parsed = money.parse(json.value(key).toString());
        return parsed ? parsed.value() : 0;
    };
    const auto minus = [&](qint64 amount) {
        return ReceiptSlipLayout::tr("−%1").arg(money.format(amount, locale));
    };

    ReceiptSlipLayout::Content c;
    c.shopName = ShopSettings(db).value(ShopSettings::Key::ShopName);
    c.logo = ShopLogo::image(ShopSettings(db));
    c.when = LocalDates::dateTime(sale->at, QLocale::ShortFormat, locale);
    c.reference = ReceiptSlipLayout::tr("Till %1 · sale %2").arg(sale->tillId, sale->saleRef);
    if (sale->customerId > 0) {
        if (auto customer = CustomerStore(db).byId(sale->customerId)) {
            c.customerName = customer->name.isEmpty() ? customer->nickname : customer->name;
            c.cardNumber = customer->cardNumber;
        }
    }

    // The sale as it was recorded.
    const qint64 couponDiscount = minor(QStringLiteral("coupon_discount"));
    const qint64 memberDiscount = sale->discountMinor - couponDiscount;
    c.sale.append({ReceiptSlipLayout::tr("Amount"), money.format(sale->amountMinor, locale), true});
    if (memberDiscount > 0)
        c.sale.append({ReceiptSlipLayout::tr("Member discount"), minus(memberDiscount), true});
    const QString coupon = json.value(QStringLiteral("coupon")).toString();
    if (!coupon.isEmpty()) {
        const QString label = ReceiptSlipLayout::tr("Coupon %1").arg(CouponCode::display(coupon));
        if (couponDiscount > 0)
            c.sale.append({label, minus(couponDiscount), true});
        else
            c.sale.append({label, json.value(QStringLiteral("coupon_gives")).toString()});
    }
    if (sale->pointsRedeemed > 0)
        c.sale.append({ReceiptSlipLayout::tr("Paid with %Ln point(s)", nullptr, int(sale->pointsRedeemed)),
                       minus(sale->paidWithPointsMinor), true});
    ReceiptSlipLayout::Row toPay{
        ReceiptSlipLayout::tr("To pay"),
        money.format(sale->amountMinor - sale->discountMinor - sale->paidWithPointsMinor, locale), true};
    toPay.strong = true;
    c.sale.append(toPay);

    if (sale->customerId > 0) {
        const qint64 earned = json.value(QStringLiteral("earned")).toInteger() +
                              json.value(QStringLiteral("bonus")).toInteger();
        c.points.append({ReceiptSlipLayout::tr("Points earned"),
                         ReceiptSlipLayout::tr("+%1").arg(locale.toString(earned)), true});
        ReceiptSlipLayout::Row balance{ReceiptSlipLayout::tr("Points balance"),
                                       locale.toString(json.value(QStringLiteral("balance")).toInteger()),
                                       true};
        balance.strong = true;
        c.points.append(balance);
        const LoyaltyStatus status = ledger.status(sale->customerId);
        if (status.nextExpiry.isValid() && status.nextExpiryPoints > 0)
            c.points.append(
                {ReceiptSlipLayout::tr("Expiring on %1")
                     .arg(LocalDates::dayOf(status.nextExpiry, QLocale::ShortFormat, locale)),
                 locale.toString(status.nextExpiryPoints), true});
        const LoyaltyProgramme programme = ledger.programme();
        const QJsonArray vouchers = json.value(QStringLiteral("vouchers")).toArray();
        // A sale that filled the card shows it full, not the empty card that follows.
        const int stamps =
            vouchers.isEmpty() ? json.value(QStringLiteral("stamps")).toInt() : programme.stampsToFill;
        if (programme.stampsEnabled)
            c.points.append({ReceiptSlipLayout::tr("Stamps on the card"),
                             ReceiptSlipLayout::tr("%1 of %2")
                                 .arg(locale.toString(stamps), locale.toString(programme.stampsToFill))});
        if (!vouchers.isEmpty()) {
            c.voucherCode = vouchers.first().toString();
            auto voucher = VoucherStore(db).byCode(c.voucherCode);
            c.voucherText = ReceiptSlipLayout::tr("Your voucher: %1")
                                .arg(voucher ? voucher->description : programme.stampReward);
        }
    }
    return ReceiptSlipLayout(c, widthMm, direction);
}
