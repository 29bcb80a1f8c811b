#pragma once

#include <QString>
#include <QVariant>

namespace SqlValues {
// QSQLITE binds a null QString as NULL; NOT NULL text columns need an empty string instead.
inline QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// An empty string stored as NULL, for optional UNIQUE columns where NULLs may repeat.
inline QVariant textOrNull(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}
} // namespace SqlValues
