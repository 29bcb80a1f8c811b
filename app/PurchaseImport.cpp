#include "PurchaseImport.h"

#include "CardNumber.h"
#include "CustomerDirectory.h"
#include "CustomerImport.h"
#include "Database.h"
#include "PastSalesStore.h"
#include "PhoneNumbers.h"
#include "SearchKey.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
enum class Column
{
    Other,
    Date,
    Amount,
    Reference
};

// The header words we read as the date, amount and reference columns, folded like SearchKey folds names.
Column columnForHeader(const QString& header)
{
    static const QHash<QString, Column> words = [] {
        QHash<QString, Column> map;
        for (const QString& w :
             {u"date"_s, u"datetime"_s, u"date time"_s, u"time"_s, u"sale date"_s, u"purchase date"_s,
              u"дата"_s, u"дата покупки"_s, u"التاريخ"_s, u"تاريخ"_s, u"تاریخ"_s, u"تاریخ خرید"_s})
            map.insert(SearchKey::fold(w), Column::Date);
        for (const QString& w : {u"amount"_s, u"total"_s, u"sum"_s, u"value"_s, u"price"_s, u"сумма"_s,
                                 u"итого"_s, u"المبلغ"_s, u"مبلغ"_s, u"المجموع"_s, u"جمع"_s})
            map.insert(SearchKey::fold(w), Column::Amount);
        for (const QString& w :
             {u"reference"_s, u"ref"_s, u"receipt"_s, u"receipt number"_s, u"sale ref"_s, u"чек"_s,
              u"номер чека"_s, u"المرجع"_s, u"رقم الإيصال"_s, u"شماره فاکتور"_s, u"فاکتور"_s})
            map.insert(SearchKey::fold(w), Column::Reference);
        return map;
    }();
    return words.value(SearchKey::fold(header.simplified()), Column::Other);
}

// "2026-03-01", "01.03.2026 14:30", "2026-03-01T14:30:05": a date, and a time when one is given.
bool parseDateTime(const QString& raw, QDate* date, std::optional<QTime>* time)
{
    const QString text = PhoneNumbers::asciiDigits(raw).trimmed();
    qsizetype split = text.indexOf(u'T');
    if (split < 0)
        split = text.indexOf(u' ');
    const QString datePart = split < 0 ? text : text.left(split);
    *date = CustomerDirectory::parseDate(datePart);
    if (!date->isValid() && datePart.size() == 8)
        *date = QDate::fromString(datePart, u"yyyyMMdd"_s);
    if (!date->isValid())
        return false;
    time->reset();
    if (split < 0)
        return true;
    const QString timePart = text.mid(split + 1).trimmed();
    for (const QString& format : {u"HH:mm:ss"_s, u"H:mm:ss"_s, u"HH:mm"_s, u"H:mm"_s}) {
        const QTime t = QTime::fromString(timePart, format);
        if (t.isValid()) {
            *time = t;
            return true;
        }
    }
    return false;
}
} // namespace

PurchaseImport::PurchaseImport(CustomerDirectory& directory, Database& db, const Clock& clock,
                               const MonthCalendar& calendar)
    : m_directory(directory), m_db(db), m_clock(clock), m_calendar(calendar)
{
}

std::optional<PurchaseImport::Format> PurchaseImport::formatFromName(const QString& name)
{
    if (name.isEmpty() || name.compare(u"csv"_s, Qt::CaseInsensitive) == 0)
        return Format::Csv;
    if (name.compare(u"cdnow"_s, Qt::CaseInsensitive) == 0)
        return Format::Cdnow;
    return std::nullopt;
}

