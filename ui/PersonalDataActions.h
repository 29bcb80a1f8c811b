#pragma once

#include <QObject>

class AccessPolicy;
class Clock;
class Database;
class QWidget;

// The window's personal-data actions: a customer's copy of what the shop keeps (JSON or PDF), anonymising
// a customer after a confirmation, and the owner's review of customers the retention rule lists.
class PersonalDataActions : public QObject
{
    Q_OBJECT

public:
    PersonalDataActions(Database& db, const Clock& clock, const AccessPolicy& access, QWidget* window);

public Q_SLOTS:
    void exportPersonal(qint64 customerId);
    // Asks for confirmation through Prompts; true when the customer was anonymised.
    bool anonymise(qint64 customerId);
    void reviewLapsed();

Q_SIGNALS:
    void customersChanged();

private:
    Database& m_db;
    const Clock& m_clock;
    const AccessPolicy& m_access;
    QWidget* m_window;
};
