#pragma once

#include "LoyaltyLedger.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

// Points for an activity from the owner's list, or (owner only) a correction up or down with a reason.
class GrantPointsDialog : public QDialog
{
    Q_OBJECT

public:
    GrantPointsDialog(LoyaltyLedger& ledger, qint64 customerId, QWidget* parent = nullptr);

    QComboBox* reasonBox() const { return m_reason; }
    QSpinBox* pointsBox() const { return m_points; }
    void accept() override;

private:
    void reasonChanged();

    LoyaltyLedger& m_ledger;
    qint64 m_customerId;
    LoyaltyProgramme m_programme;
    QComboBox* m_reason = nullptr;
    QSpinBox* m_points = nullptr;
    QLabel* m_ownerNote = nullptr;
    QLabel* m_problem = nullptr;
};
