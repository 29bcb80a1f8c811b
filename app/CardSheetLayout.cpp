#include "CardSheetLayout.h"

#include "BarcodeSymbol.h"

#include <QFontDatabase>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextOption>

#include <cmath>

namespace {
constexpr int kColumns = 2;
constexpr int kRows = 5;
constexpr qreal kPadMm = 4;
constexpr qreal kModuleMm = 0.4; // EAN-13 at 0.4 mm: 45 mm with its quiet zones, well above the 0.33 minimum

qreal px(qreal mm, qreal dpi)
{
    return mm * dpi / 25.4;
}

QFont font(qreal points, bool bold)
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}
} // namespace

Result<CardSheetLayout::Paper> CardSheetLayout::parsePaper(const QString& text)
{
    const QString key = text.trimmed().toLower();
    if (key == u"cr80")
        return Paper::Cr80;
    if (key == u"a4")
        return Paper::A4;
    return makeError(Error::Kind::Invalid, tr("“%1” is not a card layout: use cr80 or a4.").arg(text));
}

CardSheetLayout::CardSheetLayout(Content content, Paper paper, Qt::LayoutDirection direction)
    : m_content(std::move(content)), m_paper(paper), m_direction(direction)
{
}

QPageSize CardSheetLayout::pageSize() const
{
    if (m_paper == Paper::A4)
        return QPageSize(QPageSize::A4);
    return QPageSize(QSizeF(CardWidthMm, CardHeightMm), QPageSize::Millimeter, tr("CR80 card"),
                     QPageSize::ExactMatch);
}

int CardSheetLayout::pageCount() const
{
    const int sheets = std::max(1, int((m_content.cards.size() + cardsPerSide() - 1) / cardsPerSide()));
    return hasBacks() ? 2 * sheets : sheets;
}

QRectF CardSheetLayout::cardRectMm(int slot, bool back) const
{
    if (m_paper == Paper::Cr80)
        return QRectF(0, 0, CardWidthMm, CardHeightMm);
    const QSizeF page = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
    const qreal left = (page.width() - kColumns * CardWidthMm) / 2;
    const qreal top = (page.height() - kRows * CardHeightMm) / 2;
    int column = slot % kColumns;
    // A right-to-left reader starts at the right; a back is the mirror of its front.
    if ((m_direction == Qt::RightToLeft) != back)
        column = kColumns - 1 - column;
    return QRectF(left + column * CardWidthMm, top + (slot / kColumns) * CardHeightMm, CardWidthMm,
                  CardHeightMm);
}

PrintJob CardSheetLayout::printJob() const
{
    const CardSheetLayout layout = *this;
    return PrintJob{
        m_content.kind == Kind::StampCard ? tr("Stamp cards") : tr("Membership cards"), pageSize(),
        [layout](QPainter& painter, QPagedPaintDevice& device, const PrintJob::Progress& progress) {
            return layout.paint(painter, device, progress);
        }};
}

Result<void> CardSheetLayout::writePdf(const QString& path) const
{
    return printJob().writePdf(path);
}

Result<void> CardSheetLayout::paint(QPainter& painter, QPagedPaintDevice& device,
                                    const PrintJob::Progress& progress) const
{
    const qreal dpi = painter.device()->logicalDpiX();
    const QPointF origin = device.pageLayout().paintRectPixels(int(dpi)).topLeft();
    const int sheets = hasBacks() ? pageCount() / 2 : pageCount();
    bool first = true;
    for (int sheet = 0; sheet < sheets; ++sheet) {
        for (bool back : hasBacks() ? QList<bool>{false, true} : QList<bool>{false}) {
            if (!first && !device.newPage())
                return makeError(Error::Kind::Failed, tr("The printer refused a new page."));
            first = false;
            painter.save();
            painter.translate(-origin);
            paintSide(painter, dpi, sheet, back);
            painter.restore();
        }
        if (auto going = PrintJob::pageDone(progress, sheet + 1, sheets); !going)
            return going;
    }
    return {};
}

void CardSheetLayout::paintSide(QPainter& painter, qreal dpi, int sheet, bool back) const
{
    const qsizetype firstCard = qsizetype(sheet) * cardsPerSide();
    const qsizetype last = std::min<qsizetype>(firstCard + cardsPerSide(), m_content.cards.size());
    for (qsizetype i = firstCard; i < last; ++i) {
        const QRectF mm = cardRectMm(int(i - firstCard), back);
        const QRectF card(px(mm.x(), dpi), px(mm.y(), dpi), px(mm.width(), dpi), px(mm.height(), dpi));
        if (back) {
            // The serial on the back, centred, with a line on what the card is for.
            painter.setPen(Qt::black);
            painter.setFont(font(8, false));
            QTextOption centred(Qt::AlignHCenter | Qt::AlignTop);
            centred.setTextDirection(Qt::LayoutDirectionAuto);
            centred.setWrapMode(QTextOption::WordWrap);
            const QRectF inner =
                card.adjusted(px(kPadMm, dpi), px(kPadMm, dpi), -px(kPadMm, dpi), -px(kPadMm, dpi));
            painter.drawText(inner, tr("Show this card at every purchase. %1").arg(m_content.shopName),
                             centred);
            paintNumber(painter, dpi,
                        QRectF(inner.left(), inner.bottom() - px(24, dpi), inner.width(), px(24, dpi)),
                        m_content.cards[i].number);
        } else {
            paintFront(painter, dpi, card, m_content.cards[i]);
        }
    }
    if (m_paper != Paper::A4)
        return;
    // Cut marks in the margins along every card edge.
    painter.setPen(QPen(Qt::black, px(0.1, dpi)));
    const QRectF grid(px(cardRectMm(0, false).left(), dpi), px(cardRectMm(0, false).top(), dpi),
                      px(kColumns * CardWidthMm, dpi), px(kRows * CardHeightMm, dpi));
    const qreal gap = px(1, dpi);
    const qreal tick = px(5, dpi);
    for (int c = 0; c <= kColumns; ++c) {
        const qreal x = grid.left() + c * px(CardWidthMm, dpi);
        painter.drawLine(QPointF(x, grid.top() - gap - tick), QPointF(x, grid.top() - gap));
        painter.drawLine(QPointF(x, grid.bottom() + gap), QPointF(x, grid.bottom() + gap + tick));
    }
    for (int r = 0; r <= kRows; ++r) {
        const qreal y = grid.top() + r * px(CardHeightMm, dpi);
        painter.drawLine(QPointF(grid.left() - gap - tick, y), QPointF(grid.left() - gap, y));
        painter.drawLine(QPointF(grid.right() + gap, y), QPointF(grid.right() + gap + tick, y));
    }
}

