#pragma once

#include "Result.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class UserAccounts;

// The owner's name and password, asked once: at first start, or when a shop from before sign-in is opened.
// Self-contained so a first-run wizard can embed it as one of its pages.
class OwnerAccountForm : public QWidget
{
    Q_OBJECT

public:
    explicit OwnerAccountForm(QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    void setName(const QString& name);
    // True when the name is given and both passwords match and are long enough.
    bool isComplete() const;
    // Creates the owner's account; on a problem the form says it and the error is returned.
    Result<qint64> createOwner(UserAccounts& accounts);

Q_SIGNALS:
    void completeChanged(bool complete);

private:
    void check();

    QLineEdit* m_name = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_problem = nullptr;
};
