#include "MainWindow.h"

#include "AuditDialog.h"
#include "AuditLog.h"
#include "BackupControls.h"
#include "Bidi.h"
#include "CardNumber.h"
#include "CouponCode.h"
#include "CouponRedeemDialog.h"
#include "CouponStore.h"
#include "Coupons.h"
#include "CouponsDialog.h"
#include "CustomerDialog.h"
#include "CustomerDirectory.h"
#include "CustomerExport.h"
#include "CustomerPage.h"
#include "CustomerSearchModel.h"
#include "Database.h"
#include "HelpKey.h"
#include "HelpWindow.h"
#include "HomePage.h"
#include "ImportDialog.h"
#include "LanguageDialog.h"
#include "LoyaltyLedger.h"
#include "LoyaltyPanel.h"
#include "LoyaltyScanLookups.h"
#include "OwnerAccountDialog.h"
#include "OfflineDesk.h"
#include "PersonalDataActions.h"
#include "PhoneNumbers.h"
#include "RecentCustomers.h"
#include "ProgrammeDialog.h"
#include "Prompts.h"
#include "ReportsWindow.h"
#include "ScanClassifier.h"
#include "ScannerSettings.h"
#include "ScannerSettingsDialog.h"
#include "SerialScanner.h"
#include "ServerLink.h"
#include "ServerStatusLabel.h"
#include "Session.h"
#include "ShopPrinting.h"
#include "ShopSettings.h"
#include "SetupWizard.h"
#include "ShopSetupDialog.h"
#include "Translations.h"
#include "TillLock.h"
#include "UserSettings.h"
#include "ShopsDialog.h"
#include "Shops.h"
#include "UsersDialog.h"
#include "VoucherStore.h"
#include "WedgeScanFilter.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

