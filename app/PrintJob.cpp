#include "PrintJob.h"

#include <QDir>
#include <QPainter>
#include <QPdfWriter>

Result<void> PrintJob::writePdf(const QString& path) const
{
    QPdfWriter writer(path);
    writer.setResolution(1200);
    writer.setPageSize(pageSize);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Regulars"));
    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(Error::Kind::CannotOpen, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    auto painted = paint(painter, writer);
    painter.end();
    return painted;
}
