#include "OwnerAccountDialog.h"

#include "OwnerAccountForm.h"
#include "UserAccounts.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

OwnerAccountDialog::OwnerAccountDialog(UserAccounts& accounts, QWidget* parent)
    : QDialog(parent), m_accounts(accounts)
{
    setWindowTitle(tr("The owner's password"));
    auto* layout = new QVBoxLayout(this);
    m_form = new OwnerAccountForm(this);
    layout->addWidget(m_form);
    auto* buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("Create the owner's account"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Later"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &OwnerAccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OwnerAccountDialog::reject);
    connect(m_form, &OwnerAccountForm::completeChanged, m_create, &QPushButton::setEnabled);
    m_create->setEnabled(m_form->isComplete());
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

void OwnerAccountDialog::accept()
{
    auto created = m_form->createOwner(m_accounts);
    if (!created)
        return;
    m_ownerId = created.value();
    QDialog::accept();
}
