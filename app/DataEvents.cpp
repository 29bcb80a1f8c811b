#include "DataEvents.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDataEvents, "regulars.audit", QtInfoMsg)

namespace DataEvents {
void record(Database& db, const AccessPolicy& access, const QString& action, const QString& subject,
            const QString& note)
{
    const qsizetype colon = subject.indexOf(u':');
    const AuditSubject about = colon > 0 ? AuditSubject{subject.left(colon), subject.mid(colon + 1)}
                                         : AuditSubject{QStringLiteral("file"), subject};
    const SystemClock clock;
    // The event has happened (the file is written, the database restored): a failure to note it is reported,
    // never a reason to undo it.
    if (auto written = AuditLog(db, clock, access).record(action, about, {}, {}, note); !written)
        qCWarning(lcDataEvents).noquote() << action << subject << written.error().message;
}
} // namespace DataEvents
