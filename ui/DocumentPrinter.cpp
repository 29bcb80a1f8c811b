#include "DocumentPrinter.h"

#include "Prompts.h"

#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStandardPaths>

namespace {
// A long document (a thousand coupons, a hundred cards) says how far it is and can be cancelled; a short one
// is done before the dialog would appear.
class PageProgress
{
public:
    PageProgress(QWidget* parent, const QString& title)
        : m_dialog(QString(), DocumentPrinter::tr("Cancel"), 0, 0, parent)
    {
        m_dialog.setWindowTitle(title);
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(400);
    }
    PrintJob::Progress callback()
    {
        return [this](int done, int total) {
            m_dialog.setMaximum(total);
            m_dialog.setLabelText(DocumentPrinter::tr("Page %1 of %2").arg(QLocale().toString(done), QLocale().toString(total)));
            m_dialog.setValue(done);
            QCoreApplication::processEvents();
            return !m_dialog.wasCanceled();
        };
    }

private:
    QProgressDialog m_dialog;
};
} // namespace

void DocumentPrinter::setUp(QPrinter& printer, const PrintJob& job)
{
    printer.setPageSize(job.pageSize);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0));
    printer.setFullPage(true); // the layout keeps its own margins and cut marks
    printer.setDocName(job.title);
}

bool DocumentPrinter::preview(QWidget* parent, const PrintJob& job)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, job);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(job.title);
    Result<void> painted = makeError(Error::Kind::Failed, tr("Nothing was painted."));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* target) {
        QPainter painter(target);
        painted = job.paint(painter, *target, {});
    });
    const bool accepted = dialog.exec() == QDialog::Accepted;
    if (!painted) {
        Prompts::instance().warn(parent, job.title, painted.error().message);
        return false;
    }
    // Printing from the preview counts; only looking does not.
    return accepted;
}

bool DocumentPrinter::print(QWidget* parent, const PrintJob& job)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, job);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(job.title);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QPainter painter;
    if (!painter.begin(&printer)) {
        Prompts::instance().warn(parent, job.title, tr("The printer could not be started."));
        return false;
    }
    PageProgress progress(parent, job.title);
    auto result = job.paint(painter, printer, progress.callback());
    if (!result)
        printer.abort(); // nothing half-printed goes to the printer
    painter.end();
    if (!result) {
        Prompts::instance().warn(parent, job.title, result.error().message);
        return false;
    }
    return true;
}

QString DocumentPrinter::askPdfPath(QWidget* parent, const QString& suggestedName)
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(suggestedName);
    return QFileDialog::getSaveFileName(parent, tr("Save as PDF"), suggested, tr("PDF (*.pdf)"));
}

bool DocumentPrinter::savePdf(QWidget* parent, const PrintJob& job, const QString& suggestedName)
{
    const QString path = askPdfPath(parent, suggestedName);
    if (path.isEmpty())
        return false;
    if (auto written = writePdf(parent, job, path); !written) {
        Prompts::instance().warn(parent, job.title, written.error().message);
        return false;
    }
    return true;
}

Result<void> DocumentPrinter::writePdf(QWidget* parent, const PrintJob& job, const QString& path)
{
    PageProgress progress(parent, job.title);
    return job.writePdf(path, progress.callback());
}
