#include "ShopsDialog.h"

#include "Prompts.h"
#include "Shops.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QTableWidget* newTable(int columns, const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, columns, parent);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}
} // namespace

ShopsDialog::ShopsDialog(Shops& shops, const QString& thisTill, QWidget* parent)
    : QDialog(parent), m_shops(shops), m_thisTill(thisTill)
{
    setWindowTitle(tr("Shops and tills"));
    auto* layout = new QVBoxLayout(this);

    auto* shopBox = new QGroupBox(tr("Shops"), this);
    auto* shopLayout = new QVBoxLayout(shopBox);
    m_shopTable = newTable(ShopColumnCount, {tr("Number"), tr("Shop"), tr("Tills")}, shopBox);
    m_shopTable->setObjectName(QStringLiteral("shopTable"));
    shopLayout->addWidget(m_shopTable, 1);
    auto* nameRow = new QHBoxLayout;
    m_name = new QLineEdit(shopBox);
    m_name->setPlaceholderText(tr("Shop name"));
    nameRow->addWidget(m_name, 1);
    m_add = new QPushButton(tr("&Add shop"), shopBox);
    nameRow->addWidget(m_add);
    m_rename = new QPushButton(tr("&Rename the chosen shop"), shopBox);
    nameRow->addWidget(m_rename);
    shopLayout->addLayout(nameRow);
    auto* shared = new QLabel(tr("Every shop shares the customers, their points, coupons and the programme. "
                                 "Sales are counted for the shop where they were made."),
                              shopBox);
    shared->setWordWrap(true);
    shopLayout->addWidget(shared);
    layout->addWidget(shopBox, 1);

    auto* tillBox = new QGroupBox(tr("Tills"), this);
    auto* tillLayout = new QVBoxLayout(tillBox);
    m_tillTable = newTable(TillColumnCount, {tr("Till"), tr("Shop")}, tillBox);
    m_tillTable->setObjectName(QStringLiteral("tillTable"));
    tillLayout->addWidget(m_tillTable, 1);
    auto* moveRow = new QHBoxLayout;
    m_till = new QComboBox(tillBox);
    m_till->setEditable(true);
    m_till->setToolTip(tr("A till that has not sold yet can be named here, so it starts in the right shop."));
    auto* tillLabel = new QLabel(tr("T&ill:"), tillBox);
    tillLabel->setBuddy(m_till);
    moveRow->addWidget(tillLabel);
    moveRow->addWidget(m_till, 1);
    m_targetShop = new QComboBox(tillBox);
    auto* shopLabel = new QLabel(tr("belongs to &shop:"), tillBox);
    shopLabel->setBuddy(m_targetShop);
    moveRow->addWidget(shopLabel);
    moveRow->addWidget(m_targetShop, 1);
    m_move = new QPushButton(tr("&Move till"), tillBox);
    moveRow->addWidget(m_move);
    tillLayout->addLayout(moveRow);
    auto* rule = new QLabel(tr("This computer is till “%1”. A till joins the first shop with its first sale; "
                               "moving it later leaves its past sales with the shop they were made in.")
                                .arg(m_thisTill),
                            tillBox);
    rule->setWordWrap(true);
    tillLayout->addWidget(rule);
    layout->addWidget(tillBox, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &ShopsDialog::reject);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, &ShopsDialog::addShop);
    connect(m_name, &QLineEdit::returnPressed, this, &ShopsDialog::addShop);
    connect(m_rename, &QPushButton::clicked, this, &ShopsDialog::renameShop);
    connect(m_move, &QPushButton::clicked, this, &ShopsDialog::moveTill);
    connect(m_shopTable, &QTableWidget::itemSelectionChanged, this, &ShopsDialog::shopSelectionChanged);
    connect(m_tillTable, &QTableWidget::itemSelectionChanged, this, &ShopsDialog::tillSelectionChanged);
    reload();
    resize(640, 560);
}

