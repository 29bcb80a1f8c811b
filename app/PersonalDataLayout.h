#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>

class QTextDocument;

// The PDF a customer receives when they ask what the shop holds about them: their details, consent history
// (with the text version and its hash), sales, points, stamp cards, vouchers and coupons, in the shop's
// language and its direction (A4, paginated).
class PersonalDataLayout
{
    Q_DECLARE_TR_FUNCTIONS(PersonalDataLayout)

public:
    // `data` is what PersonalData::collect gives.
    explicit PersonalDataLayout(QJsonObject data);

    // The document as rich text; its direction follows the language of the translation in use.
    void build(QTextDocument& document) const;
    Result<void> writePdf(const QString& path) const;

private:
    QString label(const QString& column) const;
    QString value(const QString& column, const QJsonValue& value) const;
    QString tableHtml(const QString& title, const QJsonArray& rows) const;

    QJsonObject m_data;
};