std::optional<qint64> PurchaseImport::parseAmount(const QString& raw)
{
    QString text;
    for (QChar ch : raw) {
        // Spaces and apostrophes group thousands; Arabic writes ٫ for the decimal point and ٬ between
        // thousands.
        if (ch.isSpace() || ch == u'\'' || ch == u'\u066C')
            continue;
        if (ch == u'\u066B')
            text += u'.';
        else if (ch.isDigit())
            text += QChar(u'0' + ch.digitValue());
        else
            text += ch;
    }
    if (text.isEmpty())
        return std::nullopt;
    // With both '.' and ',' the last one is the decimal point and the others group thousands (three digits
    // each); a lone separator is always the decimal point, so "1,234" is refused rather than guessed.
    const qsizetype lastDot = text.lastIndexOf(u'.');
    const qsizetype lastComma = text.lastIndexOf(u',');
    const qsizetype point = std::max(lastDot, lastComma);
    const QChar pointChar = point >= 0 ? text[point] : QChar();
    const QChar groupChar = pointChar == u'.' ? QChar(u',') : QChar(u'.');
    if (text.count(pointChar) > 1)
        return std::nullopt;
    for (qsizetype i = 0; i < point; ++i) {
        if (text[i] != groupChar)
            continue;
        qsizetype digits = 0;
        while (i + 1 + digits < text.size() && text[i + 1 + digits].isDigit())
            ++digits;
        if (digits != 3 || i == 0)
            return std::nullopt;
    }
    if (point >= 0 && text.size() - point - 1 > 2)
        return std::nullopt;
    qint64 whole = 0;
    qint64 fraction = 0;
    int fractionDigits = 0;
    bool anyDigit = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (i == point)
            continue;
        if (ch == u'.' || ch == u',') {
            if (i > point && point >= 0)
                return std::nullopt;
            continue; // grouping before the decimal point
        }
        if (!ch.isDigit())
            return std::nullopt;
        anyDigit = true;
        const int digit = ch.digitValue();
        if (point >= 0 && i > point) {
            fraction = fraction * 10 + digit;
            ++fractionDigits;
        } else {
            if (whole > (std::numeric_limits<qint64>::max() / 100 - digit) / 10)
                return std::nullopt;
            whole = whole * 10 + digit;
        }
    }
    if (!anyDigit)
        return std::nullopt;
    while (fractionDigits < 2) {
        fraction *= 10;
        ++fractionDigits;
    }
    return whole * 100 + fraction;
}

Result<PurchaseImport::Outcome> PurchaseImport::run(const QByteArray& bytes, const Options& options)
{
    if (!m_directory.access().allows(AccessPolicy::Action::ImportData))
        return makeError(Error::Kind::NotAllowed, AccessPolicy::refusal(AccessPolicy::Action::ImportData));
    return options.format == Format::Cdnow ? runCdnow(bytes, options.shopId) : runCsv(bytes, options);
}

