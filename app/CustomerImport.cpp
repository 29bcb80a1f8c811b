#include "CustomerImport.h"

#include "CardNumber.h"
#include "CustomerDirectory.h"
#include "Database.h"
#include "PhoneNumbers.h"
#include "SearchKey.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace {
// Folds a header so that case, diacritics, Arabic/Persian letter variants and punctuation do not matter.
QString headerKey(const QString& header)
{
    const QString folded = SearchKey::fold(header);
    QString key;
    key.reserve(folded.size());
    bool space = false;
    for (QChar ch : folded) {
        if (ch.isLetterOrNumber()) {
            if (space && !key.isEmpty())
                key += u' ';
            key += ch;
            space = false;
        } else {
            space = true;
        }
    }
    return key;
}

const QHash<QString, CustomerImport::Field>& headerFields()
{
    using Field = CustomerImport::Field;
    static const QHash<QString, Field> fields = [] {
        const QList<std::pair<Field, QStringList>> synonyms = {
            {Field::Name,
             {u"name"_s, u"full name"_s, u"customer"_s, u"customer name"_s, u"client"_s, u"client name"_s,
              u"имя"_s, u"фио"_s, u"клиент"_s, u"имя клиента"_s, u"покупатель"_s, u"الاسم"_s, u"اسم"_s,
              u"اسم العميل"_s, u"الاسم الكامل"_s, u"نام"_s, u"نام مشتری"_s, u"نام و نام خانوادگی"_s,
              u"مشتری"_s}},
            {Field::Phone, {u"phone"_s,          u"telephone"_s, u"tel"_s,        u"mobile"_s,
                            u"mobile phone"_s,   u"cell"_s,      u"cell phone"_s, u"phone number"_s,
                            u"телефон"_s,        u"тел"_s,       u"мобильный"_s,  u"мобильный телефон"_s,
                            u"номер телефона"_s, u"الهاتف"_s,    u"هاتف"_s,       u"رقم الهاتف"_s,
                            u"الجوال"_s,         u"جوال"_s,      u"الموبايل"_s,   u"موبايل"_s,
                            u"تلفن"_s,           u"موبایل"_s,    u"شماره تلفن"_s, u"شماره موبایل"_s,
                            u"تلفن همراه"_s}},
            {Field::Card,
             {u"card"_s, u"card number"_s, u"card no"_s, u"loyalty card"_s, u"карта"_s, u"номер карты"_s,
              u"карта лояльности"_s, u"البطاقة"_s, u"بطاقة"_s, u"رقم البطاقة"_s, u"کارت"_s, u"شماره کارت"_s}},
            {Field::Email,
             {u"email"_s, u"e-mail"_s, u"mail"_s, u"email address"_s, u"e-mail address"_s, u"почта"_s,
              u"эл. почта"_s, u"электронная почта"_s, u"البريد الإلكتروني"_s, u"البريد"_s, u"ایمیل"_s,
              u"پست الکترونیکی"_s, u"پست الکترونیک"_s}},
            {Field::Birthday,
             {u"birthday"_s, u"birth date"_s, u"birthdate"_s, u"date of birth"_s, u"dob"_s,
              u"день рождения"_s, u"дата рождения"_s, u"تاريخ الميلاد"_s, u"الميلاد"_s, u"تاریخ تولد"_s,
              u"تولد"_s}},
            {Field::Nickname,
             {u"nickname"_s, u"nick"_s, u"прозвище"_s, u"ник"_s, u"اللقب"_s, u"لقب"_s, u"نام مستعار"_s}},
            {Field::Notes,
             {u"notes"_s, u"note"_s, u"comment"_s, u"comments"_s, u"remarks"_s, u"примечание"_s,
              u"примечания"_s, u"заметки"_s, u"комментарий"_s, u"ملاحظات"_s, u"ملاحظة"_s, u"یادداشت"_s,
              u"توضیحات"_s}},
        };
        QHash<QString, Field> map;
        for (const auto& [field, words] : synonyms) {
            for (const QString& word : words)
                map.insert(headerKey(word), field);
        }
        return map;
    }();
    return fields;
}

// Who already holds a phone or card, looked up either per line or from one read of every customer.
class ExistingCustomers
{
public:
    ExistingCustomers(CustomerStore& store, qsizetype fileRows) : m_store(store)
    {
        // One pass over the shop beats an indexed lookup per line once the file is not tiny next to the shop.
        m_loaded = store.count() <= 4 * fileRows;
        if (!m_loaded)
            return;
        auto visited = store.forEach([this](const CustomerRecord& c) {
            const Holder holder{c.id, c.name};
            if (!c.phoneE164.isEmpty())
                m_byPhone.insert(c.phoneE164, holder);
            if (!c.cardNumber.isEmpty())
                m_byCard.insert(c.cardNumber, holder);
        });
        // Should the read fail, the indexed lookups still give the right answer, only slower.
        if (!visited) {
            m_loaded = false;
            m_byPhone.clear();
            m_byCard.clear();
        }
    }

