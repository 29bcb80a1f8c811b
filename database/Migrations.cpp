#include "Migrations.h"

#include "SearchKey.h"
#include "SqlDialect.h"

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

// Statements written in SQLite's syntax, translated for the connection's backend.
Result<void> run(QSqlDatabase& db, const QStringList& statements)
{
    for (const QString& sql : SqlDialect::of(db).schema(statements)) {
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

// Version 4: the loyalty programme. The ledger is append-only; point_balances, point_lots and the stamp
// counts are caches written in the same transaction as the entries and verified by `regulars check`.
Result<void> addLoyalty(QSqlDatabase& db)
{
    return run(
        db,
        {
            QStringLiteral("ALTER TABLE customers ADD COLUMN referred_by INTEGER REFERENCES customers(id)"),
            QStringLiteral("ALTER TABLE sales ADD COLUMN discount_minor INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE sales ADD COLUMN points_redeemed INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE sales ADD COLUMN paid_with_points_minor INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE sales ADD COLUMN refunded_minor INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE sales ADD COLUMN tier TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE sales ADD COLUMN recorded_by TEXT NOT NULL DEFAULT ''"),
            // The JSON answer given when the sale was recorded, returned again for a repeated reference.
            QStringLiteral("ALTER TABLE sales ADD COLUMN result TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE TABLE ledger ("
                           " id INTEGER PRIMARY KEY,"
                           " customer_id INTEGER NOT NULL REFERENCES customers(id),"
                           " kind TEXT NOT NULL"
                           "  CHECK (kind IN ('earn', 'redeem', 'expire', 'adjust', 'reverse', 'transfer')),"
                           " points INTEGER NOT NULL CHECK (points <> 0),"
                           " at INTEGER NOT NULL,"
                           " lot_id INTEGER REFERENCES ledger(id),"
                           " expires_at INTEGER,"
                           " sale_id INTEGER REFERENCES sales(id),"
                           " reason TEXT NOT NULL,"
                           " note TEXT NOT NULL DEFAULT '',"
                           " counterpart_id INTEGER REFERENCES customers(id),"
                           " recorded_by TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX ledger_customer ON ledger (customer_id, id)"),
            QStringLiteral("CREATE INDEX ledger_sale ON ledger (sale_id) WHERE sale_id IS NOT NULL"),
            QStringLiteral("CREATE INDEX ledger_lot ON ledger (lot_id) WHERE lot_id IS NOT NULL"),
            QStringLiteral("CREATE INDEX ledger_at ON ledger (at)"),
            // Bonuses that a customer can receive only once (per year for birthdays).
            QStringLiteral("CREATE UNIQUE INDEX ledger_welcome_once ON ledger (customer_id)"
                           " WHERE reason = 'welcome'"),
            QStringLiteral("CREATE UNIQUE INDEX ledger_referred_once ON ledger (customer_id)"
                           " WHERE reason = 'referred'"),
            QStringLiteral("CREATE UNIQUE INDEX ledger_referral_once ON ledger (counterpart_id)"
                           " WHERE reason = 'referral'"),
            QStringLiteral("CREATE UNIQUE INDEX ledger_birthday_once ON ledger (customer_id, note)"
                           " WHERE reason = 'birthday'"),
            QStringLiteral("CREATE TABLE point_balances ("
                           " customer_id INTEGER PRIMARY KEY REFERENCES customers(id),"
                           " balance INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE point_lots ("
                           " lot_id INTEGER PRIMARY KEY REFERENCES ledger(id),"
                           " customer_id INTEGER NOT NULL REFERENCES customers(id),"
                           " remaining INTEGER NOT NULL CHECK (remaining > 0),"
                           " expires_at INTEGER)"),
            QStringLiteral(
                "CREATE INDEX point_lots_customer ON point_lots (customer_id, expires_at, lot_id)"),
            QStringLiteral("CREATE INDEX point_lots_expiry ON point_lots (expires_at)"
                           " WHERE expires_at IS NOT NULL"),
            // Before stamp_cards, which refers to it (PostgreSQL checks that a referenced table exists).
            QStringLiteral("CREATE TABLE vouchers ("
                           " id INTEGER PRIMARY KEY,"
                           " code TEXT NOT NULL UNIQUE,"
                           " customer_id INTEGER REFERENCES customers(id),"
                           " source TEXT NOT NULL,"
                           " description TEXT NOT NULL,"
                           " issued_at INTEGER NOT NULL,"
                           " valid_until INTEGER,"
                           " redeemed_at INTEGER,"
                           " redeemed_sale_id INTEGER REFERENCES sales(id),"
                           " redeemed_till TEXT,"
                           " redeemed_by TEXT)"),
            QStringLiteral("CREATE INDEX vouchers_customer ON vouchers (customer_id, redeemed_at)"),
            QStringLiteral("CREATE TABLE stamp_cards ("
                           " id INTEGER PRIMARY KEY,"
                           " customer_id INTEGER REFERENCES customers(id),"
                           " serial TEXT UNIQUE,"
                           " capacity INTEGER NOT NULL CHECK (capacity > 0),"
                           " stamps INTEGER NOT NULL DEFAULT 0,"
                           " created_at INTEGER NOT NULL,"
                           " filled_at INTEGER,"
                           " voucher_id INTEGER REFERENCES vouchers(id))"),
            QStringLiteral("CREATE INDEX stamp_cards_customer ON stamp_cards (customer_id, filled_at)"),
            QStringLiteral("CREATE TABLE stamp_entries ("
                           " id INTEGER PRIMARY KEY,"
                           " card_id INTEGER NOT NULL REFERENCES stamp_cards(id),"
                           " sale_id INTEGER REFERENCES sales(id),"
                           " stamps INTEGER NOT NULL CHECK (stamps <> 0),"
                           " at INTEGER NOT NULL,"
                           " recorded_by TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX stamp_entries_card ON stamp_entries (card_id)"),
            QStringLiteral(
                "CREATE INDEX stamp_entries_sale ON stamp_entries (sale_id) WHERE sale_id IS NOT NULL"),
        });
}

// Version 5: customers brought from another system keep that system's id, so a re-import finds them again;
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

Result<void> addCouponTables(QSqlDatabase& db);

// Version 6: coupon campaigns and their single-use codes. A code is unique across coupons and vouchers, so a
// scan names one thing; the triggers keep it so whichever table is written first.
Result<void> addCoupons(QSqlDatabase& db)
{
    if (auto tables = addCouponTables(db); !tables)
        return tables;
    if (!SqlDialect::of(db).isPostgreSql())
        return run(db,
                   {
                       QStringLiteral(
                           "CREATE TRIGGER coupons_code_not_voucher BEFORE INSERT ON coupons"
                           " WHEN EXISTS (SELECT 1 FROM vouchers WHERE code = NEW.code)"
                           " BEGIN SELECT RAISE(ABORT, 'UNIQUE constraint failed: code is a voucher'); END"),
                       QStringLiteral(
                           "CREATE TRIGGER vouchers_code_not_coupon BEFORE INSERT ON vouchers"
                           " WHEN EXISTS (SELECT 1 FROM coupons WHERE code = NEW.code)"
                           " BEGIN SELECT RAISE(ABORT, 'UNIQUE constraint failed: code is a coupon'); END"),
                   });
    // PL/pgSQL raises unique_violation (23505), which the stores read as a duplicate like SQLite's message.
    // The lock on the other table's code makes two tills inserting the same code at once wait for each other.
    return run(
        db, {
                QStringLiteral(
                    "CREATE FUNCTION regulars_code_not_in() RETURNS trigger LANGUAGE plpgsql AS $$"
                    " BEGIN"
                    "  PERFORM pg_advisory_xact_lock(hashtext('regulars code ' || NEW.code));"
                    "  IF TG_ARGV[0] = 'vouchers' AND EXISTS (SELECT 1 FROM vouchers WHERE code = NEW.code)"
                    "   OR TG_ARGV[0] = 'coupons' AND EXISTS (SELECT 1 FROM coupons WHERE code = NEW.code)"
                    "  THEN"
                    "   RAISE unique_violation"
                    "    USING MESSAGE = 'UNIQUE constraint failed: code is in ' || TG_ARGV[0];"
                    "  END IF;"
                    "  RETURN NEW;"
                    " END $$"),
                QStringLiteral("CREATE TRIGGER coupons_code_not_voucher BEFORE INSERT ON coupons"
                               " FOR EACH ROW EXECUTE FUNCTION regulars_code_not_in('vouchers')"),
                QStringLiteral("CREATE TRIGGER vouchers_code_not_coupon BEFORE INSERT ON vouchers"
                               " FOR EACH ROW EXECUTE FUNCTION regulars_code_not_in('coupons')"),
            });
}

// The tables of version 6; the triggers that follow them differ by backend.
Result<void> addCouponTables(QSqlDatabase& db)
{
    return run(
        db, {
                QStringLiteral("CREATE TABLE campaigns ("
                               " id INTEGER PRIMARY KEY,"
                               " name TEXT NOT NULL UNIQUE,"
                               " kind TEXT NOT NULL CHECK (kind IN ('amount', 'percent', 'item', 'points')),"
                               " amount_minor INTEGER NOT NULL DEFAULT 0,"
                               " percent_bp INTEGER NOT NULL DEFAULT 0,"
                               " item TEXT NOT NULL DEFAULT '',"
                               " points INTEGER NOT NULL DEFAULT 0,"
                               " min_purchase_minor INTEGER NOT NULL DEFAULT 0,"
                               " valid_from TEXT,"
                               " valid_until TEXT,"
                               " terms TEXT NOT NULL DEFAULT '',"
                               " created_at INTEGER NOT NULL,"
                               " created_by TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE coupons ("
                               " id INTEGER PRIMARY KEY,"
                               " code TEXT NOT NULL UNIQUE,"
                               " campaign_id INTEGER NOT NULL REFERENCES campaigns(id),"
                               " issued_to INTEGER REFERENCES customers(id),"
                               " created_at INTEGER NOT NULL,"
                               " printed_at INTEGER,"
                               " redeemed_at INTEGER,"
                               " redeemed_sale TEXT,"
                               " redeemed_till TEXT,"
                               " redeemed_by TEXT,"
                               " redeemed_customer_id INTEGER REFERENCES customers(id))"),
                QStringLiteral("CREATE INDEX coupons_campaign ON coupons (campaign_id, id)"),
                QStringLiteral(
                    "CREATE INDEX coupons_issued_to ON coupons (issued_to) WHERE issued_to IS NOT NULL"),
                // Undone redemptions: what was undone, when and by whom (the coupon row is open again).
                QStringLiteral("CREATE TABLE coupon_undos ("
                               " id INTEGER PRIMARY KEY,"
                               " coupon_id INTEGER NOT NULL REFERENCES coupons(id),"
                               " redeemed_at INTEGER NOT NULL,"
                               " redeemed_sale TEXT,"
                               " redeemed_till TEXT,"
                               " redeemed_by TEXT,"
                               " undone_at INTEGER NOT NULL,"
                               " undone_by TEXT NOT NULL,"
                               " reason TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE INDEX coupon_undos_coupon ON coupon_undos (coupon_id)"),
            });
}

// Version 7: the people who sign in (owner, clerks) and the append-only audit log of who changed what.
Result<void> addUsersAndAudit(QSqlDatabase& db)
{
    const bool server = SqlDialect::of(db).isPostgreSql();
    // Names are unique whatever their case: SQLite's NOCASE collation, an index on lower(name) on the server.
    const QString nameColumn = server ? QStringLiteral(" name TEXT NOT NULL,")
                                      : QStringLiteral(" name TEXT NOT NULL UNIQUE COLLATE NOCASE,");
    auto tables = run(
        db, {
                QStringLiteral("CREATE TABLE users ("
                               " id INTEGER PRIMARY KEY,") +
                    nameColumn +
                    QStringLiteral(" role TEXT NOT NULL CHECK (role IN ('owner', 'clerk')),"
                                   " secret_hash TEXT NOT NULL,"
                                   " secret_kind TEXT NOT NULL CHECK (secret_kind IN ('password', 'pin')),"
                                   " failed_attempts INTEGER NOT NULL DEFAULT 0,"
                                   " lockouts INTEGER NOT NULL DEFAULT 0,"
                                   " locked_until INTEGER,"
                                   " created_at INTEGER NOT NULL,"
                                   " disabled_at INTEGER)"),
                QStringLiteral("CREATE TABLE audit_log ("
                               " id INTEGER PRIMARY KEY,"
                               " at INTEGER NOT NULL,"
                               " user_name TEXT NOT NULL,"
                               " action TEXT NOT NULL,"
                               " subject_kind TEXT NOT NULL,"
                               " subject_id TEXT NOT NULL DEFAULT '',"
                               " old_value TEXT,"
                               " new_value TEXT,"
                               " note TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE INDEX audit_log_at ON audit_log (at)"),
            });
    if (!tables)
        return tables;
    if (!server)
        return run(db,
                   {
                       QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                                      " BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END"),
                       QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                                      " BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END"),
                   });
    return run(db,
               {
                   QStringLiteral("CREATE UNIQUE INDEX users_name_nocase ON users (lower(name))"),
                   QStringLiteral("CREATE FUNCTION regulars_audit_unchangeable() RETURNS trigger"
                                  " LANGUAGE plpgsql AS $$"
                                  " BEGIN RAISE EXCEPTION 'the audit log cannot be changed'; END $$"),
                   QStringLiteral("CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log"
                                  " FOR EACH ROW EXECUTE FUNCTION regulars_audit_unchangeable()"),
               });
}

