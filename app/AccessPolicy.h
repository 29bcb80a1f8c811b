#pragma once

#include <QCoreApplication>
#include <QString>

// The one seam through which owner-only actions are allowed or refused. Until people sign in, whoever uses
// the app is the owner; the policy that knows roles replaces OwnerEverywhere without touching its callers.
class AccessPolicy
{
    Q_DECLARE_TR_FUNCTIONS(AccessPolicy)

public:
    enum class Action
    {
        ChangeProgramme,
        AdjustPoints,
        RefundAboveLimit,
        UndoRedemption,
        RestoreBackup,
        ExportPersonalData,
        AnonymiseCustomer,
        ExportData,
    };

    virtual ~AccessPolicy() = default;
    virtual bool allows(Action action) const = 0;
    // Who is acting, as written into the ledger's "by" column.
    virtual QString actor() const = 0;

    static bool isOwnerOnly(Action action)
    {
        Q_UNUSED(action)
        return true;
    }
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
