#pragma once

#include <QString>

class Database;

// Exports of personal data, anonymisations and restores that the audit log must show (who, when, what).
// The one call site for AuditLog::record(action, subject, old, new, note); until the audit log is merged it
// writes the event to the `regulars.audit` log category.
namespace DataEvents {
void record(Database& db, const QString& action, const QString& subject, const QString& note);
}