MainWindow::MainWindow(Database& db, const Clock& clock, QWidget* parent)
    : QMainWindow(parent), m_db(db), m_directory(std::make_unique<CustomerDirectory>(db, clock)),
      m_access(std::make_unique<Session>(db, UserSettings::operatorName())),
      m_ledger(std::make_unique<LoyaltyLedger>(db, clock, *m_access)),
      m_coupons(std::make_unique<Coupons>(db, clock, *m_access, *m_ledger)), m_clock(clock),
      m_classifier(std::make_unique<ScanClassifier>(*m_directory)),
      m_recent(std::make_unique<RecentCustomers>(db.path()))
{
    m_directory->setAccess(*m_access);
    m_backups = new BackupControls(db.path(), clock, *m_access, this);
    connect(m_backups, &BackupControls::restoreRequested, this, &MainWindow::restoreRequested);
    connect(m_backups, &BackupControls::backupFinished, this,
            [this](bool, const QString& message) { statusBar()->showMessage(message, 15000); });
    m_personalData = new PersonalDataActions(db, clock, *m_access, this);
    installLoyaltyScanLookups(*m_classifier, db);
    updateTitle();
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);

    auto* searchRow = new QHBoxLayout;
    m_homeButton = new QToolButton(central);
    m_homeButton->setText(tr("Home"));
    m_homeButton->setToolTip(tr("Back to the home page (Esc)"));
    m_homeButton->setAutoRaise(true);
    connect(m_homeButton, &QToolButton::clicked, this, &MainWindow::showHome);
    searchRow->addWidget(m_homeButton);
    m_search = new QLineEdit(central);
    m_search->setPlaceholderText(tr("Find a customer: phone, last 4 digits, card or name"));
    m_search->setClearButtonEnabled(true);
    QFont searchFont = m_search->font();
    searchFont.setPointSizeF(searchFont.pointSizeF() * 1.4);
    m_search->setFont(searchFont);
    m_search->installEventFilter(this);
    searchRow->addWidget(m_search, 1);
    m_showArchived = new QCheckBox(tr("Show archi&ved"), central);
    searchRow->addWidget(m_showArchived);
    layout->addLayout(searchRow);

    m_hint = new QLabel(central);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    auto* splitter = new QSplitter(Qt::Horizontal, central);
    m_model = new CustomerSearchModel(this);
    m_results = new QTableView(splitter);
    m_results->setModel(m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(false);
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(CustomerSearchModel::Name, QHeaderView::Stretch);
    m_results->verticalHeader()->setDefaultSectionSize(m_results->fontMetrics().height() + 10);
    m_results->setTabKeyNavigation(false);
    connect(m_results, &QTableView::activated, this,
            [this](const QModelIndex& index) { openCustomer(m_model->customerIdAt(index.row())); });

    m_stack = new QStackedWidget(splitter);
    m_emptyState = new QLabel(m_stack);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setText(tr("Type a phone number, the last digits of one, a card number or a name.\n"
                             "Enter opens the customer; the arrow keys move through the list;\n"
                             "Ctrl+N adds a new customer."));
    m_emptyState->setEnabled(false);
    m_page = new CustomerPage(*m_directory, *m_ledger, m_stack);
    m_page->setCoupons(m_coupons.get());
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_page);
    splitter->addWidget(m_results);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setSizes({560, 540});
    splitter->restoreState(UserSettings::value(UserSettings::Key::MainWindowSplitter).toByteArray());
    // Home while nothing is searched or open; the results and the customer otherwise.
    m_views = new QStackedWidget(central);
    m_home = new HomePage(db, *m_directory, *m_ledger, clock, *m_recent, m_views);
    m_views->addWidget(m_home);
    m_views->addWidget(splitter);
    layout->addWidget(m_views, 1);
    setCentralWidget(central);
    connect(m_home, &HomePage::findCustomerRequested, this, &MainWindow::focusSearch);
    connect(m_home, &HomePage::saleRequested, this, &MainWindow::recordSale);
    connect(m_home, &HomePage::couponsRequested, this, &MainWindow::showCoupons);
    connect(m_home, &HomePage::reportsRequested, this, &MainWindow::openReports);
    connect(m_home, &HomePage::customerRequested, this, &MainWindow::openCustomer);

    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::runSearch);
    connect(m_showArchived, &QCheckBox::toggled, this, &MainWindow::runSearch);
    connect(m_page, &CustomerPage::editRequested, this, &MainWindow::editCustomer);
    connect(m_page, &CustomerPage::exportPersonalRequested, m_personalData,
            &PersonalDataActions::exportPersonal);
    connect(m_page, &CustomerPage::anonymiseRequested, m_personalData, &PersonalDataActions::anonymise);
    connect(m_personalData, &PersonalDataActions::customersChanged, this, [this] {
        runSearch();
        if (m_stack->currentWidget() == m_page)
            m_page->refresh();
    });
    connect(m_page, &CustomerPage::changed, this, &MainWindow::runSearch);

    m_serverLink = new ServerLink(m_db, clock, this);
    if (db.dialect().isPostgreSql()) {
        m_offline = new OfflineDesk(db, *m_serverLink, clock, *m_access, this);
        layout->insertWidget(0, m_offline->banner());
        m_page->loyaltyPanel()->setOfflineTill(m_offline->till(), [this] { return m_offline->serverLost(); });
        connect(m_offline, &OfflineDesk::offlineChanged, this, &MainWindow::runSearch);
        connect(m_offline, &OfflineDesk::message, this,
                [this](const QString& text) { statusBar()->showMessage(text, 15000); });
    }
    createMenus();
    m_lock = new TillLock(*this, db, clock, *m_access);
    connect(m_lock, &TillLock::accessChanged, this, &MainWindow::applyAccess);
    if (m_offline)
        connect(m_lock, &TillLock::accessChanged, m_offline, &OfflineDesk::updateStatus);
    applyAccess();
    setUpScanners();
    resize(1180, 720);
    restoreGeometry(UserSettings::value(UserSettings::Key::MainWindowGeometry).toByteArray());
    statusBar()->showMessage(m_db.warning().isEmpty()
                                 ? tr("Shop database: %1").arg(ltrUnlessRtl(QDir::toNativeSeparators(m_db.path())))
                                 : m_db.warning());
    m_search->setFocus();
    runSearch();
    runDailyJobs();
    auto* daily = new QTimer(this);
    daily->setInterval(std::chrono::hours(1));
    connect(daily, &QTimer::timeout, this, &MainWindow::runDailyJobs);
    daily->start();
    m_backups->addStatus(statusBar());
    statusBar()->addPermanentWidget(new ServerStatusLabel(*m_serverLink, clock, this));
    // What the till shows was read before the server went away: read it again.
    connect(m_serverLink, &ServerLink::reconnected, this, [this] {
        runSearch();
        if (m_stack->currentWidget() == m_page)
            m_page->refresh();
    });
    if (m_offline)
        m_offline->addStatus(statusBar());
}

void MainWindow::redeemVoucher(const ScannedCode& scanned)
{
    auto voucher = VoucherStore(m_db).byCode(scanned.normalized);
    if (!voucher)
        return;
    if (voucher->customerId > 0)
        openCustomer(voucher->customerId);
    const QString code = ltrIsolate(CouponCode::display(voucher->code));
    if (!voucher->isRedeemed() &&
        !Prompts::instance().confirm(
            this, tr("Voucher"),
            tr("Voucher %1 gives: %2.\nUse it now, with this purchase?").arg(code, voucher->description),
            tr("Use the voucher")))
        return;
    auto used =
        m_ledger->redeemVoucher(voucher->code, UserSettings::value(UserSettings::Key::TillId).toString(), 0);
    if (!used) {
        Prompts::instance().warn(this, tr("Voucher"), used.error().message);
        return;
    }
    statusBar()->showMessage(tr("Voucher %1 used: %2.").arg(code, used->description), 15000);
    if (m_stack->currentWidget() == m_page)
        m_page->refresh();
}

