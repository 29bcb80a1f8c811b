#pragma once

#include <QDateTime>

// Where "now" comes from: the system clock in the app, a settable one in tests.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

class SettableClock final : public Clock
{
public:
    explicit SettableClock(const QDateTime& now) : m_now(now.toUTC()) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now.toUTC(); }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};