// Version 8: anonymised customers keep their history under a label; the time says they were anonymised.
Result<void> addAnonymisation(QSqlDatabase& db)
{
    return run(db, {QStringLiteral("ALTER TABLE customers ADD COLUMN anonymised_at INTEGER")});
}

// Version 9: a chain's shops on one server. Each till belongs to a shop; each sale keeps the shop of its till
// at the time, so moving a till later leaves history where it happened. Every existing sale is the first shop's.
Result<void> addShops(QSqlDatabase& db)
{
    if (auto r = run(db,
                     {
                         QStringLiteral("CREATE TABLE shops ("
                                        " id INTEGER PRIMARY KEY,"
                                        " name TEXT UNIQUE," // NULL: the first shop, shown under a default name
                                        " created_at INTEGER NOT NULL)"),
                         QStringLiteral("CREATE TABLE tills ("
                                        " id INTEGER PRIMARY KEY,"
                                        " name TEXT NOT NULL UNIQUE," // sales.till_id
                                        " shop_id INTEGER NOT NULL REFERENCES shops(id),"
                                        " registered_at INTEGER NOT NULL)"),
                         // No REFERENCES: SQLite adds a referencing column only with a NULL default.
                         QStringLiteral("ALTER TABLE sales ADD COLUMN shop_id INTEGER NOT NULL DEFAULT 1"),
                         QStringLiteral(
                             "CREATE INDEX sales_shop_history ON sales (shop_id, customer_id, at, amount_minor)"),
                     });
        !r)
        return r;
    QSqlQuery name(db);
    if (!name.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'shop/name'")))
        return makeError(Error::Kind::Failed, name.lastError().text());
    const QString shopName = name.next() ? name.value(0).toString().trimmed() : QString();
    QSqlQuery first(db);
    first.prepare(QStringLiteral("INSERT INTO shops (name, created_at) VALUES (?, ?)"));
    first.addBindValue(shopName.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(shopName));
    first.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!first.exec())
        return makeError(Error::Kind::Failed, first.lastError().text());
    // Tills that have sold already are the first shop's.
    QSqlQuery tills(db);
    tills.prepare(QStringLiteral("INSERT INTO tills (name, shop_id, registered_at)"
                                 " SELECT till_id, 1, min(at) FROM sales GROUP BY till_id ORDER BY till_id"));
    if (!tills.exec())
        return makeError(Error::Kind::Failed, tills.lastError().text());
    return {};
}

