#pragma once

#include <QDialog>

class CustomerDirectory;
class LoyaltyLedger;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class UserAccounts;

// The owner's list of the people who sign in: add a clerk, give a clerk a new PIN, disable a clerk, and how
// long the till may stay idle and how large a refund a clerk may make.
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Role,
        State,
        ColumnCount
    };

    UsersDialog(UserAccounts& accounts, CustomerDirectory& directory, LoyaltyLedger& ledger,
                QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QLineEdit* newNameEdit() const { return m_newName; }
    QLineEdit* newPinEdit() const { return m_newPin; }
    QPushButton* addButton() const { return m_add; }
    QLineEdit* resetPinEdit() const { return m_resetPin; }
    QPushButton* resetButton() const { return m_reset; }
    QPushButton* disableButton() const { return m_disable; }
    QSpinBox* idleMinutesBox() const { return m_idle; }
    QLineEdit* refundLimitEdit() const { return m_refundLimit; }
    QPushButton* saveSettingsButton() const { return m_saveSettings; }

public Q_SLOTS:
    void addClerk();
    void resetPin();
    void disableClerk();
    void saveSettings();

private:
    void reload();
    qint64 selectedId() const;
    void selectionChanged();

    UserAccounts& m_accounts;
    CustomerDirectory& m_directory;
    LoyaltyLedger& m_ledger;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_newName = nullptr;
    QLineEdit* m_newPin = nullptr;
    QPushButton* m_add = nullptr;
    QLineEdit* m_resetPin = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_disable = nullptr;
    QSpinBox* m_idle = nullptr;
    QLineEdit* m_refundLimit = nullptr;
    QPushButton* m_saveSettings = nullptr;
};
