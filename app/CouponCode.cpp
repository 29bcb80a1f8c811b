#include "CouponCode.h"

#include <QRandomGenerator>

namespace {
constexpr char16_t kAlphabet[] = u"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

int symbolValue(QChar c)
{
    const char16_t u = c.toUpper().unicode();
    switch (u) {
    case u'O':
        return 0;
    case u'I':
    case u'L':
        return 1;
    default:
        break;
    }
    for (int i = 0; i < 32; ++i) {
        if (kAlphabet[i] == u)
            return i;
    }
    return -1;
}

// Drops what people and scanners add around a code; maps digits of any script to Latin.
QString stripped(QStringView typed)
{
    QString out;
    out.reserve(typed.size());
    for (QChar c : typed) {
        if (c.isSpace() || c == u'-' || c == u'\u200c' || c == u'\u200e' || c == u'\u200f')
            continue;
        if (c.isDigit() && c.digitValue() >= 0)
            out.append(QChar(char16_t(u'0' + c.digitValue())));
        else
            out.append(c);
    }
    return out;
}
} // namespace

QString CouponCode::generate()
{
    // All-digit payloads (about 1 in 100,000) are drawn again so a code never looks like a number.
    for (;;) {
        quint64 bits = QRandomGenerator::system()->generate64() & ((quint64(1) << 50) - 1);
        QString payload(PayloadLength, u'0');
        bool anyLetter = false;
        for (int i = PayloadLength - 1; i >= 0; --i) {
            payload[i] = QChar(kAlphabet[bits & 31]);
            anyLetter = anyLetter || (bits & 31) >= 10;
            bits >>= 5;
        }
        if (anyLetter)
            return QString(payload + checkCharacter(payload));
    }
}

QChar CouponCode::checkCharacter(QStringView payload)
{
    // Luhn mod 32: catches every mistyped character and nearly every swap of two neighbours, and the check
    // is one of the 32 code characters, so nobody has to find "*", "~" or "$" on a keyboard.
    int factor = 2;
    int sum = 0;
    for (qsizetype i = payload.size() - 1; i >= 0; --i) {
        const int addend = factor * std::max(0, symbolValue(payload[i]));
        sum += addend / 32 + addend % 32;
        factor = factor == 2 ? 1 : 2;
    }
    return QChar(kAlphabet[(32 - sum % 32) % 32]);
}

Result<QString> CouponCode::normalize(QStringView typed)
{
    const QString text = stripped(typed);
    if (text.size() != Length)
        return makeError(Error::Kind::Invalid,
                         tr("A code has %1 characters; this one has %2. Check it and type it again.")
                             .arg(Length)
                             .arg(text.size()));
    QString canonical;
    canonical.reserve(Length);
    for (qsizetype i = 0; i < PayloadLength; ++i) {
        const int v = symbolValue(text[i]);
        if (v < 0)
            return makeError(
                Error::Kind::Invalid,
                tr("“%1” cannot be part of a code. Check the code and type it again.").arg(text[i]));
        canonical.append(QChar(kAlphabet[v]));
    }
    const int check = symbolValue(text[PayloadLength]);
    if (check < 0 || QChar(kAlphabet[check]) != checkCharacter(canonical))
        return makeError(
            Error::Kind::Invalid,
            tr("The code %1 is mistyped: its last character does not match the others. Check every "
               "character and type it again.")
                .arg(display(canonical + text[PayloadLength].toUpper())));
    return QString(canonical + checkCharacter(canonical));
}

bool CouponCode::looksLikeCode(QStringView typed)
{
    const QString text = stripped(typed);
    if (text.size() != Length)
        return false;
    for (qsizetype i = 0; i < PayloadLength; ++i) {
        if (symbolValue(text[i]) < 0)
            return false;
    }
    // A code is never all digits, so it cannot be mistaken for a card, phone or product barcode.
    bool anyLetter = false;
    for (qsizetype i = 0; i < PayloadLength; ++i)
        anyLetter = anyLetter || text[i].isLetter();
    return anyLetter && symbolValue(text[PayloadLength]) >= 0;
}

QString CouponCode::display(const QString& canonical)
{
    if (canonical.size() != Length)
        return canonical;
    return QStringLiteral("%1-%2-%3").arg(canonical.left(5), canonical.mid(5, 5), canonical.right(1));
}
