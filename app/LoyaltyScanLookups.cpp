#include "LoyaltyScanLookups.h"

#include "CouponStore.h"
#include "ScanClassifier.h"
#include "StampCardStore.h"
#include "VoucherStore.h"

void installLoyaltyScanLookups(ScanClassifier& classifier, Database& db)
{
    classifier.setCouponLookup([&db](const QString& code) {
        ScanClassifier::Match match;
        if (auto voucher = VoucherStore(db).byCode(code)) {
            match.registered = true;
            match.customerId = voucher->customerId;
            match.recordId = voucher->id;
        } else if (auto coupon = CouponStore(db).byCode(code)) {
            // A coupon for anyone leads to no customer; a personalised one to its holder.
            match.registered = true;
            match.customerId = coupon->issuedTo;
            match.recordId = coupon->id;
        }
        return match;
    });
    classifier.setStampCardLookup([&db](const QString& serial) {
        ScanClassifier::Match match;
        if (auto card = StampCardStore(db).bySerial(serial)) {
            match.registered = card->customerId > 0;
            match.customerId = card->customerId;
            match.recordId = card->id;
        }
        return match;
    });
}
