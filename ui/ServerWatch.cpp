#include "ServerWatch.h"

#include "Database.h"
#include "OfflineReplayStore.h"

#include <QSqlDatabase>
#include <QtConcurrent>

ServerWatch::ServerWatch(Database& db, QObject* parent)
    : QObject(parent), m_db(db), m_state(db.dialect().isPostgreSql() ? State::Online : State::Local)
{
    m_retry.setInterval(RetrySeconds * 1000);
    connect(&m_retry, &QTimer::timeout, this, &ServerWatch::attempt);
    connect(&m_probe, &QFutureWatcher<bool>::finished, this, &ServerWatch::attempted);
}

bool ServerWatch::reportLost()
{
    if (m_state == State::Local)
        return false;
    if (m_state == State::Offline)
        return true;
    if (OfflineReplayStore(m_db).serverAnswers())
        return false;
    m_state = State::Offline;
    m_lostSince = QDateTime::currentDateTimeUtc();
    m_nextAttempt = m_lostSince.addSecs(RetrySeconds);
    m_retry.start();
    Q_EMIT stateChanged(m_state);
    return true;
}

void ServerWatch::retryNow()
{
    if (m_state == State::Offline)
        attempt();
}

void ServerWatch::attempt()
{
    if (m_probe.isRunning())
        return;
    m_nextAttempt = QDateTime::currentDateTimeUtc().addSecs(RetrySeconds);
    // A new connection in a worker: a server that is out of reach may keep it waiting for seconds.
    m_probe.setFuture(QtConcurrent::run([path = m_db.path()] {
        return Database::open(path, Database::OpenMode::MustExist).ok();
    }));
}

void ServerWatch::attempted()
{
    if (!m_probe.result() || m_state != State::Offline)
        return;
    // The server answers again: the window's own connection, broken by the outage, is opened anew.
    QSqlDatabase connection = m_db.connection();
    connection.close();
    if (!connection.open())
        return;
    m_retry.stop();
    m_state = State::Online;
    m_lostSince = {};
    Q_EMIT stateChanged(m_state);
    Q_EMIT reconnected();
}
