#include "CouponSheetLayout.h"

#include "BarcodeSymbol.h"
#include "CouponCode.h"

#include <QFont>
#include <QFontDatabase>
#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QTextOption>

#include <cmath>

namespace {
constexpr qreal kSideMarginMm = 8;
constexpr qreal kTopMarginMm = 10;
constexpr qreal kBottomMarginMm = 14; // cut marks, then the footer
constexpr qreal kPadMm = 2.5;
constexpr qreal kEdgeMm = 0.5; // quiet zones may reach into the padding, never onto the cut line
constexpr qreal kCutLineMm = 0.1;
// Code 128 of an 11-character code in code set B: start, 11 characters, check (11 modules each), stop (13).
constexpr int kWorstCode128Modules = 11 + 11 * 11 + 11 + 13;
constexpr int kQrModules = 21; // version 1 holds 11 alphanumeric characters at level M
} // namespace

struct CouponSheetLayout::Metrics
{
    qreal dpi = 300;
    QSizeF paperMm;
    qreal px(qreal mm) const { return mm * dpi / 25.4; }
    qreal mm(qreal px) const { return px * 25.4 / dpi; }
    QRectF grid; // device units, paper corner at (0, 0)
    QSizeF cell;
    qreal linearModule = 0; // device units, whole device dots
    qreal qrModule = 0;
    qreal barHeight = 0;
    qreal codeTextHeight = 0;
    qreal fontScale = 1;
};

Result<CouponSheetLayout::Grid> CouponSheetLayout::parseGrid(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d+)\\s*[x×X*]\\s*(\\d+)\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    Grid grid;
    if (match.hasMatch()) {
        grid.columns = match.captured(1).toInt();
        grid.rows = match.captured(2).toInt();
        if (grid.columns >= 1 && grid.columns <= 6 && grid.rows >= 1 && grid.rows <= 12)
            return grid;
    }
    return makeError(
        Error::Kind::Invalid,
        tr("“%1” is not a grid: give columns × rows, for example 3x7 (1 to 6 columns, 1 to 12 rows).")
            .arg(text));
}

Result<QPageSize::PageSizeId> CouponSheetLayout::parsePaper(const QString& text)
{
    const QString key = text.trimmed().toLower();
    if (key == u"a4")
        return QPageSize::A4;
    if (key == u"letter")
        return QPageSize::Letter;
    return makeError(Error::Kind::Invalid, tr("“%1” is not a paper size: use a4 or letter.").arg(text));
}

CouponSheetLayout::CouponSheetLayout(Content content, Grid grid, Qt::LayoutDirection direction)
    : m_content(std::move(content)), m_grid(grid), m_direction(direction)
{
}

int CouponSheetLayout::pageCount() const
{
    const int perPage = couponsPerPage();
    return std::max(1, int((m_content.coupons.size() + perPage - 1) / perPage));
}

Result<void> CouponSheetLayout::fits(const QSizeF& paperMm) const
{
    // Checked at 1200 dpi; a printer's own resolution is checked again when it paints.
    auto m = metrics(paperMm, 1200);
    if (!m)
        return m.error();
    return {};
}

