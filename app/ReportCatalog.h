#pragma once

#include "PurchaseHistory.h"
#include "ReportTable.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>
#include <optional>

class Database;

// Everything the reports read, loaded once: the purchase history and the few customer facts beside it.
struct ReportData
{
    PurchaseHistory history;
    QHash<qint64, qint64> joinedAtMs;
    QSet<qint64> marketingConsent;
    qint64 shopId = 0; // 0: every shop of the chain

    // Progress runs from 0 to 1 over the sales read; returning false cancels. With a shop id, the sales made
    // in that shop, and as members the customers who bought there.
    static Result<ReportData> load(Database& db, const MonthCalendar& calendar,
                                   const std::function<bool(double)>& progress = {}, qint64 shopId = 0);
};

struct ReportRequest
{
    std::optional<int> from; // first month shown
    std::optional<int> to;   // last month shown
    std::optional<QDate> calibrationEnd;
    int limit = 50; // at-risk list length; 0: all
};

// The reports the shop has, by the name the command line and the Reports window use. Each says what it
// shows and how it is computed, in the owner's words. Reports that need the points ledger join this list
// when the ledger exists.
class ReportCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ReportCatalog)

public:
    static QStringList names();
    static bool contains(const QString& name);
    static QString title(const QString& name);
    // "How is this computed", shown under each chart and in docs/REPORTS.md.
    static QString explanation(const QString& name);
    static Result<ReportTable> build(const QString& name, const ReportData& data, Database& db,
                                     const ReportRequest& request,
                                     const std::function<bool()>& cancelled = {});
    // The day the customer models are fitted up to: the calibration end, else the end of the last month
    // shown, else the last day with a sale.
    static qint32 asOfDay(const ReportData& data, const ReportRequest& request);
    // Reports of the points ledger: points and customers are shared by the chain, so they cover every shop.
    static bool isChainWide(const QString& name);
};
