#pragma once

#include "ScannedCode.h"

#include <functional>

class CustomerDirectory;

// Tells what a scanned code is: a customer's card, a coupon or voucher, a stamp card, a phone number (also a
// QR "tel:" code) or something else, and whose it is. Coupon and stamp card lookups are hooks, so the stores
// that know them plug in without this class knowing their tables.
class ScanClassifier
{
public:
    struct Match
    {
        bool registered = false;
        qint64 customerId = 0;
        qint64 recordId = 0;
    };
    // Looks a normalized code up; the default knows no coupon and no stamp card.
    using Lookup = std::function<Match(const QString& normalized)>;

    explicit ScanClassifier(CustomerDirectory& directory);

    void setCouponLookup(Lookup lookup) { m_couponLookup = std::move(lookup); }
    void setStampCardLookup(Lookup lookup) { m_stampCardLookup = std::move(lookup); }

    ScannedCode classify(const QString& text, const QString& symbology = {}) const;

    // Stamp card serials are EAN-13 numbers starting with 049 (the card range is 042…048).
    static bool isStampCardNumber(const QString& thirteenDigits);
    // The number of a QR "tel:" code, or an empty string when the text is not one.
    static QString telUriNumber(const QString& text);

private:
    CustomerDirectory& m_directory;
    Lookup m_couponLookup;
    Lookup m_stampCardLookup;
};