bool MainWindow::openCoupon(const QString& typed, bool evenIfUnknown)
{
    auto code = CouponCode::normalize(typed);
    auto coupon = code ? CouponStore(m_db).byCode(code.value()) : Result<Coupon>(code.error());
    if (!coupon && !evenIfUnknown)
        return false;
    if (coupon && coupon->issuedTo > 0)
        openCustomer(coupon->issuedTo);
    const qint64 shown = m_stack->currentWidget() == m_page ? m_page->customerId() : 0;
    CouponRedeemDialog dialog(*m_coupons, typed, shown, this);
    if (dialog.exec() == QDialog::Accepted) {
        const CouponRedemption& used = dialog.redemption();
        statusBar()->showMessage(tr("Coupon %1 redeemed: %2.")
                                     .arg(ltrIsolate(CouponCode::display(used.info.coupon.code)),
                                          m_coupons->describeOffer(used.info.campaign)),
                                 15000);
        if (m_stack->currentWidget() == m_page)
            m_page->refresh();
    }
    return true;
}

void MainWindow::showCoupons()
{
    if (!mayDo(AccessPolicy::Action::CreateCampaign))
        return;
    CouponsDialog dialog(m_db, *m_coupons, *m_directory, this);
    dialog.exec();
}

void MainWindow::runDailyJobs()
{
    auto written = m_ledger->runDailyJobs();
    if (!written)
        statusBar()->showMessage(
            tr("Expiring points could not be written off: %1").arg(written.error().message));
    else if (written.value() > 0 && m_stack->currentWidget() == m_page)
        m_page->refresh();
    // Hourly, so the home page turns to the new day even when nobody touches the till overnight.
    if (m_home && isHomeShown())
        m_home->refresh();
}

void MainWindow::editProgramme()
{
    if (!mayDo(AccessPolicy::Action::ChangeProgramme))
        return;
    ProgrammeDialog dialog(*m_ledger, *m_directory, this);
    if (dialog.exec() == QDialog::Accepted && m_stack->currentWidget() == m_page)
        m_page->refresh();
}

void MainWindow::showHome()
{
    m_search->clear();
    m_stack->setCurrentWidget(m_emptyState);
    m_home->refresh();
    updateView();
    focusSearch();
}

bool MainWindow::isHomeShown() const
{
    return m_views->currentWidget() == m_home;
}

void MainWindow::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void MainWindow::updateView()
{
    const bool home = m_search->text().trimmed().isEmpty() && m_stack->currentWidget() != m_page;
    if (home && !isHomeShown())
        m_home->refresh();
    m_views->setCurrentWidget(home ? static_cast<QWidget*>(m_home) : m_views->widget(1));
    setProperty("helpTopic", home ? QStringLiteral("home") : QStringLiteral("customers"));
    m_homeButton->setVisible(!home);
    // On the customer page F5 belongs to its Sale button; a locked till takes no sale at all.
    if (m_saleAction)
        m_saleAction->setEnabled(m_stack->currentWidget() != m_page && !(m_lock && m_lock->isLocked()));
}

