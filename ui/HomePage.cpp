#include "HomePage.h"

#include "LocalDates.h"
#include "Bidi.h"
#include "CustomerDirectory.h"
#include "LoyaltyLedger.h"
#include "PhoneNumbers.h"
#include "RecentCustomers.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QPushButton* bigButton(const QString& text, const QString& tip, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setToolTip(tip);
    QFont font = button->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    button->setFont(font);
    button->setMinimumHeight(button->fontMetrics().height() * 3);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return button;
}

QLabel* figureLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}
} // namespace

HomePage::HomePage(Database& db, CustomerDirectory& directory, LoyaltyLedger& ledger, const Clock& clock,
                   RecentCustomers& recent, QWidget* parent)
    : QWidget(parent), m_db(db), m_directory(directory), m_ledger(ledger), m_clock(clock),
      m_recentCustomers(recent)
{
    setObjectName(QStringLiteral("homePage"));
    auto* layout = new QVBoxLayout(this);

    auto* buttons = new QHBoxLayout;
    m_find = bigButton(tr("Find a customer"), tr("Type a phone, card or name in the search box (Ctrl+F)"), this);
    m_sale = bigButton(tr("Record a sale"), tr("Find the customer, then record what they bought (F5)"), this);
    m_coupons = bigButton(tr("Print coupons"), tr("Coupon campaigns and their printed sheets (Ctrl+Shift+C)"),
                          this);
    m_reports = bigButton(tr("Open reports"), tr("Customers coming back, cohorts, the programme (Ctrl+R)"), this);
    for (QPushButton* button : {m_find, m_sale, m_coupons, m_reports}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    connect(m_find, &QPushButton::clicked, this, &HomePage::findCustomerRequested);
    connect(m_sale, &QPushButton::clicked, this, &HomePage::saleRequested);
    connect(m_coupons, &QPushButton::clicked, this, &HomePage::couponsRequested);
    connect(m_reports, &QPushButton::clicked, this, &HomePage::reportsRequested);
    layout->addLayout(buttons);

    m_day = new QLabel(this);
    QFont dayFont = m_day->font();
    dayFont.setPointSizeF(dayFont.pointSizeF() * 1.3);
    dayFont.setBold(true);
    m_day->setFont(dayFont);
    layout->addWidget(m_day);

    auto* grid = new QGridLayout;
    auto* today = new QGroupBox(tr("Today"), this);
    auto* todayLayout = new QVBoxLayout(today);
    todayLayout->addWidget(m_sales = figureLabel(today));
    todayLayout->addWidget(m_enrolments = figureLabel(today));
    todayLayout->addStretch(1);
    grid->addWidget(today, 0, 0);

    auto* recentBox = new QGroupBox(tr("Recent customers"), this);
    auto* recentLayout = new QVBoxLayout(recentBox);
    m_recent = new QListWidget(recentBox);
    m_recent->setToolTip(tr("Customers opened lately on this computer; Enter or a double click opens one"));
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { Q_EMIT customerRequested(item->data(Qt::UserRole).toLongLong()); });
    recentLayout->addWidget(m_recent, 1);
    m_recentEmpty = new QLabel(tr("Customers you open appear here."), recentBox);
    m_recentEmpty->setWordWrap(true);
    m_recentEmpty->setEnabled(false);
    recentLayout->addWidget(m_recentEmpty);
    recentLayout->addStretch(0);
    grid->addWidget(recentBox, 1, 0);

    auto* expiringBox = new QGroupBox(tr("Points expiring in the next %Ln day(s)", nullptr,
                                         HomeFigures::ExpiryWindowDays),
                                      this);
    auto* expiringLayout = new QVBoxLayout(expiringBox);
    expiringLayout->addWidget(m_expiringSummary = figureLabel(expiringBox));
    m_expiring = new QTableWidget(0, 3, expiringBox);
    m_expiring->setHorizontalHeaderLabels({tr("Customer"), tr("Points"), tr("Expire on")});
    m_expiring->verticalHeader()->hide();
    m_expiring->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_expiring->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_expiring->setSelectionMode(QAbstractItemView::SingleSelection);
    m_expiring->setTabKeyNavigation(false);
    m_expiring->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_expiring->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_expiring->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_expiring->setToolTip(tr("Remind these customers to spend their points; Enter opens one"));
    connect(m_expiring, &QTableWidget::activated, this, [this](const QModelIndex& index) {
        Q_EMIT customerRequested(m_expiring->item(index.row(), 0)->data(Qt::UserRole).toLongLong());
    });
    expiringLayout->addWidget(m_expiring, 1);
    grid->addWidget(expiringBox, 0, 1, 2, 1);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);
    grid->setRowStretch(1, 1);
    layout->addLayout(grid, 1);

    setFocusProxy(m_find);
    refresh();
}

void HomePage::refresh()
{
    fillFigures();
    fillRecent();
}

void HomePage::fillRecent()
{
    m_recent->clear();
    for (qint64 id : m_recentCustomers.ids()) {
        const auto customer = m_directory.customer(id);
        if (!customer) {
            m_recentCustomers.remove(id);
            continue;
        }
        const QString phone = customer->phoneE164.isEmpty()
                                  ? QString()
                                  : ltrIsolate(PhoneNumbers::formatInternational(customer->phoneE164));
        QString text = customer->name.isEmpty() ? phone : customer->name;
        if (!customer->name.isEmpty() && !phone.isEmpty())
            text = tr("%1 · %2", "customer name · phone").arg(customer->name, phone);
        auto* item = new QListWidgetItem(text, m_recent);
        item->setData(Qt::UserRole, id);
    }
    m_recent->setVisible(m_recent->count() > 0);
    m_recentEmpty->setVisible(m_recent->count() == 0);
}

void HomePage::fillFigures()
{
    const QLocale locale;
    auto figures = HomeFigures(m_db, m_clock).today();
    if (!figures) {
        m_sales->setText(tr("Today's figures could not be read: %1").arg(figures.error().message));
        m_enrolments->clear();
        m_expiringSummary->clear();
        m_expiring->setRowCount(0);
        return;
    }
    m_figures = figures.value();
    m_day->setText(LocalDates::date(m_figures.day, QLocale::LongFormat, locale));
    const Money money = m_ledger.money();
    m_sales->setText(tr("%Ln sale(s), %1 in all", nullptr, m_figures.takings.sales)
                         .arg(money.format(m_figures.takings.totalMinor, locale)));
    m_enrolments->setText(tr("%Ln new customer(s)", nullptr, m_figures.enrolments));
    const int customers = int(m_figures.expiring.size());
    m_expiringSummary->setText(customers == 0 ? tr("No points expire soon.")
                                              : tr("%Ln customer(s) will lose points, %1 in all.", nullptr, customers)
                                                    .arg(locale.toString(m_figures.expiringPoints())));
    m_expiring->setRowCount(customers);
    for (int row = 0; row < customers; ++row) {
        const HomeFiguresStore::ExpiringPoints& e = m_figures.expiring.at(row);
        auto* name = new QTableWidgetItem(e.name.isEmpty() ? tr("(no name)") : e.name);
        name->setData(Qt::UserRole, e.customerId);
        m_expiring->setItem(row, 0, name);
        auto* points = new QTableWidgetItem(locale.toString(e.points));
        points->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        m_expiring->setItem(row, 1, points);
        m_expiring->setItem(row, 2, new QTableWidgetItem(LocalDates::dayOf(e.firstExpiry, QLocale::ShortFormat, locale)));
    }
    m_expiring->setVisible(customers > 0);
}
