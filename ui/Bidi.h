#pragma once

#include <QString>

// Phone numbers, card numbers and codes keep their left-to-right order inside right-to-left text.
// Qt 6.4's layout leaves the leading + of "+966 51 282 0830" at the wrong end with the isolates
// (U+2066…U+2069) and with an LTR embedding; left-to-right marks on both sides keep the whole number in
// order.
inline QString ltrIsolate(const QString& text)
{
    if (text.isEmpty())
        return text;
    return QChar(0x200E) + text + QChar(0x200E);
}

// Text with no right-to-left letters (numbers, codes, paths, Latin names) read in its own order in an RTL
// layout; text that has them is left to the bidi algorithm.
inline QString ltrUnlessRtl(const QString& text)
{
    for (QChar ch : text) {
        const QChar::Direction direction = ch.direction();
        if (direction == QChar::DirR || direction == QChar::DirAL)
            return text;
    }
    return ltrIsolate(text);
}

// A line that may begin with a number: the paragraph still reads in the window's direction (a leading
// left-to-right mark would otherwise make the whole line left-to-right in an Arabic or Persian window).
inline QString inLayoutDirection(const QString& text, Qt::LayoutDirection direction)
{
    return direction == Qt::RightToLeft ? QChar(0x200F) + text : text;
}