void MainWindow::recordSale()
{
    if (m_offline && m_offline->isOffline()) {
        // The customer page needs the server; offline the sale dialog works from the copy.
        const QString whom = Prompts::instance().askText(
            this, tr("Record a sale"), tr("Whose sale? Their phone, card or name:"));
        if (const auto customer = m_offline->directory(*m_directory).findOne(whom); customer)
            m_offline->recordSale(customer->id, this);
        else if (!whom.trimmed().isEmpty())
            m_search->setText(whom);
        return;
    }
    if (m_stack->currentWidget() == m_page && m_page->customerId() > 0) {
        m_page->loyaltyPanel()->recordSale();
        return;
    }
    const QString whom = Prompts::instance().askText(
        this, tr("Record a sale"), tr("Whose sale? Their phone, card or name:"));
    if (whom.trimmed().isEmpty())
        return;
    QList<SearchHit> hits;
    const auto customer = m_directory->findOne(whom, &hits);
    if (!customer) {
        // Nobody or several: the search shows who matches, and F5 on the chosen customer records the sale.
        m_search->setText(whom);
        m_search->setFocus();
        statusBar()->showMessage(hits.isEmpty() ? tr("Nobody found for the sale. Add the customer with Ctrl+N.")
                                                : tr("Several customers match: open the right one, then press F5."),
                                 15000);
        return;
    }
    openCustomer(customer->id);
    m_page->loyaltyPanel()->recordSale();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* home = file->addAction(tr("&Home"), this, &MainWindow::showHome);
    home->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence(Qt::ALT | Qt::Key_Home)});
    home->setToolTip(tr("Back to the home page: today's figures and the daily moments (Esc)"));
    QAction* find = file->addAction(tr("&Find customer"), this, &MainWindow::focusSearch);
    find->setShortcuts({QKeySequence::Find, QKeySequence(Qt::Key_F3)});
    find->setShortcutContext(Qt::WindowShortcut);
    QAction* add = file->addAction(tr("&New customer…"), this, [this] { newCustomer(); });
    add->setShortcut(QKeySequence::New);
    // Owner-only entries carry the action they need; applyAccess() hides them from clerks.
    const auto ownerOnly = [](QAction* action, AccessPolicy::Action needs) {
        action->setProperty("ownerOnly", int(needs));
        return action;
    };
    m_saleAction = file->addAction(tr("Record a &sale…"), this, &MainWindow::recordSale);
    m_saleAction->setShortcut(QKeySequence(Qt::Key_F5));
    file->addSeparator();
    ownerOnly(file->addAction(tr("&Import customers…"), this, &MainWindow::importCustomers),
              AccessPolicy::Action::ImportData)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    ownerOnly(file->addAction(tr("&Export customers…"), this, [this] { exportCustomers(); }),
              AccessPolicy::Action::ExportData)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    ownerOnly(file->addAction(tr("Export customers for &marketing…"), this, [this] { exportCustomers(true); }),
              AccessPolicy::Action::ExportData)
        ->setToolTip(tr("Only customers whose consent to offers is in force"));
    ownerOnly(file->addAction(tr("Customers to &anonymise… (owner)"), m_personalData,
                              &PersonalDataActions::reviewLapsed),
              AccessPolicy::Action::AnonymiseCustomer);
    file->addSeparator();
    ownerOnly(file->addAction(tr("Set &up the shop…"), this, &MainWindow::runSetupWizard),
              AccessPolicy::Action::ChangeSettings)
        ->setToolTip(tr("The first-start guide again: shop, programme, scanner, customers; nothing is deleted"));
    ownerOnly(file->addAction(tr("Shop &settings…"), this, &MainWindow::editShopSettings),
              AccessPolicy::Action::ChangeSettings)
        ->setShortcuts({QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    QAction* programme = file->addAction(tr("Loyalty &programme… (owner)"), this, &MainWindow::editProgramme);
    programme->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    programme->setToolTip(tr("Points, expiry, discount card, tiers, stamp card, referrals (owner only)"));
    ownerOnly(programme, AccessPolicy::Action::ChangeProgramme);
    ownerOnly(file->addAction(tr("&Barcode scanners…"), this, &MainWindow::editScannerSettings),
              AccessPolicy::Action::ChangeSettings);
    file->addAction(tr("&Language and region…"), this, &MainWindow::editLanguage);
    ownerOnly(file->addAction(tr("&Coupons…"), this, &MainWindow::showCoupons),
              AccessPolicy::Action::CreateCampaign)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    file->addSeparator();
    ownerOnly(file->addAction(tr("People who sign &in…"), this, &MainWindow::openUsers),
              AccessPolicy::Action::ManageUsers);
    ownerOnly(file->addAction(tr("A&udit log…"), this, &MainWindow::openAudit),
              AccessPolicy::Action::SeeAudit);
    ownerOnly(file->addAction(tr("S&hops and tills…"), this,
                              [this] {
                                  if (!mayDo(AccessPolicy::Action::ChangeSettings))
                                      return;
                                  Shops shops(m_db, m_clock, *m_access);
                                  ShopsDialog dialog(shops, UserSettings::value(UserSettings::Key::TillId).toString(),
                                                     this);
                                  dialog.exec();
                                  updateTitle();
                              }),
              AccessPolicy::Action::ChangeSettings)
        ->setObjectName(QStringLiteral("shopsAction"));
    QAction* switchUser = file->addAction(tr("&Lock / switch user"), this, [this] {
        if (m_access->usersExist()) {
            m_lock->lock();
            return;
        }
        // A shop without users: locking starts with the owner's account.
        UserAccounts accounts(m_db, m_clock, *m_access);
        OwnerAccountDialog dialog(accounts, this);
        if (dialog.exec() == QDialog::Accepted)
            m_lock->lock();
    });
    switchUser->setObjectName(QStringLiteral("switchUserAction"));
    switchUser->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    file->addAction(tr("Print new &membership cards…"), this,
                    [this] { ShopPrinting::newMembershipCards(m_db, m_clock, this)->exec(); });
    file->addAction(tr("Print new s&tamp cards…"), this,
                    [this] { ShopPrinting::newStampCards(m_db, m_clock, *m_ledger, this)->exec(); });
    file->addSeparator();
    m_backups->addActions(file->addMenu(tr("Back&ups")));
    if (m_offline) {
        ownerOnly(m_offline->conflictsAction(), AccessPolicy::Action::SeeAudit);
        file->addAction(m_offline->conflictsAction());
    }
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    addActions(file->actions());

    QMenu* reports = menuBar()->addMenu(tr("&Reports"));
    ownerOnly(reports->addAction(tr("&Customers coming back…"), this, &MainWindow::openReports),
              AccessPolicy::Action::SeeReports)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    addActions(reports->actions());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    // F1 itself is watched application-wide (HelpKey), so it also works inside dialogs.
    QAction* guide = help->addAction(tr("Regulars &guide"), this,
                                     [this] { HelpWindow::showTopic(HelpWindow::topicFor(focusWidget()), this); });
    guide->setShortcut(QKeySequence(Qt::Key_F1));
    guide->setShortcutContext(Qt::WidgetShortcut);
    help->addAction(tr("&About Regulars"), this, [this] {
        Prompts::instance().inform(
            this, tr("About Regulars"),
            tr("Regulars %1\nA loyalty programme for your shop that keeps your regular "
               "customers coming back.")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::updateTitle()
{
    const QString shop = m_directory->settings().value(ShopSettings::Key::ShopName);
    // In a chain, which shop this till sells for.
    const QString branch = Shops(m_db, m_clock, *m_access)
                               .chainShopName(UserSettings::value(UserSettings::Key::TillId).toString());
    if (!branch.isEmpty() && branch != shop)
        setWindowTitle(shop.isEmpty() ? tr("%1 — Regulars", "shop name").arg(branch)
                                      : tr("%1, %2 — Regulars", "chain name, shop name").arg(shop, branch));
    else
        setWindowTitle(shop.isEmpty() ? tr("Regulars") : tr("%1 — Regulars", "shop name").arg(shop));
}

void MainWindow::editShopSettings()
{
    if (!mayDo(AccessPolicy::Action::ChangeSettings))
        return;
    ShopSetupDialog dialog(m_directory->settings(), CustomerDirectory::systemRegion(), this);
    dialog.setSaver([this](ShopSettings::Key key, const QString& value) {
        return m_directory->changeSetting(key, value);
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_directory->reloadSettings();
    updateTitle();
    runSearch();
}

void MainWindow::runSetupWizard()
{
    // The scanner page tests the port itself, so this window lets go of it meanwhile.
    m_serial->stop();
    {
        SetupWizard wizard(m_db, m_clock, this);
        wizard.exec();
    }
    m_directory->reloadSettings();
    updateTitle();
    applyScannerSettings();
    runSearch();
    m_home->refresh();
    if (m_stack->currentWidget() == m_page)
        m_page->refresh();
}

void MainWindow::runSearch()
{
    const QString query = m_search->text();
    CustomerDirectory& directory = m_offline ? m_offline->directory(*m_directory) : *m_directory;
    const QList<SearchHit> hits = directory.find(query, 50, m_showArchived->isChecked());
    m_model->setHits(hits);
    if (!hits.isEmpty())
        m_results->selectRow(0);
    updateView();
    if (query.trimmed().isEmpty()) {
        m_hint->clear();
        m_hint->hide();
        return;
    }
    m_hint->show();
    if (!hits.isEmpty()) {
        m_hint->setText(tr("%Ln customer(s) found. Enter opens the selected one.", nullptr, int(hits.size())));
    } else if (PhoneNumbers::looksLikePhone(query)) {
        m_hint->setText(tr("Nobody with this number yet. Press Enter to add a new customer with it."));
    } else {
        m_hint->setText(tr("Nobody found. Press Ctrl+N to add a new customer."));
    }
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_holdingDialog && event->type() == QEvent::Hide) {
        m_holdingDialog->removeEventFilter(this);
        m_holdingDialog = nullptr;
        // After the dialog has fully closed, so a code that opens another dialog is not nested in it.
        QTimer::singleShot(0, this, &MainWindow::releaseHeldScans);
    }
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const int rows = m_model->rowCount();
        const int current = m_results->currentIndex().isValid() ? m_results->currentIndex().row() : -1;
        switch (key->key()) {
        case Qt::Key_Down:
            if (rows > 0)
                m_results->selectRow(qMin(current + 1, rows - 1));
            return true;
        case Qt::Key_Up:
            if (rows > 0)
                m_results->selectRow(qMax(current - 1, 0));
            return true;
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            QApplication::sendEvent(m_results, event);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            openCurrentOrNew();
            return true;
        default:
            break;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::openCurrentOrNew()
{
    const QString query = m_search->text().trimmed();
    if (m_model->rowCount() > 0) {
        const int row = m_results->currentIndex().isValid() ? m_results->currentIndex().row() : 0;
        openCustomer(m_model->customerIdAt(row));
    } else if (!query.isEmpty() && PhoneNumbers::looksLikePhone(query)) {
        newCustomer(query);
    } else if (CouponCode::looksLikeCode(query) && !openCoupon(query)) {
        // Not a coupon: a voucher is used as when scanned; anything else is explained by the coupon dialog.
        const ScannedCode scanned = m_classifier->classify(query);
        if (scanned.kind == ScannedCode::Kind::Coupon && scanned.registered)
            redeemVoucher(scanned);
        else
            openCoupon(query, true);
    }
}

void MainWindow::searchAndOpen(const QString& query)
{
    m_search->setText(query);
    if (m_model->rowCount() > 0)
        openCustomer(m_model->customerIdAt(0));
}

void MainWindow::openCustomer(qint64 id)
{
    if (m_offline && m_offline->isOffline()) {
        m_offline->recordSale(id, this);
        return;
    }
    if (id <= 0)
        return;
    m_page->showCustomer(id);
    m_stack->setCurrentWidget(m_page);
    m_recent->add(id);
    updateView();
    Q_EMIT customerShown(id);
}

void MainWindow::newCustomer(const QString& phoneOrCard)
{
    // Offline, the form checks against the till's copy and the customer goes to its outbox.
    const bool offline = m_offline && m_offline->isOffline();
    CustomerDialog dialog(offline ? m_offline->directory(*m_directory) : *m_directory, 0, this);
    if (offline)
        dialog.setEnrolment([this](const CustomerDraft& draft) { return m_offline->enrol(draft); });
    if (!phoneOrCard.isEmpty()) {
        // A full card number typed or scanned goes to the card field; anything else phone-like is a phone.
        if (CardNumber::looksLikeCard(phoneOrCard) && CardNumber::normalize(phoneOrCard) &&
            !PhoneNumbers::toE164(phoneOrCard, m_directory->region()))
            dialog.setCard(phoneOrCard);
        else
            dialog.setPhone(phoneOrCard);
    }
    if (!offline)
        connect(&dialog, &CustomerDialog::openCustomerRequested, this, &MainWindow::openCustomer);
    if (dialog.exec() == QDialog::Accepted && offline) {
        // The welcome bonus is the server's to give when the enrolment is replayed.
        m_search->setText(dialog.phoneEdit()->text());
        runSearch();
    } else if (dialog.result() == QDialog::Accepted) {
        if (auto welcomed = m_ledger->enrolled(dialog.savedCustomerId()); !welcomed)
            Prompts::instance().warn(this, tr("Welcome bonus"), welcomed.error().message);
        runSearch();
        openCustomer(dialog.savedCustomerId());
    }
}

void MainWindow::editCustomer(qint64 id)
{
    CustomerDialog dialog(*m_directory, id, this);
    connect(&dialog, &CustomerDialog::openCustomerRequested, this, &MainWindow::openCustomer);
    if (dialog.exec() == QDialog::Accepted) {
        m_page->refresh();
        runSearch();
    }
}

void MainWindow::importCustomers()
{
    if (!mayDo(AccessPolicy::Action::ImportData))
        return;
    ImportDialog dialog(*m_directory, m_db, this);
    if (!dialog.chooseFile())
        return;
    if (dialog.exec() == QDialog::Accepted)
        runSearch();
}

void MainWindow::exportCustomers(bool forMarketing)
{
    if (!mayDo(AccessPolicy::Action::ExportData))
        return;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(forMarketing ? tr("customers-marketing.csv") : tr("customers.csv"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export customers"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    CustomerExport exporter(*m_directory);
    exporter.setMarketingOnly(forMarketing);
    auto written = exporter.writeFile(path);
    if (!written)
        Prompts::instance().warn(this, tr("Export customers"), written.error().message);
    else
        statusBar()->showMessage(tr("%Ln customer(s) exported to %1", nullptr, written.value())
                                     .arg(ltrUnlessRtl(QDir::toNativeSeparators(path))));
}

bool MainWindow::mayDo(AccessPolicy::Action action)
{
    if (m_access->allows(action))
        return true;
    Prompts::instance().warn(this, tr("Owner only"), AccessPolicy::refusal(action));
    return false;
}

void MainWindow::applyAccess()
{
    const bool locked = m_lock && m_lock->isLocked();
    const std::function<void(QMenu*)> apply = [&](QMenu* menu) {
        for (QAction* action : menu->actions()) {
            const QVariant needs = action->property("ownerOnly");
            const bool allowed = !needs.isValid() || m_access->allows(AccessPolicy::Action(needs.toInt()));
            action->setVisible(allowed);
            action->setEnabled(!locked && allowed);
            if (action->menu())
                apply(action->menu());
        }
    };
    for (QAction* menu : menuBar()->actions()) {
        menu->setEnabled(!locked);
        if (menu->menu())
            apply(menu->menu());
    }
    m_page->archiveButton()->setVisible(m_access->allows(AccessPolicy::Action::DeleteCustomer));
    if (locked) {
        // What was open belongs to the person who left; the next one starts from the search box.
        if (m_reports)
            m_reports->close();
        m_stack->setCurrentWidget(m_emptyState);
        m_search->clear();
    } else {
        m_search->setFocus();
    }
}

void MainWindow::openUsers()
{
    if (!mayDo(AccessPolicy::Action::ManageUsers))
        return;
    UsersDialog dialog(m_lock->accounts(), *m_directory, *m_ledger, this);
    dialog.exec();
    m_lock->showUser();
}

void MainWindow::openAudit()
{
    if (!mayDo(AccessPolicy::Action::SeeAudit))
        return;
    AuditLog log = m_directory->auditLog();
    AuditDialog dialog(log, this);
    dialog.exec();
}

ReportsWindow* MainWindow::reportsWindow() const
{
    return m_reports.data();
}

void MainWindow::openReports()
{
    if (!mayDo(AccessPolicy::Action::SeeReports))
        return;
    if (!m_reports)
        m_reports = new ReportsWindow(m_db.path(), this,
                                      MonthCalendar(QTimeZone::systemTimeZone(), Translations::calendar()));
    const bool wasOpen = m_reports->isVisible();
    m_reports->show();
    if (wasOpen)
        m_reports->raise();
    m_reports->activateWindow();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    UserSettings::setValue(UserSettings::Key::MainWindowGeometry, saveGeometry());
    if (auto* splitter = findChild<QSplitter*>(QStringLiteral("mainSplitter")))
        UserSettings::setValue(UserSettings::Key::MainWindowSplitter, splitter->saveState());
    // The other windows remember their place too, which they do when closed.
    if (m_reports)
        m_reports->close();
    for (HelpWindow* help : findChildren<HelpWindow*>())
        help->close();
    event->accept();
}

void MainWindow::setUpScanners()
{
    m_wedge = new WedgeScanFilter(m_clock, this);
    // A reading of a wedge scan that is a card, coupon or phone is the one the scanner meant.
    m_wedge->setRecognizer([this](const QString& code) {
        return m_classifier->classify(code).kind != ScannedCode::Kind::Unknown;
    });
    connect(m_wedge, &WedgeScanFilter::scanned, this, &MainWindow::handleScan);
    qApp->installEventFilter(m_wedge);
    HelpKey::installOnce();

    m_serial = new SerialScanner(this);
    connect(m_serial, &SerialScanner::codeRead, this, &MainWindow::handleScan);
    connect(m_serial, &SerialScanner::stateChanged, this, &MainWindow::showScannerState);
    m_scannerStatus = new QLabel(this);
    statusBar()->addPermanentWidget(m_scannerStatus);
    applyScannerSettings();
}

void MainWindow::applyScannerSettings()
{
    const ScannerSettings settings = ScannerSettings::load();
    m_wedge->setThresholds(settings.wedge);
    m_wedge->setAffixes(settings.decoder.prefix, settings.decoder.suffix);
    m_wedge->setEnabled(settings.wedgeEnabled);
    m_serial->stop();
    m_serial->setPortSettings(settings.port);
    m_serial->setDecoderOptions(settings.decoder);
    m_serial->start();
    showScannerState();
}

void MainWindow::showScannerState()
{
    switch (m_serial->state()) {
    case SerialScanner::State::Stopped:
        m_scannerStatus->hide();
        return;
    case SerialScanner::State::Connected:
        m_scannerStatus->setText(tr("Scanner connected"));
        m_scannerStatus->setToolTip(ltrIsolate(m_serial->portSettings().path));
        break;
    case SerialScanner::State::Waiting:
        switch (m_serial->problemKind()) {
        case SerialScanner::Problem::Busy:
            m_scannerStatus->setText(tr("Scanner port in use by another program"));
            break;
        case SerialScanner::Problem::NoPermission:
            m_scannerStatus->setText(tr("No permission to read the scanner port"));
            break;
        default:
            m_scannerStatus->setText(tr("Scanner disconnected"));
            break;
        }
        m_scannerStatus->setToolTip(m_serial->problem());
        statusBar()->showMessage(m_serial->problem(), 20000);
        break;
    }
    m_scannerStatus->show();
}

void MainWindow::editScannerSettings()
{
    if (!mayDo(AccessPolicy::Action::ChangeSettings))
        return;
    // The dialog tests the port itself, so this window lets go of it meanwhile.
    m_serial->stop();
    {
        ScannerSettingsDialog dialog(*m_classifier, *m_directory, this);
        dialog.exec();
    }
    applyScannerSettings();
}

void MainWindow::editLanguage()
{
    LanguageDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted && dialog.save())
        statusBar()->showMessage(tr("The new language and region settings take effect when Regulars starts again."));
}

void MainWindow::handleScan(const QString& code, const QString& symbology)
{
    // Nothing reaches a locked till: a scan must not open a customer behind the sign-in screen.
    if (m_lock && m_lock->isLocked())
        return;
    if (QWidget* modal = QApplication::activeModalWidget()) {
        // A dialog that takes codes (it has takeScan) gets them; any other holds them until it closes.
        if (modal->metaObject()->indexOfMethod("takeScan(QString,QString)") >= 0) {
            bool taken = false;
            QMetaObject::invokeMethod(modal, "takeScan", Qt::DirectConnection, Q_RETURN_ARG(bool, taken),
                                      Q_ARG(QString, code), Q_ARG(QString, symbology));
            if (taken)
                return;
        }
        m_heldScans.append({code, symbology});
        if (m_holdingDialog != modal) {
            if (m_holdingDialog)
                m_holdingDialog->removeEventFilter(this);
            m_holdingDialog = modal;
            modal->installEventFilter(this);
        }
        statusBar()->showMessage(tr("Scanned %1: it is used when this dialog closes.").arg(ltrIsolate(code)));
        return;
    }
    routeScan(m_classifier->classify(code, symbology));
}

void MainWindow::releaseHeldScans()
{
    const auto held = std::exchange(m_heldScans, {});
    for (const auto& [code, symbology] : held)
        handleScan(code, symbology);
}

void MainWindow::routeScan(const ScannedCode& scanned)
{
    const QString shown = ltrIsolate(scanned.text);
    switch (scanned.kind) {
    case ScannedCode::Kind::Card:
        if (scanned.customerId > 0) {
            openCustomer(scanned.customerId);
            statusBar()->showMessage(tr("Card %1 scanned.").arg(ltrIsolate(scanned.normalized)), 10000);
        } else {
            offerNewCard(scanned.normalized);
        }
        return;
    case ScannedCode::Kind::StampCard:
        if (scanned.customerId > 0)
            openCustomer(scanned.customerId);
        else
            Prompts::instance().inform(this, tr("Stamp card"),
                                       tr("Stamp card %1 is not registered in Regulars.").arg(shown));
        return;
    case ScannedCode::Kind::Coupon:
        if (scanned.registered && m_couponHandler && m_couponHandler(scanned))
            return;
        if (scanned.registered) {
            if (!openCoupon(scanned.normalized))
                redeemVoucher(scanned);
            return;
        }
        Prompts::instance().inform(
            this, tr("Unknown code"),
            tr("Unknown code %1. It has the form of a coupon or voucher, but no coupon "
               "or voucher of this shop has this code.")
                .arg(ltrIsolate(scanned.normalized)));
        return;
    case ScannedCode::Kind::Phone:
        if (scanned.customerId > 0)
            openCustomer(scanned.customerId);
        // The number in the search box: its holder is listed, or Enter adds a customer with it.
        m_search->setText(scanned.customerId > 0 ? scanned.normalized
                                                 : PhoneNumbers::formatInternational(scanned.normalized));
        m_search->setFocus();
        return;
    case ScannedCode::Kind::Unknown:
        break;
    }
    statusBar()->showMessage(tr("Scanned %1: not a card, coupon or phone number Regulars knows.").arg(shown),
                             15000);
}

void MainWindow::offerNewCard(const QString& card)
{
    const QString shownCard = ltrIsolate(card);
    // The clerk often has the customer open when handing over a new card.
    const qint64 shownId = m_stack->currentWidget() == m_page ? m_page->customerId() : 0;
    if (shownId > 0) {
        const auto customer = m_directory->customer(shownId);
        if (customer && customer->cardNumber.isEmpty() && !customer->isArchived()) {
            const QString name = customer->name.isEmpty() ? tr("this customer") : customer->name;
            if (Prompts::instance().confirm(this, tr("New card"),
                                            tr("New card %1. Give it to %2?").arg(shownCard, name),
                                            tr("Give the card to %1").arg(name))) {
                CustomerDraft draft;
                draft.name = customer->name;
                draft.nickname = customer->nickname;
                draft.phone = customer->phoneE164;
                draft.card = card;
                draft.email = customer->email;
                draft.birthday =
                    customer->birthday.isValid() ? customer->birthday.toString(Qt::ISODate) : QString();
                draft.notes = customer->notes;
                if (auto saved = m_directory->update(shownId, draft); !saved) {
                    Prompts::instance().warn(this, tr("New card"), saved.error().message);
                    return;
                }
                m_page->refresh();
                runSearch();
                statusBar()->showMessage(tr("Card %1 given to %2.").arg(shownCard, name), 10000);
                return;
            }
        }
    }
    if (Prompts::instance().confirm(
            this, tr("New card"),
            tr("New card %1: nobody has it yet. Give it to a customer: create a new "
               "one with it, or open the customer who should get it and scan the card "
               "again.")
                .arg(shownCard),
            tr("New customer with this card…")))
        newCustomer(card);
}
