#pragma once

#include "CustomerDirectory.h"

#include <QWidget>

class Database;
class LoyaltyLedger;
class LoyaltyPanel;
class QLabel;
class QPushButton;
class QTabWidget;

// One customer: contact details, card, consent state and their programme activity.
class CustomerPage : public QWidget
{
    Q_OBJECT

public:
    CustomerPage(CustomerDirectory& directory, LoyaltyLedger& ledger, QWidget* parent = nullptr);

    void showCustomer(qint64 id);
    // Sales on this page can use coupons.
    void setCoupons(class Coupons* coupons);
    void refresh();
    qint64 customerId() const { return m_id; }

    QLabel* nameLabel() const { return m_title; }
    QLabel* phoneLabel() const { return m_phone; }
    QLabel* marketingLabel() const { return m_marketing; }
    QPushButton* marketingButton() const { return m_marketingButton; }
    QPushButton* archiveButton() const { return m_archive; }
    QPushButton* personalDataButton() const { return m_personalData; }
    LoyaltyPanel* loyaltyPanel() const { return m_loyalty; }
    QTabWidget* tabs() const { return m_tabs; }

Q_SIGNALS:
    void editRequested(qint64 id);
    void exportPersonalRequested(qint64 id);
    void anonymiseRequested(qint64 id);
    void changed(qint64 id);

private:
    void toggleMarketing();
    void toggleArchived();
    QString consentText(const std::optional<ConsentRecord>& consent) const;

    CustomerDirectory& m_directory;
    qint64 m_id = 0;

    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QTabWidget* m_tabs = nullptr;
    LoyaltyPanel* m_loyalty = nullptr;
    QLabel* m_archivedBanner = nullptr;
    QLabel* m_phone = nullptr;
    QLabel* m_card = nullptr;
    QLabel* m_email = nullptr;
    QLabel* m_birthday = nullptr;
    QLabel* m_nickname = nullptr;
    QLabel* m_notes = nullptr;
    QLabel* m_created = nullptr;
    QLabel* m_dataConsent = nullptr;
    QLabel* m_marketing = nullptr;
    QPushButton* m_marketingButton = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_archive = nullptr;
    QPushButton* m_personalData = nullptr;
};
