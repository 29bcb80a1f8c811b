#include "ReportTable.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace {
QJsonValue jsonValue(const ReportTable& table, const QVariant& value, ReportTable::Kind kind)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (kind) {
    case ReportTable::Kind::Count:
    case ReportTable::Kind::Money:
        if (value.typeId() == QMetaType::Double)
            return value.toDouble();
        return value.toLongLong();
    case ReportTable::Kind::Ratio:
    case ReportTable::Kind::Decimal:
        return value.toDouble();
    case ReportTable::Kind::Month:
    case ReportTable::Kind::Day:
    case ReportTable::Kind::Text:
        return table.plain(value, kind);
    }
    return {};
}

QString csvCell(const QString& text)
{
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        return u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
    return text;
}
} // namespace

int ReportTable::columnOf(const QString& key) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].key == key)
            return i;
    }
    return -1;
}

QString ReportTable::plain(const QVariant& value, Kind kind) const
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (kind) {
    case Kind::Count:
    case Kind::Money:
        if (value.typeId() == QMetaType::Double)
            return QString::number(value.toDouble(), 'f', 2);
        return QString::number(value.toLongLong());
    case Kind::Ratio:
    case Kind::Decimal:
        return QString::number(value.toDouble(), 'g', 10);
    case Kind::Month:
        return m_calendar.key(value.toInt());
    case Kind::Day:
        return QDate::fromJulianDay(value.toLongLong()).toString(Qt::ISODate);
    case Kind::Text:
        return value.toString();
    }
    return {};
}

QString ReportTable::percentText(double share, const QLocale& locale, int decimals)
{
    return tr("%1%2", "number, then the locale's percent sign")
        .arg(locale.toString(share * 100, 'f', decimals), locale.percent());
}

QString ReportTable::display(const QVariant& value, Kind kind, const QLocale& locale) const
{
    if (!value.isValid() || value.isNull())
        return tr("—", "no value");
    switch (kind) {
    case Kind::Count:
        return locale.toString(value.toLongLong());
    case Kind::Ratio:
        return percentText(value.toDouble(), locale);
    case Kind::Money:
        return locale.toString(value.toDouble() / 100.0, 'f', 2);
    case Kind::Decimal:
        return locale.toString(value.toDouble(), 'f', 2);
    case Kind::Month:
        return m_calendar.label(value.toInt(), locale, true);
    case Kind::Day:
        return locale.toString(QDate::fromJulianDay(value.toLongLong()), QLocale::ShortFormat,
                               m_calendar.calendar());
    case Kind::Text:
        return value.toString();
    }
    return {};
}

QByteArray ReportTable::toJson() const
{
    QJsonArray list;
    for (const QVariantList& row : rows) {
        QJsonObject o;
        for (int c = 0; c < columns.size(); ++c)
            o.insert(columns[c].key, jsonValue(*this, row.value(c), columns[c].kind));
        list.append(o);
    }
    if (singleRow && !list.isEmpty()) {
        QJsonObject o = list.first().toObject();
        for (auto it = summary.constBegin(); it != summary.constEnd(); ++it)
            o.insert(it.key(), it.value());
        return QJsonDocument(o).toJson(QJsonDocument::Indented);
    }
    if (!summary.isEmpty()) {
        QJsonObject o = summary;
        o.insert(rowsKey, list);
        return QJsonDocument(o).toJson(QJsonDocument::Indented);
    }
    return QJsonDocument(list).toJson(QJsonDocument::Indented);
}

QByteArray ReportTable::toCsv() const
{
    QString text;
    QStringList header;
    for (const Column& c : columns)
        header.append(csvCell(c.key));
    text += header.join(u',') + QStringLiteral("\r\n");
    for (const QVariantList& row : rows) {
        QStringList cells;
        for (int c = 0; c < columns.size(); ++c)
            cells.append(csvCell(plain(row.value(c), columns[c].kind)));
        text += cells.join(u',') + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

QString ReportTable::toText(const QLocale& locale) const
{
    QString text;
    for (auto it = summary.constBegin(); it != summary.constEnd(); ++it) {
        const QJsonValue v = it.value();
        text += it.key() + QStringLiteral(": ") +
                (v.isDouble() ? locale.toString(v.toDouble(), 'g', 6) : v.toVariant().toString()) + u'\n';
    }
    if (!summary.isEmpty())
        text += u'\n';
    QList<QStringList> cells;
    QStringList header;
    for (const Column& c : columns)
        header.append(c.header);
    cells.append(header);
    for (const QVariantList& row : rows) {
        QStringList line;
        for (int c = 0; c < columns.size(); ++c)
            line.append(display(row.value(c), columns[c].kind, locale));
        cells.append(line);
    }
    QList<qsizetype> widths(columns.size(), 0);
    for (const QStringList& line : cells) {
        for (int c = 0; c < line.size(); ++c)
            widths[c] = std::max(widths[c], line[c].size());
    }
    for (const QStringList& line : cells) {
        QStringList padded;
        for (int c = 0; c < line.size(); ++c)
            padded.append(columns[c].kind == Kind::Text || columns[c].kind == Kind::Month
                              ? line[c].leftJustified(widths[c])
                              : line[c].rightJustified(widths[c]));
        QString joined = padded.join(QStringLiteral("  "));
        while (joined.endsWith(u' '))
            joined.chop(1);
        text += joined + u'\n';
    }
    return text;
}
