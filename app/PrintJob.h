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
    // Told after each page (pages done, pages in all); false stops the painting: the person cancelled.
    using Progress = std::function<bool(int done, int total)>;
    using Painter =
        std::function<Result<void>(QPainter& painter, QPagedPaintDevice& device, const Progress& progress)>;

    QString title;
    QPageSize pageSize;
    Painter paint;

    // Paints every page into a PDF at `path`. The file appears only when it is complete: a cancelled or failed
    // job leaves no file (and an older file of that name as it was).
    Result<void> writePdf(const QString& path, const Progress& progress = {}) const;

    // The error a cancelled job returns.
    static Error cancelled();
    // Tells `progress` about a finished page; false (as an error) when the person cancelled.
    static Result<void> pageDone(const Progress& progress, int done, int total);
};
