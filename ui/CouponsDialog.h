#pragma once

#include "CouponSheetLayout.h"
#include "Coupons.h"

#include <QDialog>

class CustomerDirectory;
class Database;
class QComboBox;
class QTableWidget;

// The owner's coupon campaigns with their counts and redemption rate; new campaigns; a sheet of the chosen
// campaign's coupons previewed, printed or saved as PDF on the paper and grid last used.
class CouponsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Offer,
        Validity,
        Made,
        Printed,
        Redeemed,
        Expired,
        Rate,
        ColumnCount
    };

    CouponsDialog(Database& db, Coupons& coupons, CustomerDirectory& directory, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QComboBox* paperBox() const { return m_paper; }
    QComboBox* gridBox() const { return m_grid; }
    // Writes the selected campaign's sheet; the PDF button asks for the file, then calls this.
    Result<void> saveSheet(const QString& path);
    void refresh();
    void newCampaign();

private:
    Result<CouponSheetLayout> selectedSheet() const;
    QPageSize::PageSizeId paper() const;
    void preview();
    void print();
    void savePdf();
    void printed(qint64 campaignId);
    void rememberChoices();

    Database& m_db;
    Coupons& m_coupons;
    CustomerDirectory& m_directory;
    QList<Campaign> m_campaigns;
    QTableWidget* m_table = nullptr;
    QComboBox* m_paper = nullptr;
    QComboBox* m_grid = nullptr;
};
