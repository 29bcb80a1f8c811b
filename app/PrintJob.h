#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPainter;

// One printed document as the print dialog, the preview and the PDF writer need it: its title, its paper and
// how to paint its pages on any paged device (a 1200 dpi PDF writer or a printer in full-page mode).
struct PrintJob
{
    Q_DECLARE_TR_FUNCTIONS(PrintJob)

public:
    using Painter = std::function<Result<void>(QPainter& painter, QPagedPaintDevice& device)>;

    QString title;
    QPageSize pageSize;
    Painter paint;

    // Paints every page into a PDF at `path`.
    Result<void> writePdf(const QString& path) const;
};