void CardSheetLayout::paintFront(QPainter& painter, qreal dpi, const QRectF& card, const Card& item) const
{
    const bool rtl = m_direction == Qt::RightToLeft;
    const QRectF inner = card.adjusted(px(kPadMm, dpi), px(kPadMm, dpi), -px(kPadMm, dpi), -px(kPadMm, dpi));
    QTextOption option((rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
    option.setTextDirection(Qt::LayoutDirectionAuto);
    painter.setPen(Qt::black);
    // The logo at the reading end of the top line; the shop's name keeps the rest of it.
    qreal logoWidth = 0;
    if (!m_content.logo.isNull()) {
        const QSizeF size =
            QSizeF(m_content.logo.size()).scaled(QSizeF(px(24, dpi), px(10, dpi)), Qt::KeepAspectRatio);
        logoWidth = size.width() + px(2, dpi);
        painter.drawImage(QRectF(rtl ? inner.left() : inner.right() - size.width(), inner.top(), size.width(),
                                 size.height()),
                          m_content.logo);
    }
    painter.setFont(font(11, true));
    painter.drawText(QRectF(rtl ? inner.left() + logoWidth : inner.left(), inner.top(),
                            inner.width() - logoWidth, px(6, dpi)),
                     m_content.shopName, option);
    painter.setFont(font(8, false));
    if (m_content.kind == Kind::Membership) {
        painter.drawText(QRectF(rtl ? inner.left() + logoWidth : inner.left(), inner.top() + px(6.5, dpi),
                                inner.width() - logoWidth, px(4.5, dpi)),
                         tr("Membership card"), option);
        painter.setFont(font(10, false));
        painter.drawText(QRectF(inner.left(), inner.top() + px(11.5, dpi), inner.width(), px(5, dpi)),
                         item.holder, option);
        // The barcode area starts below the text: they never share a millimetre.
        paintNumber(painter, dpi,
                    QRectF(inner.left(), inner.bottom() - px(24, dpi), inner.width(), px(24, dpi)),
                    item.number);
        return;
    }
    painter.drawText(QRectF(rtl ? inner.left() + logoWidth : inner.left(), inner.top() + px(6.5, dpi),
                            inner.width() - logoWidth, px(4.5, dpi)),
                     tr("Stamp card: one stamp a purchase"), option);
    // The boxes, two rows, in reading order (right to left in a right-to-left language).
    const int boxes = std::max(1, m_content.stamps);
    const int perRow = (boxes + 1) / 2;
    const int rows = boxes > perRow ? 2 : 1;
    const qreal top = inner.top() + px(12.5, dpi);
    const qreal rewardHeight = px(6, dpi);
    const qreal side = std::min((inner.width() - (perRow - 1) * px(1.5, dpi)) / perRow,
                                (inner.bottom() - rewardHeight - top - px(1.5, dpi)) / rows);
    painter.setPen(QPen(Qt::black, px(0.3, dpi)));
    const qreal gap = px(1.5, dpi);
    const qreal rowWidth = perRow * side + (perRow - 1) * gap;
    const qreal start = rtl ? inner.right() - rowWidth : inner.left();
    for (int b = 0; b < boxes; ++b) {
        int column = b % perRow;
        if (rtl)
            column = perRow - 1 - column;
        painter.drawRoundedRect(
            QRectF(start + column * (side + gap), top + (b / perRow) * (side + gap), side, side), px(1, dpi),
            px(1, dpi));
    }
    painter.setPen(Qt::black);
    painter.setFont(font(8, true));
    painter.drawText(QRectF(inner.left(), inner.bottom() - rewardHeight, inner.width(), rewardHeight),
                     tr("Full card: %1").arg(m_content.reward), option);
}

void CardSheetLayout::paintNumber(QPainter& painter, qreal dpi, const QRectF& area,
                                  const QString& number) const
{
    auto symbol = BarcodeSymbol::encode(BarcodeSymbol::Type::Ean13, number.left(12));
    if (!symbol)
        return;
    const qreal module = std::floor(px(kModuleMm, dpi));
    const qreal textHeight = px(4, dpi);
    const qreal width = symbol->modulesWide() * module;
    symbol->paint(painter, QPointF(std::round(area.center().x() - width / 2), area.top()), module,
                  area.height() - textHeight);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(9);
    painter.setFont(mono);
    QTextOption centred(Qt::AlignHCenter | Qt::AlignBottom);
    centred.setTextDirection(Qt::LeftToRight);
    painter.drawText(QRectF(area.left(), area.bottom() - textHeight, area.width(), textHeight), number,
                     centred);
}