// Version 10: tills that worked offline. A customer enrolled offline carries the till's own reference, so a
// replay finds them again instead of enrolling them twice; what a replay could not do as the till did is kept
// for the owner in offline_conflicts (one row per item and kind, so a second replay adds nothing).
Result<void> addOfflineTills(QSqlDatabase& db)
{
    return run(db,
               {
                   QStringLiteral("ALTER TABLE customers ADD COLUMN client_ref TEXT"),
                   QStringLiteral("CREATE UNIQUE INDEX customers_client_ref ON customers (client_ref)"),
                   QStringLiteral("CREATE TABLE offline_conflicts ("
                                  " id INTEGER PRIMARY KEY,"
                                  " till_id TEXT NOT NULL,"
                                  " item_ref TEXT NOT NULL,"
                                  " kind TEXT NOT NULL,"
                                  " happened_at INTEGER NOT NULL,"
                                  " replayed_at INTEGER NOT NULL,"
                                  " clerk TEXT NOT NULL DEFAULT '',"
                                  " customer_id INTEGER REFERENCES customers(id),"
                                  " details TEXT NOT NULL DEFAULT '{}',"
                                  " seen_at INTEGER,"
                                  " seen_by TEXT,"
                                  " UNIQUE (till_id, item_ref, kind))"),
                   QStringLiteral("CREATE INDEX offline_conflicts_unseen ON offline_conflicts (replayed_at)"
                                  " WHERE seen_at IS NULL"),
               });
}

