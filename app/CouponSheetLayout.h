#pragma once

#include "PrintJob.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPageSize>
#include <QString>

class QPagedPaintDevice;
class QPainter;

// N-up sheets of coupons for label paper or cutting: each coupon with the shop's name, the offer, validity,
// short terms, the customer's name when it is personal, and its code as Code 128, QR and text. Thin cut marks
// run along the grid; the page footer names the campaign and the codes on the page. Painted with QPainter on
// a PDF writer or any printer, in millimetres converted at the device's own resolution.
class CouponSheetLayout
{
    Q_DECLARE_TR_FUNCTIONS(CouponSheetLayout)

public:
    struct Item
    {
        QString code; // canonical
        QString customerName;
    };
    struct Content
    {
        QString shopName;
        QString campaignName;
        QString offer;
        QString validity;
        QString terms;
        QList<Item> coupons;
    };
    struct Grid
    {
        int columns = 3;
        int rows = 7;
    };

    static constexpr qreal MinLinearModuleMm = 0.33;
    static constexpr qreal MinQrModuleMm = 0.5;

    // "3x7", "3×7" → 3 columns, 7 rows; 1…6 columns, 1…12 rows.
    static Result<Grid> parseGrid(const QString& text);
    // "a4" or "letter".
    static Result<QPageSize::PageSizeId> parsePaper(const QString& text);

    CouponSheetLayout(Content content, Grid grid, Qt::LayoutDirection direction);

    int couponsPerPage() const { return m_grid.columns * m_grid.rows; }
    int pageCount() const;
    // Why a coupon of this grid on this paper is too small for barcodes a scanner reads, if it is.
    Result<void> fits(const QSizeF& paperMm) const;
    // Paints every page on a device whose painter is active (QPdfWriter, QPrinter), starting new pages
    // itself.
    Result<void> paint(QPainter& painter, QPagedPaintDevice& device, const PrintJob::Progress& progress = {}) const;
    Result<void> writePdf(const QString& path, QPageSize::PageSizeId paper) const;
    // The sheet for the print dialog, the preview or a PDF, on `paper`.
    PrintJob printJob(QPageSize::PageSizeId paper) const;
    // Where the coupon in `slot` (0 = first on a page) lies on the paper, in millimetres from the top left
    // corner: what a cutter, or a test that reads each coupon alone, needs.
    QRectF couponRectMm(const QSizeF& paperMm, int slot) const;

private:
    struct Metrics;
    Result<Metrics> metrics(const QSizeF& paperMm, qreal dpi) const;
    void paintPage(QPainter& painter, const Metrics& m, int page) const;
    void paintCoupon(QPainter& painter, const Metrics& m, const QRectF& cell, const Item& item) const;

    Content m_content;
    Grid m_grid;
    Qt::LayoutDirection m_direction;
};
