#include "ReportsWindow.h"

#include "Bidi.h"
#include "CohortHeatMapModel.h"
#include "Database.h"
#include "ReportTableModel.h"
#include "ShopStore.h"
#include "Shops.h"
#include "RetentionReport.h"
#include "Translations.h"
#include "UserSettings.h"

#include <QBarCategoryAxis>
#include <QCloseEvent>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QPainter>
#include <QPdfWriter>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
bool s_animations = true;

const char* const kPageReports[] = {"retention", "retention", "cohorts", "repeat", "enrolment", "at-risk"};

// A step of 1, 2 or 5 times a power of ten giving about five gridlines up to 'max'.
double niceStep(double max)
{
    if (max <= 0)
        return 1;
    const double raw = max / 5;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (raw <= m * power)
            return std::max(m * power, 1e-9);
    }
    return 10 * power;
}

// Value axis with labels we format ourselves: Qt Charts' printf-style formats ignore the locale's digits.
QCategoryAxis* valueAxis(double max, const QLocale& locale, bool percent)
{
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const double step =
        percent ? (max > 0.5 ? 0.2 : niceStep(std::max(max, 0.05))) : niceStep(std::max(max, 1.0));
    const double top = std::max(step, std::ceil(max / step - 1e-9) * step);
    axis->setStartValue(0);
    axis->append(percent ? ReportTable::percentText(0, locale, 0) : locale.toString(0), top * 1e-6);
    for (int i = 1; i * step <= top + step * 1e-6; ++i) {
        const double v = i * step;
        const QString label =
            percent ? ReportTable::percentText(v, locale, 0) : locale.toString(v, 'f', step < 1 ? 1 : 0);
        axis->append(label, v);
    }
    axis->setRange(0, top);
    return axis;
}

QChart* newChart()
{
    auto* chart = new QChart;
    chart->setAnimationOptions(s_animations ? QChart::SeriesAnimations : QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Room for the last axis label, which Qt Charts otherwise clips at the chart's edge.
    chart->setMargins(QMargins(16, 8, 16, 8));
    return chart;
}

QBarCategoryAxis* monthAxis(const ReportTable& table, const QLocale& locale, bool rightToLeft,
                            const QString& key = u"month"_s)
{
    auto* axis = new QBarCategoryAxis;
    const int month = table.columnOf(key);
    QStringList labels;
    for (const QVariantList& row : table.rows)
        labels.append(row.value(month).isNull()
                          ? ReportsWindow::tr("Never")
                          : table.display(row.value(month), ReportTable::Kind::Month, locale));
    // Time runs right to left in a right-to-left language, as the text does: Qt Charts does not mirror, so
    // the categories are reversed here and the values by slot().
    if (rightToLeft)
        std::reverse(labels.begin(), labels.end());
    axis->append(labels);
    // Many months only fit upright; Qt Charts elides labels rather than skipping some.
    if (labels.size() > 8)
        axis->setLabelsAngle(-90);
    return axis;
}

// Where the i-th of n months goes on the category axis.
qsizetype slot(qsizetype i, qsizetype n, bool rightToLeft)
{
    return rightToLeft ? n - 1 - i : i;
}

double valueOf(const ReportTable& table, const QVariantList& row, const QString& key)
{
    return row.value(table.columnOf(key)).toDouble();
}
} // namespace

