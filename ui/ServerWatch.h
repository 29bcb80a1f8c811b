#pragma once

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

class Database;

// Whether a server shop's connection is up, found out by failures: a use-case that fails calls reportLost(),
// which asks the server once; if it does not answer the till is Offline and a new connection is tried every
// few seconds in a worker, and when one opens the window's connection is opened again and reconnected() sent.
// The same surface as app/ServerLink, so the window can take either.
class ServerWatch : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Local, // a SQLite file: always there
        Online,
        Offline
    };
    Q_ENUM(State)

    explicit ServerWatch(Database& db, QObject* parent = nullptr);

    State state() const { return m_state; }
    QDateTime lostSince() const { return m_lostSince; }
    QDateTime nextAttempt() const { return m_nextAttempt; }
    // A use-case failed: true (and Offline from now) when the server no longer answers.
    bool reportLost();
    void retryNow();

    static constexpr int RetrySeconds = 5;

Q_SIGNALS:
    void stateChanged(ServerWatch::State state);
    void reconnected();

private:
    void attempt();
    void attempted();

    Database& m_db;
    State m_state;
    QDateTime m_lostSince;
    QDateTime m_nextAttempt;
    QTimer m_retry;
    QFutureWatcher<bool> m_probe;
};
