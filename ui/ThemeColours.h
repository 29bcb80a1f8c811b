#pragma once

#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QString>

// Text that warns or reassures keeps its meaning and stays legible in a dark theme: the shade follows the
// lightness of the window colour.
namespace ThemeColours {
inline bool isDark(const QPalette& palette = QGuiApplication::palette())
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// A problem, a refusal, points taken away.
inline QColor problem(const QPalette& palette = QGuiApplication::palette())
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

// Points added.
inline QColor gain(const QPalette& palette = QGuiApplication::palette())
{
    return isDark(palette) ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20);
}

inline QString problemStyleSheet()
{
    return QStringLiteral("QLabel { color: %1; }").arg(problem().name());
}
} // namespace ThemeColours