Result<PurchaseImport::Outcome> PurchaseImport::runCsv(const QByteArray& bytes, const Options& options)
{
    auto parsed = CsvTable::parse(bytes, options.csv);
    if (!parsed)
        return parsed.error();
    const CsvTable& table = parsed.value();
    const QStringList header = table.header();
    if (header.isEmpty())
        return makeError(Error::Kind::Invalid,
                         tr("The file is empty. It needs a header line such as: phone, card, date, amount, "
                            "reference."));
    const QString region =
        options.region.isEmpty() ? m_directory.region() : options.region.trimmed().toUpper();

    Outcome outcome;
    int phoneColumn = -1, cardColumn = -1, dateColumn = -1, amountColumn = -1, refColumn = -1;
    for (int c = 0; c < header.size(); ++c) {
        const CustomerImport::Field field = CustomerImport::fieldForHeader(header[c]);
        int* slot = nullptr;
        if (field == CustomerImport::Field::Phone)
            slot = &phoneColumn;
        else if (field == CustomerImport::Field::Card)
            slot = &cardColumn;
        else if (const Column column = columnForHeader(header[c]); column == Column::Date)
            slot = &dateColumn;
        else if (column == Column::Amount)
            slot = &amountColumn;
        else if (column == Column::Reference)
            slot = &refColumn;
        if (slot && *slot < 0)
            *slot = c;
    }
    if (dateColumn < 0 || amountColumn < 0) {
        outcome.issues.append({table.headerLine(), tr("The file needs a “date” and an “amount” column; the "
                                                      "header names %1.")
                                                       .arg(header.join(u", "_s))});
        return outcome;
    }

    PastSalesStore store(m_db);
    store.setShop(options.shopId);
    auto existingRefs = store.saleRefs(QString::fromLatin1(CsvTill));
    if (!existingRefs)
        return existingRefs.error();
    // Lines without a reference are named after the file's content and their line, so importing the same file
    // twice is caught rather than doubling the history.
    const QString fileTag =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(12));
    struct Planned
    {
        QString ref;
        qint64 customerId;
        qint64 atMs;
        qint64 amountMinor;
    };
    std::vector<Planned> planned;
    planned.reserve(size_t(table.rows().size()));
    QHash<QString, int> refLines;
    const qint64 nowMs = m_clock.nowUtc().toMSecsSinceEpoch();
    CustomerStore& customers = m_directory.store();
    const auto cell = [](const CsvTable::Row& row, int column) {
        return column < 0 ? QString()
                          : CsvTable::withoutFormulaGuard(row.cells.value(column).trimmed()).trimmed();
    };

    for (const CsvTable::Row& row : table.rows()) {
        const qsizetype before = outcome.issues.size();
        const auto problem = [&](const QString& reason) { outcome.issues.append({row.line, reason}); };
        Planned sale{{}, 0, 0, 0};

        const QString phone = cell(row, phoneColumn);
        const QString card = cell(row, cardColumn);
        if (!phone.isEmpty()) {
            auto e164 = PhoneNumbers::toE164(phone, region);
            if (!e164)
                problem(e164.error().message);
            else if (auto c = customers.byPhone(e164.value()))
                sale.customerId = c->id;
            else
                problem(tr("No customer has the phone number %1; add them first or import the customers.")
                            .arg(phone));
        } else if (!card.isEmpty()) {
            auto normalized = CardNumber::normalize(card);
            if (!normalized)
                problem(normalized.error().message);
            else if (auto c = customers.byCard(normalized.value()))
                sale.customerId = c->id;
            else
                problem(tr("No customer has the card %1; add them first or import the customers.").arg(card));
        }

        QDate date;
        std::optional<QTime> time;
        const QString dateText = cell(row, dateColumn);
        if (!parseDateTime(dateText, &date, &time)) {
            problem(tr("“%1” is not a date; write it as 2026-03-01, 01.03.2026 or 2026-03-01 14:30.")
                        .arg(dateText));
        } else {
            sale.atMs = time ? m_calendar.utcMs(date, *time) : m_calendar.middayUtcMs(date);
            if (sale.atMs > nowMs + 86400000)
                problem(tr("The date %1 is in the future; check the year.").arg(dateText));
        }

        const QString amountText = cell(row, amountColumn);
        if (const auto amount = parseAmount(amountText))
            sale.amountMinor = *amount;
        else
            problem(
                tr("“%1” is not an amount; write it like 12.50, with at most two decimals and no currency "
                   "sign.")
                    .arg(amountText));

        sale.ref = cell(row, refColumn);
        if (sale.ref.isEmpty())
            sale.ref = u"%1:%2"_s.arg(fileTag).arg(row.line);
        if (const auto earlier = refLines.constFind(sale.ref); earlier != refLines.constEnd())
            problem(tr("The reference %1 is also on line %2.").arg(sale.ref).arg(earlier.value()));
        else
            refLines.insert(sale.ref, row.line);
        if (existingRefs->contains(sale.ref))
            problem(tr("The sale %1 was imported before.").arg(sale.ref));

        if (outcome.issues.size() == before)
            planned.push_back(sale);
    }
    if (!outcome.issues.isEmpty())
        return outcome;

    Transaction transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    const QString till = QString::fromLatin1(CsvTill);
    for (const Planned& sale : planned) {
        if (auto inserted = store.insertSale(till, sale.ref, sale.customerId, sale.atMs, sale.amountMinor);
            !inserted)
            return inserted.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    outcome.sales = int(planned.size());
    return outcome;
}

