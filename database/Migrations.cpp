#include "Migrations.h"

#include "SearchKey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <vector>

namespace {
struct Step
{
    int version;
    const char* description;
    std::function<Result<void>(QSqlDatabase&)> apply;
};

Result<void> run(QSqlDatabase& db, const QStringList& statements)
{
    for (const QString& sql : statements) {
        QSqlQuery query(db);
        if (!query.exec(sql))
            return makeError(Error::Kind::Failed, query.lastError().text());
    }
    return {};
}

// Version 1: customers, their consent records and the shop's settings.
Result<void> createCore(QSqlDatabase& db)
{
    return run(db,
               {
                   QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                   QStringLiteral("CREATE TABLE customers ("
                                  " id INTEGER PRIMARY KEY,"
                                  " phone_e164 TEXT UNIQUE,"
                                  " card_number TEXT UNIQUE,"
                                  " name TEXT NOT NULL DEFAULT '',"
                                  " nickname TEXT NOT NULL DEFAULT '',"
                                  " email TEXT NOT NULL DEFAULT '',"
                                  " birthday TEXT,"
                                  " notes TEXT NOT NULL DEFAULT '',"
                                  " created_at INTEGER NOT NULL,"
                                  " archived_at INTEGER)"),
                   QStringLiteral("CREATE TABLE consents ("
                                  " id INTEGER PRIMARY KEY,"
                                  " customer_id INTEGER NOT NULL REFERENCES customers(id),"
                                  " purpose TEXT NOT NULL CHECK (purpose IN ('data', 'marketing')),"
                                  " granted INTEGER NOT NULL CHECK (granted IN (0, 1)),"
                                  " at INTEGER NOT NULL,"
                                  " channel TEXT NOT NULL CHECK (channel IN ('paper', 'verbal', 'digital')),"
                                  " text_version TEXT NOT NULL,"
                                  " text_sha256 TEXT NOT NULL,"
                                  " recorded_by TEXT NOT NULL)"),
                   QStringLiteral("CREATE INDEX consents_customer ON consents (customer_id, purpose, at)"),
               });
}

// Version 2: lookups by the last digits of a phone and by any word of a name, through indexes.
Result<void> addSearchIndexes(QSqlDatabase& db)
{
    if (auto r =
            run(db,
                {
                    QStringLiteral("ALTER TABLE customers ADD COLUMN phone_rev TEXT"),
                    QStringLiteral("CREATE INDEX customers_phone_rev ON customers (phone_rev)"),
                    QStringLiteral("CREATE TABLE customer_terms ("
                                   " customer_id INTEGER NOT NULL REFERENCES customers(id),"
                                   " term TEXT NOT NULL,"
                                   " PRIMARY KEY (customer_id, term))"),
                    QStringLiteral("CREATE INDEX customer_terms_term ON customer_terms (term, customer_id)"),
                });
        !r)
        return r;

    QSqlQuery select(db);
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT id, name, nickname, phone_e164 FROM customers")))
        return makeError(Error::Kind::Failed, select.lastError().text());
    QSqlQuery setRev(db);
    setRev.prepare(QStringLiteral("UPDATE customers SET phone_rev = ? WHERE id = ?"));
    QSqlQuery addTerm(db);
    addTerm.prepare(QStringLiteral("INSERT INTO customer_terms (customer_id, term) VALUES (?, ?)"));
    while (select.next()) {
        const qint64 id = select.value(0).toLongLong();
        const QString phone = select.value(3).toString();
        if (!phone.isEmpty()) {
            setRev.addBindValue(SearchKey::reversedDigits(phone));
            setRev.addBindValue(id);
            if (!setRev.exec())
                return makeError(Error::Kind::Failed, setRev.lastError().text());
        }
        for (const QString& term : SearchKey::terms(select.value(1).toString(), select.value(2).toString())) {
            addTerm.addBindValue(id);
            addTerm.addBindValue(term);
            if (!addTerm.exec())
                return makeError(Error::Kind::Failed, addTerm.lastError().text());
        }
    }
    return {};
}

// Version 3: sales, the history that programmes and reports build on.
Result<void> addSales(QSqlDatabase& db)
{
    return run(db, {
                       QStringLiteral("CREATE TABLE sales ("
                                      " id INTEGER PRIMARY KEY,"
                                      " till_id TEXT NOT NULL,"
                                      " sale_ref TEXT NOT NULL,"
                                      " customer_id INTEGER REFERENCES customers(id),"
                                      " at INTEGER NOT NULL,"
                                      " amount_minor INTEGER NOT NULL,"
                                      " UNIQUE (till_id, sale_ref))"),
                       QStringLiteral("CREATE INDEX sales_customer ON sales (customer_id, at)"),
                       QStringLiteral("CREATE INDEX sales_at ON sales (at)"),
                   });
}

// Version 4: customers brought from another system keep that system's id, so a re-import finds them again;
// the reports read every sale in customer order from one covering index instead of visiting each table row.
Result<void> addExternalRefsAndReportIndex(QSqlDatabase& db)
{
    return run(
        db,
        {
            QStringLiteral("ALTER TABLE customers ADD COLUMN external_ref TEXT"),
            QStringLiteral("CREATE UNIQUE INDEX customers_external_ref ON customers (external_ref)"),
            QStringLiteral("CREATE INDEX sales_customer_history ON sales (customer_id, at, amount_minor)"),
            // The new index starts with the same columns, so it serves every lookup the old one did.
            QStringLiteral("DROP INDEX sales_customer"),
        });
}

const std::vector<Step>& steps()
{
    static const std::vector<Step> all = {
        {1, "customers, consents and settings", createCore},
        {2, "search by phone ending and name words", addSearchIndexes},
        {3, "sales", addSales},
        {4, "external references of imported customers, sales history index", addExternalRefsAndReportIndex},
    };
    return all;
}
} // namespace

