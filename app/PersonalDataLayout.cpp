#include "PersonalDataLayout.h"

#include "LocalDates.h"
#include "PersonalDataStore.h"
#include "Translations.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextOption>

namespace {
// Numbers, codes and hashes keep their left-to-right order inside right-to-left text.
QString leftToRight(const QString& text)
{
    return text.isEmpty() ? text : QChar(0x200E) + text + QChar(0x200E);
}

const QStringList kCodeColumns = {
    QStringLiteral("phone_e164"), QStringLiteral("card_number"), QStringLiteral("email"),
    QStringLiteral("sale_ref"),   QStringLiteral("till_id"),     QStringLiteral("code"),
    QStringLiteral("serial"),     QStringLiteral("text_sha256"), QStringLiteral("external_ref"),
};
} // namespace

PersonalDataLayout::PersonalDataLayout(QJsonObject data) : m_data(std::move(data))
{
}

QString PersonalDataLayout::label(const QString& column) const
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("id"), QT_TR_NOOP("Number")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("nickname"), QT_TR_NOOP("Nickname")},
        {QStringLiteral("phone_e164"), QT_TR_NOOP("Phone")},
        {QStringLiteral("card_number"), QT_TR_NOOP("Card")},
        {QStringLiteral("email"), QT_TR_NOOP("Email")},
        {QStringLiteral("birthday"), QT_TR_NOOP("Birthday")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("created_at"), QT_TR_NOOP("Created")},
        {QStringLiteral("archived_at"), QT_TR_NOOP("Archived")},
        {QStringLiteral("anonymised_at"), QT_TR_NOOP("Anonymised")},
        {QStringLiteral("referred_by"), QT_TR_NOOP("Referred by customer")},
        {QStringLiteral("external_ref"), QT_TR_NOOP("Number in the previous system")},
        {QStringLiteral("purpose"), QT_TR_NOOP("For")},
        {QStringLiteral("granted"), QT_TR_NOOP("Agreed")},
        {QStringLiteral("at"), QT_TR_NOOP("When")},
        {QStringLiteral("channel"), QT_TR_NOOP("How")},
        {QStringLiteral("text_version"), QT_TR_NOOP("Text version")},
        {QStringLiteral("text_sha256"), QT_TR_NOOP("Text SHA-256")},
        {QStringLiteral("recorded_by"), QT_TR_NOOP("Recorded by")},
        {QStringLiteral("till_id"), QT_TR_NOOP("Till")},
        {QStringLiteral("sale_ref"), QT_TR_NOOP("Sale")},
        {QStringLiteral("amount_minor"), QT_TR_NOOP("Amount (minor units)")},
        {QStringLiteral("discount_minor"), QT_TR_NOOP("Discount (minor units)")},
        {QStringLiteral("points_redeemed"), QT_TR_NOOP("Points used")},
        {QStringLiteral("paid_with_points_minor"), QT_TR_NOOP("Paid with points (minor units)")},
        {QStringLiteral("refunded_minor"), QT_TR_NOOP("Refunded (minor units)")},
        {QStringLiteral("tier"), QT_TR_NOOP("Tier")},
        {QStringLiteral("kind"), QT_TR_NOOP("Entry")},
        {QStringLiteral("points"), QT_TR_NOOP("Points")},
        {QStringLiteral("expires_at"), QT_TR_NOOP("Expires")},
        {QStringLiteral("reason"), QT_TR_NOOP("Reason")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
        {QStringLiteral("serial"), QT_TR_NOOP("Serial")},
        {QStringLiteral("capacity"), QT_TR_NOOP("Stamps to fill")},
        {QStringLiteral("stamps"), QT_TR_NOOP("Stamps")},
        {QStringLiteral("filled_at"), QT_TR_NOOP("Filled")},
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("source"), QT_TR_NOOP("From")},
        {QStringLiteral("description"), QT_TR_NOOP("Gives")},
        {QStringLiteral("issued_at"), QT_TR_NOOP("Issued")},
        {QStringLiteral("valid_until"), QT_TR_NOOP("Valid until")},
        {QStringLiteral("redeemed_at"), QT_TR_NOOP("Used")},
        {QStringLiteral("campaign"), QT_TR_NOOP("Campaign")},
        {QStringLiteral("printed_at"), QT_TR_NOOP("Printed")},
    };
    const auto it = labels.constFind(column);
    return it == labels.cend() ? column : tr(it.value());
}

