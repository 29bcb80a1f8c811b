#include "SerialScanner.h"

#include <QDir>
#include <QFileInfo>

#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

SerialScanner::SerialScanner(QObject* parent) : QObject(parent)
{
    m_retry.setInterval(RetryIntervalMs);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SerialScanner::tryOpen);
    connect(&m_port, &QSerialPort::readyRead, this, &SerialScanner::readAvailable);
    connect(&m_port, &QSerialPort::errorOccurred, this, &SerialScanner::handleError);
}

SerialScanner::~SerialScanner()
{
    m_retry.stop();
    if (m_port.isOpen())
        m_port.close();
}

void SerialScanner::setPortSettings(const PortSettings& settings)
{
    m_settings = settings;
}

void SerialScanner::start()
{
    stop();
    m_decoder.reset();
    if (m_settings.path.trimmed().isEmpty()) {
        setState(State::Stopped, {});
        return;
    }
    setState(State::Waiting, tr("Connecting to the scanner on %1…").arg(m_settings.path));
    tryOpen();
}

void SerialScanner::stop()
{
    m_retry.stop();
    if (m_port.isOpen())
        m_port.close();
    setState(State::Stopped, {});
}

void SerialScanner::tryOpen()
{
    if (m_port.isOpen())
        return;
    const QString path = m_settings.path.trimmed();
    // The canonical path: a by-id or test symlink can point to a new device node after a replug.
    const QFileInfo info(path);
    if (!info.exists()) {
        setState(State::Waiting,
                 tr("Scanner disconnected: %1 is not there. Plug it in; Regulars reconnects by itself.")
                     .arg(QDir::toNativeSeparators(path)),
                 Problem::Missing);
        m_retry.start();
        return;
    }
    m_port.setPortName(info.canonicalFilePath());
    if (!m_port.open(QIODevice::ReadOnly)) {
        const QSerialPort::SerialPortError error = m_port.error();
        const QString message = describeOpenFailure(path, error, m_port.errorString());
        m_port.clearError();
        setState(State::Waiting, message, openFailureKind(path, error));
        m_retry.start();
        return;
    }
    // Settings are applied after opening: a pseudo-terminal or a USB-CDC port ignores what it cannot do.
    m_port.setBaudRate(m_settings.baudRate);
    m_port.setDataBits(m_settings.dataBits);
    m_port.setParity(m_settings.parity);
    m_port.setStopBits(m_settings.stopBits);
    m_port.setFlowControl(m_settings.flowControl);
    m_port.clearError();
    m_decoder.reset();
    setState(State::Connected, {});
    // Bytes that arrived before the notifier was armed would otherwise wait for the next read.
    if (m_port.bytesAvailable() > 0)
        readAvailable();
}

void SerialScanner::readAvailable()
{
    const QByteArray bytes = m_port.readAll();
    if (bytes.isEmpty())
        return;
    Q_EMIT bytesReceived(bytes);
    const ScanDecoder::Output output = m_decoder.feed(bytes);
    for (const QString& message : output.diagnostics)
        Q_EMIT diagnostic(message);
    for (const ScanDecoder::Frame& frame : output.frames)
        Q_EMIT codeRead(frame.code, frame.symbology);
}

void SerialScanner::handleError(QSerialPort::SerialPortError error)
{
    if (error == QSerialPort::NoError || !m_port.isOpen())
        return;
    // Settings a pseudo-terminal or an adapter does not support are not a reason to give up the port.
    if (error == QSerialPort::UnsupportedOperationError || error == QSerialPort::TimeoutError) {
        m_port.clearError();
        return;
    }
    // Unplugged (ResourceError) or broken: close now and reopen when the device is back.
    const QString reason = m_port.errorString();
    m_port.close();
    m_port.clearError();
    m_decoder.reset();
    const QString shown = QDir::toNativeSeparators(m_settings.path);
    const bool vanished = error == QSerialPort::ResourceError || !QFileInfo::exists(m_settings.path);
    if (vanished)
        setState(
            State::Waiting,
            tr("Scanner disconnected from %1. Regulars reconnects by itself when it is back.").arg(shown),
            Problem::Missing);
    else
        setState(State::Waiting,
                 tr("Scanner on %1 failed (%2). Regulars tries again by itself.").arg(shown, reason),
                 Problem::Failed);
    m_retry.start();
}

void SerialScanner::setState(State state, const QString& problem, Problem kind)
{
    if (state == m_state && problem == m_problem)
        return;
    m_state = state;
    m_problem = problem;
    m_problemKind = kind;
    Q_EMIT stateChanged(state, problem);
}

QString SerialScanner::describeOpenFailure(const QString& path, QSerialPort::SerialPortError error,
                                           const QString& systemMessage)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (error == QSerialPort::DeviceNotFoundError)
        return tr("Scanner disconnected: %1 is not there. Plug it in; Regulars reconnects by itself.")
            .arg(shown);
    if (error == QSerialPort::PermissionError) {
        const QByteArray native = QFile::encodeName(QFileInfo(path).canonicalFilePath());
        if (::access(native.constData(), R_OK) == 0)
            return tr("%1 is in use by another program, so Regulars cannot read the scanner. Close the other "
                      "program (another Regulars window or command, a terminal program, or ModemManager, "
                      "which grabs new ttyACM ports) and Regulars connects by itself.")
                .arg(shown);
        QString group = QStringLiteral("dialout");
        struct stat status = {};
        if (::stat(native.constData(), &status) == 0) {
            if (const struct group* owner = ::getgrgid(status.st_gid))
                group = QString::fromLocal8Bit(owner->gr_name);
        }
        const QString user = qEnvironmentVariable("USER", QStringLiteral("$USER"));
        return tr("Your account may not read %1: the port belongs to the group “%2” and you are not in it. "
                  "Run “sudo usermod -aG %2 %3”, then log out and back in.")
            .arg(shown, group, user);
    }
    return tr("Cannot open the scanner on %1: %2").arg(shown, systemMessage);
}

SerialScanner::Problem SerialScanner::openFailureKind(const QString& path, QSerialPort::SerialPortError error)
{
    if (error == QSerialPort::DeviceNotFoundError)
        return Problem::Missing;
    if (error != QSerialPort::PermissionError)
        return Problem::Failed;
    const QByteArray native = QFile::encodeName(QFileInfo(path).canonicalFilePath());
    return ::access(native.constData(), R_OK) == 0 ? Problem::Busy : Problem::NoPermission;
}