int Migrations::latestVersion()
{
    return steps().back().version;
}

Result<int> Migrations::currentVersion(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")))
        return makeError(Error::Kind::Damaged, query.lastError().text());
    if (!query.next() || query.value(0).toInt() == 0)
        return 0;
    if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version")) || !query.next())
        return makeError(Error::Kind::Damaged, query.lastError().text());
    return query.value(0).toInt();
}

Result<void> Migrations::migrate(QSqlDatabase db, int targetVersion)
{
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    int version = current.value();
    if (version == 0) {
        QSqlQuery create(db);
        if (!create.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                        " version INTEGER PRIMARY KEY, description TEXT NOT NULL,"
                                        " applied_at INTEGER NOT NULL)")))
            return makeError(Error::Kind::Failed, create.lastError().text());
    }
    for (const Step& step : steps()) {
        if (step.version <= version || step.version > targetVersion)
            continue;
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return makeError(Error::Kind::Failed, begin.lastError().text());
        Result<void> applied = step.apply(db);
        if (applied) {
            QSqlQuery record(db);
            record.prepare(QStringLiteral(
                "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)"));
            record.addBindValue(step.version);
            record.addBindValue(QString::fromLatin1(step.description));
            record.addBindValue(QDateTime::currentMSecsSinceEpoch());
            if (!record.exec())
                applied = makeError(Error::Kind::Failed, record.lastError().text());
        }
        QSqlQuery end(db);
        if (!applied) {
            end.exec(QStringLiteral("ROLLBACK"));
            return makeError(
                Error::Kind::Failed,
                QCoreApplication::translate("Migrations", "Updating the database to version %1 failed: %2")
                    .arg(step.version)
                    .arg(applied.error().message));
        }
        if (!end.exec(QStringLiteral("COMMIT")))
            return makeError(Error::Kind::Failed, end.lastError().text());
        version = step.version;
    }
    return {};
}
