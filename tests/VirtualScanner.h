#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>

// A serial scanner for tests: a socat pseudo-terminal pair. The application opens portPath(); write() sends
// bytes as the scanner would. unplug() kills socat so the port vanishes; plugIn() again is a replug at the
// same path.
class VirtualScanner
{
public:
    // The links are made in folder, named after name (unique per test, as QSerialPort locks by path).
    VirtualScanner(const QString& folder, const QString& name);
    ~VirtualScanner();
    VirtualScanner(const VirtualScanner&) = delete;
    VirtualScanner& operator=(const VirtualScanner&) = delete;

    // Starts socat and waits until both ends exist; false (with a warning) when it cannot.
    bool plugIn();
    void unplug();
    // Writes bytes to the scanner side in one write; false when the port is not plugged in.
    bool write(const QByteArray& bytes);
    QString portPath() const { return m_port; }

private:
    QString m_port;
    QString m_host;
    QProcess m_socat;
    int m_hostFd = -1;
};
