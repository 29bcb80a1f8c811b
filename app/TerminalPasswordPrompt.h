#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// Asks for a database server's password on the terminal, without echo, when libpq found none in
// PGPASSWORD or ~/.pgpass. Never asks when no person is at a terminal (scripts, cron).
class TerminalPasswordPrompt
{
    Q_DECLARE_TR_FUNCTIONS(TerminalPasswordPrompt)

public:
    // `refusal`: what the server said of the last password, shown before asking again.
    static std::optional<QString> ask(const QString& server, const QString& refusal);
};
