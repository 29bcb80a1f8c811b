#include "PhoneNumbers.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <phonenumbers/phonenumberutil.h>
#include <unicode/uloc.h>

#include <set>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {
PhoneNumberUtil& util()
{
    return *PhoneNumberUtil::GetInstance();
}
} // namespace

QString PhoneNumbers::asciiDigits(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar ch : text) {
        if (ch.category() == QChar::Number_DecimalDigit)
            out += QChar(u'0' + ch.digitValue());
        else
            out += ch;
    }
    return out;
}

QString PhoneNumbers::digitsOf(QStringView text)
{
    QString out;
    for (QChar ch : text) {
        if (ch.category() == QChar::Number_DecimalDigit)
            out += QChar(u'0' + ch.digitValue());
    }
    return out;
}

bool PhoneNumbers::looksLikePhone(QStringView text)
{
    bool anyDigit = false;
    for (QChar ch : text) {
        if (ch.category() == QChar::Number_DecimalDigit)
            anyDigit = true;
        else if (!(ch.isSpace() || ch == u'+' || ch == u'-' || ch == u'(' || ch == u')' || ch == u'.' ||
                   ch == u'/' || ch == u'\u2212' || ch == u'\u2010' || ch == u'\u2011' || ch == u'\u2013' ||
                   ch == u'\u00A0' || ch.category() == QChar::Other_Format))
            return false;
    }
    return anyDigit;
}

Result<QString> PhoneNumbers::toE164(QStringView typed, const QString& region)
{
    QString text = asciiDigits(typed).trimmed();
    const QString country = countryName(region);
    if (digitsOf(text).isEmpty())
        return makeError(Error::Kind::Invalid, tr("Type the customer's phone number."));
    if (!looksLikePhone(text))
        return makeError(Error::Kind::Invalid,
                         tr("“%1” is not a phone number: use only digits, spaces, dashes, brackets and +.")
                             .arg(typed.toString()));
    // "00" is how most of the world dials abroad, even where the official prefix differs (Russia: 810).
    // "+44 (0)7911…": the bracketed trunk zero is written for callers at home, never dialled from abroad.
    static const QRegularExpression bracketedTrunkZero(QStringLiteral("^(\\s*\\+\\s*\\d{1,3})\\s*\\(0\\)"));
    text.replace(bracketedTrunkZero, QStringLiteral("\\1"));
    QString compact;
    for (QChar ch : text) {
        if (ch.isDigit() || ch == u'+')
            compact += ch;
    }
    if (compact.startsWith(QStringLiteral("00")))
        compact = QStringLiteral("+") + compact.mid(2);

    PhoneNumber number;
    const auto status = util().Parse(compact.toStdString(), region.toStdString(), &number);
    if (status != PhoneNumberUtil::NO_PARSING_ERROR || !util().IsValidNumber(number)) {
        if (compact.startsWith(u'+'))
            return makeError(
                Error::Kind::Invalid,
                tr("“%1” is not a valid phone number. Check the country code and the number of digits.")
                    .arg(typed.toString()));
        return makeError(
            Error::Kind::Invalid,
            tr("“%1” is not a valid phone number in %2. Check the number of digits, or type it with + "
               "and the country code if it is from another country.")
                .arg(typed.toString(), country));
    }
    std::string e164;
    util().Format(number, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

QString PhoneNumbers::formatInternational(const QString& e164)
{
    if (e164.isEmpty())
        return {};
    PhoneNumber number;
    if (util().Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string out;
    util().Format(number, PhoneNumberUtil::INTERNATIONAL, &out);
    return QString::fromStdString(out);
}

bool PhoneNumbers::isKnownRegion(const QString& region)
{
    std::set<std::string> regions;
    util().GetSupportedRegions(&regions);
    return regions.count(region.toUpper().toStdString()) > 0;
}

QStringList PhoneNumbers::knownRegions()
{
    std::set<std::string> regions;
    util().GetSupportedRegions(&regions);
    QStringList result;
    for (const std::string& r : regions)
        result.append(QString::fromStdString(r));
    return result;
}

QString PhoneNumbers::countryName(const QString& region)
{
    // ICU names every country in every language ("Россия", "روسيا"); Qt only knows English names.
    const QByteArray locale = QByteArrayLiteral("und_") + region.toUpper().toLatin1();
    const QByteArray language = QLocale().name().toLatin1();
    UChar name[128];
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length =
        uloc_getDisplayCountry(locale.constData(), language.constData(), name, 128, &status);
    if (U_SUCCESS(status) && length > 0 && length <= 128 && status != U_USING_DEFAULT_WARNING)
        return QString::fromUtf16(reinterpret_cast<const char16_t*>(name), length);
    const QLocale::Territory territory = QLocale::codeToTerritory(region);
    return territory == QLocale::AnyTerritory ? region : QLocale::territoryToString(territory);
}

QString PhoneNumbers::exampleNational(const QString& region)
{
    PhoneNumber number;
    if (!util().GetExampleNumberForType(region.toStdString(), PhoneNumberUtil::MOBILE, &number))
        return {};
    std::string out;
    util().Format(number, PhoneNumberUtil::NATIONAL, &out);
    return QString::fromStdString(out);
}

QString PhoneNumbers::randomMobile(const QString& region, quint32 seed)
{
    PhoneNumber example;
    if (!util().GetExampleNumberForType(region.toStdString(), PhoneNumberUtil::MOBILE, &example))
        return {};
    QRandomGenerator random(seed);
    const quint64 national = example.national_number();
    const QString digits = QString::number(national);
    // Keep the first digit of the example (the mobile range) and vary the rest until the number is valid.
    for (int attempt = 0; attempt < 100; ++attempt) {
        QString candidate = digits.left(1);
        while (candidate.size() < digits.size())
            candidate += QChar(u'0' + int(random.bounded(10)));
        PhoneNumber number = example;
        number.set_national_number(candidate.toULongLong());
        if (util().IsValidNumber(number)) {
            std::string out;
            util().Format(number, PhoneNumberUtil::E164, &out);
            return QString::fromStdString(out);
        }
    }
    std::string out;
    util().Format(example, PhoneNumberUtil::E164, &out);
    return QString::fromStdString(out);
}
