#include "LoyaltyScanLookups.h"

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