ReportsWindow::ReportsWindow(const QString& databasePath, QWidget* parent, const MonthCalendar& calendar)
    : QWidget(parent, Qt::Window), m_databasePath(databasePath), m_calendar(calendar), m_locale(locale())
{
    setWindowTitle(tr("Reports"));
    setObjectName(u"reportsWindow"_s);
    auto* layout = new QVBoxLayout(this);

    auto* bar = new QHBoxLayout;
    m_from = new QComboBox(this);
    m_to = new QComboBox(this);
    m_from->setObjectName(u"fromMonth"_s);
    m_from->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_to->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_to->setObjectName(u"toMonth"_s);
    auto* fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To"), this);
    toLabel->setBuddy(m_to);
    m_shop = new QComboBox(this);
    m_shop->setObjectName(u"reportShop"_s);
    m_shop->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_shop->addItem(tr("All shops"), qint64(0));
    m_shopLabel = new QLabel(tr("S&hop"), this);
    m_shopLabel->setBuddy(m_shop);
    m_shopLabel->hide();
    m_shop->hide();
    bar->addWidget(m_shopLabel);
    bar->addWidget(m_shop);
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addSpacing(12);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(220);
    m_progress->setFormat(tr("Computing… %p%"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_status = new QLabel(this);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancel);
    bar->addWidget(m_status, 1);
    m_export = new QToolButton(this);
    m_export->setText(tr("&Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("Chart as PNG image…"), this, [this] { chooseExport(ExportFormat::Png); });
    exportMenu->addAction(tr("Chart as PDF…"), this, [this] { chooseExport(ExportFormat::Pdf); });
    exportMenu->addAction(tr("Numbers as CSV…"), this, [this] { chooseExport(ExportFormat::Csv); });
    m_export->setMenu(exportMenu);
    bar->addWidget(m_export);
    layout->addLayout(bar);
    m_chainNote = new QLabel(tr("Customers and their points are shared by every shop of the chain, so this "
                                "page covers all shops."),
                             this);
    m_chainNote->setObjectName(u"chainWideNote"_s);
    m_chainNote->setWordWrap(true);
    m_chainNote->hide();
    layout->addWidget(m_chainNote);

    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    for (Page page : {Page::Customers, Page::Retention, Page::Enrolment, Page::Programme, Page::Liability}) {
        auto* view = new QChartView(newChart(), this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(280);
        widgets(page).chart = view;
    }
    m_heatMap = new QTableView(this);
    m_heatMap->setObjectName(u"cohortHeatMap"_s);
    m_heatMapModel = new CohortHeatMapModel(this);
    m_heatMap->setModel(m_heatMapModel);
    m_heatMap->setMinimumHeight(280);
    m_heatMap->setMouseTracking(true);
    m_heatMap->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Three large figures side by side; a layout, so they mirror in right-to-left languages.
    m_repeatFigures = new QWidget(this);
    m_repeatFigures->setMinimumHeight(160);
    auto* figures = new QGridLayout;
    m_repeatFigures->setLayout(figures);
    const QStringList captions = {tr("came back for a second visit"), tr("days between visits"),
                                  tr("spent per visit")};
    for (int i = 0; i < captions.size(); ++i) {
        auto* value = new QLabel(m_repeatFigures);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 2.2);
        value->setFont(big);
        value->setAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        auto* text = new QLabel(captions[i], m_repeatFigures);
        text->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        figures->addWidget(value, 0, i);
        figures->addWidget(text, 1, i);
        m_repeatValues.append(value);
    }

    m_tabs->addTab(buildPage(Page::Customers, u"retention"_s, widgets(Page::Customers).chart),
                   tr("Active customers"));
    m_tabs->addTab(buildPage(Page::Retention, u"retention"_s, widgets(Page::Retention).chart),
                   tr("Retention and churn"));
    m_tabs->addTab(buildPage(Page::Cohorts, u"cohorts"_s, m_heatMap), tr("Cohorts"));
    m_tabs->addTab(buildPage(Page::Repeat, u"repeat"_s, m_repeatFigures), tr("Repeat visits"));
    m_tabs->addTab(buildPage(Page::Enrolment, u"enrolment"_s, widgets(Page::Enrolment).chart),
                   tr("Enrolment"));
    m_tabs->addTab(buildPage(Page::AtRisk, u"at-risk"_s, nullptr), tr("At risk"));
    m_tabs->addTab(buildPage(Page::Programme, u"programme"_s, widgets(Page::Programme).chart), tr("Points"));
    m_tabs->addTab(buildPage(Page::Liability, u"liability"_s, widgets(Page::Liability).chart),
                   tr("Points owed"));

    connect(m_cancel, &QPushButton::clicked, this, &ReportsWindow::cancel);
    connect(&m_watcher, &QFutureWatcher<Computed>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<Computed>::finished, this, &ReportsWindow::showResult);
    const auto rangeChanged = [this] {
        if (!m_fillingRange)
            refresh();
    };
    connect(m_from, &QComboBox::currentIndexChanged, this, rangeChanged);
    connect(m_to, &QComboBox::currentIndexChanged, this, rangeChanged);
    connect(m_shop, &QComboBox::currentIndexChanged, this, [this] {
        updateChainWideNote();
        if (m_fillingRange)
            return;
        // Another shop has its own months: show all of them, as on opening.
        m_fillingRange = true;
        m_from->clear();
        m_to->clear();
        m_fillingRange = false;
        refresh();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &ReportsWindow::updateChainWideNote);
    resize(1100, 760);
    restoreGeometry(UserSettings::value(UserSettings::Key::ReportsWindowGeometry).toByteArray());
    refresh();
}

void ReportsWindow::closeEvent(QCloseEvent* event)
{
    UserSettings::setValue(UserSettings::Key::ReportsWindowGeometry, saveGeometry());
    QWidget::closeEvent(event);
}

ReportsWindow::~ReportsWindow()
{
    // The worker holds its own connection and reads only; let it stop before the window goes.
    m_watcher.disconnect(this);
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void ReportsWindow::setChartAnimations(bool on)
{
    s_animations = on;
}

QWidget* ReportsWindow::buildPage(Page page, const QString& report, QWidget* visual)
{
    PageWidgets& w = widgets(page);
    w.report = report;
    w.visual = visual;
    auto* container = new QWidget(this);
    auto* layout = new QVBoxLayout(container);
    auto* explanation =
        new QLabel(tr("How is this computed? %1").arg(ReportCatalog::explanation(report)), container);
    explanation->setWordWrap(true);
    explanation->setObjectName(u"explanation"_s);
    explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(explanation);

    w.stack = new QStackedWidget(container);
    auto* content = new QSplitter(Qt::Vertical, w.stack);
    if (visual)
        content->addWidget(visual);
    w.table = new QTableView(content);
    w.model = new ReportTableModel(w.table);
    w.table->setModel(w.model);
    w.table->setAlternatingRowColors(true);
    w.table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    w.table->verticalHeader()->hide();
    w.table->horizontalHeader()->setMinimumSectionSize(90);
    content->addWidget(w.table);
    if (visual) {
        content->setStretchFactor(0, 3);
        content->setStretchFactor(1, 2);
    }
    w.empty = new QLabel(w.stack);
    w.empty->setAlignment(Qt::AlignCenter);
    w.empty->setWordWrap(true);
    w.empty->setMargin(40);
    w.empty->setObjectName(u"emptyState"_s);
    w.stack->addWidget(content);
    w.stack->addWidget(w.empty);
    layout->addWidget(w.stack, 1);
    if (page == Page::AtRisk) {
        auto* exportList = new QPushButton(tr("Export the list for a coupon campaign (CSV)…"), container);
        connect(exportList, &QPushButton::clicked, this, [this] {
            m_tabs->setCurrentIndex(int(Page::AtRisk));
            chooseExport(ExportFormat::Csv);
        });
        layout->addWidget(exportList, 0, Qt::AlignTrailing);
    }
    return container;
}

bool ReportsWindow::isComputing() const
{
    return m_watcher.isRunning();
}

void ReportsWindow::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

bool ReportsWindow::showsEmptyState(Page page) const
{
    return widgets(page).stack->currentWidget() == widgets(page).empty;
}

QString ReportsWindow::emptyText(Page page) const
{
    return widgets(page).empty->text();
}

const ReportTable* ReportsWindow::table(const QString& report) const
{
    const auto it = m_result.tables.find(report);
    return it == m_result.tables.end() ? nullptr : &it->second;
}

QChartView* ReportsWindow::chartView(Page page) const
{
    return widgets(page).chart;
}

QTableView* ReportsWindow::tableView(Page page) const
{
    return widgets(page).table;
}

void ReportsWindow::compute(QPromise<Computed>& promise, const QString& path, const MonthCalendar& calendar,
                            const ReportRequest& request, qint64 shopId)
{
    Computed result;
    // QtSql connections belong to the thread that opened them: the worker opens its own.
    auto db = Database::open(path, Database::OpenMode::MustExist);
    if (!db) {
        result.error = db.error().message;
        promise.addResult(result);
        return;
    }
    promise.setProgressRange(0, 100);
    if (auto shops = ShopStore(*db.value()).all(); shops) {
        for (const ShopRecord& shop : shops.value())
            result.shops.append({shop.id, Shops::displayName(shop)});
    }
    auto data = ReportData::load(
        *db.value(), calendar,
        [&](double share) {
            promise.setProgressValue(int(share * 70));
            return !promise.isCanceled();
        },
        shopId);
    if (promise.isCanceled()) {
        result.cancelled = true;
        promise.addResult(result);
        return;
    }
    if (!data) {
        result.error = data.error().message;
        promise.addResult(result);
        return;
    }
    result.span = RetentionReport::span(data->history);
    result.customers = qint64(data->history.customerCount());
    const QStringList reports = {u"retention"_s, u"cohorts"_s,   u"repeat"_s,   u"enrolment"_s,
                                 u"at-risk"_s,   u"programme"_s, u"liability"_s};
    ReportRequest shown = request;
    shown.limit = 500;
    // The points pages read the ledger, which is the chain's whichever shop is chosen.
    for (qsizetype i = 0; i < reports.size(); ++i) {
        auto table = ReportCatalog::build(reports[i], data.value(), *db.value(), shown,
                                          [&] { return promise.isCanceled(); });
        if (promise.isCanceled()) {
            result.cancelled = true;
            break;
        }
        if (table)
            result.tables.emplace(reports[i], std::move(table).value());
        promise.setProgressValue(70 + int(30 * (i + 1) / reports.size()));
    }
    promise.addResult(result);
}

void ReportsWindow::refresh()
{
    if (m_watcher.isRunning()) {
        m_refreshAgain = true;
        m_watcher.cancel();
        return;
    }
    ReportRequest request;
    if (m_from->count() > 0) {
        request.from = m_from->currentData().toInt();
        request.to = m_to->currentData().toInt();
        if (*request.to < *request.from)
            std::swap(*request.from, *request.to);
    }
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_status->clear();
    m_export->setEnabled(false);
    m_watcher.setFuture(QtConcurrent::run(&ReportsWindow::compute, m_databasePath, m_calendar, request,
                                          m_shop->currentData().toLongLong()));
}

void ReportsWindow::cancel()
{
    m_refreshAgain = false;
    m_cancel->setEnabled(false);
    m_watcher.cancel();
}

void ReportsWindow::showResult()
{
    m_progress->hide();
    m_cancel->hide();
    const QFuture<Computed> future = m_watcher.future();
    Computed result = future.resultCount() > 0 ? future.result() : Computed{{}, true, {}, 0, {}, {}};
    if (m_refreshAgain) {
        m_refreshAgain = false;
        refresh();
        return;
    }
    if (result.cancelled) {
        m_status->setText(tr("Cancelled; the numbers shown are from before."));
        m_export->setEnabled(!m_result.tables.empty());
        Q_EMIT computed();
        return;
    }
    if (!result.error.isEmpty()) {
        m_status->setText(result.error);
        Q_EMIT computed();
        return;
    }
    m_result = std::move(result);
    fillShops(m_result.shops);
    fillRange(m_result.span);
    for (size_t i = 0; i < m_pages.size(); ++i) {
        PageWidgets& w = m_pages[i];
        if (const ReportTable* t = table(w.report))
            w.model->setTable(*t, m_locale);
        w.stack->setCurrentIndex(0);
    }
    if (const ReportTable* t = table(u"cohorts"_s))
        m_heatMapModel->setTable(*t, m_locale);
    updateCharts();
    m_export->setEnabled(true);
    Q_EMIT computed();
}

void ReportsWindow::fillShops(const QList<std::pair<qint64, QString>>& shops)
{
    const qint64 chosen = m_shop->currentData().toLongLong();
    m_fillingRange = true;
    while (m_shop->count() > 1)
        m_shop->removeItem(1);
    for (const auto& [id, name] : shops)
        m_shop->addItem(name, id);
    m_shop->setCurrentIndex(std::max(0, m_shop->findData(chosen)));
    m_fillingRange = false;
    const bool chain = shops.size() > 1;
    m_shopLabel->setVisible(chain);
    m_shop->setVisible(chain);
    updateChainWideNote();
}

void ReportsWindow::updateChainWideNote()
{
    const int index = m_tabs->currentIndex();
    const bool chainWide = index >= 0 && size_t(index) < m_pages.size() &&
                           ReportCatalog::isChainWide(m_pages[size_t(index)].report);
    m_chainNote->setVisible(chainWide && m_shop->currentData().toLongLong() > 0);
}

void ReportsWindow::fillRange(const MonthRange& span)
{
    if (span.first == m_span.first && span.last == m_span.last && m_from->count() > 0)
        return;
    m_span = span;
    m_fillingRange = true;
    m_from->clear();
    m_to->clear();
    for (int m = span.first; !span.isEmpty() && m <= span.last; ++m) {
        const QString label = m_calendar.label(m, m_locale);
        m_from->addItem(label, m);
        m_to->addItem(label, m);
    }
    m_from->setCurrentIndex(0);
    m_to->setCurrentIndex(m_to->count() - 1);
    m_fillingRange = false;
}

void ReportsWindow::setEmpty(Page page, const QString& text)
{
    widgets(page).empty->setText(text);
    widgets(page).stack->setCurrentWidget(widgets(page).empty);
}

void ReportsWindow::updateProgrammeCharts()
{
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const Qt::Alignment valueSide = rtl ? Qt::AlignRight : Qt::AlignLeft;
    const ReportTable* programme = table(u"programme"_s);
    if (!programme || programme->rows.isEmpty()) {
        setEmpty(Page::Programme,
                 tr("No points have been given or spent yet. This page fills in as sales earn "
                    "and spend points."));
    } else {
        QChart* chart = newChart();
        auto* issued = new QBarSet(tr("Issued"));
        auto* redeemed = new QBarSet(tr("Redeemed"));
        auto* expired = new QBarSet(tr("Expired"));
        double top = 0;
        const qsizetype n = programme->rows.size();
        for (qsizetype k = 0; k < n; ++k) {
            const QVariantList& row = programme->rows[slot(k, n, rtl)];
            issued->append(valueOf(*programme, row, u"issued"_s));
            redeemed->append(valueOf(*programme, row, u"redeemed"_s));
            expired->append(valueOf(*programme, row, u"expired"_s));
            for (const QString& key : {u"issued"_s, u"redeemed"_s, u"expired"_s})
                top = std::max(top, valueOf(*programme, row, key));
        }
        auto* series = new QBarSeries;
        series->append(issued);
        series->append(redeemed);
        series->append(expired);
        chart->addSeries(series);
        auto* x = monthAxis(*programme, m_locale, rtl);
        auto* y = valueAxis(top, m_locale, false);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, valueSide);
        series->attachAxis(x);
        series->attachAxis(y);
        chart->setTitle(tr("Points issued, redeemed and expired per month"));
        QChart* old = widgets(Page::Programme).chart->chart();
        widgets(Page::Programme).chart->setChart(chart);
        delete old;
    }

    const ReportTable* owed = table(u"liability"_s);
    if (!owed || owed->rows.isEmpty()) {
        setEmpty(Page::Liability,
                 tr("Customers hold no points at the moment, so the programme owes nothing."));
        return;
    }
    QChart* chart = newChart();
    auto* points = new QBarSet(tr("Points"));
    double top = 0;
    const qsizetype n = owed->rows.size();
    for (qsizetype k = 0; k < n; ++k) {
        const double value = valueOf(*owed, owed->rows[slot(k, n, rtl)], u"points"_s);
        points->append(value);
        top = std::max(top, value);
    }
    auto* series = new QBarSeries;
    series->append(points);
    chart->addSeries(series);
    auto* x = monthAxis(*owed, m_locale, rtl, u"expires"_s);
    auto* y = valueAxis(top, m_locale, false);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, valueSide);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    chart->setTitle(tr("Points customers can still spend, by the month they expire"));
    QChart* old = widgets(Page::Liability).chart->chart();
    widgets(Page::Liability).chart->setChart(chart);
    delete old;
}

void ReportsWindow::updateCharts()
{
    updateProgrammeCharts();
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const Qt::Alignment valueSide = rtl ? Qt::AlignRight : Qt::AlignLeft;
    const Qt::Alignment otherSide = rtl ? Qt::AlignLeft : Qt::AlignRight;

    if (m_result.customers < 2) {
        const QString text = m_result.customers == 0 ? tr("No purchases yet. The reports fill in as sales "
                                                          "are recorded; past sales can be brought in "
                                                          "with “regulars purchases import”.")
                                                     : tr("Only one customer has bought so far. Reports "
                                                          "compare customers with each other, so they "
                                                          "appear once a second customer has bought.");
        for (Page page :
             {Page::Customers, Page::Retention, Page::Cohorts, Page::Repeat, Page::Enrolment, Page::AtRisk})
            setEmpty(page, text);
        return;
    }

    const ReportTable* retention = table(u"retention"_s);
    if (retention && !retention->rows.isEmpty()) {
        QChart* bars = newChart();
        auto* fresh = new QBarSet(tr("New"));
        auto* returning = new QBarSet(tr("Returning"));
        double top = 0;
        const qsizetype n = retention->rows.size();
        for (qsizetype k = 0; k < n; ++k) {
            const QVariantList& row = retention->rows[slot(k, n, rtl)];
            fresh->append(valueOf(*retention, row, u"new"_s));
            returning->append(valueOf(*retention, row, u"returning"_s));
            top = std::max(top, valueOf(*retention, row, u"active"_s));
        }
        auto* series = new QStackedBarSeries;
        series->append(fresh);
        series->append(returning);
        bars->addSeries(series);
        auto* x = monthAxis(*retention, m_locale, rtl);
        auto* y = valueAxis(top, m_locale, false);
        bars->addAxis(x, Qt::AlignBottom);
        bars->addAxis(y, valueSide);
        series->attachAxis(x);
        series->attachAxis(y);
        bars->setTitle(tr("Active customers per month: new and returning"));
        QChart* old = widgets(Page::Customers).chart->chart();
        widgets(Page::Customers).chart->setChart(bars);
        delete old;

        QChart* lines = newChart();
        auto* kept = new QLineSeries;
        kept->setName(tr("Retention"));
        auto* lost = new QLineSeries;
        lost->setName(tr("Churn"));
        for (qsizetype i = 0; i < retention->rows.size(); ++i) {
            const QVariantList& row = retention->rows[i];
            const QVariant r = row.value(retention->columnOf(u"retention"_s));
            if (r.isNull())
                continue;
            const double x = double(slot(i, n, rtl));
            kept->append(x, r.toDouble());
            lost->append(x, 1.0 - r.toDouble());
        }
        lines->addSeries(kept);
        lines->addSeries(lost);
        auto* lx = monthAxis(*retention, m_locale, rtl);
        auto* ly = valueAxis(1.0, m_locale, true);
        lines->addAxis(lx, Qt::AlignBottom);
        lines->addAxis(ly, valueSide);
        for (QLineSeries* s : {kept, lost}) {
            s->setPointsVisible(true);
            s->attachAxis(lx);
            s->attachAxis(ly);
        }
        lines->setTitle(tr("Month-over-month retention and churn"));
        old = widgets(Page::Retention).chart->chart();
        widgets(Page::Retention).chart->setChart(lines);
        delete old;
    }

    const ReportTable* cohorts = table(u"cohorts"_s);
    if (!cohorts || cohorts->rows.isEmpty())
        setEmpty(Page::Cohorts, tr("No customer made a first purchase in the months chosen."));

    if (const ReportTable* repeat = table(u"repeat"_s); repeat && !repeat->rows.isEmpty()) {
        const QVariantList& row = repeat->rows.first();
        const auto shown = [&](const QString& key) {
            const int c = repeat->columnOf(key);
            return repeat->display(row.value(c), repeat->columns[c].kind, m_locale);
        };
        m_repeatValues[0]->setText(shown(u"repeat_rate"_s));
        m_repeatValues[1]->setText(shown(u"average_days_between_visits"_s));
        m_repeatValues[2]->setText(shown(u"average_spend_per_visit_minor"_s));
    }

    if (const ReportTable* enrolment = table(u"enrolment"_s); enrolment && !enrolment->rows.isEmpty()) {
        QChart* chart = newChart();
        auto* joined = new QBarSet(tr("New members"));
        auto* share = new QLineSeries;
        share->setName(tr("Share of sales made by members"));
        double top = 0;
        const qsizetype n = enrolment->rows.size();
        for (qsizetype k = 0; k < n; ++k) {
            const QVariantList& row = enrolment->rows[slot(k, n, rtl)];
            joined->append(valueOf(*enrolment, row, u"new_members"_s));
            top = std::max(top, valueOf(*enrolment, row, u"new_members"_s));
        }
        for (qsizetype i = 0; i < n; ++i) {
            const QVariant s = enrolment->rows[i].value(enrolment->columnOf(u"member_share"_s));
            if (!s.isNull())
                share->append(double(slot(i, n, rtl)), s.toDouble());
        }
        auto* bars = new QBarSeries;
        bars->append(joined);
        chart->addSeries(bars);
        chart->addSeries(share);
        auto* x = monthAxis(*enrolment, m_locale, rtl);
        auto* count = valueAxis(top, m_locale, false);
        auto* percent = valueAxis(1.0, m_locale, true);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(count, valueSide);
        chart->addAxis(percent, otherSide);
        bars->attachAxis(x);
        bars->attachAxis(count);
        share->attachAxis(x);
        share->attachAxis(percent);
        share->setPointsVisible(true);
        chart->setTitle(tr("New members per month, and the members' share of sales"));
        QChart* old = widgets(Page::Enrolment).chart->chart();
        widgets(Page::Enrolment).chart->setChart(chart);
        delete old;
    }

    const ReportTable* atRisk = table(u"at-risk"_s);
    if (!atRisk || atRisk->summary.isEmpty())
        setEmpty(Page::AtRisk, tr("Not enough history yet to tell who is slipping away: the model needs "
                                  "customers who have come back at least once."));
    else if (atRisk->rows.isEmpty())
        setEmpty(Page::AtRisk, tr("Nobody valuable who agreed to marketing is slipping away right now."));
}

void ReportsWindow::chooseExport(ExportFormat format)
{
    const Page page = Page(m_tabs->currentIndex());
    const QString base = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                             .filePath(QString::fromLatin1(kPageReports[int(page)]));
    QString path;
    switch (format) {
    case ExportFormat::Png:
        path = QFileDialog::getSaveFileName(this, tr("Export chart"), base + u".png"_s,
                                            tr("PNG images (*.png)"));
        break;
    case ExportFormat::Pdf:
        path =
            QFileDialog::getSaveFileName(this, tr("Export chart"), base + u".pdf"_s, tr("PDF files (*.pdf)"));
        break;
    case ExportFormat::Csv:
        path = QFileDialog::getSaveFileName(this, tr("Export numbers"), base + u".csv"_s,
                                            tr("CSV files (*.csv)"));
        break;
    }
    if (path.isEmpty())
        return;
    if (auto written = exportPage(page, format, path); !written)
        m_status->setText(written.error().message);
    else
        m_status->setText(tr("Saved %1").arg(ltrUnlessRtl(QDir::toNativeSeparators(path))));
}

Result<void> ReportsWindow::exportPage(Page page, ExportFormat format, const QString& path)
{
    const PageWidgets& w = widgets(page);
    const ReportTable* t = table(w.report);
    if (!t)
        return makeError(Error::Kind::Invalid, tr("There is nothing to export yet."));
    if (format == ExportFormat::Csv) {
        QFile file(path);
        const QByteArray bytes = t->toCsv();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return makeError(
                Error::Kind::Failed,
                tr("Cannot write %1: %2").arg(ltrUnlessRtl(QDir::toNativeSeparators(path)), file.errorString()));
        return {};
    }
    QWidget* visual = w.visual && !showsEmptyState(page) ? w.visual : w.stack;
    if (format == ExportFormat::Png) {
        if (!visual->grab().save(path, "PNG"))
            return makeError(Error::Kind::Failed, tr("Cannot write %1.").arg(ltrUnlessRtl(QDir::toNativeSeparators(path))));
        return {};
    }
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setTitle(m_tabs->tabText(int(page)));
    pdf.setResolution(150);
    QPainter painter;
    if (!painter.begin(&pdf))
        return makeError(Error::Kind::Failed, tr("Cannot write %1.").arg(ltrUnlessRtl(QDir::toNativeSeparators(path))));
    const QRect area = painter.viewport();
    QFont font = painter.font();
    font.setPointSizeF(14);
    painter.setFont(font);
    const int titleHeight = painter.fontMetrics().height() * 2;
    painter.drawText(QRect(area.left(), area.top(), area.width(), titleHeight),
                     Qt::AlignVCenter | Qt::AlignLeading, m_tabs->tabText(int(page)));
    // Painted as vectors, scaled to the page width below the title.
    const QSize source = visual->size();
    const double scale = std::min(double(area.width()) / std::max(1, source.width()),
                                  double(area.height() - titleHeight) / std::max(1, source.height()));
    painter.translate(area.left(), area.top() + titleHeight);
    painter.scale(scale, scale);
    visual->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.end();
    return {};
}
