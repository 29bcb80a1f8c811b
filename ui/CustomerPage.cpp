#include "CustomerPage.h"

#include "Bidi.h"
#include "CustomerSearchModel.h"
#include "Database.h"
#include "PhoneNumbers.h"
#include "Prompts.h"
#include "SaleStore.h"
#include "UserSettings.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QLabel* valueLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
} // namespace

CustomerPage::CustomerPage(CustomerDirectory& directory, Database& db, QWidget* parent)
    : QWidget(parent), m_directory(directory), m_db(db)
{
    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    header->addWidget(m_title, 1);
    m_edit = new QPushButton(tr("&Edit"), this);
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_edit->setToolTip(tr("Change this customer's details (F2)"));
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_id); });
    m_archive = new QPushButton(this);
    connect(m_archive, &QPushButton::clicked, this, &CustomerPage::toggleArchived);
    header->addWidget(m_edit);
    header->addWidget(m_archive);
    layout->addLayout(header);

    m_archivedBanner = new QLabel(this);
    m_archivedBanner->setWordWrap(true);
    m_archivedBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; padding: 6px; }"));
    layout->addWidget(m_archivedBanner);

    auto* contact = new QGroupBox(tr("Contact"), this);
    auto* contactForm = new QFormLayout(contact);
    contactForm->addRow(tr("Phone:"), m_phone = valueLabel(contact));
    contactForm->addRow(tr("Card:"), m_card = valueLabel(contact));
    contactForm->addRow(tr("Email:"), m_email = valueLabel(contact));
    contactForm->addRow(tr("Nickname:"), m_nickname = valueLabel(contact));
    contactForm->addRow(tr("Birthday:"), m_birthday = valueLabel(contact));
    contactForm->addRow(tr("Notes:"), m_notes = valueLabel(contact));
    contactForm->addRow(tr("Customer since:"), m_created = valueLabel(contact));
    layout->addWidget(contact);

    auto* consent = new QGroupBox(tr("Consent"), this);
    auto* consentForm = new QFormLayout(consent);
    consentForm->addRow(tr("Personal data:"), m_dataConsent = valueLabel(consent));
    // The button sits under the text: a wrapped label beside a button gets clipped in a form row.
    auto* marketingColumn = new QVBoxLayout;
    m_marketing = valueLabel(consent);
    m_marketingButton = new QPushButton(consent);
    connect(m_marketingButton, &QPushButton::clicked, this, &CustomerPage::toggleMarketing);
    marketingColumn->addWidget(m_marketing);
    marketingColumn->addWidget(m_marketingButton, 0, Qt::AlignLeading);
    consentForm->addRow(tr("Offers and news:"), marketingColumn);
    layout->addWidget(consent);

    auto* programme = new QGroupBox(tr("Programme"), this);
    auto* programmeLayout = new QVBoxLayout(programme);
    m_activity = valueLabel(programme);
    programmeLayout->addWidget(m_activity);
    layout->addWidget(programme);
    layout->addStretch(1);
}

void CustomerPage::showCustomer(qint64 id)
{
    m_id = id;
    refresh();
}

QString CustomerPage::consentText(const std::optional<ConsentRecord>& consent) const
{
    if (!consent)
        return tr("Not asked yet");
    const QString when = QLocale().toString(consent->at.toLocalTime(), QLocale::ShortFormat);
    QString how;
    switch (consent->channel) {
    case ConsentRecord::Channel::Paper:
        how = tr("on a signed paper form");
        break;
    case ConsentRecord::Channel::Verbal:
        how = tr("in person");
        break;
    case ConsentRecord::Channel::Digital:
        how = tr("online or by message");
        break;
    }
    return consent->granted
               ? tr("Agreed %1, %2, recorded by %3").arg(how, when, consent->recordedBy)
               : tr("Refused or withdrawn %1, %2, recorded by %3").arg(how, when, consent->recordedBy);
}

void CustomerPage::refresh()
{
    const auto customer = m_directory.customer(m_id);
    if (!customer) {
        m_title->setText(tr("This customer no longer exists."));
        return;
    }
    const QLocale locale;
    const QString none = tr("—");
    m_title->setText(CustomerSearchModel::displayName(*customer));
    m_archivedBanner->setVisible(customer->isArchived());
    m_archivedBanner->setText(
        tr("Archived on %1. Archived customers are hidden from searches.")
            .arg(locale.toString(customer->archivedAt.toLocalTime().date(), QLocale::ShortFormat)));
    m_archive->setText(customer->isArchived() ? tr("&Restore") : tr("&Archive"));
    m_phone->setText(customer->phoneE164.isEmpty()
                         ? none
                         : ltrIsolate(PhoneNumbers::formatInternational(customer->phoneE164)));
    m_card->setText(customer->cardNumber.isEmpty() ? none : ltrIsolate(customer->cardNumber));
    m_email->setText(customer->email.isEmpty() ? none : ltrIsolate(customer->email));
    m_nickname->setText(customer->nickname.isEmpty() ? none : customer->nickname);
    m_birthday->setText(
        customer->birthday.isValid() ? locale.toString(customer->birthday, QLocale::LongFormat) : none);
    m_notes->setText(customer->notes.isEmpty() ? none : customer->notes);
    m_created->setText(locale.toString(customer->createdAt.toLocalTime().date(), QLocale::LongFormat));

    m_dataConsent->setText(consentText(m_directory.consent(m_id, ConsentRecord::Purpose::Data)));
    const auto marketing = m_directory.consent(m_id, ConsentRecord::Purpose::Marketing);
    m_marketing->setText(consentText(marketing));
    const bool granted = marketing && marketing->granted;
    m_marketingButton->setText(granted ? tr("&Withdraw") : tr("Record &agreement"));
    m_marketingButton->setToolTip(
        granted ? tr("The customer no longer wants offers and news; this is recorded.")
                : tr("The customer agreed just now, in person, to receive offers and news."));

    SaleStore sales(m_db);
    const qint64 purchases = sales.countForCustomer(m_id);
    m_activity->setText(purchases == 0 ? tr("No purchases recorded yet.")
                                       : tr("%n purchase(s), the last on %1.", nullptr, int(purchases))
                                             .arg(locale.toString(sales.lastSaleAt(m_id).toLocalTime().date(),
                                                                  QLocale::LongFormat)));
}

void CustomerPage::toggleMarketing()
{
    const auto marketing = m_directory.consent(m_id, ConsentRecord::Purpose::Marketing);
    const bool granted = marketing && marketing->granted;
    // Withdrawing is one click; agreeing now is recorded as given in person at the counter.
    auto recorded = m_directory.recordConsent(m_id, ConsentRecord::Purpose::Marketing, !granted,
                                              ConsentRecord::Channel::Verbal, UserSettings::operatorName());
    if (!recorded)
        Prompts::instance().warn(this, tr("Consent"), recorded.error().message);
    refresh();
    Q_EMIT changed(m_id);
}

void CustomerPage::toggleArchived()
{
    const auto customer = m_directory.customer(m_id);
    if (!customer)
        return;
    Result<void> done;
    if (customer->isArchived()) {
        done = m_directory.restore(m_id);
    } else {
        if (!Prompts::instance().confirm(
                this, tr("Archive customer"),
                tr("Archive %1? They will no longer show in searches; their history is kept "
                   "and you can restore them at any time.")
                    .arg(CustomerSearchModel::displayName(*customer)),
                tr("Archive")))
            return;
        done = m_directory.archive(m_id);
    }
    if (!done)
        Prompts::instance().warn(this, tr("Archive customer"), done.error().message);
    refresh();
    Q_EMIT changed(m_id);
}