Result<CouponSheetLayout::Metrics> CouponSheetLayout::metrics(const QSizeF& paperMm, qreal dpi) const
{
    Metrics m;
    m.dpi = dpi;
    m.paperMm = paperMm;
    m.grid = QRectF(m.px(kSideMarginMm), m.px(kTopMarginMm), m.px(paperMm.width() - 2 * kSideMarginMm),
                    m.px(paperMm.height() - kTopMarginMm - kBottomMarginMm));
    m.cell = QSizeF(m.grid.width() / m_grid.columns, m.grid.height() / m_grid.rows);
    const qreal cellWmm = m.mm(m.cell.width());
    const qreal cellHmm = m.mm(m.cell.height());
    const qreal contentHmm = cellHmm - 2 * kPadMm;
    const QString size =
        tr("%1×%2 mm").arg(QLocale().toString(cellWmm, 'f', 1), QLocale().toString(cellHmm, 'f', 1));

    // Module widths are whole device dots, rounded down from what fits and never below the minimum.
    const qreal minLinearDots = std::ceil(m.px(MinLinearModuleMm) - 1e-6);
    const qreal linearRoom =
        m.px(cellWmm - 2 * kEdgeMm) /
        (kWorstCode128Modules + 2 * BarcodeSymbol::quietZoneModules(BarcodeSymbol::Type::Code128));
    m.linearModule = std::floor(std::min(linearRoom, m.px(0.5)));
    if (m.linearModule < minLinearDots)
        return makeError(
            Error::Kind::Invalid,
            tr("A coupon of this grid is %1: too narrow for a Code 128 barcode a scanner can read. "
               "Choose fewer columns.")
                .arg(size));
    m.fontScale = std::clamp(contentHmm / 34.0, 1.0, 1.6);
    m.codeTextHeight = m.px(3.6 * m.fontScale);
    m.barHeight = m.px(std::clamp(contentHmm * 0.24, 5.0, 12.0));
    const qreal qrRoomMm = cellHmm - kEdgeMm - kPadMm - m.mm(m.codeTextHeight + m.barHeight) - 1.5;
    const qreal qrTotalModules =
        kQrModules + 2 * BarcodeSymbol::quietZoneModules(BarcodeSymbol::Type::QrCode);
    m.qrModule = std::floor(std::min(m.px(qrRoomMm) / qrTotalModules, m.px(0.8)));
    if (m.qrModule < std::ceil(m.px(MinQrModuleMm) - 1e-6) || cellWmm < 2 * m.mm(m.qrModule * qrTotalModules))
        return makeError(Error::Kind::Invalid,
                         tr("A coupon of this grid is %1: too small for a QR code a scanner can read. "
                            "Choose fewer rows.")
                             .arg(size));
    return m;
}

PrintJob CouponSheetLayout::printJob(QPageSize::PageSizeId paper) const
{
    const CouponSheetLayout sheet = *this;
    return PrintJob{tr("Coupons: %1").arg(m_content.campaignName), QPageSize(paper),
                    [sheet, paper](QPainter& painter, QPagedPaintDevice& device,
                                   const PrintJob::Progress& progress) -> Result<void> {
                        if (auto fit = sheet.fits(QPageSize(paper).size(QPageSize::Millimeter)); !fit)
                            return fit;
                        return sheet.paint(painter, device, progress);
                    }};
}

Result<void> CouponSheetLayout::writePdf(const QString& path, QPageSize::PageSizeId paper) const
{
    if (auto fit = fits(QPageSize(paper).size(QPageSize::Millimeter)); !fit)
        return fit;
    return printJob(paper).writePdf(path);
}

Result<void> CouponSheetLayout::paint(QPainter& painter, QPagedPaintDevice& device,
                                      const PrintJob::Progress& progress) const
{
    const qreal dpi = painter.device()->logicalDpiX();
    const QPageLayout layout = device.pageLayout();
    auto m = metrics(layout.fullRect(QPageLayout::Millimeter).size(), dpi);
    if (!m)
        return m.error();
    // Coordinates from the paper's corner, whatever margins the printer keeps.
    const QPointF origin = layout.paintRectPixels(int(dpi)).topLeft();
    for (int page = 0; page < pageCount(); ++page) {
        if (page > 0 && !device.newPage())
            return makeError(Error::Kind::Failed, tr("The printer refused a new page."));
        painter.save();
        painter.translate(-origin);
        paintPage(painter, m.value(), page);
        painter.restore();
        if (auto going = PrintJob::pageDone(progress, page + 1, pageCount()); !going)
            return going;
    }
    return {};
}

QRectF CouponSheetLayout::couponRectMm(const QSizeF& paperMm, int slot) const
{
    const qreal width = (paperMm.width() - 2 * kSideMarginMm) / m_grid.columns;
    const qreal height = (paperMm.height() - kTopMarginMm - kBottomMarginMm) / m_grid.rows;
    int column = slot % m_grid.columns;
    if (m_direction == Qt::RightToLeft)
        column = m_grid.columns - 1 - column;
    return QRectF(kSideMarginMm + column * width, kTopMarginMm + (slot / m_grid.columns) * height, width,
                  height);
}

