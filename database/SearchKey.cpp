#include "SearchKey.h"

#include <QSet>

namespace {
char16_t foldArabicVariant(char16_t c)
{
    switch (c) {
    case 0x064A:       // Arabic yeh
    case 0x0649:       // alef maksura
        return 0x06CC; // Persian yeh
    case 0x0643:       // Arabic kaf
        return 0x06A9; // keheh
    case 0x0629:       // teh marbuta
    case 0x06C0:       // heh with yeh above
    case 0x06C1:       // heh goal
    case 0x06D5:       // ae
        return 0x0647; // heh
    case 0x0671:       // alef wasla
        return 0x0627;
    default:
        return c;
    }
}

bool isIgnorable(char16_t c)
{
    return c == 0x0640 /* tatweel */ || c == 0x200C || c == 0x200D || c == 0x200E || c == 0x200F ||
           (c >= 0x2066 && c <= 0x2069) || c == 0x00AD;
}
} // namespace

QString SearchKey::fold(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar ch : decomposed) {
        const auto category = ch.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing || isIgnorable(ch.unicode()))
            continue;
        if (ch.isDigit() && ch.digitValue() >= 0) {
            out += QChar(u'0' + ch.digitValue());
            continue;
        }
        out += QChar(foldArabicVariant(ch.unicode()));
    }
    return out.toCaseFolded();
}

QStringList SearchKey::terms(QStringView name, QStringView nickname)
{
    QStringList result;
    QSet<QString> seen;
    for (QStringView part : {name, nickname}) {
        const QString folded = fold(part);
        QString word;
        auto flush = [&] {
            if (!word.isEmpty() && !seen.contains(word)) {
                seen.insert(word);
                result.append(word);
            }
            word.clear();
        };
        for (QChar ch : folded) {
            if (ch.isLetterOrNumber())
                word += ch;
            else
                flush();
        }
        flush();
    }
    return result;
}

QString SearchKey::prefixEnd(const QString& prefix)
{
    QString end = prefix;
    while (!end.isEmpty()) {
        const char16_t last = end.back().unicode();
        if (last < 0xFFFF && !(last >= 0xD7FF && last < 0xE000)) {
            end.back() = QChar(char16_t(last + 1));
            return end;
        }
        end.chop(1);
    }
    return QString(QChar(0xFFFF));
}

QString SearchKey::reversedDigits(QStringView e164)
{
    QString out;
    out.reserve(e164.size());
    for (qsizetype i = e164.size() - 1; i >= 0; --i) {
        if (e164[i].isDigit())
            out += QChar(u'0' + e164[i].digitValue());
    }
    return out;
}
