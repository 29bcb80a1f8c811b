#include "SetupWizard.h"

#include "AccessPolicy.h"
#include "CustomerDirectory.h"
#include "ImportDialog.h"
#include "LoyaltyLedger.h"
#include "LoyaltyScanLookups.h"
#include "OwnerAccountForm.h"
#include "Prompts.h"
#include "ScanClassifier.h"
#include "ScannerSettingsDialog.h"
#include "ShopSettings.h"
#include "ShopSetupDialog.h"
#include "Translations.h"
#include "UserAccounts.h"
#include "UserSettings.h"

#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

QLabel* wrappedLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}
} // namespace

SetupWizard::SetupWizard(Database& db, const Clock& clock, QWidget* parent)
    : QWizard(parent), m_db(db), m_clock(clock), m_directory(std::make_unique<CustomerDirectory>(db, clock)),
      m_access(std::make_unique<OwnerEverywhere>(UserSettings::operatorName())),
      m_ledger(std::make_unique<LoyaltyLedger>(db, clock, *m_access)),
      m_accounts(std::make_unique<UserAccounts>(db, clock, *m_access)),
      m_classifier(std::make_unique<ScanClassifier>(*m_directory))
{
    installLoyaltyScanLookups(*m_classifier, db);
    setWindowTitle(tr("Set up Regulars"));
    setOption(QWizard::NoBackButtonOnStartPage);
    // Our own words, so the arrows point the way the page turns in a right-to-left language too (Qt's
    // Persian "Next >" pointed right).
    //: The wizard's button to the next page; the arrow points the way pages turn in the language (or none).
    setButtonText(QWizard::NextButton, tr("&Next >"));
    //: The wizard's button to the page before; the arrow points back in the language (or none).
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setPage(ShopPage, makeShopPage());
    setPage(ProgrammePage, makeProgrammePage());
    // Run again, the wizard never replaces the owner: the password is changed in the owner's settings.
    if (!m_accounts->owner())
        setPage(OwnerPage, makeOwnerPage());
    setPage(ScannerPage, makeScannerPage());
    setPage(CustomersPage, makeCustomersPage());
    // The programme's amounts are in the currency of the country chosen on the first page.
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == ProgrammePage) {
            for (Programme programme : {Programme::Points, Programme::Discount, Programme::Stamps})
                m_programmeDetails[int(programme)]->setText(describe(programme));
        }
    });
    resize(860, 740);
}

SetupWizard::~SetupWizard() = default;

void SetupWizard::embed(QDialog* dialog)
{
    dialog->setWindowFlags(Qt::Widget);
    if (auto* buttons = dialog->findChild<QDialogButtonBox*>())
        buttons->hide();
    connect(dialog, &QDialog::finished, dialog, &QWidget::show);
    // Enter and Esc belong to the wizard (Next, Cancel), not to the dialog inside the page.
    dialog->installEventFilter(this);
    m_embedded.append(dialog);
}

bool SetupWizard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && m_embedded.contains(watched)) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Escape) {
            QApplication::sendEvent(this, event);
            return true;
        }
    }
    return QWizard::eventFilter(watched, event);
}

bool SetupWizard::isNeeded(Database& db)
{
    return ShopSettings(db).value(ShopSettings::Key::Country).isEmpty();
}

