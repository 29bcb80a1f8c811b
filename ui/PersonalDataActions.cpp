#include "PersonalDataActions.h"

#include "AccessPolicy.h"
#include "Clock.h"
#include "CustomerDirectory.h"
#include "Database.h"
#include "LapsedCustomersDialog.h"
#include "PersonalData.h"
#include "Prompts.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

PersonalDataActions::PersonalDataActions(Database& db, const Clock& clock, const AccessPolicy& access,
                                         QWidget* window)
    : QObject(window), m_db(db), m_clock(clock), m_access(access), m_window(window)
{
}

void PersonalDataActions::exportPersonal(qint64 customerId)
{
    if (!m_access.allows(AccessPolicy::Action::ExportPersonalData)) {
        Prompts::instance().warn(m_window, tr("Personal data"),
                                 AccessPolicy::refusal(AccessPolicy::Action::ExportPersonalData));
        return;
    }
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("customer-%1.pdf").arg(customerId));
    const QString path =
        QFileDialog::getSaveFileName(m_window, tr("Export everything kept about the customer"), suggested,
                                     tr("PDF (*.pdf);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    PersonalData personal(m_db, m_clock, m_access);
    if (auto written = personal.exportTo(customerId, path); !written)
        Prompts::instance().warn(m_window, tr("Personal data"), written.error().message);
}

bool PersonalDataActions::anonymise(qint64 customerId)
{
    if (!m_access.allows(AccessPolicy::Action::AnonymiseCustomer)) {
        Prompts::instance().warn(m_window, tr("Anonymise"),
                                 AccessPolicy::refusal(AccessPolicy::Action::AnonymiseCustomer));
        return false;
    }
    const auto customer = CustomerDirectory(m_db, m_clock).store().byId(customerId);
    if (!customer)
        return false;
    if (!Prompts::instance().confirm(
            m_window, tr("Anonymise"),
            tr("Erase the contact details of %1 for good: name, phone, card, email, birthday and "
               "notes?\n\nTheir "
               "purchases and points stay, as %2, so the reports do not change. This cannot be undone.")
                .arg(customer->name, PersonalData::anonymousLabel(customerId)),
            tr("Anonymise")))
        return false;
    PersonalData personal(m_db, m_clock, m_access);
    if (auto done = personal.anonymise(customerId); !done) {
        Prompts::instance().warn(m_window, tr("Anonymise"), done.error().message);
        return false;
    }
    Q_EMIT customersChanged();
    return true;
}

void PersonalDataActions::reviewLapsed()
{
    if (!m_access.allows(AccessPolicy::Action::AnonymiseCustomer)) {
        Prompts::instance().warn(m_window, tr("Customers to anonymise"),
                                 AccessPolicy::refusal(AccessPolicy::Action::AnonymiseCustomer));
        return;
    }
    LapsedCustomersDialog dialog(m_db, m_clock, m_access, m_window);
    dialog.exec();
    if (dialog.anonymisedCount() > 0)
        Q_EMIT customersChanged();
}