void CouponSheetLayout::paintPage(QPainter& painter, const Metrics& m, int page) const
{
    const bool rtl = m_direction == Qt::RightToLeft;
    const int perPage = couponsPerPage();
    const qsizetype first = qsizetype(page) * perPage;
    const qsizetype last = std::min<qsizetype>(first + perPage, m_content.coupons.size());
    for (qsizetype i = first; i < last; ++i) {
        const int slot = int(i - first);
        const int row = slot / m_grid.columns;
        int column = slot % m_grid.columns;
        if (rtl) // a right-to-left reader starts at the top right
            column = m_grid.columns - 1 - column;
        const QRectF cell(m.grid.left() + column * m.cell.width(), m.grid.top() + row * m.cell.height(),
                          m.cell.width(), m.cell.height());
        paintCoupon(painter, m, cell, m_content.coupons[i]);
    }

    // Cut marks: ticks in the margins along every grid line and small crosses where lines meet inside.
    painter.setPen(QPen(Qt::black, m.px(kCutLineMm)));
    const qreal tick = m.px(4);
    const qreal gap = m.px(1);
    const qreal arm = m.px(1.5);
    for (int c = 0; c <= m_grid.columns; ++c) {
        const qreal x = m.grid.left() + c * m.cell.width();
        painter.drawLine(QPointF(x, m.grid.top() - gap - tick), QPointF(x, m.grid.top() - gap));
        painter.drawLine(QPointF(x, m.grid.bottom() + gap), QPointF(x, m.grid.bottom() + gap + tick));
    }
    for (int r = 0; r <= m_grid.rows; ++r) {
        const qreal y = m.grid.top() + r * m.cell.height();
        painter.drawLine(QPointF(m.grid.left() - gap - tick, y), QPointF(m.grid.left() - gap, y));
        painter.drawLine(QPointF(m.grid.right() + gap, y), QPointF(m.grid.right() + gap + tick, y));
    }
    for (int c = 0; c <= m_grid.columns; ++c) {
        for (int r = 0; r <= m_grid.rows; ++r) {
            const QPointF p(m.grid.left() + c * m.cell.width(), m.grid.top() + r * m.cell.height());
            painter.drawLine(p - QPointF(c > 0 ? arm : 0, 0), p + QPointF(c < m_grid.columns ? arm : 0, 0));
            painter.drawLine(p - QPointF(0, r > 0 ? arm : 0), p + QPointF(0, r < m_grid.rows ? arm : 0));
        }
    }

    // Footer: the campaign and the first and last code of the page, so a lost sheet can be traced.
    if (last > first) {
        const QLocale locale;
        QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
        font.setPointSizeF(7);
        painter.setFont(font);
        QTextOption option(Qt::AlignHCenter | Qt::AlignVCenter);
        // The sentence reads in the sheet's direction; codes (which may start with a digit) and the
        // campaign's name keep their own order inside it, between left-to-right marks.
        option.setTextDirection(m_direction);
        const auto ltr = [](const QString& text) -> QString { return QChar(0x200E) + text + QChar(0x200E); };
        const QRectF footer(m.grid.left(), m.grid.bottom() + gap + tick + m.px(0.5), m.grid.width(), m.px(5));
        painter.drawText(footer,
                         tr("%1 · coupons %2 to %3 · page %4 of %5")
                             .arg(m_content.campaignName,
                                  ltr(CouponCode::display(m_content.coupons[first].code)),
                                  ltr(CouponCode::display(m_content.coupons[last - 1].code)),
                                  locale.toString(page + 1), locale.toString(pageCount())),
                         option);
    }
}

