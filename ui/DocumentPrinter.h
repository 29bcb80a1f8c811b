#pragma once

#include "PrintJob.h"

#include <QCoreApplication>

class QPrinter;
class QWidget;

// The one way the window puts a document on paper: a preview to look at and print from, Qt's print dialog to
// any installed printer, or a PDF file the owner picks. The document keeps its own paper size and margins
// (full-page mode); problems are shown through Prompts.
class DocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinter)

public:
    // Each returns true when the document went to a printer or a file, false when the owner only looked,
    // cancelled, or it failed.
    static bool preview(QWidget* parent, const PrintJob& job);
    static bool print(QWidget* parent, const PrintJob& job);
    static bool savePdf(QWidget* parent, const PrintJob& job, const QString& suggestedName);
    // Writes the PDF at `path`, with progress and Cancel for a long document; nothing is left when cancelled.
    static Result<void> writePdf(QWidget* parent, const PrintJob& job, const QString& path);
    // The file the owner picks for a PDF, starting in their documents folder; empty when they cancel.
    static QString askPdfPath(QWidget* parent, const QString& suggestedName);

private:
    static void setUp(QPrinter& printer, const PrintJob& job);
};
