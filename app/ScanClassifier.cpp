#include "ScanClassifier.h"

#include "CardNumber.h"
#include "CouponCode.h"
#include "CustomerDirectory.h"
#include "PhoneNumbers.h"

#include <QUrl>

ScanClassifier::ScanClassifier(CustomerDirectory& directory) : m_directory(directory)
{
}

bool ScanClassifier::isStampCardNumber(const QString& thirteenDigits)
{
    return thirteenDigits.size() == 13 && thirteenDigits.startsWith(QStringLiteral("049"));
}

QString ScanClassifier::telUriNumber(const QString& text)
{
    if (!text.startsWith(QStringLiteral("tel:"), Qt::CaseInsensitive))
        return {};
    QString number = QUrl::fromPercentEncoding(text.mid(4).toUtf8());
    // Parameters such as ";ext=12" or ";phone-context=" follow the number.
    const qsizetype semicolon = number.indexOf(u';');
    if (semicolon >= 0)
        number.truncate(semicolon);
    return number.trimmed();
}

ScannedCode ScanClassifier::classify(const QString& rawText, const QString& symbology) const
{
    ScannedCode scanned;
    scanned.text = rawText.trimmed();
    scanned.symbology = symbology;
    const QString& text = scanned.text;
    if (text.isEmpty())
        return scanned;

    const QString telNumber = telUriNumber(text);
    if (telNumber.isEmpty() && CardNumber::looksLikeCard(text)) {
        if (auto card = CardNumber::normalize(text)) {
            if (isStampCardNumber(card.value())) {
                scanned.kind = ScannedCode::Kind::StampCard;
                scanned.normalized = card.value();
                if (m_stampCardLookup) {
                    const Match match = m_stampCardLookup(card.value());
                    scanned.registered = match.registered;
                    scanned.customerId = match.customerId;
                    scanned.recordId = match.recordId;
                }
                return scanned;
            }
            const auto holder = m_directory.store().byCard(card.value());
            // GS1 prefix 04 is for the shop's own numbering; other EAN-13s are products, not cards.
            if (holder || card.value().startsWith(QStringLiteral("04"))) {
                scanned.kind = ScannedCode::Kind::Card;
                scanned.normalized = card.value();
                scanned.registered = holder.has_value();
                scanned.customerId = holder ? holder->id : 0;
                return scanned;
            }
        }
    }

    if (telNumber.isEmpty() && CouponCode::looksLikeCode(text)) {
        auto coupon = CouponCode::normalize(text);
        // Issued codes always have a letter, so an 11-digit phone number is never taken for one.
        const bool anyLetter =
            coupon && std::any_of(coupon->cbegin(), coupon->cbegin() + CouponCode::PayloadLength,
                                  [](QChar c) { return c.isLetter(); });
        if (coupon && anyLetter) {
            scanned.kind = ScannedCode::Kind::Coupon;
            scanned.normalized = coupon.value();
            if (m_couponLookup) {
                const Match match = m_couponLookup(coupon.value());
                scanned.registered = match.registered;
                scanned.customerId = match.customerId;
                scanned.recordId = match.recordId;
            }
            return scanned;
        }
    }

    const QString phoneText = telNumber.isEmpty() ? text : telNumber;
    if (PhoneNumbers::looksLikePhone(phoneText)) {
        if (auto e164 = PhoneNumbers::toE164(phoneText, m_directory.region())) {
            scanned.kind = ScannedCode::Kind::Phone;
            scanned.normalized = e164.value();
            if (auto holder = m_directory.store().byPhone(e164.value())) {
                scanned.registered = true;
                scanned.customerId = holder->id;
            }
            return scanned;
        }
    }
    return scanned;
}
