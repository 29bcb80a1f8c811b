#include "CustomerStatement.h"

#include "CsvTable.h"
#include "CustomerDirectory.h"
#include "LocalDates.h"

#include <QHash>

CustomerStatement::CustomerStatement(const LoyaltyLedger& ledger, CustomerDirectory& directory,
                                     qint64 customerId)
{
    if (const auto customer = directory.customer(customerId))
        m_customerName = customer->name;
    QHash<qint64, QString> names;
    for (const StatementLine& line : ledger.statement(customerId)) {
        const qint64 other = line.entry.counterpartId;
        if (other > 0 && !names.contains(other)) {
            const auto c = directory.customer(other);
            names.insert(other, c ? c->name : tr("customer %1").arg(other));
        }
        m_rows.append(Row{line.entry.at, describe(line.entry, names.value(other)), line.entry.points,
                          line.runningBalance, line.entry.recordedBy, line.entry.kind});
        m_balance = line.runningBalance;
    }
}

QString CustomerStatement::describe(const LedgerEntry& e, const QString& other)
{
    const QString& r = e.reason;
    if (r == u"sale")
        return e.kind == LedgerEntry::Kind::Redeem ? tr("Paid with points") : tr("Points for a purchase");
    if (r == u"welcome")
        return tr("Welcome bonus");
    if (r == u"birthday")
        return tr("Birthday bonus");
    if (r == u"referral")
        return tr("For recommending the shop to %1").arg(other);
    if (r == u"referred")
        return tr("Bonus for joining on %1's recommendation").arg(other);
    if (r == u"activity")
        return tr("Reward: %1").arg(e.note);
    if (r == u"correction")
        return tr("Correction by the shop: %1").arg(e.note);
    if (r == u"expiry")
        return tr("Points expired");
    if (r == u"refund_earned")
        return tr("Refund: points of the purchase taken back");
    if (r == u"refund_spent")
        return tr("Refund: points spent on the purchase returned");
    if (r == u"donation")
        return e.points < 0 ? tr("Points given to %1").arg(other) : tr("Points received from %1").arg(other);
    return e.note.isEmpty() ? r : e.note;
}

QByteArray CustomerStatement::toCsv() const
{
    QString text =
        CsvTable::joinRow({QStringLiteral("date"), QStringLiteral("description"), QStringLiteral("points"),
                           QStringLiteral("balance"), QStringLiteral("recorded_by")}) +
        QStringLiteral("\r\n");
    for (const Row& row : m_rows)
        text +=
            CsvTable::joinRow({row.at.toUTC().toString(Qt::ISODate), row.description,
                               QString::number(row.points), QString::number(row.balance), row.recordedBy}) +
            QStringLiteral("\r\n");
    return text.toUtf8();
}

QString CustomerStatement::toHtml(const QString& shopName, const QLocale& locale) const
{
    const bool rtl = locale.textDirection() == Qt::RightToLeft;
    QString rows;
    for (const Row& row : m_rows) {
        rows += QStringLiteral(
                    "<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td></tr>")
                    .arg(LocalDates::dateTime(row.at, QLocale::ShortFormat, locale).toHtmlEscaped(),
                         row.description.toHtmlEscaped(),
                         (row.points > 0 ? locale.positiveSign() : QString()) + locale.toString(row.points),
                         locale.toString(row.balance));
    }
    return QStringLiteral("<html dir=\"%1\"><body><h2>%2</h2><h3>%3</h3><p>%4</p>"
                          "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\">"
                          "<tr><th>%5</th><th>%6</th><th>%7</th><th>%8</th></tr>%9</table></body></html>")
        .arg(rtl ? QStringLiteral("rtl") : QStringLiteral("ltr"), shopName.toHtmlEscaped(),
             tr("Points statement for %1").arg(m_customerName).toHtmlEscaped(),
             tr("Balance: %1 points").arg(locale.toString(m_balance)).toHtmlEscaped(), tr("Date"),
             tr("What for"), tr("Points"), tr("Balance"), rows);
}
