#pragma once

#include "PrintJob.h"
#include "Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

class QPaintDevice;
class QPagedPaintDevice;
class QPainter;

// The slip handed over after a sale, on 80 mm or 58 mm roll paper: the shop (and its logo), the customer, the
// sale, what it earned, the balance, the points expiring next, the stamps, a voucher the sale gave (as QR)
// and the customer's card number as EAN-13. The page is as long as its content.
class ReceiptSlipLayout
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptSlipLayout)

public:
    struct Row
    {
        QString label;
        QString value;
        bool leftToRight = false; // an amount, number or code: read left to right inside any line
        bool strong = false;      // the total to pay, the balance
    };
    struct Content
    {
        QString shopName;
        QImage logo;
        QString customerName;
        QString cardNumber; // 13 digits, or empty
        QString when;       // date and time, already formatted
        QString reference;  // till and sale reference
        QList<Row> sale;    // amount, discounts, coupon, points paid, to pay
        QList<Row> points;  // earned, balance, expiring, stamps
        QString voucherCode;
        QString voucherText;
    };

    static constexpr int WideRollMm = 80;
    static constexpr int NarrowRollMm = 58;

    // "80" or "58" (an "mm" after it is allowed).
    static Result<int> parseWidth(const QString& text);

    ReceiptSlipLayout(Content content, int widthMm, Qt::LayoutDirection direction);

    int widthMm() const { return m_widthMm; }
    qreal heightMm() const;
    QPageSize pageSize() const;
    Result<void> paint(QPainter& painter, QPagedPaintDevice& device) const;
    PrintJob printJob() const;
    Result<void> writePdf(const QString& path) const;

private:
    // Lays the slip out at `dpi` on `device` (for font metrics) and paints it when `painter` is given;
    // returns the height used, in device units.
    qreal layOut(QPainter* painter, QPaintDevice* device, qreal dpi) const;

    Content m_content;
    int m_widthMm;
    Qt::LayoutDirection m_direction;
};