void CouponSheetLayout::paintCoupon(QPainter& painter, const Metrics& m, const QRectF& cell,
                                    const Item& item) const
{
    const bool rtl = m_direction == Qt::RightToLeft;
    const QRectF content = cell.adjusted(m.px(kPadMm), m.px(kPadMm), -m.px(kPadMm), -m.px(kPadMm));

    // Code 128 across the bottom, centred, its quiet zones inside the cell; the code as text below it.
    auto bars = BarcodeSymbol::encode(BarcodeSymbol::Type::Code128, item.code);
    auto qr = BarcodeSymbol::encode(BarcodeSymbol::Type::QrCode, item.code);
    const qreal barsTop = content.bottom() - m.codeTextHeight - m.barHeight;
    if (bars) {
        const qreal width = bars->modulesWide() * m.linearModule;
        bars->paint(painter, QPointF(std::round(cell.center().x() - width / 2), std::round(barsTop)),
                    m.linearModule, m.barHeight);
    }
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(8 * m.fontScale);
    mono.setBold(true);
    painter.setFont(mono);
    painter.setPen(Qt::black);
    QTextOption centred(Qt::AlignHCenter | Qt::AlignBottom);
    centred.setTextDirection(Qt::LeftToRight); // a code reads left to right in every language
    painter.drawText(QRectF(content.left(), barsTop + m.barHeight, content.width(), m.codeTextHeight),
                     CouponCode::display(item.code), centred);

    // QR at the trailing top corner (top right, or top left in a right-to-left layout), quiet zone included.
    const qreal quiet = BarcodeSymbol::quietZoneModules(BarcodeSymbol::Type::QrCode) * m.qrModule;
    const qreal qrSide = (qr ? qr->modulesWide() : kQrModules) * m.qrModule;
    const qreal qrTotal = qrSide + 2 * quiet;
    const qreal edge = m.px(kEdgeMm);
    const QRectF qrZone(rtl ? cell.left() + edge : cell.right() - edge - qrTotal, cell.top() + edge, qrTotal,
                        qrTotal);
    if (qr)
        qr->paint(painter, QPointF(std::round(qrZone.left() + quiet), std::round(qrZone.top() + quiet)),
                  m.qrModule);

    // Text in the rest of the top area: it is clipped to its own rectangle, so it never reaches a barcode.
    const qreal textGap = m.px(1);
    const QRectF textArea(rtl ? qrZone.right() + textGap : content.left(), content.top(),
                          content.width() - (qrZone.width() - (content.left() - cell.left() - edge)) -
                              textGap,
                          barsTop - m.px(1.5) - content.top());
    painter.save();
    painter.setClipRect(textArea);
    struct Line
    {
        QString text;
        qreal points;
        bool bold;
        bool wrap;
    };
    QList<Line> lines{{m_content.shopName, 7.5, true, false}, {m_content.offer, 11, true, true}};
    if (!item.customerName.isEmpty())
        lines.append({tr("For %1").arg(item.customerName), 8, false, false});
    lines.append({m_content.validity, 7, false, true});
    lines.append({m_content.terms, 6, false, true});
    // Lays the lines out at a scale, painting them or only measuring; returns the height they take.
    auto flow = [&](qreal scale, bool draw) {
        qreal y = textArea.top();
        for (const Line& line : lines) {
            if (line.text.isEmpty())
                continue;
            QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
            font.setPointSizeF(line.points * scale);
            font.setBold(line.bold);
            painter.setFont(font);
            QTextOption option((rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
            // Each line reads in its own script's direction; the alignment follows the layout.
            option.setTextDirection(Qt::LayoutDirectionAuto);
            option.setWrapMode(line.wrap ? QTextOption::WordWrap : QTextOption::NoWrap);
            const QRectF room(textArea.left(), y, textArea.width(), 1e6);
            if (draw)
                painter.drawText(room, line.text, option);
            y += painter.boundingRect(room, line.text, option).height() + m.px(0.4);
        }
        return y - textArea.top();
    };
    // Long offers or names shrink the text (down to 60 %) rather than lose their last line.
    qreal scale = m.fontScale;
    while (scale > 0.6 * m.fontScale && flow(scale, false) > textArea.height())
        scale *= 0.9;
    flow(scale, true);
    painter.restore();
}
