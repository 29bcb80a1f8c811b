#include "ServerPasswordDialog.h"

#include "Bidi.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

ServerPasswordDialog::ServerPasswordDialog(const QString& server, const QString& refusal, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Database server password"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The shop is kept on this database server:"), this));
    // The address on a line of its own, so it is never broken at a slash.
    m_server = new QLabel(ltrUnlessRtl(server), this);
    m_server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_server);
    layout->addWidget(new QLabel(tr("Type the password of its database account:"), this));
    m_refusal = new QLabel(this);
    m_refusal->setWordWrap(true);
    m_refusal->setVisible(!refusal.isEmpty());
    if (!refusal.isEmpty())
        m_refusal->setText(tr("The server refused the password: %1").arg(ltrUnlessRtl(refusal)));
    layout->addWidget(m_refusal);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    layout->addWidget(m_password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, ok,
            [ok](const QString& text) { ok->setEnabled(!text.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    m_password->setFocus();
}

QString ServerPasswordDialog::password() const
{
    return m_password->text();
}

std::optional<QString> ServerPasswordDialog::ask(const QString& server, const QString& refusal)
{
    if (QThread::currentThread() != QApplication::instance()->thread())
        return std::nullopt;
    ServerPasswordDialog dialog(server, refusal, QApplication::activeWindow());
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.password();
}
