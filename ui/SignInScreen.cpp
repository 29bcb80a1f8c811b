#include "SignInScreen.h"

#include "UserAccounts.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

SignInScreen::SignInScreen(UserAccounts& accounts, QWidget* parent) : QWidget(parent), m_accounts(accounts)
{
    setAutoFillBackground(true);
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    auto* panel = new QWidget(this);
    panel->setMaximumWidth(640);
    auto* layout = new QVBoxLayout(panel);

    auto* title = new QLabel(tr("Who is at the till?"), panel);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    title->setFont(big);
    layout->addWidget(title);

    auto* columns = new QHBoxLayout;
    m_users = new QListWidget(panel);
    m_users->setMinimumWidth(220);
    QFont listFont = m_users->font();
    listFont.setPointSizeF(listFont.pointSizeF() * 1.3);
    m_users->setFont(listFont);
    columns->addWidget(m_users, 1);

    auto* right = new QVBoxLayout;
    m_prompt = new QLabel(panel);
    right->addWidget(m_prompt);
    m_secret = new QLineEdit(panel);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setFont(listFont);
    right->addWidget(m_secret);

    // The pad writes into the field, so the keyboard (any digits) and the pad can be mixed.
    m_pad = new QWidget(panel);
    // A keypad reads 1 2 3 from the left in every language, like the one on a phone or a card terminal.
    m_pad->setLayoutDirection(Qt::LeftToRight);
    auto* grid = new QGridLayout(m_pad);
    grid->setContentsMargins(0, 0, 0, 0);
    const QLocale locale;
    for (int digit = 0; digit <= 9; ++digit) {
        auto* key = new QPushButton(locale.toString(digit), m_pad);
        key->setFocusPolicy(Qt::NoFocus);
        key->setMinimumSize(56, 44);
        key->setObjectName(QStringLiteral("pinKey%1").arg(digit));
        connect(key, &QPushButton::clicked, this, [this, digit] {
            m_secret->insert(QString::number(digit));
            m_secret->setFocus();
        });
        if (digit == 0)
            grid->addWidget(key, 3, 1);
        else
            grid->addWidget(key, (digit - 1) / 3, (digit - 1) % 3);
    }
    auto* erase = new QPushButton(tr("⌫", "erase the last digit"), m_pad);
    erase->setFocusPolicy(Qt::NoFocus);
    erase->setToolTip(tr("Erase the last digit"));
    erase->setMinimumSize(56, 44);
    connect(erase, &QPushButton::clicked, m_secret, &QLineEdit::backspace);
    grid->addWidget(erase, 3, 2);
    auto* clear = new QPushButton(tr("Clear"), m_pad);
    clear->setFocusPolicy(Qt::NoFocus);
    clear->setMinimumSize(56, 44);
    connect(clear, &QPushButton::clicked, m_secret, &QLineEdit::clear);
    grid->addWidget(clear, 3, 0);
    right->addWidget(m_pad);

    m_signIn = new QPushButton(tr("&Sign in"), panel);
    m_signIn->setDefault(true);
    right->addWidget(m_signIn);
    m_problem = new QLabel(panel);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("signInProblem"));
    right->addWidget(m_problem);
    right->addStretch(1);
    columns->addLayout(right, 1);
    layout->addLayout(columns);

    row->addWidget(panel, 3);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(1);

    connect(m_users, &QListWidget::currentRowChanged, this, &SignInScreen::userChosen);
    connect(m_users, &QListWidget::itemActivated, m_secret, [this] { m_secret->setFocus(); });
    connect(m_secret, &QLineEdit::returnPressed, this, &SignInScreen::trySignIn);
    connect(m_signIn, &QPushButton::clicked, this, &SignInScreen::trySignIn);
    reload();
}

void SignInScreen::reload(qint64 preferredId)
{
    m_users->clear();
    int preferredRow = 0;
    for (const UserRecord& user : m_accounts.all()) {
        if (user.isDisabled())
            continue;
        auto* item =
            new QListWidgetItem(user.isOwner() ? tr("%1 (owner)").arg(user.name) : user.name, m_users);
        item->setData(Qt::UserRole, user.id);
        item->setData(Qt::UserRole + 1, user.secretKind == UserRecord::SecretKind::Pin);
        if (user.id == preferredId)
            preferredRow = m_users->count() - 1;
    }
    m_users->setCurrentRow(preferredRow);
    m_secret->clear();
    m_problem->clear();
    userChosen();
}

bool SignInScreen::chooseUser(const QString& name)
{
    for (int row = 0; row < m_users->count(); ++row) {
        const auto user = m_accounts.user(m_users->item(row)->data(Qt::UserRole).toLongLong());
        if (user && user->name == name) {
            m_users->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

qint64 SignInScreen::chosenId() const
{
    const QListWidgetItem* item = m_users->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void SignInScreen::userChosen()
{
    const QListWidgetItem* item = m_users->currentItem();
    const bool pin = item && item->data(Qt::UserRole + 1).toBool();
    m_prompt->setText(pin ? tr("&PIN:") : tr("&Password:"));
    m_prompt->setBuddy(m_secret);
    m_pad->setVisible(pin);
    m_secret->clear();
    m_problem->clear();
    m_secret->setFocus();
}

void SignInScreen::trySignIn()
{
    const qint64 id = chosenId();
    if (id <= 0)
        return;
    auto user = m_accounts.signIn(id, m_secret->text());
    m_secret->clear();
    if (!user) {
        m_problem->setText(user.error().message);
        m_secret->setFocus();
        return;
    }
    m_problem->clear();
    Q_EMIT signedIn(user.value());
}
