#pragma once

#include <QString>

class AccessPolicy;
class Database;

// Exports of personal data, anonymisations and restores, written to the audit log with who did them and when.
// `subject` is "kind:id" (customer:12) or a file name; `note` says what was exported or restored.
namespace DataEvents {
void record(Database& db, const AccessPolicy& access, const QString& action, const QString& subject,
            const QString& note);
}
