#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

// One barcode encoded by zint as vectors: dark rectangles in module units, painted at any module size so a
// PDF or printer gets crisp edges. Quiet zones are not part of the symbol; the layout keeps them clear.
class BarcodeSymbol
{
    Q_DECLARE_TR_FUNCTIONS(BarcodeSymbol)

public:
    enum class Type
    {
        Code128,
        QrCode,
        Ean13,
    };

    // Modules of clear space each side that readers need: 10 for Code 128, 4 for QR, 11/7 for EAN-13.
    static int quietZoneModules(Type type);

    static Result<BarcodeSymbol> encode(Type type, const QString& data);

    Type type() const { return m_type; }
    QString data() const { return m_data; }
    // Size without quiet zones, in modules; a linear symbol is one module high (its bars stretch).
    int modulesWide() const { return m_width; }
    int modulesHigh() const { return m_height; }
    bool isLinear() const { return m_type != Type::QrCode; }

    // Paints the dark modules with `topLeft` at the first bar or module (not the quiet zone). `module` is the
    // module width in device units; `barHeight` the bar height of a linear symbol (ignored for QR).
    void paint(QPainter& painter, const QPointF& topLeft, qreal module, qreal barHeight = 0) const;

private:
    Type m_type = Type::Code128;
    QString m_data;
    int m_width = 0;
    int m_height = 0;
    QList<QRectF> m_rects; // module units; y and height in bar heights for linear symbols
};