    struct Holder
    {
        qint64 id = 0;
        QString name;
    };

    std::optional<Holder> byPhone(const QString& e164)
    {
        if (m_loaded)
            return find(m_byPhone, e164);
        if (auto c = m_store.byPhone(e164))
            return Holder{c->id, c->name};
        return std::nullopt;
    }

    std::optional<Holder> byCard(const QString& card)
    {
        if (m_loaded)
            return find(m_byCard, card);
        if (auto c = m_store.byCard(card))
            return Holder{c->id, c->name};
        return std::nullopt;
    }

private:
    static std::optional<Holder> find(const QHash<QString, Holder>& hash, const QString& key)
    {
        const auto it = hash.constFind(key);
        if (it == hash.constEnd())
            return std::nullopt;
        return it.value();
    }

    CustomerStore& m_store;
    bool m_loaded = false;
    QHash<QString, Holder> m_byPhone;
    QHash<QString, Holder> m_byCard;
};

// A cell as the person meant it: surrounding space and our export's formula guard removed.
QString cellText(const CsvTable::Row& row, int column)
{
    if (column < 0)
        return {};
    return CsvTable::withoutFormulaGuard(row.cells.value(column).trimmed()).trimmed();
}
} // namespace

CustomerImport::CustomerImport(CustomerDirectory& directory, Database& db, const Clock& clock)
    : m_directory(directory), m_db(db), m_clock(clock)
{
}

CustomerImport::Field CustomerImport::fieldForHeader(const QString& header)
{
    return headerFields().value(headerKey(header), Field::Ignore);
}

QString CustomerImport::fieldName(Field field)
{
    switch (field) {
    case Field::Ignore:
        return tr("Ignore");
    case Field::Name:
        return tr("Name");
    case Field::Phone:
        return tr("Phone");
    case Field::Card:
        return tr("Card number");
    case Field::Email:
        return tr("Email");
    case Field::Birthday:
        return tr("Birthday");
    case Field::Nickname:
        return tr("Nickname");
    case Field::Notes:
        return tr("Notes");
    }
    return {};
}

QList<CustomerImport::Field> CustomerImport::fields()
{
    return {Field::Ignore, Field::Name,     Field::Phone,    Field::Card,
            Field::Email,  Field::Birthday, Field::Nickname, Field::Notes};
}

