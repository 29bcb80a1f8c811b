#include "ReceiptSlipLayout.h"

#include "BarcodeSymbol.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextOption>

#include <cmath>

namespace {
constexpr qreal kTopMm = 3;
constexpr qreal kBottomMm = 6; // room for the printer's tear bar
constexpr qreal kMeasureDpi = 1200;

QFont slipFont(qreal points, bool bold = false)
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

// Whole device dots, never below the scanner's minimum, near `preferredMm` where the resolution allows.
qreal moduleDots(qreal minimumMm, qreal preferredMm, qreal dpi)
{
    return std::max(std::ceil(minimumMm * dpi / 25.4), std::floor(preferredMm * dpi / 25.4));
}
} // namespace

Result<int> ReceiptSlipLayout::parseWidth(const QString& text)
{
    QString key = text.trimmed().toLower();
    if (key.endsWith(u"mm"))
        key.chop(2);
    if (key == u"80")
        return WideRollMm;
    if (key == u"58")
        return NarrowRollMm;
    return makeError(Error::Kind::Invalid, tr("“%1” is not a roll width: use 80 or 58.").arg(text));
}

ReceiptSlipLayout::ReceiptSlipLayout(Content content, int widthMm, Qt::LayoutDirection direction)
    : m_content(std::move(content)), m_widthMm(widthMm), m_direction(direction)
{
}

qreal ReceiptSlipLayout::heightMm() const
{
    QImage probe(1, 1, QImage::Format_Mono);
    probe.setDotsPerMeterX(qRound(kMeasureDpi / 0.0254));
    probe.setDotsPerMeterY(qRound(kMeasureDpi / 0.0254));
    // A little slack: a printer's font metrics may differ from the probe's by a fraction of a line.
    return std::ceil(layOut(nullptr, &probe, kMeasureDpi) * 25.4 / kMeasureDpi) + 2;
}

QPageSize ReceiptSlipLayout::pageSize() const
{
    return QPageSize(QSizeF(m_widthMm, heightMm()), QPageSize::Millimeter, tr("%1 mm roll").arg(m_widthMm),
                     QPageSize::ExactMatch);
}

PrintJob ReceiptSlipLayout::printJob() const
{
    const ReceiptSlipLayout slip = *this;
    return PrintJob{
        tr("Receipt slip: %1").arg(m_content.customerName), pageSize(),
        [slip](QPainter& painter, QPagedPaintDevice& device, const PrintJob::Progress&) {
            return slip.paint(painter, device);
        }};
}

Result<void> ReceiptSlipLayout::writePdf(const QString& path) const
{
    return printJob().writePdf(path);
}

Result<void> ReceiptSlipLayout::paint(QPainter& painter, QPagedPaintDevice& device) const
{
    const qreal dpi = painter.device()->logicalDpiX();
    painter.save();
    // Coordinates from the paper's edge, whatever margins the printer keeps.
    painter.translate(-device.pageLayout().paintRectPixels(int(dpi)).topLeft());
    layOut(&painter, painter.device(), dpi);
    painter.restore();
    return {};
}

