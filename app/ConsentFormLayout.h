#pragma once

#include "PrintJob.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QPagedPaintDevice;
class ShopSettings;
struct CustomerRecord;
class QPainter;

// The paper record a small shop keeps (A4): the customer's details filled in, the consent texts of the
// version in force, a tick box for keeping their data and one for offers, date and signature lines, and the
// card number as EAN-13 so the sheet can be filed by scanning it.
class ConsentFormLayout
{
    Q_DECLARE_TR_FUNCTIONS(ConsentFormLayout)

public:
    struct Content
    {
        QString shopName;
        QString customerName;
        QString phone; // formatted for reading
        QString cardNumber;
        QString email;
        QDate birthday;
        QString textVersion;
        QString dataText;
        QString marketingText;
    };

    ConsentFormLayout(Content content, Qt::LayoutDirection direction);
    // The form of `customer` with the shop's name and the consent texts in force.
    static ConsentFormLayout forCustomer(const ShopSettings& settings, const CustomerRecord& customer,
                                         Qt::LayoutDirection direction);

    Result<void> paint(QPainter& painter, QPagedPaintDevice& device) const;
    Result<void> writePdf(const QString& path) const;
    PrintJob printJob() const;

private:
    Content m_content;
    Qt::LayoutDirection m_direction;
};