QString PersonalDataLayout::value(const QString& column, const QJsonValue& v) const
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (PersonalDataStore::isTimeColumn(column)) {
        const QDateTime at = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        return LocalDates::dateTime(at, QLocale::ShortFormat, Translations::locale());
    }
    if (column == u"granted")
        return v.toInt() ? tr("yes") : tr("no");
    if (column == u"purpose")
        return v.toString() == u"marketing" ? tr("offers and news") : tr("keeping my details");
    const QString text = v.isDouble() ? Translations::locale().toString(v.toInteger()) : v.toString();
    return kCodeColumns.contains(column) || v.isDouble() ? leftToRight(text) : text;
}

QString PersonalDataLayout::tableHtml(const QString& title, const QJsonArray& rows) const
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped());
    if (rows.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(tr("None.").toHtmlEscaped());
    const QStringList columns = rows.first().toObject().keys();
    const bool rtl = Translations::locale().textDirection() == Qt::RightToLeft;
    // Each record is a small two-column table, so wide records wrap on a portrait page.
    for (const QJsonValue& row : rows) {
        const QJsonObject o = row.toObject();
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
        for (const QString& column : columns) {
            const QString shown = value(column, o.value(column));
            if (shown.isEmpty())
                continue;
            const QString labelCell =
                QStringLiteral("<td width=\"32%\"><b>%1</b></td>").arg(label(column).toHtmlEscaped());
            const QString valueCell = QStringLiteral("<td>%1</td>").arg(shown.toHtmlEscaped());
            // Rich-text tables do not mirror: in a right-to-left language the label is put on the right.
            html += QStringLiteral("<tr>") + (rtl ? valueCell + labelCell : labelCell + valueCell) +
                    QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table><p></p>");
    }
    return html;
}

void PersonalDataLayout::build(QTextDocument& document) const
{
    const QJsonObject customer = m_data.value(QStringLiteral("customer")).toObject();
    const QString shop = m_data.value(QStringLiteral("shop")).toString();
    QString html;
    html += QStringLiteral("<h1>%1</h1>")
                .arg((shop.isEmpty() ? tr("What the shop keeps about you")
                                     : tr("What %1 keeps about you").arg(shop))
                         .toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Prepared on %1 for %2.")
                         .arg(value(QStringLiteral("at"), m_data.value(QStringLiteral("exported_at"))),
                              customer.value(QStringLiteral("name")).toString())
                         .toHtmlEscaped());
    html += tableHtml(tr("Your details"), QJsonArray{customer});
    const QJsonObject texts = m_data.value(QStringLiteral("consent_texts")).toObject();
    html += tableHtml(tr("Your consents"), m_data.value(QStringLiteral("consents")).toArray());
    html += QStringLiteral("<h3>%1</h3>")
                .arg(tr("The consent texts in force (version %1)")
                         .arg(texts.value(QStringLiteral("version")).toString())
                         .toHtmlEscaped());
    for (const auto& [key, title] : {std::pair{QStringLiteral("data"), tr("Keeping your details")},
                                     std::pair{QStringLiteral("marketing"), tr("Offers and news")}}) {
        html += QStringLiteral("<p><b>%1</b> (SHA-256 %2)<br/>%3</p>")
                    .arg(title.toHtmlEscaped(),
                         leftToRight(texts.value(key + QStringLiteral("_sha256")).toString()),
                         texts.value(key).toString().toHtmlEscaped());
    }
    html += tableHtml(tr("Your purchases"), m_data.value(QStringLiteral("sales")).toArray());
    html += tableHtml(tr("Your points"), m_data.value(QStringLiteral("ledger")).toArray());
    html += tableHtml(tr("Your stamp cards"), m_data.value(QStringLiteral("stamp_cards")).toArray());
    html += tableHtml(tr("Your vouchers"), m_data.value(QStringLiteral("vouchers")).toArray());
    html += tableHtml(tr("Your coupons"), m_data.value(QStringLiteral("coupons")).toArray());

    const bool rtl = Translations::locale().textDirection() == Qt::RightToLeft;
    QTextOption option = document.defaultTextOption();
    option.setTextDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    option.setAlignment(rtl ? Qt::AlignRight : Qt::AlignLeft);
    document.setDefaultTextOption(option);
    document.setHtml(rtl ? QStringLiteral("<div dir=\"rtl\">%1</div>").arg(html) : html);
}

Result<void> PersonalDataLayout::writePdf(const QString& path) const
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setCreator(QStringLiteral("Regulars"));
    writer.setTitle(tr("Personal data"));
    QTextDocument document;
    build(document);
    document.print(&writer);
    if (!QFileInfo::exists(path) || QFileInfo(path).size() == 0)
        return makeError(
            Error::Kind::CannotOpen,
            tr("Cannot write %1.").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    return {};
}
