#pragma once

#include "PrintJob.h"
#include "Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPageSize>
#include <QString>

class QPagedPaintDevice;
class QPainter;

// ID-1 (CR80, 85.60 × 53.98 mm) cards with an EAN-13 number: membership cards (shop name, holder, number) and
// paper stamp cards (front: the boxes and the reward; back: the serial). One card a page for a card printer,
// or ten on A4 (2 × 5) with cut marks; the backs of an A4 sheet are mirrored so a long-edge duplex print
// lines up.
class CardSheetLayout
{
    Q_DECLARE_TR_FUNCTIONS(CardSheetLayout)

public:
    enum class Kind
    {
        Membership,
        StampCard,
    };
    enum class Paper
    {
        Cr80,
        A4,
    };
    struct Card
    {
        QString number; // 13 digits
        QString holder; // membership: the customer's name; empty for a card to register later
    };
    struct Content
    {
        Kind kind = Kind::Membership;
        QString shopName;
        QImage logo;     // printed at the top of the front, opposite the shop's name; may be null
        int stamps = 10; // stamp cards: boxes on the front
        QString reward;  // stamp cards: what a full card gives
        QList<Card> cards;
    };

    static constexpr qreal CardWidthMm = 85.60;
    static constexpr qreal CardHeightMm = 53.98;

    static Result<Paper> parsePaper(const QString& text);

    CardSheetLayout(Content content, Paper paper, Qt::LayoutDirection direction);

    QPageSize pageSize() const;
    int cardsPerSide() const { return m_paper == Paper::A4 ? 10 : 1; }
    // Pages in print order; a stamp card sheet has a back after every front.
    int pageCount() const;
    // Where card `slot` of a side lies on the page, in millimetres; `back` mirrors the columns.
    QRectF cardRectMm(int slot, bool back) const;
    bool hasBacks() const { return m_content.kind == Kind::StampCard; }
    Result<void> paint(QPainter& painter, QPagedPaintDevice& device, const PrintJob::Progress& progress = {}) const;
    Result<void> writePdf(const QString& path) const;
    PrintJob printJob() const;

private:
    void paintSide(QPainter& painter, qreal dpi, int sheet, bool back) const;
    void paintFront(QPainter& painter, qreal dpi, const QRectF& card, const Card& item) const;
    void paintNumber(QPainter& painter, qreal dpi, const QRectF& area, const QString& number) const;

    Content m_content;
    Paper m_paper;
    Qt::LayoutDirection m_direction;
};
