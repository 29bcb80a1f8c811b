#include "CohortHeatMapModel.h"
#include "ConsentStore.h"
#include "DemoShop.h"
#include "MainWindow.h"
#include "ReportTableModel.h"
#include "ReportsWindow.h"
#include "SaleStore.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

class TestReportsWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::ScratchDatabase> m_demo;

    static void waitUntilComputed(ReportsWindow& window)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!window.isComputing(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(window.table(QStringLiteral("retention")) ||
                                     !window.emptyText(ReportsWindow::Page::Customers).isEmpty(),
                                 60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        ReportsWindow::setChartAnimations(false);
        m_demo = TestSupport::scratchDatabase(QStringLiteral("GB"));
        SettableClock clock(TestSupport::fixedNow());
        DemoShop shop(*m_demo->db, clock);
        DemoShop::Options options;
        options.customers = 300;
        options.region = QStringLiteral("GB");
        QVERIFY(shop.create(options));
    }

    void init() { TestSupport::failOnWarnings(); }

    void showsTheDemoShopsReports()
    {
        ReportsWindow window(m_demo->path());
        window.show();
        waitUntilComputed(window);
        for (auto page :
             {ReportsWindow::Page::Customers, ReportsWindow::Page::Retention, ReportsWindow::Page::Cohorts,
              ReportsWindow::Page::Repeat, ReportsWindow::Page::Enrolment})
            QVERIFY(!window.showsEmptyState(page));
        const ReportTable* retention = window.table(QStringLiteral("retention"));
        QVERIFY(retention && retention->rows.size() > 3);
        QVERIFY(!window.chartView(ReportsWindow::Page::Customers)->chart()->series().isEmpty());
        QCOMPARE(window.chartView(ReportsWindow::Page::Customers)->chart()->animationOptions(),
                 QChart::NoAnimation);
        QCOMPARE(window.tableView(ReportsWindow::Page::Customers)->model()->rowCount(),
                 retention->rows.size());
        QVERIFY(window.heatMapView()->model()->rowCount() > 0);
        QVERIFY(window.fromBox()->count() == retention->rows.size());
        // Hovering a cohort cell tells the counts.
        const QString tip = window.heatMapView()->model()->index(0, 1).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("customers")), qPrintable(tip));

        // A narrower range recomputes in the background.
        QSignalSpy computed(&window, &ReportsWindow::computed);
        window.fromBox()->setCurrentIndex(2);
        QTRY_VERIFY_WITH_TIMEOUT(computed.count() >= 1 && !window.isComputing(), 60000);
        QCOMPARE(window.table(QStringLiteral("retention"))->rows.size(),
                 retention ? window.fromBox()->count() - 2 : 0);

        QTemporaryDir out;
        for (auto format : {ReportsWindow::ExportFormat::Png, ReportsWindow::ExportFormat::Pdf,
                            ReportsWindow::ExportFormat::Csv}) {
            const QString path = out.filePath(QStringLiteral("chart.%1").arg(int(format)));
            QVERIFY(window.exportPage(ReportsWindow::Page::Customers, format, path));
            QVERIFY(QFile(path).size() > 100);
        }
        QFile csv(out.filePath(QStringLiteral("chart.2")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readLine().startsWith("month,active,new,returning,retained,retention,churn"));
        QVERIFY(window.exportPage(ReportsWindow::Page::Cohorts, ReportsWindow::ExportFormat::Pdf,
                                  out.filePath(QStringLiteral("cohorts.pdf"))));
    }

    void mainWindowOpensReportsWithCtrlR()
    {
        SettableClock clock(TestSupport::fixedNow());
        MainWindow main(*m_demo->db, clock);
        main.show();
        QVERIFY(QTest::qWaitForWindowExposed(&main));
        QTest::keyClick(&main, Qt::Key_R, Qt::ControlModifier);
        QTRY_VERIFY(main.reportsWindow() && main.reportsWindow()->isVisible());
        waitUntilComputed(*main.reportsWindow());
        // A second Ctrl+R raises the same window.
        ReportsWindow* first = main.reportsWindow();
        if (QGuiApplication::platformName() == u"offscreen")
            QTest::ignoreMessage(QtWarningMsg, "This plugin does not support raise()");
        main.openReports();
        QCOMPARE(main.reportsWindow(), first);
    }

    void modelsPassTheModelTester()
    {
        ReportsWindow window(m_demo->path());
        waitUntilComputed(window);
        QAbstractItemModelTester heatMap(window.heatMapView()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester table(window.tableView(ReportsWindow::Page::Cohorts)->model(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void atRiskListIsLimitedToMarketingConsent()
    {
        ReportsWindow window(m_demo->path());
        waitUntilComputed(window);
        const ReportTable* atRisk = window.table(QStringLiteral("at-risk"));
        QVERIFY(atRisk);
        QVERIFY(atRisk->summary.contains(QStringLiteral("r")));
        ConsentStore consents(*m_demo->db);
        for (const QVariantList& row : atRisk->rows) {
            const auto consent =
                consents.current(row.value(0).toLongLong(), ConsentRecord::Purpose::Marketing);
            QVERIFY(consent && consent->granted);
        }
    }

    void cancelKeepsTheWindowResponsive()
    {
        ReportsWindow window(m_demo->path());
        window.show();
        window.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isComputing(), 60000);
        window.refresh();
        waitUntilComputed(window);
        QVERIFY(window.table(QStringLiteral("retention")));
    }

    void emptyShopShowsAFriendlyState()
    {
        auto empty = TestSupport::scratchDatabase();
        ReportsWindow window(empty->path());
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isComputing(), 60000);
        QTRY_VERIFY(window.showsEmptyState(ReportsWindow::Page::Customers));
        QVERIFY(
            window.emptyText(ReportsWindow::Page::Customers).contains(QStringLiteral("No purchases yet")));
        QVERIFY(window.showsEmptyState(ReportsWindow::Page::AtRisk));
    }

    void oneCustomerShopShowsAFriendlyState()
    {
        auto shop = TestSupport::scratchDatabase();
        SettableClock clock(TestSupport::fixedNow());
        CustomerDirectory directory(*shop->db, clock);
        auto id = directory.create(
            TestSupport::consentingDraft(QStringLiteral("Olga"), QStringLiteral("+79161234567")));
        QVERIFY(id);
        SaleStore sales(*shop->db);
        for (int i = 0; i < 3; ++i) {
            SaleRecord sale;
            sale.tillId = QStringLiteral("1");
            sale.saleRef = QStringLiteral("S%1").arg(i);
            sale.customerId = id.value();
            sale.at = TestSupport::fixedNow().addDays(qint64(-40) * i);
            sale.amountMinor = 1000;
            QVERIFY(sales.insert(sale));
        }
        ReportsWindow window(shop->path());
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isComputing(), 60000);
        QTRY_VERIFY(window.showsEmptyState(ReportsWindow::Page::Retention));
        QVERIFY(window.emptyText(ReportsWindow::Page::Retention).contains(QStringLiteral("one customer")));
    }
};

QTEST_MAIN(TestReportsWindow)
#include "test_reportswindow.moc"
