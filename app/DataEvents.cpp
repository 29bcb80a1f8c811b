#include "DataEvents.h"

#include "Database.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDataEvents, "regulars.audit", QtInfoMsg)

namespace DataEvents {
void record(Database& db, const QString& action, const QString& subject, const QString& note)
{
    qCInfo(lcDataEvents).noquote() << action << subject << note << db.path();
}
} // namespace DataEvents
