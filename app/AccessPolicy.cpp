#include "AccessPolicy.h"

QString AccessPolicy::refusal(Action action)
{
    switch (action) {
    case Action::ChangeProgramme:
        return tr("Only the owner can change the programme's rules.");
    case Action::AdjustPoints:
        return tr("Only the owner can add or take away points outside a sale.");
    case Action::RefundAboveLimit:
        return tr("Only the owner can make a refund this large.");
    case Action::UndoRedemption:
        return tr("Only the owner can undo a redemption.");
    case Action::CreateCampaign:
        return tr("Only the owner can create coupon campaigns.");
    case Action::DeleteCustomer:
        return tr("Only the owner can archive or restore customers.");
    case Action::AnonymiseCustomer:
        return tr("Only the owner can anonymise customers.");
    case Action::ExportData:
        return tr("Only the owner can export the shop's data.");
    case Action::ImportData:
        return tr("Only the owner can import customers or sales.");
    case Action::SeeReports:
        return tr("Only the owner can see the reports.");
    case Action::SeeAudit:
        return tr("Only the owner can see the audit log.");
    case Action::ManageUsers:
        return tr("Only the owner can manage the people who use Regulars.");
    case Action::RestoreBackup:
        return tr("Only the owner can restore a backup.");
    case Action::ChangeSettings:
        return tr("Only the owner can change the shop's settings.");
    case Action::ExportPersonalData:
        return tr("Only the owner can export what the shop holds about a customer.");
    }
    return {};
}
