#include "Money.h"

#include <QHash>
#include <QRegularExpression>

#include <unicode/ucurr.h>
#include <unicode/uenum.h>

#include <limits>

Money::Money(QString currencyCode, Display display)
    : m_code(std::move(currencyCode)), m_digits(minorDigitsOf(m_code)),
      m_toman(display == Display::Toman && m_code == u"IRR")
{
}

QString Money::currencyForRegion(const QString& region)
{
    if (region.size() != 2)
        return {};
    const QByteArray locale = QByteArrayLiteral("und_") + region.toUpper().toLatin1();
    UChar buffer[4] = {};
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = ucurr_forLocale(locale.constData(), buffer, 4, &status);
    if (U_FAILURE(status) || length != 3)
        return {};
    return QString(reinterpret_cast<const QChar*>(buffer), 3);
}

QStringList Money::currencyCodes()
{
    QStringList codes;
    UErrorCode status = U_ZERO_ERROR;
    UEnumeration* all = ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &status);
    if (U_FAILURE(status))
        return codes;
    int32_t length = 0;
    while (const char* code = uenum_next(all, &length, &status)) {
        if (U_FAILURE(status))
            break;
        codes.append(QString::fromLatin1(code, length));
    }
    uenum_close(all);
    codes.sort();
    return codes;
}

QString Money::currencyName(const QString& currencyCode, const QLocale& locale)
{
    const std::u16string code = currencyCode.toStdU16String();
    const QByteArray localeName = locale.name().toLatin1();
    UBool isChoiceFormat = false;
    int32_t length = 0;
    UErrorCode status = U_ZERO_ERROR;
    const UChar* name = ucurr_getName(reinterpret_cast<const UChar*>(code.c_str()), localeName.constData(),
                                      UCURR_LONG_NAME, &isChoiceFormat, &length, &status);
    if (U_FAILURE(status) || !name || length == 0)
        return currencyCode;
    return QString(reinterpret_cast<const QChar*>(name), length);
}

int Money::minorDigitsOf(const QString& currencyCode)
{
    if (currencyCode.size() != 3)
        return 2;
    const std::u16string code = currencyCode.toUpper().toStdU16String();
    UErrorCode status = U_ZERO_ERROR;
    const int32_t digits =
        ucurr_getDefaultFractionDigits(reinterpret_cast<const UChar*>(code.c_str()), &status);
    return U_FAILURE(status) ? 2 : int(digits);
}

qint64 Money::everydayUnitMinor() const
{
    // Rounded to what a shop would print; exchange rates move, these only need the right order of magnitude.
    static const QHash<QString, qint64> units = {
        {QStringLiteral("RUB"), 10000}, {QStringLiteral("UAH"), 4000},   {QStringLiteral("KZT"), 50000},
        {QStringLiteral("BYN"), 300},   {QStringLiteral("UZS"), 15000},  {QStringLiteral("IRR"), 500000},
        {QStringLiteral("AFN"), 80},    {QStringLiteral("SAR"), 400},    {QStringLiteral("AED"), 400},
        {QStringLiteral("QAR"), 400},   {QStringLiteral("KWD"), 300},    {QStringLiteral("BHD"), 400},
        {QStringLiteral("OMR"), 400},   {QStringLiteral("EGP"), 5000},   {QStringLiteral("IQD"), 1500},
        {QStringLiteral("JOD"), 1000},  {QStringLiteral("LBP"), 100000}, {QStringLiteral("SYP"), 15000},
        {QStringLiteral("MAD"), 1000},  {QStringLiteral("DZD"), 15000},  {QStringLiteral("TND"), 3000},
        {QStringLiteral("TRY"), 4000},  {QStringLiteral("JPY"), 150},    {QStringLiteral("KRW"), 1500},
        {QStringLiteral("INR"), 9000},  {QStringLiteral("PKR"), 30000},  {QStringLiteral("IDR"), 17000},
        {QStringLiteral("VND"), 27000}, {QStringLiteral("CNY"), 800},    {QStringLiteral("SEK"), 1100},
        {QStringLiteral("NOK"), 1100},  {QStringLiteral("DKK"), 700},    {QStringLiteral("PLN"), 400},
        {QStringLiteral("CZK"), 2500},  {QStringLiteral("HUF"), 40000},  {QStringLiteral("AMD"), 400},
        {QStringLiteral("AZN"), 200},   {QStringLiteral("GEL"), 300},    {QStringLiteral("TJS"), 1200},
    };
    return units.value(m_code, minorPerMajor());
}

qint64 Money::minorPerMajor() const
{
    qint64 factor = 1;
    for (int i = 0; i < m_digits; ++i)
        factor *= 10;
    return factor;
}

