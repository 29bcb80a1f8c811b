#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>

class Clock;
class Database;
class QThread;

// Watches a shop kept on a PostgreSQL server from one till: notices when the server stops answering (a
// heartbeat, or a write that failed because the connection went away), then tries again with a growing pause
// and reopens the till's connection once the server answers. The questions to the server run on a worker
// thread, so an unreachable server never freezes the window. A shop in a file is always "Local".
class ServerLink : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Local,   // a SQLite file: nothing to watch
        Online,  // the server answered the last time it was asked
        Offline, // the server cannot be reached; another attempt is planned
    };
    Q_ENUM(State)

    struct Timings
    {
        int heartbeatMs = 15000; // how often an online till checks that the server still answers
        int firstRetryMs = 1000; // the pause after the first failed attempt, doubled after each one
        int longestRetryMs = 60000;
    };

    ServerLink(Database& db, const Clock& clock, QObject* parent = nullptr);
    ServerLink(Database& db, const Clock& clock, Timings timings, QObject* parent = nullptr);
    ~ServerLink() override; // waits for a question under way (at most the probe's 3 s connect timeout)

    State state() const { return m_state; }
    // When the server stopped answering (UTC); invalid while online.
    QDateTime lostSince() const { return m_lostSince; }
    // When the next attempt is due (UTC); invalid while none is planned.
    QDateTime nextAttempt() const { return m_nextAttempt; }
    // Failed attempts since the server was lost.
    int failedAttempts() const { return m_failures; }
    // Why the server was last found unreachable, in the words the driver gave.
    QString problem() const { return m_problem; }
    // The server's address as shown to people (never with a password).
    QString server() const;

    // A use-case's write failed because the connection went away: go offline and start trying again now.
    void reportLost();
    // A use-case failed in a way that may be the server: asks the server at once (at most the probe's 3 s)
    // and, when it does not answer, goes offline. True while offline; false for a file or a server that
    // answers (the failure was something else).
    bool confirmLost();
    // The person asked to try now instead of waiting for the next attempt.
    void retryNow();

    // The pause before the next attempt after `failures` failed ones: first, twice that, … up to longest.
    static int retryDelayMs(int failures, const Timings& timings);

Q_SIGNALS:
    void stateChanged(ServerLink::State state);
    // The server answers again and the till's connection is open: time to send what waited.
    void reconnected();

private:
    void ask();
    void answered(bool reachable, const QString& problem);
    void goOffline(const QString& problem, int failures);
    void planNextAttempt();

    Database& m_db;
    const Clock& m_clock;
    Timings m_timings;
    State m_state = State::Local;
    QDateTime m_lostSince;
    QDateTime m_nextAttempt;
    int m_failures = 0;
    QString m_problem;
    QTimer m_timer;
    QThread* m_question = nullptr; // the probe under way, if any
};
