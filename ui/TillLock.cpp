#include "TillLock.h"

#include "Clock.h"
#include "Session.h"
#include "ShopSettings.h"
#include "SignInScreen.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QStatusBar>
#include <QTimer>

TillLock::TillLock(QMainWindow& window, Database& db, const Clock& clock, Session& session)
    : QObject(&window), m_window(window), m_db(db), m_clock(clock), m_session(session),
      m_accounts(db, clock, session)
{
    m_screen = new SignInScreen(m_accounts, &window);
    m_screen->hide();
    connect(m_screen, &SignInScreen::signedIn, this, &TillLock::signIn);
    m_userLabel = new QLabel(&window);
    m_userLabel->setObjectName(QStringLiteral("signedInUser"));
    window.statusBar()->addPermanentWidget(m_userLabel);
    window.installEventFilter(this);
    qApp->installEventFilter(this);
    m_lastActivity = m_clock.nowUtc();
    m_idleTimer = new QTimer(this);
    m_idleTimer->setInterval(std::chrono::seconds(15));
    connect(m_idleTimer, &QTimer::timeout, this, &TillLock::checkIdle);
    m_idleTimer->start();
    if (m_session.usersExist())
        lock();
    showUser();
}

int TillLock::idleMinutes() const
{
    return ShopSettings(m_db).value(ShopSettings::Key::IdleLockMinutes).toInt();
}

void TillLock::lock()
{
    if (!m_session.usersExist())
        return;
    if (m_session.user())
        m_lastUserId = m_session.user()->id;
    m_session.signOut();
    m_locked = true;
    if (QWidget* central = m_window.centralWidget())
        central->hide();
    m_screen->reload(m_lastUserId);
    coverWindow();
    m_screen->show();
    m_screen->raise();
    m_screen->secretEdit()->setFocus();
    showUser();
    Q_EMIT accessChanged();
}

void TillLock::signIn(const UserRecord& user)
{
    m_session.signIn(user);
    m_locked = false;
    m_lastActivity = m_clock.nowUtc();
    m_screen->hide();
    if (QWidget* central = m_window.centralWidget())
        central->show();
    showUser();
    Q_EMIT accessChanged();
}

void TillLock::checkIdle()
{
    const int minutes = idleMinutes();
    if (m_locked || minutes <= 0 || !m_session.signedIn())
        return;
    if (m_lastActivity.secsTo(m_clock.nowUtc()) >= qint64(minutes) * 60)
        lock();
}

void TillLock::showUser()
{
    const auto& user = m_session.user();
    if (user)
        m_userLabel->setText(user->isOwner() ? tr("Signed in: %1 (owner)").arg(user->name)
                                             : tr("Signed in: %1 (clerk)").arg(user->name));
    else if (m_locked)
        m_userLabel->setText(tr("Locked"));
    m_userLabel->setVisible(user || m_locked);
}

void TillLock::coverWindow()
{
    m_screen->setGeometry(m_window.rect());
}

bool TillLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::Resize:
        if (watched == &m_window && m_locked)
            coverWindow();
        break;
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (event->spontaneous())
            m_lastActivity = m_clock.nowUtc();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