Result<qint64> Money::parse(QStringView text) const
{
    // Digits of any script as Latin; drop spaces and grouping marks; keep . , and the Arabic decimal sign.
    QString plain;
    for (QChar c : text) {
        if (c.isDigit() && c.digitValue() >= 0)
            plain.append(QChar(char16_t(u'0' + c.digitValue())));
        else if (c == u'.' || c == u',' || c == u'\u066B')
            plain.append(c == u'\u066B' ? QChar(u'.') : c);
        else if (c.isSpace() || c == u'\u066C' || c == u'\'' || c == u'\u2019' || c == u'\u200E' ||
                 c == u'\u200F')
            continue;
        else
            return makeError(Error::Kind::Invalid,
                             tr("“%1” is not an amount. Type digits only, for example 12.50.").arg(text));
    }
    if (plain.isEmpty())
        return makeError(Error::Kind::Invalid, tr("Type an amount, for example 12.50."));

    // With both . and , the last one is the decimal sign; with one kind, it is the decimal sign when it
    // occurs once and the currency has decimals (IRR "1,250,000" groups; EUR "12,50" is decimal).
    // Tomans are typed as whole numbers grouped by three, or with one decimal for a stray rial.
    const int decimals = m_toman ? 1 : m_digits;
    qsizetype decimal = -1;
    const qsizetype lastSep = std::max(plain.lastIndexOf(u'.'), plain.lastIndexOf(u','));
    if (lastSep >= 0 && plain.count(plain[lastSep]) == 1) {
        const bool mixed = plain.contains(u'.') && plain.contains(u',');
        const bool groupOfThree = m_toman && plain.size() - lastSep - 1 == 3;
        if (mixed || (decimals > 0 && !groupOfThree))
            decimal = lastSep;
    }
    QString whole = decimal >= 0 ? plain.left(decimal) : plain;
    QString fraction = decimal >= 0 ? plain.mid(decimal + 1) : QString();
    // Grouping marks separate groups of exactly three digits; anything else is a mistyped decimal.
    const QStringList groups = whole.split(QRegularExpression(QStringLiteral("[.,]")));
    for (qsizetype i = 1; i < groups.size(); ++i) {
        if (groups[i].size() != 3) {
            if (decimals == 0)
                return makeError(Error::Kind::Invalid,
                                 tr("Amounts in %1 have no decimals; type a whole number.").arg(unitName()));
            return makeError(Error::Kind::Invalid,
                             tr("“%1” is not an amount. Type digits only, for example 12.50.").arg(text));
        }
    }
    whole.remove(u'.');
    whole.remove(u',');
    if (whole.isEmpty() && fraction.isEmpty())
        return makeError(Error::Kind::Invalid, tr("Type an amount, for example 12.50."));
    if (fraction.size() > decimals) {
        if (decimals == 0)
            return makeError(Error::Kind::Invalid,
                             tr("Amounts in %1 have no decimals; type a whole number.").arg(unitName()));
        return makeError(Error::Kind::Invalid,
                         tr("Amounts in %1 have at most %2 decimals.").arg(unitName()).arg(decimals));
    }
    while (fraction.size() < decimals)
        fraction.append(u'0');
    const QString digits = whole + fraction;
    if (digits.size() > 15)
        return makeError(Error::Kind::Invalid, tr("%1 is too large an amount.").arg(text));
    bool ok = false;
    const qint64 minor = digits.isEmpty() ? 0 : digits.toLongLong(&ok);
    if (!ok)
        return makeError(Error::Kind::Invalid,
                         tr("“%1” is not an amount. Type digits only, for example 12.50.").arg(text));
    return minor;
}

QString Money::toPlainText(qint64 minor) const
{
    const bool negative = minor < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(minor) : quint64(minor);
    const quint64 factor = quint64(minorPerMajor());
    QString text = QString::number(magnitude / factor);
    if (m_digits > 0)
        text += u'.' + QStringLiteral("%1").arg(magnitude % factor, m_digits, 10, QChar(u'0'));
    return negative ? u'-' + text : text;
}

QString Money::formatNumber(qint64 minor, const QLocale& locale) const
{
    const bool negative = minor < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(minor) : quint64(minor);
    const int decimals = shownDigits(minor);
    const quint64 factor = m_toman ? 10 : quint64(minorPerMajor());
    QString text = locale.toString(qulonglong(magnitude / factor));
    if (decimals > 0) {
        QString fraction = locale.toString(qulonglong(magnitude % factor));
        const QString zero = locale.zeroDigit();
        while (fraction.size() < decimals * zero.size())
            fraction.prepend(zero);
        text += locale.decimalPoint() + fraction;
    }
    return negative ? locale.negativeSign() + text : text;
}

int Money::shownDigits(qint64 minor) const
{
    if (m_toman)
        return minor % 10 == 0 ? 0 : 1;
    return m_digits;
}

QString Money::unitName() const
{
    return m_toman ? tr("toman", "Iran's everyday money unit, ten rials") : m_code;
}

QString Money::format(qint64 minor, const QLocale& locale) const
{
    if (m_toman)
        return locale.toCurrencyString(double(minor) / 10.0, unitName(), shownDigits(minor));
    // ICU knows every currency's sign in every language ("₽", "ر.س.‏", "ریال"); Qt only the
    // locale's own.
    QString symbol = m_code;
    const std::u16string code = m_code.toStdU16String();
    const QByteArray localeName = locale.name().toLatin1();
    UBool isChoiceFormat = false;
    int32_t length = 0;
    UErrorCode status = U_ZERO_ERROR;
    const UChar* name = ucurr_getName(reinterpret_cast<const UChar*>(code.c_str()), localeName.constData(),
                                      UCURR_SYMBOL_NAME, &isChoiceFormat, &length, &status);
    if (U_SUCCESS(status) && name && length > 0)
        symbol = QString(reinterpret_cast<const QChar*>(name), length);
    // Below 2^53 minor units a double holds every amount exactly; the locale then places sign and symbol.
    return locale.toCurrencyString(double(minor) / double(minorPerMajor()), symbol, m_digits);
}