const std::vector<Step>& steps()
{
    static const std::vector<Step> all = {
        {1, "customers, consents and settings", createCore},
        {2, "search by phone ending and name words", addSearchIndexes},
        {3, "sales", addSales},
        {4, "loyalty ledger, stamp cards and vouchers", addLoyalty},
        {5, "external references of imported customers, sales history index", addExternalRefsAndReportIndex},
        {6, "coupon campaigns and coupons", addCoupons},
        {7, "users and audit log", addUsersAndAudit},
        {8, "anonymised customers", addAnonymisation},
        {9, "shops of a chain and their tills", addShops},
        {10, "offline tills: enrolment references and conflicts", addOfflineTills},
    };
    return all;
}
} // namespace

int Migrations::latestVersion()
{
    return steps().back().version;
}

QList<int> Migrations::versions()
{
    QList<int> all;
    for (const Step& step : steps())
        all.append(step.version);
    return all;
}

Result<int> Migrations::currentVersion(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    query.prepare(SqlDialect::of(db).tableExistsQuery());
    query.addBindValue(QStringLiteral("schema_version"));
    if (!query.exec())
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
    const SqlDialect dialect = SqlDialect::of(db);
    if (version == 0) {
        QSqlQuery create(db);
        if (!create.exec(
                dialect.schema(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                              " version INTEGER PRIMARY KEY, description TEXT NOT NULL,"
                                              " applied_at INTEGER NOT NULL)"))))
            return makeError(Error::Kind::Failed, create.lastError().text());
    }
    for (const Step& step : steps()) {
        if (step.version <= version || step.version > targetVersion)
            continue;
        QSqlQuery begin(db);
        for (const QString& statement : dialect.beginWrite()) {
            if (!begin.exec(statement)) {
                const QString error = begin.lastError().text();
                begin.exec(QStringLiteral("ROLLBACK"));
                return makeError(Error::Kind::Failed, error);
            }
        }
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