qreal ReceiptSlipLayout::layOut(QPainter* painter, QPaintDevice* device, qreal dpi) const
{
    const auto px = [dpi](qreal mm) { return mm * dpi / 25.4; };
    const bool rtl = m_direction == Qt::RightToLeft;
    // Thermal heads print about 72 mm of an 80 mm roll and 48 mm of a 58 mm one.
    const qreal side = m_widthMm >= WideRollMm ? 4 : 5;
    const qreal left = px(side);
    const qreal width = px(m_widthMm - 2 * side);
    const Qt::Alignment start = rtl ? Qt::AlignRight : Qt::AlignLeft;
    const Qt::Alignment end = rtl ? Qt::AlignLeft : Qt::AlignRight;
    qreal y = px(kTopMm);
    if (painter)
        painter->setPen(Qt::black);

    // A block of wrapped text across the slip; returns nothing, moves y below it.
    const auto text = [&](const QString& line, const QFont& font, Qt::Alignment align, bool leftToRight) {
        if (line.isEmpty())
            return;
        const QFontMetricsF metrics(font, device);
        QTextOption option(align | Qt::AlignTop);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        option.setTextDirection(leftToRight ? Qt::LeftToRight : Qt::LayoutDirectionAuto);
        const QRectF room(left, y, width, 1e6);
        const QRectF used = metrics.boundingRect(room, int(align) | Qt::TextWordWrap, line);
        if (painter) {
            painter->setFont(font);
            painter->drawText(QRectF(left, y, width, used.height()), line, option);
        }
        y += used.height();
    };
    const auto rule = [&] {
        y += px(1.2);
        if (painter) {
            painter->setPen(QPen(Qt::black, px(0.2), Qt::DashLine));
            painter->drawLine(QPointF(left, y), QPointF(left + width, y));
            painter->setPen(Qt::black);
        }
        y += px(1.5);
    };
    // Label at the reading start, value at the end; a long label wraps in the room the value leaves.
    const auto rows = [&](const QList<Row>& list, qreal points) {
        const QFont font = slipFont(points);
        const QFont bold = slipFont(points, true);
        for (const Row& row : list) {
            const QFont& f = row.strong ? bold : font;
            const QFontMetricsF metrics(f, device);
            const qreal valueWidth = std::min(width * 0.6, metrics.horizontalAdvance(row.value) + px(0.5));
            const qreal labelWidth = width - valueWidth - px(2);
            const QRectF labelRoom(rtl ? left + valueWidth + px(2) : left, y, labelWidth, 1e6);
            const qreal labelHeight =
                metrics.boundingRect(labelRoom, int(start) | Qt::TextWordWrap, row.label).height();
            const qreal valueHeight =
                metrics.boundingRect(QRectF(0, 0, valueWidth, 1e6), int(end) | Qt::TextWordWrap, row.value)
                    .height();
            const qreal height = std::max(labelHeight, valueHeight);
            if (painter) {
                painter->setFont(f);
                QTextOption labelOption(start | Qt::AlignTop);
                labelOption.setWrapMode(QTextOption::WordWrap);
                labelOption.setTextDirection(Qt::LayoutDirectionAuto);
                painter->drawText(QRectF(labelRoom.left(), y, labelWidth, height), row.label, labelOption);
                QTextOption valueOption(end | Qt::AlignTop);
                valueOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
                valueOption.setTextDirection(row.leftToRight ? Qt::LeftToRight : Qt::LayoutDirectionAuto);
                painter->drawText(QRectF(rtl ? left : left + width - valueWidth, y, valueWidth, height),
                                  row.value, valueOption);
            }
            y += height + px(0.6);
        }
    };

    if (!m_content.logo.isNull()) {
        const QSizeF room(width, px(16));
        const QSizeF size = QSizeF(m_content.logo.size()).scaled(room, Qt::KeepAspectRatio);
        if (painter)
            painter->drawImage(QRectF(left + (width - size.width()) / 2, y, size.width(), size.height()),
                               m_content.logo);
        y += size.height() + px(1.5);
    }
    text(m_content.shopName, slipFont(m_widthMm >= WideRollMm ? 13 : 11, true), Qt::AlignHCenter, false);
    text(m_content.when, slipFont(7), Qt::AlignHCenter, false);
    text(m_content.reference, slipFont(7), Qt::AlignHCenter, false);
    rule();
    text(m_content.customerName, slipFont(10, true), start, false);
    rule();
    rows(m_content.sale, 8.5);
    if (!m_content.points.isEmpty()) {
        rule();
        rows(m_content.points, 8.5);
    }

    if (!m_content.voucherCode.isEmpty()) {
        rule();
        text(m_content.voucherText, slipFont(9, true), Qt::AlignHCenter, false);
        if (auto qr = BarcodeSymbol::encode(BarcodeSymbol::Type::QrCode, m_content.voucherCode)) {
            const qreal module = moduleDots(0.5, 0.6, dpi);
            const qreal quiet = BarcodeSymbol::quietZoneModules(BarcodeSymbol::Type::QrCode) * module;
            y += quiet;
            const qreal size = qr->modulesWide() * module;
            if (painter)
                qr->paint(*painter, QPointF(std::round(left + (width - size) / 2), std::round(y)), module);
            y += qr->modulesHigh() * module + quiet;
        }
        text(m_content.voucherCode, slipFont(9), Qt::AlignHCenter, true);
    }

    if (m_content.cardNumber.size() == 13) {
        rule();
        if (auto ean = BarcodeSymbol::encode(BarcodeSymbol::Type::Ean13, m_content.cardNumber.left(12))) {
            const qreal module = moduleDots(0.33, 0.4, dpi);
            const qreal barHeight = px(12);
            const qreal size = ean->modulesWide() * module;
            y += px(1);
            if (painter)
                ean->paint(*painter, QPointF(std::round(left + (width - size) / 2), std::round(y)), module,
                           barHeight);
            y += barHeight + px(0.8);
        }
        QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        mono.setPointSizeF(8);
        text(m_content.cardNumber, mono, Qt::AlignHCenter, true);
    }
    return y + px(kBottomMm);
}
