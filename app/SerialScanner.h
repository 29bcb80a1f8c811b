#pragma once

#include "ScanDecoder.h"

#include <QObject>
#include <QSerialPort>
#include <QTimer>

// A scanner on a serial port (RS-232, USB-CDC ttyACM/ttyUSB, or a pseudo-terminal): reads as bytes arrive,
// decodes codes, and after an unplug reopens the port by itself as soon as the device is back.
class SerialScanner : public QObject
{
    Q_OBJECT

public:
    struct PortSettings
    {
        QString path; // /dev/ttyACM0, a symlink such as /dev/serial/by-id/…, or a pseudo-terminal
        qint32 baudRate = 9600;
        QSerialPort::DataBits dataBits = QSerialPort::Data8;
        QSerialPort::Parity parity = QSerialPort::NoParity;
        QSerialPort::StopBits stopBits = QSerialPort::OneStop;
        QSerialPort::FlowControl flowControl = QSerialPort::NoFlowControl;
    };
    enum class State
    {
        Stopped,
        Waiting, // the port is not there or cannot be opened yet; retried every RetryIntervalMs
        Connected,
    };
    // Why a waiting scanner is not connected.
    enum class Problem
    {
        None,
        Missing,      // unplugged, or the path does not exist
        Busy,         // another program holds the port
        NoPermission, // the account may not read the port (dialout group)
        Failed,       // anything else the system reported
    };
    static constexpr int RetryIntervalMs = 500;

    explicit SerialScanner(QObject* parent = nullptr);
    ~SerialScanner() override;

    void setPortSettings(const PortSettings& settings);
    const PortSettings& portSettings() const { return m_settings; }
    void setDecoderOptions(const ScanDecoder::Options& options) { m_decoder.setOptions(options); }

    // Opens the port now and keeps it open (reopening after errors) until stop().
    void start();
    void stop();
    State state() const { return m_state; }
    // Why the scanner is not connected, for the status bar; empty when connected or stopped.
    QString problem() const { return m_problem; }
    Problem problemKind() const { return m_problemKind; }

    // Explains a failed open for a person: missing device, port held by another program, or no permission
    // (not in the dialout group), and what to do.
    static QString describeOpenFailure(const QString& path, QSerialPort::SerialPortError error,
                                       const QString& systemMessage);
    static Problem openFailureKind(const QString& path, QSerialPort::SerialPortError error);

Q_SIGNALS:
    void stateChanged(SerialScanner::State state, const QString& problem);
    void bytesReceived(const QByteArray& bytes);
    void codeRead(const QString& code, const QString& symbology);
    void diagnostic(const QString& message);

private:
    void tryOpen();
    void readAvailable();
    void handleError(QSerialPort::SerialPortError error);
    void setState(State state, const QString& problem, Problem kind = Problem::None);

    QSerialPort m_port;
    QTimer m_retry;
    PortSettings m_settings;
    ScanDecoder m_decoder;
    State m_state = State::Stopped;
    QString m_problem;
    Problem m_problemKind = Problem::None;
};
