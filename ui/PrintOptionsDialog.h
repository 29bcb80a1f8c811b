#pragma once

#include "PrintJob.h"
#include "UserSettings.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QSpinBox;

// A printed document's few choices (a layout or roll width remembered on this computer, how many new cards)
// with Preview, Print and Save as PDF, all through DocumentPrinter. The caller makes the document from the
// choices and says what happens once it is on paper (new card numbers are kept only then).
class PrintOptionsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Prepared
    {
        PrintJob job;
        std::function<Result<void>()> whenPrinted; // may be empty
    };
    // The chosen option's key ("cr80", "80", …) and the count (0 without a count box).
    using Maker = std::function<Result<Prepared>(const QString& option, int count)>;

    PrintOptionsDialog(const QString& title, const QString& fileName, Maker maker, QWidget* parent = nullptr);

    // A choice of layout, each item (shown text, key); the last one chosen is remembered under `key`.
    void addOptions(const QString& label, const QList<std::pair<QString, QString>>& items,
                    UserSettings::Key key);
    void addCount(const QString& label, int maximum, int value);

    QComboBox* optionBox() const { return m_options; }
    QSpinBox* countBox() const { return m_count; }
    // The document for the current choices, as the buttons make it.
    Result<Prepared> prepare() const;
    // Saves the PDF (what Save as PDF does once the file is chosen); runs whenPrinted.
    Result<void> saveTo(const QString& path);

private:
    enum class Output
    {
        Preview,
        Printer,
        Pdf,
    };
    void output(Output output);
    void finished(const Prepared& prepared);

    QString m_fileName;
    Maker m_maker;
    std::optional<UserSettings::Key> m_optionKey;
    QComboBox* m_options = nullptr;
    QSpinBox* m_count = nullptr;
    QLabel* m_status = nullptr;
    class QFormLayout* m_form = nullptr;
};