QString SetupWizard::languageForRegion(const QString& region)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(region);
    for (const QLocale& locale : QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, territory)) {
        const QString code = QLocale::languageToCode(locale.language());
        if (Translations::languages().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QWizardPage* SetupWizard::makeShopPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Your shop"));
    page->setSubTitle(tr("Its name, and the country that says how phone numbers, money and dates are read."));
    auto* layout = new QVBoxLayout(page);
    m_shop = new ShopSetupDialog(m_directory->settings(), CustomerDirectory::systemRegion(), page);
    embed(m_shop);
    m_shop->layout()->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_shop);

    m_language = new QComboBox(page);
    for (const QString& code : Translations::languages())
        m_language->addItem(Translations::nativeName(code), code);
    const QString saved = UserSettings::value(UserSettings::Key::Language).toString();
    m_languageChosen = !saved.isEmpty();
    const QString initial = saved.isEmpty()
                                ? languageForRegion(m_shop->countryBox()->currentData().toString())
                                : saved;
    m_language->setCurrentIndex(std::max(0, m_language->findData(initial)));
    // In the shop form's own rows when it has them, so the labels line up.
    auto* form = m_shop->findChild<QFormLayout*>();
    if (!form) {
        form = new QFormLayout;
        layout->addLayout(form);
    }
    form->addRow(tr("&Language on this computer:"), m_language);
    layout->addWidget(wrappedLabel(tr("A new language is used from the next start."), page));
    layout->addStretch(1);
    connect(m_language, &QComboBox::activated, this, [this] { m_languageChosen = true; });
    connect(m_shop->countryBox(), &QComboBox::currentIndexChanged, this, [this] {
        if (!m_languageChosen)
            m_language->setCurrentIndex(std::max(
                0, m_language->findData(languageForRegion(m_shop->countryBox()->currentData().toString()))));
    });
    return page;
}

QWizardPage* SetupWizard::makeProgrammePage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Your programme"));
    page->setSubTitle(tr("How regular customers are rewarded. Start with one; change the details or add the "
                         "others later under File › Loyalty programme."));
    auto* layout = new QVBoxLayout(page);
    m_programmes = new QButtonGroup(page);
    const QList<std::pair<Programme, QString>> choices = {
        {Programme::Points, tr("&Points: customers collect points and pay with them")},
        {Programme::Discount, tr("&Discount card: members pay less on every purchase")},
        {Programme::Stamps, tr("&Stamp card: a full card gives a reward")},
    };
    for (const auto& [programme, text] : choices) {
        auto* button = new QRadioButton(text, page);
        m_programmes->addButton(button, int(programme));
        layout->addWidget(button);
        auto* details = wrappedLabel(QString(), page);
        details->setIndent(button->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) * 2);
        m_programmeDetails.append(details);
        layout->addWidget(details);
        layout->addSpacing(6);
    }
    layout->addStretch(1);

    const LoyaltyProgramme current = m_ledger->programme();
    Programme shown = Programme::Points;
    if (!current.pointsEnabled && current.stampsEnabled)
        shown = Programme::Stamps;
    else if (!current.pointsEnabled && current.discountMode != LoyaltyProgramme::DiscountMode::None)
        shown = Programme::Discount;
    chooseProgramme(shown);
    return page;
}

QWizardPage* SetupWizard::makeOwnerPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("The owner"));
    page->setSubTitle(tr("Only the owner changes the programme, corrects points and gives large refunds."));
    auto* layout = new QVBoxLayout(page);
    m_owner = new OwnerAccountForm(page);
    m_owner->setName(UserSettings::operatorName());
    layout->addWidget(m_owner);
    layout->addStretch(1);
    return page;
}

QWizardPage* SetupWizard::makeScannerPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Your barcode scanner"));
    page->setSubTitle(tr("A USB scanner that types like a keyboard needs nothing. For a serial scanner, choose "
                         "its port and scan a card: the codes read show below."));
    auto* layout = new QVBoxLayout(page);
    // Scrolled rather than squeezed on a small screen: the port settings need their full height.
    auto* scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_scanner = new ScannerSettingsDialog(*m_classifier, *m_directory, scroll);
    embed(m_scanner);
    m_scanner->layout()->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(m_scanner);
    layout->addWidget(scroll);
    return page;
}

QWizardPage* SetupWizard::makeCustomersPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Your customers"));
    page->setSubTitle(tr("Kept your customers in another program or a spreadsheet? Bring them in from a CSV "
                         "file. You can also do this later with File › Import customers."));
    auto* layout = new QVBoxLayout(page);
    m_importButton = new QPushButton(tr("&Import customers from a CSV file…"), page);
    m_importButton->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        ImportDialog dialog(*m_directory, m_db, this);
        if (dialog.chooseFile())
            runImport(dialog);
    });
    layout->addWidget(m_importButton);
    m_imported = wrappedLabel(QString(), page);
    layout->addWidget(m_imported);
    layout->addStretch(1);
    layout->addWidget(wrappedLabel(tr("Press %1 to start. F1 opens the guide on any screen.")
                                       .arg(buttonText(QWizard::FinishButton).remove(QLatin1Char('&'))),
                                   page));
    return page;
}