Result<PurchaseImport::Outcome> PurchaseImport::runCdnow(const QByteArray& bytes, qint64 shopId)
{
    struct Planned
    {
        QString sourceId;
        qint32 julianDay;
        qint64 amountMinor;
        int sequence; // the n-th record of this customer on this day, for a stable reference
        int line;
    };
    Outcome outcome;
    std::vector<Planned> planned;
    planned.reserve(size_t(bytes.count('\n')) + 1);
    QHash<QString, int> perCustomerDay;
    QHash<QString, qint32> firstDay;
    const qint32 today = qint32(m_clock.nowUtc().date().toJulianDay());

    int lineNumber = 0;
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        ++lineNumber;
        QByteArray line = bytes.mid(start, end - start);
        start = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (line.trimmed().isEmpty())
            continue;
        bool idOk = false;
        fields[0].toLongLong(&idOk);
        // The master file starts with a header line; the sample file does not.
        if (lineNumber == 1 && !idOk)
            continue;
        const auto problem = [&](const QString& reason) { outcome.issues.append({lineNumber, reason}); };
        if (fields.size() != 4 && fields.size() != 5) {
            problem(tr("Expected 4 fields (customer, date, number of CDs, amount) or 5 (with the sample id), "
                       "found %1.")
                        .arg(fields.size()));
            continue;
        }
        const qsizetype dateField = fields.size() == 5 ? 2 : 1;
        if (!idOk) {
            problem(tr("“%1” is not a customer number.").arg(QString::fromLatin1(fields[0])));
            continue;
        }
        const QDate date = QDate::fromString(QString::fromLatin1(fields[dateField]), u"yyyyMMdd"_s);
        bool quantityOk = false;
        const int quantity = fields[dateField + 1].toInt(&quantityOk);
        const auto amount = parseAmount(QString::fromLatin1(fields[dateField + 2]));
        const qsizetype issuesBefore = outcome.issues.size();
        if (!date.isValid())
            problem(
                tr("“%1” is not a date written as YYYYMMDD.").arg(QString::fromLatin1(fields[dateField])));
        else if (date.toJulianDay() > today)
            problem(tr("The date %1 is in the future.").arg(QString::fromLatin1(fields[dateField])));
        if (!quantityOk || quantity < 0)
            problem(tr("“%1” is not a number of items.").arg(QString::fromLatin1(fields[dateField + 1])));
        if (!amount)
            problem(tr("“%1” is not an amount with at most two decimals.")
                        .arg(QString::fromLatin1(fields[dateField + 2])));
        if (outcome.issues.size() != issuesBefore)
            continue;
        const QString id = QString::fromLatin1(fields[0]);
        const qint32 day = qint32(date.toJulianDay());
        const int sequence = ++perCustomerDay[id + u'-' + QString::fromLatin1(fields[dateField])];
        auto first = firstDay.find(id);
        if (first == firstDay.end())
            firstDay.insert(id, day);
        else if (day < first.value())
            first.value() = day;
        planned.push_back({id, day, *amount, sequence, lineNumber});
    }
    if (!outcome.issues.isEmpty())
        return outcome;
    if (planned.empty())
        return makeError(Error::Kind::Invalid, tr("The file holds no purchases."));

    PastSalesStore store(m_db);
    store.setShop(shopId);
    auto known = store.customersByExternalRef(u"cdnow:"_s);
    if (!known)
        return known.error();
    auto existingRefs = store.saleRefs(QString::fromLatin1(CdnowTill));
    if (!existingRefs)
        return existingRefs.error();
    const auto refOf = [](const Planned& p) {
        return u"%1-%2-%3"_s.arg(p.sourceId, QDate::fromJulianDay(p.julianDay).toString(u"yyyyMMdd"_s))
            .arg(p.sequence);
    };
    if (!existingRefs->isEmpty()) {
        for (const Planned& p : planned) {
            if (existingRefs->contains(refOf(p)))
                outcome.issues.append({p.line, tr("This purchase (%1) was imported before.").arg(refOf(p))});
        }
        if (!outcome.issues.isEmpty())
            return outcome;
    }

    Transaction transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    QHash<QString, qint64> ids = known.value();
    const QString till = QString::fromLatin1(CdnowTill);
    for (const Planned& p : planned) {
        const QString externalRef = u"cdnow:"_s + p.sourceId;
        auto id = ids.constFind(externalRef);
        if (id == ids.constEnd()) {
            auto created = store.insertExternalCustomer(
                externalRef, m_calendar.middayUtcMs(QDate::fromJulianDay(firstDay.value(p.sourceId))));
            if (!created)
                return created.error();
            id = ids.insert(externalRef, created.value());
            ++outcome.customersCreated;
        }
        if (auto inserted =
                store.insertSale(till, refOf(p), id.value(),
                                 m_calendar.middayUtcMs(QDate::fromJulianDay(p.julianDay)), p.amountMinor);
            !inserted)
            return inserted.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    outcome.sales = int(planned.size());
    return outcome;
}
