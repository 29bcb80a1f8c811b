#pragma once

#include "CustomerImport.h"

#include <QDialog>

#include <optional>

class CustomerDirectory;
class Database;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

// A CSV import previewed before anything is written: encoding and delimiter (detected, or chosen), which
// column holds what, and every bad line with its number, column and reason. Import all, or only the valid
// lines.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(CustomerDirectory& directory, Database& db, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Asks for a file; false when the person cancelled or the file could not be read.
    bool chooseFile();
    // Previews the given bytes as if read from fileName.
    void setFileContents(const QByteArray& bytes, const QString& fileName);

    int importedCount() const { return m_imported; }
    QPushButton* importAllButton() const { return m_importAll; }
    QPushButton* importValidButton() const { return m_importValid; }
    QTableWidget* issuesTable() const { return m_issues; }
    QTableWidget* columnsTable() const { return m_columns; }
    QComboBox* encodingBox() const { return m_encoding; }
    QLabel* summaryLabel() const { return m_summary; }

private:
    void refreshPreview();
    void fillColumns();
    void fillIssues();
    void runImport(bool skipInvalid);
    void saveRejected();
    CustomerImport::Options options() const;

    CustomerDirectory& m_directory;
    Database& m_db;
    QByteArray m_bytes;
    QString m_fileName;
    std::optional<CustomerImport::Preview> m_preview;
    QHash<int, CustomerImport::Field> m_overrides;
    int m_imported = 0;
    bool m_filling = false;

    QLabel* m_file = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_delimiter = nullptr;
    QTableWidget* m_columns = nullptr;
    QTableWidget* m_issues = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_importAll = nullptr;
    QPushButton* m_importValid = nullptr;
    QPushButton* m_saveRejected = nullptr;
};
