#pragma once

#include <QDialog>

class AuditLog;
class AuditTableModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

// The owner's read-only view of the audit log: who changed what and when, filtered by person, action, days
// and any text.
class AuditDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AuditDialog(AuditLog& log, QWidget* parent = nullptr);

    QComboBox* userBox() const { return m_user; }
    QComboBox* actionBox() const { return m_action; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QLineEdit* textEdit() const { return m_text; }
    QTableView* view() const { return m_view; }
    AuditTableModel* model() const { return m_model; }

public Q_SLOTS:
    void refresh();

private:
    AuditLog& m_log;
    QComboBox* m_user = nullptr;
    QComboBox* m_action = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_text = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_view = nullptr;
    AuditTableModel* m_model = nullptr;
};
