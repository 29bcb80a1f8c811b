#pragma once

#include <QString>

// Phone numbers, card numbers and codes keep their left-to-right order inside right-to-left text.
inline QString ltrIsolate(const QString& text)
{
    if (text.isEmpty())
        return text;
    return QChar(0x2066) + text + QChar(0x2069);
}
