#include "ServerLink.h"

#include "Clock.h"
#include "Database.h"

#include <QPointer>
#include <QThread>

#include <algorithm>

ServerLink::ServerLink(Database& db, const Clock& clock, QObject* parent)
    : ServerLink(db, clock, Timings{}, parent)
{
}

ServerLink::ServerLink(Database& db, const Clock& clock, Timings timings, QObject* parent)
    : QObject(parent), m_db(db), m_clock(clock), m_timings(timings)
{
    if (!m_db.dialect().isPostgreSql())
        return;
    m_state = State::Online;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ServerLink::ask);
    m_timer.start(m_timings.heartbeatMs);
    // Queued: the handler runs inside a failing use-case, which should end before the window reacts.
    m_db.setConnectionLostHandler(
        [this] { QMetaObject::invokeMethod(this, &ServerLink::reportLost, Qt::QueuedConnection); });
}

ServerLink::~ServerLink()
{
    m_db.setConnectionLostHandler({});
    if (m_question) {
        m_question->wait();
        delete m_question;
    }
}

QString ServerLink::server() const
{
    return m_db.path();
}

int ServerLink::retryDelayMs(int failures, const Timings& timings)
{
    qint64 delay = timings.firstRetryMs;
    for (int i = 1; i < failures && delay < timings.longestRetryMs; ++i)
        delay *= 2;
    return int(std::min<qint64>(delay, timings.longestRetryMs));
}

void ServerLink::reportLost()
{
    if (m_state != State::Online)
        return;
    // The first attempt comes at once: a server that restarted is usually back within a second.
    m_timer.stop();
    goOffline(tr("A change could not be saved because the connection to the server was lost."), 0);
}

bool ServerLink::confirmLost()
{
    if (m_state != State::Online)
        return m_state == State::Offline;
    const Result<void> answer = Database::probe(m_db.connectionName());
    if (answer)
        return false;
    m_timer.stop();
    goOffline(answer.error().message, 1);
    return true;
}

void ServerLink::retryNow()
{
    if (m_state != State::Offline || m_question)
        return;
    m_timer.stop();
    ask();
}

void ServerLink::ask()
{
    if (m_question || m_state == State::Local)
        return;
    m_nextAttempt = {};
    const QString connectionName = m_db.connectionName();
    QPointer<ServerLink> self(this);
    m_question = QThread::create([self, connectionName] {
        const Result<void> answer = Database::probe(connectionName);
        const bool reachable = answer.ok();
        const QString problem = reachable ? QString() : answer.error().message;
        QMetaObject::invokeMethod(
            self.data(),
            [self, reachable, problem] {
                if (self)
                    self->answered(reachable, problem);
            },
            Qt::QueuedConnection);
    });
    m_question->start();
}

void ServerLink::answered(bool reachable, const QString& problem)
{
    if (m_question) {
        m_question->wait();
        delete m_question;
        m_question = nullptr;
    }
    if (m_state == State::Online) {
        if (reachable) {
            m_timer.start(m_timings.heartbeatMs);
            return;
        }
        goOffline(problem, 1);
        return;
    }
    if (reachable) {
        if (auto reopened = m_db.reconnect(); reopened) {
            m_state = State::Online;
            m_lostSince = {};
            m_nextAttempt = {};
            m_failures = 0;
            m_problem.clear();
            m_timer.start(m_timings.heartbeatMs);
            Q_EMIT stateChanged(m_state);
            Q_EMIT reconnected();
            return;
        }
    }
    ++m_failures;
    m_problem = problem;
    planNextAttempt();
    Q_EMIT stateChanged(m_state); // the same state, a new time for the next attempt
}

void ServerLink::goOffline(const QString& problem, int failures)
{
    m_state = State::Offline;
    m_lostSince = m_clock.nowUtc();
    m_failures = failures;
    m_problem = problem;
    planNextAttempt();
    Q_EMIT stateChanged(m_state);
}

void ServerLink::planNextAttempt()
{
    const int delay = m_failures == 0 ? 0 : retryDelayMs(m_failures, m_timings);
    m_nextAttempt = m_clock.nowUtc().addMSecs(delay);
    m_timer.start(delay);
}
