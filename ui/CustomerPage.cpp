#include "CustomerPage.h"

#include "Bidi.h"
#include "CustomerSearchModel.h"
#include "LocalDates.h"
#include "LoyaltyPanel.h"
#include "PhoneNumbers.h"
#include "Prompts.h"
#include "ValueLabel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

CustomerPage::CustomerPage(CustomerDirectory& directory, LoyaltyLedger& ledger, QWidget* parent)
    : QWidget(parent), m_directory(directory)
{
    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_title);
    m_subtitle = new QLabel(this);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    m_edit = new QPushButton(tr("&Edit"), this);
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_edit->setToolTip(tr("Change this customer's details (F2)"));
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_id); });
    m_archive = new QPushButton(this);
    connect(m_archive, &QPushButton::clicked, this, &CustomerPage::toggleArchived);
    // What the shop keeps about the customer: their copy, or erasing their contact details (owner).
    m_personalData = new QPushButton(tr("&Personal data"), this);
    auto* personalMenu = new QMenu(m_personalData);
    personalMenu->addAction(tr("Export everything kept about them…"), this,
                            [this] { Q_EMIT exportPersonalRequested(m_id); });
    personalMenu->addAction(tr("Anonymise… (owner)"), this, [this] { Q_EMIT anonymiseRequested(m_id); });
    m_personalData->setMenu(personalMenu);
    header->addWidget(m_edit);
    header->addWidget(m_archive);
    header->addWidget(m_personalData);
    layout->addLayout(header);

    m_archivedBanner = new QLabel(this);
    m_archivedBanner->setWordWrap(true);
    m_archivedBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; padding: 6px; }"));
    layout->addWidget(m_archivedBanner);

    m_tabs = new QTabWidget(this);
    m_loyalty = new LoyaltyPanel(ledger, directory, m_tabs);
    connect(m_loyalty, &LoyaltyPanel::changed, this, &CustomerPage::changed);
    m_tabs->addTab(m_loyalty, tr("&Programme"));
    auto* details = new QWidget(m_tabs);
    auto* detailsLayout = new QVBoxLayout(details);
    m_tabs->addTab(details, tr("&Details and consent"));
    layout->addWidget(m_tabs, 1);

    auto* contact = new QGroupBox(tr("Contact"), details);
    auto* contactForm = new QFormLayout(contact);
    contactForm->addRow(tr("Phone:"), m_phone = valueLabel(contact));
    contactForm->addRow(tr("Card:"), m_card = valueLabel(contact));
    contactForm->addRow(tr("Email:"), m_email = valueLabel(contact));
    contactForm->addRow(tr("Nickname:"), m_nickname = valueLabel(contact));
    contactForm->addRow(tr("Birthday:"), m_birthday = valueLabel(contact));
    contactForm->addRow(tr("Notes:"), m_notes = valueLabel(contact));
    contactForm->addRow(tr("Customer since:"), m_created = valueLabel(contact));
    detailsLayout->addWidget(contact);

    auto* consent = new QGroupBox(tr("Consent"), details);
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
    detailsLayout->addWidget(consent);
    detailsLayout->addStretch(1);
}

void CustomerPage::setCoupons(Coupons* coupons)
{
    m_loyalty->setCoupons(coupons);
}

void CustomerPage::showCustomer(qint64 id)
{
    if (id != m_id)
        m_tabs->setCurrentWidget(m_loyalty);
    m_id = id;
    m_loyalty->showCustomer(id);
    refresh();
}

QString CustomerPage::consentText(const std::optional<ConsentRecord>& consent) const
{
    if (!consent)
        return tr("Not asked yet");
    const QString when = LocalDates::dateTime(consent->at);
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
            .arg(LocalDates::dayOf(customer->archivedAt, QLocale::ShortFormat, locale)));
    m_archive->setText(customer->isArchived() ? tr("&Restore") : tr("&Archive"));
    m_phone->setText(customer->phoneE164.isEmpty()
                         ? none
                         : ltrIsolate(PhoneNumbers::formatInternational(customer->phoneE164)));
    m_card->setText(customer->cardNumber.isEmpty() ? none : ltrIsolate(customer->cardNumber));
    m_email->setText(customer->email.isEmpty() ? none : ltrIsolate(customer->email));
    m_nickname->setText(customer->nickname.isEmpty() ? none : customer->nickname);
    m_birthday->setText(
        customer->birthday.isValid() ? LocalDates::date(customer->birthday, QLocale::LongFormat, locale) : none);
    m_notes->setText(customer->notes.isEmpty() ? none : customer->notes);
    m_created->setText(LocalDates::dayOf(customer->createdAt, QLocale::LongFormat, locale));

    m_dataConsent->setText(consentText(m_directory.consent(m_id, ConsentRecord::Purpose::Data)));
    const auto marketing = m_directory.consent(m_id, ConsentRecord::Purpose::Marketing);
    m_marketing->setText(consentText(marketing));
    const bool granted = marketing && marketing->granted;
    m_marketingButton->setText(granted ? tr("&Withdraw") : tr("Record &agreement"));
    m_marketingButton->setToolTip(
        granted ? tr("The customer no longer wants offers and news; this is recorded.")
                : tr("The customer agreed just now, in person, to receive offers and news."));

    QStringList identity;
    if (!customer->phoneE164.isEmpty())
        identity.append(ltrIsolate(PhoneNumbers::formatInternational(customer->phoneE164)));
    if (!customer->cardNumber.isEmpty())
        identity.append(tr("card %1").arg(ltrIsolate(customer->cardNumber)));
    m_subtitle->setText(inLayoutDirection(identity.join(QStringLiteral(" · ")), layoutDirection()));
    m_loyalty->refresh();
}

void CustomerPage::toggleMarketing()
{
    const auto marketing = m_directory.consent(m_id, ConsentRecord::Purpose::Marketing);
    const bool granted = marketing && marketing->granted;
    // Withdrawing is one click; agreeing now is recorded as given in person at the counter.
    auto recorded = m_directory.recordConsent(m_id, ConsentRecord::Purpose::Marketing, !granted,
                                              ConsentRecord::Channel::Verbal, m_directory.actingPerson());
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