Result<CustomerImport::Preview> CustomerImport::preview(const QByteArray& bytes, const Options& options)
{
    auto parsed = CsvTable::parse(bytes, options.csv);
    if (!parsed)
        return parsed.error();
    Preview preview;
    preview.table = std::move(parsed).value();
    const CsvTable& table = preview.table;
    const QStringList header = table.header();
    if (header.isEmpty())
        return makeError(
            Error::Kind::Invalid,
            tr("The file is empty. Export the customers from the other program again, with a header "
               "line such as: name, phone, card."));

    const QString region =
        options.region.isEmpty() ? m_directory.region() : options.region.trimmed().toUpper();
    if (!region.isEmpty() && !PhoneNumbers::isKnownRegion(region))
        return makeError(
            Error::Kind::Invalid,
            tr("“%1” is not a country code Regulars knows; use two letters, such as RU, IR, SA or GB.")
                .arg(region));
    const QDate today = m_clock.nowUtc().date();

    const auto columnName = [&](int column) {
        const QString name = header.value(column);
        return name.isEmpty() ? tr("column %1").arg(column + 1) : name;
    };

    // The person's choices win; a field claimed twice is read from the first column that claims it.
    QList<Field> chosen;
    for (int column = 0; column < header.size(); ++column)
        chosen.append(options.mappingOverrides.value(column, fieldForHeader(header[column])));
    QHash<Field, int> columnOf;
    for (int column = 0; column < chosen.size(); ++column) {
        const Field field = chosen[column];
        if (field == Field::Ignore) {
            preview.mapping.append(field);
            continue;
        }
        // A column the person mapped outranks one that only matched by its header.
        const auto claimed = columnOf.constFind(field);
        if (claimed != columnOf.constEnd() && options.mappingOverrides.contains(column) &&
            !options.mappingOverrides.contains(claimed.value())) {
            preview.mapping[claimed.value()] = Field::Ignore;
            columnOf.insert(field, column);
            preview.mapping.append(field);
        } else if (claimed != columnOf.constEnd()) {
            preview.issues.append(
                {table.headerLine(), columnName(column),
                 tr("The columns “%1” and “%2” are both read as %3, so only “%1” is imported. "
                    "Choose what “%2” holds, or rename it.")
                     .arg(columnName(claimed.value()), columnName(column), fieldName(field))});
            preview.mapping.append(Field::Ignore);
        } else {
            columnOf.insert(field, column);
            preview.mapping.append(field);
        }
    }
    const int phoneColumn = columnOf.value(Field::Phone, -1);
    const int cardColumn = columnOf.value(Field::Card, -1);
    const int nameColumn = columnOf.value(Field::Name, -1);
    const int emailColumn = columnOf.value(Field::Email, -1);
    const int birthdayColumn = columnOf.value(Field::Birthday, -1);
    const int nicknameColumn = columnOf.value(Field::Nickname, -1);
    const int notesColumn = columnOf.value(Field::Notes, -1);
    if (phoneColumn < 0 && cardColumn < 0)
        preview.issues.append(
            {table.headerLine(), QString(),
             tr("No column is read as the phone or the card number. Name the columns “phone” and "
                "“card”, or choose what each column holds.")});

    ExistingCustomers existing(m_directory.store(), table.rows().size());
    QHash<QString, int> phoneLines;
    QHash<QString, int> cardLines;
    phoneLines.reserve(table.rows().size());
    cardLines.reserve(table.rows().size());

    for (const CsvTable::Row& row : table.rows()) {
        const qsizetype issuesBefore = preview.issues.size();
        const auto problem = [&](int column, const QString& reason) {
            preview.issues.append({row.line, column >= 0 ? columnName(column) : QString(), reason});
        };
        const auto holderName = [](const ExistingCustomers::Holder& holder) {
            return holder.name.isEmpty() ? tr("customer number %1").arg(holder.id) : holder.name;
        };

        if (row.cells.size() > header.size()) {
            bool extraText = false;
            for (qsizetype i = header.size(); i < row.cells.size(); ++i)
                extraText = extraText || !row.cells[i].trimmed().isEmpty();
            if (extraText)
                problem(-1, tr("This line has %1 cells but the header has %2. A name or note that holds the "
                               "separator must be put in double quotes.")
                                .arg(row.cells.size())
                                .arg(header.size()));
        }

        CustomerRecord record;
        record.name = cellText(row, nameColumn).simplified();
        if (record.name.size() > 200)
            problem(nameColumn, tr("The name is too long; keep it under 200 characters."));
        record.nickname = cellText(row, nicknameColumn).simplified();
        record.notes = cellText(row, notesColumn);

        const QString phone = cellText(row, phoneColumn);
        if (!phone.isEmpty()) {
            auto e164 = PhoneNumbers::toE164(phone, region);
            if (!e164 && region.isEmpty()) {
                problem(phoneColumn,
                        tr("The shop's country is not set, so “%1” must start with + and the country "
                           "code. Set the country in Settings, or choose the country of the file.")
                            .arg(phone));
            } else if (!e164) {
                problem(phoneColumn, e164.error().message);
            } else {
                record.phoneE164 = e164.value();
                // Formatting parses the number again: only worth it for a message.
                const auto shown = [&] { return PhoneNumbers::formatInternational(record.phoneE164); };
                if (const auto earlier = phoneLines.constFind(record.phoneE164);
                    earlier != phoneLines.constEnd())
                    problem(phoneColumn,
                            tr("The phone number %1 is also on line %2.").arg(shown()).arg(earlier.value()));
                else
                    phoneLines.insert(record.phoneE164, row.line);
                if (const auto holder = existing.byPhone(record.phoneE164))
                    problem(phoneColumn,
                            tr("The phone number %1 already belongs to %2, who is already a customer.")
                                .arg(shown(), holderName(*holder)));
            }
        }

        const QString card = cellText(row, cardColumn);
        if (!card.isEmpty()) {
            if (auto normalized = CardNumber::normalize(card); !normalized) {
                problem(cardColumn, normalized.error().message);
            } else {
                record.cardNumber = normalized.value();
                if (const auto earlier = cardLines.constFind(record.cardNumber);
                    earlier != cardLines.constEnd())
                    problem(
                        cardColumn,
                        tr("The card %1 is also on line %2.").arg(record.cardNumber).arg(earlier.value()));
                else
                    cardLines.insert(record.cardNumber, row.line);
                if (const auto holder = existing.byCard(record.cardNumber))
                    problem(cardColumn, tr("The card %1 already belongs to %2, who is already a customer.")
                                            .arg(record.cardNumber, holderName(*holder)));
            }
        }
        if (phone.isEmpty() && card.isEmpty())
            problem(-1, tr("This line has neither a phone number nor a card number; give one of them, so the "
                           "customer can be found again."));

        record.email = cellText(row, emailColumn);
        if (!record.email.isEmpty() && !CustomerDirectory::isEmailAddress(record.email))
            problem(
                emailColumn,
                tr("“%1” is not an email address; it should look like name@example.com.").arg(record.email));

        const QString birthday = cellText(row, birthdayColumn);
        if (!birthday.isEmpty()) {
            record.birthday = CustomerDirectory::parseDate(birthday);
            if (!record.birthday.isValid())
                problem(birthdayColumn, tr("“%1” is not a date; write it as day.month.year, for example "
                                           "31.12.1990, or as 1990-12-31.")
                                            .arg(birthday));
            else if (record.birthday > today)
                problem(birthdayColumn,
                        tr("The birthday %1 is in the future; check the year.").arg(birthday));
            else if (record.birthday.year() < CustomerDirectory::EarliestBirthYear)
                problem(birthdayColumn, tr("The birthday %1 cannot be right; check the year.").arg(birthday));
        }

        if (preview.issues.size() == issuesBefore) {
            preview.valid.append(record);
            preview.validLines.append(row.line);
        } else {
            preview.rejectedRows.append(row);
        }
    }
    return preview;
}

