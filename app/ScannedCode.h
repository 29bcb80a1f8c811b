#pragma once

#include <QCoreApplication>
#include <QString>

// One code read by a scanner, classified: what it is for the shop and whose it is.
struct ScannedCode
{
    Q_DECLARE_TR_FUNCTIONS(ScannedCode)

public:
    enum class Kind
    {
        Card,
        Coupon, // coupon or voucher code
        StampCard,
        Phone,
        Unknown
    };

    QString text;      // as read, after the end mark, prefix/suffix and AIM identifier were removed
    QString symbology; // AIM identifier ("]E0"), empty when the scanner sent none
    Kind kind = Kind::Unknown;
    QString normalized;      // card: 13 digits; coupon: canonical; stamp card: 13 digits; phone: E.164
    qint64 customerId = 0;   // the customer the code leads to, 0 when none
    qint64 recordId = 0;     // the coupon or stamp card row, when the shop knows it
    bool registered = false; // the shop knows this card, coupon or stamp card

    // Stable names for scripts: card, coupon, stamp_card, phone, unknown.
    static QString kindKey(Kind kind);
    // "EAN-13", "Code 128", "QR Code" … for an AIM identifier; empty when not known.
    static QString symbologyName(const QString& aimIdentifier);
    // What the code is, for a person: "card", "coupon or voucher" …
    static QString kindName(Kind kind);
};
