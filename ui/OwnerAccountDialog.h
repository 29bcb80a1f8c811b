#pragma once

#include <QDialog>

class OwnerAccountForm;
class QPushButton;
class UserAccounts;

// Asks for the owner's account until it is made (or the person chooses to go on without one for now).
class OwnerAccountDialog : public QDialog
{
    Q_OBJECT

public:
    OwnerAccountDialog(UserAccounts& accounts, QWidget* parent = nullptr);

    OwnerAccountForm* form() const { return m_form; }
    qint64 ownerId() const { return m_ownerId; }

    void accept() override;

private:
    UserAccounts& m_accounts;
    OwnerAccountForm* m_form = nullptr;
    QPushButton* m_create = nullptr;
    qint64 m_ownerId = 0;
};
