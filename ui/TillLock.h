#pragma once

#include "UserAccounts.h"

#include <QDateTime>
#include <QObject>

class Clock;
class Database;
class QLabel;
class QMainWindow;
class QTimer;
class Session;
class SignInScreen;

// Who is at the till: covers the window with the sign-in screen while nobody is signed in, locks it after
// the idle time the owner set (from the Clock, so tests can move time), and lets people switch quickly.
class TillLock : public QObject
{
    Q_OBJECT

public:
    TillLock(QMainWindow& window, Database& db, const Clock& clock, Session& session);

    bool isLocked() const { return m_locked; }
    SignInScreen* signInScreen() const { return m_screen; }
    QLabel* userLabel() const { return m_userLabel; }
    UserAccounts& accounts() { return m_accounts; }
    // How long the till may stay untouched before it locks (the shop's setting; 0: never).
    int idleMinutes() const;
    QTimer* idleTimer() const { return m_idleTimer; }

public Q_SLOTS:
    // Locks now, for the next person to sign in; does nothing while the shop has no users.
    void lock();
    // Locks when nobody touched the keyboard or mouse for the idle time.
    void checkIdle();
    // Shows who is signed in, after users were added or a session began.
    void showUser();
    // Begins the session of somebody whose secret was just checked (the sign-in screen, a new owner).
    void signIn(const UserRecord& user);

Q_SIGNALS:
    // The till was locked or somebody signed in: what the window offers changes.
    void accessChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void coverWindow();

    QMainWindow& m_window;
    Database& m_db;
    const Clock& m_clock;
    Session& m_session;
    UserAccounts m_accounts;
    SignInScreen* m_screen = nullptr;
    QLabel* m_userLabel = nullptr;
    QTimer* m_idleTimer = nullptr;
    QDateTime m_lastActivity;
    qint64 m_lastUserId = 0;
    bool m_locked = false;
};
