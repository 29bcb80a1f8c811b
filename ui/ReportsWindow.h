#pragma once

#include "MonthCalendar.h"
#include "ReportCatalog.h"
#include "ReportTable.h"
#include "Result.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QPromise>
#include <QWidget>

#include <array>
#include <map>

class QChartView;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;
class CohortHeatMapModel;
class ReportTableModel;

// What the owner opens to see whether customers come back: one tab per report, each with a chart (or heat
// map), the numbers behind it, how it is computed, and export as PNG, PDF and CSV. The numbers are computed
// in a worker thread on its own database connection, with progress and cancel.
class ReportsWindow : public QWidget
{
    Q_OBJECT

public:
    enum class Page
    {
        Customers,
        Retention,
        Cohorts,
        Repeat,
        Enrolment,
        AtRisk,
        Programme,
        Liability,
    };
    enum class ExportFormat
    {
        Png,
        Pdf,
        Csv
    };

    explicit ReportsWindow(const QString& databasePath, QWidget* parent = nullptr,
                           const MonthCalendar& calendar = MonthCalendar());
    ~ReportsWindow() override;

protected:
    void closeEvent(QCloseEvent* event) override;

public:

    // Charts animate for people; tests switch animations off before opening a window.
    static void setChartAnimations(bool on);

    bool isComputing() const;
    QTabWidget* tabs() const { return m_tabs; }
    void showPage(Page page);
    // True when the page shows its friendly "nothing to show yet" text instead of a chart.
    bool showsEmptyState(Page page) const;
    QString emptyText(Page page) const;
    // The numbers of a report after the last computation, or nullptr.
    const ReportTable* table(const QString& report) const;
    QChartView* chartView(Page page) const;
    QTableView* tableView(Page page) const;
    QTableView* heatMapView() const { return m_heatMap; }
    QComboBox* fromBox() const { return m_from; }
    QComboBox* toBox() const { return m_to; }
    // The shop the reports are for (hidden while the chain has one shop); its data is the shop id, 0 for all.
    QComboBox* shopBox() const { return m_shop; }
    QLabel* chainWideNote() const { return m_chainNote; }
    QPushButton* cancelButton() const { return m_cancel; }

    Result<void> exportPage(Page page, ExportFormat format, const QString& path);

public Q_SLOTS:
    void refresh();
    void cancel();

Q_SIGNALS:
    // A computation finished (or was cancelled) and the pages show its result.
    void computed();

private:
    struct PageWidgets
    {
        QString report;
        QStackedWidget* stack = nullptr;
        QWidget* visual = nullptr;
        QChartView* chart = nullptr;
        QTableView* table = nullptr;
        ReportTableModel* model = nullptr;
        QLabel* empty = nullptr;
    };
    struct Computed
    {
        QString error;
        bool cancelled = false;
        MonthRange span;
        qint64 customers = 0;
        std::map<QString, ReportTable> tables;
        QList<std::pair<qint64, QString>> shops; // the chain's shops, by id, with the names people see
    };
    static void compute(QPromise<Computed>& promise, const QString& path, const MonthCalendar& calendar,
                        const ReportRequest& request, qint64 shopId);

    QWidget* buildPage(Page page, const QString& report, QWidget* visual);
    void showResult();
    void fillRange(const MonthRange& span);
    void fillShops(const QList<std::pair<qint64, QString>>& shops);
    void updateChainWideNote();
    void updateCharts();
    // The points ledger's pages: they need no second customer, so they are drawn before the others' checks.
    void updateProgrammeCharts();
    void setEmpty(Page page, const QString& text);
    void chooseExport(ExportFormat format);
    PageWidgets& widgets(Page page) { return m_pages[size_t(page)]; }
    const PageWidgets& widgets(Page page) const { return m_pages[size_t(page)]; }

    QString m_databasePath;
    MonthCalendar m_calendar;
    QLocale m_locale;
    QComboBox* m_from = nullptr;
    QComboBox* m_to = nullptr;
    QLabel* m_shopLabel = nullptr;
    QComboBox* m_shop = nullptr;
    QLabel* m_chainNote = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_status = nullptr;
    QToolButton* m_export = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_heatMap = nullptr;
    CohortHeatMapModel* m_heatMapModel = nullptr;
    QWidget* m_repeatFigures = nullptr;
    QList<QLabel*> m_repeatValues;
    std::array<PageWidgets, 8> m_pages;
    QFutureWatcher<Computed> m_watcher;
    Computed m_result;
    MonthRange m_span;
    bool m_refreshAgain = false;
    bool m_fillingRange = false;
};
