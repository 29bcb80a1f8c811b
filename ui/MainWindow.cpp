#include "MainWindow.h"

#include "CardNumber.h"
#include "CustomerDialog.h"
#include "CustomerDirectory.h"
#include "CustomerExport.h"
#include "CustomerPage.h"
#include "CustomerSearchModel.h"
#include "Database.h"
#include "ImportDialog.h"
#include "PhoneNumbers.h"
#include "Prompts.h"
#include "ReportsWindow.h"
#include "ShopSettings.h"
#include "ShopSetupDialog.h"
#include "UserSettings.h"

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
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

MainWindow::MainWindow(Database& db, const Clock& clock, QWidget* parent)
    : QMainWindow(parent), m_db(db), m_directory(std::make_unique<CustomerDirectory>(db, clock))
{
    updateTitle();
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);

    auto* searchRow = new QHBoxLayout;
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
    m_page = new CustomerPage(*m_directory, m_db, m_stack);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_page);
    splitter->addWidget(m_results);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setSizes({560, 540});
    splitter->restoreState(UserSettings::value(UserSettings::Key::MainWindowSplitter).toByteArray());
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::runSearch);
    connect(m_showArchived, &QCheckBox::toggled, this, &MainWindow::runSearch);
    connect(m_page, &CustomerPage::editRequested, this, &MainWindow::editCustomer);
    connect(m_page, &CustomerPage::changed, this, &MainWindow::runSearch);

    createMenus();
    resize(1180, 720);
    restoreGeometry(UserSettings::value(UserSettings::Key::MainWindowGeometry).toByteArray());
    statusBar()->showMessage(tr("Shop database: %1").arg(QDir::toNativeSeparators(m_db.path())));
    m_search->setFocus();
    runSearch();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* find = file->addAction(tr("&Find customer"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcuts({QKeySequence::Find, QKeySequence(Qt::Key_Escape)});
    find->setShortcutContext(Qt::WindowShortcut);
    QAction* add = file->addAction(tr("&New customer…"), this, [this] { newCustomer(); });
    add->setShortcut(QKeySequence::New);
    file->addSeparator();
    file->addAction(tr("&Import customers…"), this, &MainWindow::importCustomers)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addAction(tr("&Export customers…"), this, &MainWindow::exportCustomers)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    file->addAction(tr("Shop &settings…"), this, &MainWindow::editShopSettings)
        ->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    addActions(file->actions());

    QMenu* reports = menuBar()->addMenu(tr("&Reports"));
    reports->addAction(tr("&Customers coming back…"), this, &MainWindow::openReports)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    addActions(reports->actions());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
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
    setWindowTitle(shop.isEmpty() ? tr("Regulars") : tr("%1 — Regulars", "shop name").arg(shop));
}

void MainWindow::editShopSettings()
{
    ShopSetupDialog dialog(m_directory->settings(), CustomerDirectory::systemRegion(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_directory->reloadSettings();
    updateTitle();
    runSearch();
}

void MainWindow::runSearch()
{
    const QString query = m_search->text();
    const QList<SearchHit> hits = m_directory->find(query, 50, m_showArchived->isChecked());
    m_model->setHits(hits);
    if (!hits.isEmpty())
        m_results->selectRow(0);
    if (query.trimmed().isEmpty()) {
        m_hint->clear();
        m_hint->hide();
        return;
    }
    m_hint->show();
    if (!hits.isEmpty()) {
        m_hint->setText(tr("%n customer(s) found. Enter opens the selected one.", nullptr, int(hits.size())));
    } else if (PhoneNumbers::looksLikePhone(query)) {
        m_hint->setText(tr("Nobody with this number yet. Press Enter to add a new customer with it."));
    } else {
        m_hint->setText(tr("Nobody found. Press Ctrl+N to add a new customer."));
    }
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
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
    if (id <= 0)
        return;
    m_page->showCustomer(id);
    m_stack->setCurrentWidget(m_page);
}

void MainWindow::newCustomer(const QString& phoneOrCard)
{
    CustomerDialog dialog(*m_directory, 0, this);
    if (!phoneOrCard.isEmpty()) {
        // A full card number typed or scanned goes to the card field; anything else phone-like is a phone.
        if (CardNumber::looksLikeCard(phoneOrCard) && CardNumber::normalize(phoneOrCard) &&
            !PhoneNumbers::toE164(phoneOrCard, m_directory->region()))
            dialog.setCard(phoneOrCard);
        else
            dialog.setPhone(phoneOrCard);
    }
    connect(&dialog, &CustomerDialog::openCustomerRequested, this, &MainWindow::openCustomer);
    if (dialog.exec() == QDialog::Accepted) {
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
    ImportDialog dialog(*m_directory, m_db, this);
    if (!dialog.chooseFile())
        return;
    if (dialog.exec() == QDialog::Accepted)
        runSearch();
}

void MainWindow::exportCustomers()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("customers.csv"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export customers"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    CustomerExport exporter(*m_directory);
    auto written = exporter.writeFile(path);
    if (!written)
        Prompts::instance().warn(this, tr("Export customers"), written.error().message);
    else
        statusBar()->showMessage(tr("%n customer(s) exported to %1", nullptr, written.value())
                                     .arg(QDir::toNativeSeparators(path)));
}

ReportsWindow* MainWindow::reportsWindow() const
{
    return m_reports.data();
}

void MainWindow::openReports()
{
    if (!m_reports)
        m_reports = new ReportsWindow(m_db.path(), this);
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
    event->accept();
}
