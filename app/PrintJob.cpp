#include "PrintJob.h"

#include <QDir>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

Error PrintJob::cancelled()
{
    return Error{Error::Kind::Failed, tr("Cancelled; nothing was printed or saved.")};
}

Result<void> PrintJob::pageDone(const Progress& progress, int done, int total)
{
    if (progress && !progress(done, total))
        return cancelled();
    return {};
}

Result<void> PrintJob::writePdf(const QString& path, const Progress& progress) const
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Kind::CannotOpen, tr("Cannot write %1: %2").arg(shown, file.errorString()));
    Result<void> painted;
    {
        QPdfWriter writer(&file);
        writer.setResolution(1200);
        writer.setPageSize(pageSize);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Regulars"));
        QPainter painter;
        if (!painter.begin(&writer))
            return makeError(Error::Kind::CannotOpen, tr("Cannot write %1.").arg(shown));
        painted = paint(painter, writer, progress);
        painter.end();
    }
    if (!painted) {
        file.cancelWriting();
        return painted;
    }
    if (!file.commit())
        return makeError(Error::Kind::CannotOpen, tr("Cannot write %1: %2").arg(shown, file.errorString()));
    return {};
}
