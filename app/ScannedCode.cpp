#include "ScannedCode.h"

QString ScannedCode::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Card:
        return QStringLiteral("card");
    case Kind::Coupon:
        return QStringLiteral("coupon");
    case Kind::StampCard:
        return QStringLiteral("stamp_card");
    case Kind::Phone:
        return QStringLiteral("phone");
    case Kind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString ScannedCode::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Card:
        return tr("card");
    case Kind::Coupon:
        return tr("coupon or voucher");
    case Kind::StampCard:
        return tr("stamp card");
    case Kind::Phone:
        return tr("phone number");
    case Kind::Unknown:
        break;
    }
    return tr("unknown code");
}

QString ScannedCode::symbologyName(const QString& aimIdentifier)
{
    if (aimIdentifier.size() < 2 || aimIdentifier[0] != u']')
        return {};
    // The symbology letters of ISO/IEC 15424 that shop scanners send.
    switch (aimIdentifier[1].unicode()) {
    case u'A':
        return QStringLiteral("Code 39");
    case u'C':
        return QStringLiteral("Code 128");
    case u'E':
        return aimIdentifier.size() > 2 && aimIdentifier[2] == u'4' ? QStringLiteral("EAN-8")
                                                                    : QStringLiteral("EAN-13");
    case u'F':
        return QStringLiteral("Codabar");
    case u'G':
        return QStringLiteral("Code 93");
    case u'I':
        return QStringLiteral("ITF");
    case u'L':
        return QStringLiteral("PDF417");
    case u'Q':
        return QStringLiteral("QR Code");
    case u'd':
        return QStringLiteral("Data Matrix");
    case u'e':
        return QStringLiteral("GS1 DataBar");
    case u'z':
        return QStringLiteral("Aztec");
    default:
        break;
    }
    return {};
}
