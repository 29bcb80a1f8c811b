#include "CardNumber.h"

#include "PhoneNumbers.h"

int CardNumber::checkDigit(QStringView first12Digits)
{
    int sum = 0;
    for (qsizetype i = 0; i < 12 && i < first12Digits.size(); ++i) {
        const int digit = first12Digits[i].digitValue();
        sum += (i % 2 == 0) ? digit : 3 * digit;
    }
    return (10 - sum % 10) % 10;
}

bool CardNumber::looksLikeCard(QStringView typed)
{
    const QString ascii = PhoneNumbers::asciiDigits(typed);
    QString digits;
    for (QChar ch : ascii) {
        if (ch.isDigit())
            digits += ch;
        else if (!(ch.isSpace() || ch == u'-'))
            return false;
    }
    return digits.size() == 12 || digits.size() == 13;
}

Result<QString> CardNumber::normalize(QStringView typed)
{
    const QString ascii = PhoneNumbers::asciiDigits(typed).trimmed();
    QString digits;
    for (QChar ch : ascii) {
        if (ch.isDigit())
            digits += ch;
        else if (!(ch.isSpace() || ch == u'-'))
            return makeError(
                Error::Kind::Invalid,
                tr("“%1” is not a card number: a card number has 13 digits.").arg(typed.toString()));
    }
    if (digits.size() == 12)
        digits.prepend(u'0');
    if (digits.size() != 13)
        return makeError(Error::Kind::Invalid,
                         tr("“%1” is not a card number: a card number has 13 digits, this has %2.")
                             .arg(typed.toString())
                             .arg(digits.size()));
    if (checkDigit(digits) != digits.back().digitValue())
        return makeError(
            Error::Kind::Invalid,
            tr("The card number %1 has a wrong check digit: check it for a typing mistake, or scan the "
               "card.")
                .arg(digits));
    return digits;
}

QString CardNumber::fromSerial(const QString& prefix, qint64 serial)
{
    QString first12 = prefix + QStringLiteral("%1").arg(serial, int(12 - prefix.size()), 10, QChar(u'0'));
    first12.truncate(12);
    return first12 + QString::number(checkDigit(first12));
}