Result<int> CustomerImport::commit(const Preview& preview, bool skipInvalid, const Progress& progress)
{
    if (preview.hasIssues() && !skipInvalid) {
        if (preview.rejectedRows.isEmpty())
            return makeError(Error::Kind::Invalid,
                             tr("Nothing was imported: %1").arg(preview.issues.first().reason));
        return makeError(
            Error::Kind::Invalid,
            tr("%Ln line(s) of the file have problems, so nothing was imported. Fix them and import "
               "again, or choose to skip them.",
               nullptr, int(preview.rejectedRows.size())));
    }
    if (!m_directory.access().allows(AccessPolicy::Action::ImportData))
        return makeError(Error::Kind::NotAllowed, AccessPolicy::refusal(AccessPolicy::Action::ImportData));
    if (preview.valid.isEmpty())
        return 0;

    const QDateTime now = m_clock.nowUtc();
    CustomerStore& store = m_directory.store();
    Transaction transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    qint64 firstId = 0;
    qint64 lastId = 0;
    const int total = int(preview.valid.size());
    for (qsizetype i = 0; i < preview.valid.size(); ++i) {
        // Leaving without commit() rolls back what was written: a cancelled import leaves no trace.
        if (progress && i % 64 == 0 && !progress(int(i), total))
            return makeError(Error::Kind::Failed, tr("The import was cancelled; nothing was imported."));
        CustomerRecord record = preview.valid[i];
        record.id = 0;
        record.createdAt = now;
        // Leaving the scope without commit() rolls every earlier insert back.
        auto id = store.insert(record);
        if (!id)
            return makeError(id.error().kind,
                             tr("Line %1 could not be saved, so nothing was imported: %2")
                                 .arg(preview.validLines.value(i))
                                 .arg(id.error().message),
                             id.error().relatedId);
        firstId = firstId ? firstId : id.value();
        lastId = id.value();
    }
    if (progress && !progress(total, total))
        return makeError(Error::Kind::Failed, tr("The import was cancelled; nothing was imported."));
    if (auto r = m_directory.auditLog().record(QStringLiteral("customer.import"),
                                               {QStringLiteral("import"), QString()}, {},
                                               {{QStringLiteral("customers"), preview.valid.size()},
                                                {QStringLiteral("first_id"), firstId},
                                                {QStringLiteral("last_id"), lastId}});
        !r)
        return r.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return total;
}

QByteArray CustomerImport::rejectedCsv(const Preview& preview)
{
    const QChar delimiter = preview.table.delimiter().isNull() ? QChar(u',') : preview.table.delimiter();
    const QStringList header = preview.table.header();
    QHash<int, QStringList> problemsByLine;
    for (const Issue& issue : preview.issues)
        problemsByLine[issue.line].append(
            issue.column.isEmpty() ? issue.reason : tr("%1: %2").arg(issue.column, issue.reason));

    QString text;
    QStringList headerCells = header;
    headerCells.append(QStringLiteral("problem"));
    text += CsvTable::joinRow(headerCells, delimiter) + u"\r\n";
    for (const CsvTable::Row& row : preview.rejectedRows) {
        QStringList cells = row.cells;
        while (cells.size() < header.size())
            cells.append(QString());
        cells.append(problemsByLine.value(row.line).join(u' '));
        text += CsvTable::joinRow(cells, delimiter) + u"\r\n";
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}
