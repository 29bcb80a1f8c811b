#include "TerminalPasswordPrompt.h"

#include <QByteArray>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

std::optional<QString> TerminalPasswordPrompt::ask(const QString& server, const QString& refusal)
{
    if (!::isatty(STDIN_FILENO))
        return std::nullopt;
    if (!refusal.isEmpty())
        std::fputs(qPrintable(tr("The server refused the password: %1\n").arg(refusal)), stderr);
    std::fputs(qPrintable(tr("Password for %1: ").arg(server)), stderr);
    std::fflush(stderr);
    termios saved{};
    const bool quiet = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (quiet) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    QByteArray line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        line.append(char(c));
    if (quiet)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputs("\n", stderr);
    if (line.isEmpty())
        return std::nullopt;
    return QString::fromLocal8Bit(line);
}
