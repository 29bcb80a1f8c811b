#pragma once

#include <QCoreApplication>
#include <QString>

// The one seam through which owner-only actions are allowed or refused. Session is the policy of the person
// signed in; OwnerEverywhere is for places with nobody to ask (the demo shop, tests, benchmarks).
class AccessPolicy
{
    Q_DECLARE_TR_FUNCTIONS(AccessPolicy)

public:
    // What only the owner may do; everything else (find, enrol, sell, refund within the limit, redeem,
    // scan, print cards) is open to clerks.
    enum class Action
    {
        ChangeProgramme,
        AdjustPoints,
        RefundAboveLimit,
        UndoRedemption,
        CreateCampaign,
        DeleteCustomer, // archive, restore
        AnonymiseCustomer,
        ExportData,
        ImportData,
        SeeReports,
        SeeAudit,
        ManageUsers,
        RestoreBackup,
        ChangeSettings,
        ExportPersonalData,
    };

    virtual ~AccessPolicy() = default;
    virtual bool allows(Action action) const = 0;
    // Who is acting, as written into the ledger's "by" column and the audit log.
    virtual QString actor() const = 0;

    // "Only the owner can change the programme's rules." — the refusal a person sees.
    static QString refusal(Action action);
};

class OwnerEverywhere final : public AccessPolicy
{
public:
    explicit OwnerEverywhere(QString actor) : m_actor(std::move(actor)) {}
    bool allows(Action) const override { return true; }
    QString actor() const override { return m_actor; }

private:
    QString m_actor;
};
