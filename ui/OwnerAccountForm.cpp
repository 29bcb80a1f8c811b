#include "OwnerAccountForm.h"

#include "UserAccounts.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

OwnerAccountForm::OwnerAccountForm(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* intro =
        new QLabel(tr("You are the owner: you set the rules, see the reports and add the clerks who "
                      "work at the till. Choose the password you will sign in with. Nobody can "
                      "read it back, so keep it somewhere safe."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("As your staff call you"));
    form->addRow(tr("Your &name:"), m_name);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("At least %Ln characters", nullptr, UserAccounts::MinPasswordLength));
    form->addRow(tr("&Password:"), m_password);
    m_repeat = new QLineEdit(this);
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Repeat the password:"), m_repeat);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("ownerAccountProblem"));
    layout->addWidget(m_problem);

    for (QLineEdit* edit : {m_name, m_password, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &OwnerAccountForm::check);
    check();
}

void OwnerAccountForm::setName(const QString& name)
{
    m_name->setText(name);
}

bool OwnerAccountForm::isComplete() const
{
    return !m_name->text().trimmed().isEmpty() && UserAccounts::checkPassword(m_password->text()).ok() &&
           m_password->text() == m_repeat->text();
}

void OwnerAccountForm::check()
{
    QString problem;
    if (!m_password->text().isEmpty()) {
        if (auto good = UserAccounts::checkPassword(m_password->text()); !good)
            problem = good.error().message;
        else if (!m_repeat->text().isEmpty() && m_repeat->text() != m_password->text())
            problem = tr("The two passwords are not the same.");
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    Q_EMIT completeChanged(isComplete());
}

Result<qint64> OwnerAccountForm::createOwner(UserAccounts& accounts)
{
    if (m_password->text() != m_repeat->text()) {
        const QString problem = tr("The two passwords are not the same.");
        m_problem->setText(problem);
        m_problem->show();
        return makeError(Error::Kind::Invalid, problem);
    }
    auto created = accounts.createOwner(m_name->text(), m_password->text());
    if (!created) {
        m_problem->setText(created.error().message);
        m_problem->show();
    }
    return created;
}