void ShopsDialog::reload()
{
    const qint64 keep = selectedShopId();
    auto shops = m_shops.all();
    auto tills = m_shops.tills();
    if (!shops || !tills) {
        Prompts::instance().warn(this, tr("Shops and tills"),
                                 !shops ? shops.error().message : tills.error().message);
        return;
    }
    m_shopTable->setRowCount(0);
    const qint64 keepTarget = m_targetShop->currentData().toLongLong();
    m_targetShop->clear();
    QHash<qint64, QString> names;
    for (const ShopRecord& shop : shops.value()) {
        const QString name = Shops::displayName(shop);
        names.insert(shop.id, name);
        const int row = m_shopTable->rowCount();
        m_shopTable->insertRow(row);
        auto* number = new QTableWidgetItem(locale().toString(shop.id));
        number->setData(Qt::UserRole, shop.id);
        m_shopTable->setItem(row, ShopNumber, number);
        m_shopTable->setItem(row, ShopName, new QTableWidgetItem(name));
        m_shopTable->setItem(row, ShopTills, new QTableWidgetItem(shop.tills.join(tr(", ", "between till names"))));
        if (shop.id == keep)
            m_shopTable->selectRow(row);
        m_targetShop->addItem(name, shop.id);
    }
    if (const int index = m_targetShop->findData(keepTarget); index >= 0)
        m_targetShop->setCurrentIndex(index);

    const QString keepTill = m_till->currentText().isEmpty() ? m_thisTill : m_till->currentText();
    m_tillTable->setRowCount(0);
    m_till->clear();
    bool thisTillKnown = false;
    for (const TillRecord& till : tills.value()) {
        const int row = m_tillTable->rowCount();
        m_tillTable->insertRow(row);
        const QString shown = till.name == m_thisTill ? tr("%1 (this computer)").arg(till.name) : till.name;
        auto* name = new QTableWidgetItem(shown);
        name->setData(Qt::UserRole, till.name);
        m_tillTable->setItem(row, TillName, name);
        auto* shop = new QTableWidgetItem(names.value(till.shopId));
        shop->setData(Qt::UserRole, till.shopId);
        m_tillTable->setItem(row, TillShop, shop);
        m_till->addItem(till.name);
        thisTillKnown = thisTillKnown || till.name == m_thisTill;
    }
    if (!thisTillKnown && !m_thisTill.isEmpty())
        m_till->addItem(m_thisTill);
    m_till->setCurrentText(keepTill);
    shopSelectionChanged();
}

qint64 ShopsDialog::selectedShopId() const
{
    const QList<QTableWidgetItem*> chosen = m_shopTable->selectedItems();
    for (const QTableWidgetItem* item : chosen)
        if (item->column() == ShopNumber)
            return item->data(Qt::UserRole).toLongLong();
    return 0;
}

void ShopsDialog::shopSelectionChanged()
{
    m_rename->setEnabled(selectedShopId() > 0);
}

void ShopsDialog::tillSelectionChanged()
{
    const QList<QTableWidgetItem*> chosen = m_tillTable->selectedItems();
    for (const QTableWidgetItem* item : chosen) {
        if (item->column() == TillName)
            m_till->setCurrentText(item->data(Qt::UserRole).toString());
        if (item->column() == TillShop)
            m_targetShop->setCurrentIndex(m_targetShop->findData(item->data(Qt::UserRole)));
    }
}

void ShopsDialog::addShop()
{
    auto added = m_shops.add(m_name->text());
    if (!added) {
        Prompts::instance().warn(this, tr("Add a shop"), added.error().message);
        return;
    }
    m_name->clear();
    reload();
}

void ShopsDialog::renameShop()
{
    const qint64 id = selectedShopId();
    if (id <= 0)
        return;
    if (auto renamed = m_shops.rename(id, m_name->text()); !renamed) {
        Prompts::instance().warn(this, tr("Rename a shop"), renamed.error().message);
        return;
    }
    m_name->clear();
    reload();
}

void ShopsDialog::moveTill()
{
    const QString till = m_till->currentText().trimmed();
    if (auto moved = m_shops.assignTill(till, m_targetShop->currentData().toLongLong()); !moved) {
        Prompts::instance().warn(this, tr("Move a till"), moved.error().message);
        return;
    }
    reload();
}
