#include "VirtualScanner.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

#include <fcntl.h>
#include <unistd.h>

VirtualScanner::VirtualScanner(const QString& folder, const QString& name)
    : m_port(QDir(folder).filePath(name)), m_host(QDir(folder).filePath(name + QStringLiteral("-host")))
{
}

VirtualScanner::~VirtualScanner()
{
    unplug();
}

bool VirtualScanner::plugIn()
{
    unplug();
    m_socat.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_socat.start(QStringLiteral("socat"), {QStringLiteral("pty,raw,echo=0,link=") + m_port,
                                            QStringLiteral("pty,raw,echo=0,link=") + m_host});
    if (!m_socat.waitForStarted(10000)) {
        qWarning("socat did not start: %s", qPrintable(m_socat.errorString()));
        return false;
    }
    // socat makes the links right after it starts; generous for a loaded machine under ASan.
    QDeadlineTimer deadline(20000);
    while (!(QFile::exists(m_port) && QFile::exists(m_host))) {
        if (deadline.hasExpired() || m_socat.state() != QProcess::Running) {
            qWarning("socat made no pseudo-terminals");
            return false;
        }
        QThread::msleep(5);
    }
    m_hostFd = ::open(QFile::encodeName(m_host).constData(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    return m_hostFd >= 0;
}

void VirtualScanner::unplug()
{
    if (m_hostFd >= 0) {
        ::close(m_hostFd);
        m_hostFd = -1;
    }
    if (m_socat.state() != QProcess::NotRunning) {
        m_socat.terminate();
        if (!m_socat.waitForFinished(10000)) {
            m_socat.kill();
            m_socat.waitForFinished(10000);
        }
    }
    // socat removes its links when it ends; a killed one may leave them behind.
    QFile::remove(m_port);
    QFile::remove(m_host);
}

bool VirtualScanner::write(const QByteArray& bytes)
{
    if (m_hostFd < 0)
        return false;
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(m_hostFd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}
