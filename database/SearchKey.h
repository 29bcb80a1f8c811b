#pragma once

#include <QString>
#include <QStringList>

// Folds text so that a search matches regardless of case, diacritics, digit script and the
// Arabic/Persian letter variants people type interchangeably (ي/ی, ك/ک, ة/ه, أ/إ/آ/ا).
class SearchKey
{
public:
    static QString fold(QStringView text);
    // The folded words of a name and nickname, each indexed for prefix search.
    static QStringList terms(QStringView name, QStringView nickname = {});
    // The smallest string greater than every string that starts with prefix (for index range scans).
    static QString prefixEnd(const QString& prefix);
    // Digits of an E.164 number, last digit first, so "ends with 4567" is an index prefix scan.
    static QString reversedDigits(QStringView e164);
};
