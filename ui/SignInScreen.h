#pragma once

#include "UserStore.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class UserAccounts;

// Covers the till while nobody is signed in: choose who you are, then the password (owner) or the PIN
// (clerks: typed, or tapped on the pad). Nothing of the window behind it shows.
class SignInScreen : public QWidget
{
    Q_OBJECT

public:
    SignInScreen(UserAccounts& accounts, QWidget* parent = nullptr);

    // Lists the people who may sign in again (enabled ones), choosing `preferredId` when it is among them.
    void reload(qint64 preferredId = 0);
    QListWidget* userList() const { return m_users; }
    QLineEdit* secretEdit() const { return m_secret; }
    QPushButton* signInButton() const { return m_signIn; }
    QLabel* problemLabel() const { return m_problem; }
    QWidget* pinPad() const { return m_pad; }
    // Chooses the user by name (tests, and a typed name).
    bool chooseUser(const QString& name);

public Q_SLOTS:
    void trySignIn();

Q_SIGNALS:
    void signedIn(const UserRecord& user);

private:
    void userChosen();
    qint64 chosenId() const;

    UserAccounts& m_accounts;
    QListWidget* m_users = nullptr;
    QLabel* m_prompt = nullptr;
    QLineEdit* m_secret = nullptr;
    QWidget* m_pad = nullptr;
    QPushButton* m_signIn = nullptr;
    QLabel* m_problem = nullptr;
};