void SetupWizard::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Prompts::instance().warn(this, windowTitle(), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    ImportDialog dialog(*m_directory, m_db, this);
    dialog.setFileContents(file.readAll(), path);
    runImport(dialog);
}

void SetupWizard::runImport(ImportDialog& dialog)
{
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_importedCount += dialog.importedCount();
    m_imported->setText(tr("%Ln customer(s) imported.", nullptr, m_importedCount));
}

void SetupWizard::chooseProgramme(Programme programme)
{
    m_programmes->button(int(programme))->setChecked(true);
}

SetupWizard::Programme SetupWizard::chosenProgramme() const
{
    return Programme(std::max(0, m_programmes->checkedId()));
}

QString SetupWizard::describe(Programme programme) const
{
    const LoyaltyProgramme p = LoyaltyProgramme::defaultsFor(m_ledger->money().everydayUnitMinor());
    const Money money = m_ledger->money();
    const QLocale locale;
    switch (programme) {
    case Programme::Points:
        return tr("%1 point(s) for every %2 spent; a point pays %3; points expire after %Ln month(s).", nullptr,
                  p.expiryMonths)
            .arg(locale.toString(p.pointsPerUnit), money.format(p.unitMinor, locale),
                 money.format(p.pointValueMinor, locale));
    case Programme::Discount:
        return tr("Members get %1 off every purchase.")
            .arg(locale.toString(p.fixedDiscountBp / 100.0, 'f', p.fixedDiscountBp % 100 == 0 ? 0 : 2) +
                 locale.percent());
    case Programme::Stamps:
        return tr("A stamp for every purchase; %Ln stamps fill a card, which gives a voucher for a free item.",
                  nullptr, p.stampsToFill);
    }
    return {};
}

bool SetupWizard::saveShop()
{
    m_shop->setResult(0);
    m_shop->accept();
    if (m_shop->result() != QDialog::Accepted)
        return false;
    m_shop->show();
    m_directory->reloadSettings();
    UserSettings::setValue(UserSettings::Key::Language, m_language->currentData().toString());
    return true;
}

bool SetupWizard::saveProgramme()
{
    LoyaltyProgramme programme = m_ledger->programme();
    const LoyaltyProgramme before = programme;
    // Only the switch itself changes: the owner's other rules (amounts, tiers, referrals) stay as they are.
    switch (chosenProgramme()) {
    case Programme::Points:
        programme.pointsEnabled = true;
        break;
    case Programme::Discount:
        programme.pointsEnabled = false;
        programme.stampsEnabled = false;
        if (programme.discountMode == LoyaltyProgramme::DiscountMode::None)
            programme.discountMode = LoyaltyProgramme::DiscountMode::Fixed;
        break;
    case Programme::Stamps:
        programme.pointsEnabled = false;
        programme.discountMode = LoyaltyProgramme::DiscountMode::None;
        programme.stampsEnabled = true;
        break;
    }
    if (programme.toJson() == before.toJson() && ShopSettings(m_db).isSet(ShopSettings::Key::Programme))
        return true;
    if (auto saved = m_ledger->setProgramme(programme); !saved) {
        Prompts::instance().warn(this, windowTitle(), saved.error().message);
        return false;
    }
    return true;
}

bool SetupWizard::saveOwner()
{
    if (m_accounts->owner())
        return true;
    return m_owner->createOwner(*m_accounts).ok();
}

bool SetupWizard::validateCurrentPage()
{
    switch (currentId()) {
    case ShopPage:
        return saveShop();
    case ProgrammePage:
        return saveProgramme();
    case OwnerPage:
        return saveOwner();
    case ScannerPage:
        m_scanner->settings().save();
        return true;
    default:
        return QWizard::validateCurrentPage();
    }
}

bool SetupWizard::takeScan(const QString& code, const QString& symbology)
{
    return currentId() == ScannerPage && m_scanner->takeScan(code, symbology);
}
