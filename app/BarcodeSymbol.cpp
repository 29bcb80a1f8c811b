#include "BarcodeSymbol.h"

#include <QPainter>
#include <QPainterPath>

#include <zint.h>

#include <memory>

namespace {
struct SymbolDeleter
{
    void operator()(zint_symbol* symbol) const { ZBarcode_Delete(symbol); }
};
} // namespace

int BarcodeSymbol::quietZoneModules(Type type)
{
    switch (type) {
    case Type::Code128:
        return 10;
    case Type::QrCode:
        return 4;
    case Type::Ean13:
        return 11;
    }
    return 10;
}

Result<BarcodeSymbol> BarcodeSymbol::encode(Type type, const QString& data)
{
    std::unique_ptr<zint_symbol, SymbolDeleter> symbol(ZBarcode_Create());
    if (!symbol)
        return makeError(Error::Kind::Failed, tr("Not enough memory to draw a barcode."));
    switch (type) {
    case Type::Code128:
        symbol->symbology = BARCODE_CODE128;
        break;
    case Type::QrCode:
        symbol->symbology = BARCODE_QRCODE;
        symbol->option_1 = 2; // error correction M: survives a smudge, stays version 1 for a coupon code
        break;
    case Type::Ean13:
        symbol->symbology = BARCODE_EANX;
        break;
    }
    // The layout writes the human-readable text itself, away from the bars.
    symbol->show_hrt = 0;
    const QByteArray bytes = data.toLatin1();
    const int status = ZBarcode_Encode_and_Buffer_Vector(
        symbol.get(), reinterpret_cast<const unsigned char*>(bytes.constData()), int(bytes.size()), 0);
    if (status >= ZINT_ERROR || !symbol->vector)
        return makeError(
            Error::Kind::Invalid,
            tr("“%1” cannot be drawn as a barcode: %2").arg(data, QString::fromLatin1(symbol->errtxt)));
    BarcodeSymbol out;
    out.m_type = type;
    out.m_data = data;
    out.m_width = symbol->width;
    out.m_height = type == Type::QrCode ? symbol->rows : 1;
    const zint_vector* vector = symbol->vector;
    // At scale 1 a module is two vector units; measure it rather than rely on that.
    const qreal unit = symbol->width > 0 ? qreal(vector->width) / symbol->width : 2.0;
    qreal top = 1e9;
    qreal bottom = -1e9;
    for (const zint_vector_rect* r = vector->rectangles; r; r = r->next) {
        top = std::min<qreal>(top, r->y);
        bottom = std::max<qreal>(bottom, r->y + r->height);
    }
    const qreal span = bottom > top ? bottom - top : 1.0;
    for (const zint_vector_rect* r = vector->rectangles; r; r = r->next) {
        if (r->colour > 0 && r->colour != 7)
            continue; // white or coloured rectangles: the background shows through anyway
        if (type == Type::QrCode)
            out.m_rects.append(QRectF(r->x / unit, r->y / unit, r->width / unit, r->height / unit));
        else // EAN-13 guard bars are longer than the others: keep their share of the height
            out.m_rects.append(QRectF(r->x / unit, (r->y - top) / span, r->width / unit, r->height / span));
    }
    return out;
}

void BarcodeSymbol::paint(QPainter& painter, const QPointF& topLeft, qreal module, qreal barHeight) const
{
    const qreal yScale = isLinear() ? barHeight : module;
    // One path filled once: separate rectangles leave hairline seams between touching modules when a PDF
    // viewer or rasteriser anti-aliases each edge, and a QR code with seams may not scan.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (const QRectF& r : m_rects)
        path.addRect(QRectF(topLeft.x() + r.x() * module, topLeft.y() + r.y() * yScale, r.width() * module,
                            r.height() * yScale));
    painter.fillPath(path, Qt::black);
}
