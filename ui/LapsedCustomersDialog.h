#pragma once

#include <QDialog>

class AccessPolicy;
class Clock;
class Database;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

// The retention rule for the owner: customers with no purchase for N years (the shop's setting), to review
// and anonymise together.
class LapsedCustomersDialog : public QDialog
{
    Q_OBJECT

public:
    LapsedCustomersDialog(Database& db, const Clock& clock, const AccessPolicy& access,
                          QWidget* parent = nullptr);

    QSpinBox* yearsBox() const { return m_years; }
    QListWidget* list() const { return m_list; }
    QPushButton* anonymiseButton() const { return m_anonymise; }
    int anonymisedCount() const { return m_anonymised; }

    void anonymiseChecked();

private:
    void reload();

    Database& m_db;
    const Clock& m_clock;
    const AccessPolicy& m_access;
    QSpinBox* m_years = nullptr;
    QLabel* m_summary = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_anonymise = nullptr;
    int m_anonymised = 0;
};
