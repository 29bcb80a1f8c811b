#include "AuditDialog.h"
#include "AuditLog.h"
#include "AuditTableModel.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QTest>

// The owner's view of the audit log: newest first, filtered by person, action, days and text; read-only.
class TestAuditDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSupport::ScratchDatabase> m_scratch;
    std::unique_ptr<SettableClock> m_clock;
    std::unique_ptr<OwnerEverywhere> m_olga;

private Q_SLOTS:
    void init()
    {
        TestSupport::failOnWarnings();
        m_scratch = TestSupport::scratchDatabase();
        m_clock = std::make_unique<SettableClock>(QDateTime::currentDateTimeUtc().addDays(-2));
        m_olga = std::make_unique<OwnerEverywhere>(QStringLiteral("Olga"));
        const OwnerEverywhere kim(QStringLiteral("Kim"));
        AuditLog byOlga(*m_scratch->db, *m_clock, *m_olga);
        AuditLog byKim(*m_scratch->db, *m_clock, kim);
        QVERIFY(byOlga.record(QStringLiteral("setting.change"), AuditSubject::setting(QStringLiteral("shop/name")),
                              {{QStringLiteral("value"), QStringLiteral("Old")}},
                              {{QStringLiteral("value"), QStringLiteral("Olga's Bakery")}})
                    .ok());
        m_clock->advanceSecs(2 * 24 * 3600 - 60);
        QVERIFY(byKim.record(QStringLiteral("customer.create"), AuditSubject::customer(7), {},
                             {{QStringLiteral("name"), QStringLiteral("Anna")}})
                    .ok());
        QVERIFY(byOlga.record(QStringLiteral("points.adjust"), AuditSubject::customer(7), {{QStringLiteral("balance"), 0}},
                              {{QStringLiteral("balance"), 25}}, QStringLiteral("stamped twice"))
                    .ok());
    }

    void showsAndFilters()
    {
        AuditLog log(*m_scratch->db, *m_clock, *m_olga);
        AuditDialog dialog(log);
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.fromEdit()->setDate(QDate::currentDate().addDays(-3));
        QCOMPARE(dialog.model()->rowCount(), 3);
        QCOMPARE(dialog.model()->entryAt(0).action, QStringLiteral("points.adjust"));
        QVERIFY(dialog.model()->data(dialog.model()->index(0, AuditTableModel::After)).toString().contains(u"25"));
        QCOMPARE(dialog.model()->data(dialog.model()->index(0, AuditTableModel::Note)).toString(),
                 QStringLiteral("stamped twice"));
        QVERIFY(!(dialog.model()->flags(dialog.model()->index(0, 0)) & Qt::ItemIsEditable));

        dialog.userBox()->setCurrentIndex(dialog.userBox()->findData(QStringLiteral("Kim")));
        QCOMPARE(dialog.model()->rowCount(), 1);
        QCOMPARE(dialog.model()->entryAt(0).action, QStringLiteral("customer.create"));
        // People read what happened, not the machine word.
        QCOMPARE(dialog.model()->index(0, AuditTableModel::Action).data().toString(), QStringLiteral("Customer added"));
        QCOMPARE(dialog.actionBox()->itemText(dialog.actionBox()->findData(QStringLiteral("setting.change"))),
                 QStringLiteral("Setting changed"));
        dialog.userBox()->setCurrentIndex(0);
        dialog.actionBox()->setCurrentIndex(dialog.actionBox()->findData(QStringLiteral("setting.change")));
        QCOMPARE(dialog.model()->rowCount(), 1);
        dialog.actionBox()->setCurrentIndex(0);
        dialog.fromEdit()->setDate(QDate::currentDate().addDays(-1));
        QCOMPARE(dialog.model()->rowCount(), 2);
        dialog.textEdit()->setText(QStringLiteral("ANNA"));
        QCOMPARE(dialog.model()->rowCount(), 1);
    }

    void refusedToAClerk()
    {
        class Clerk final : public AccessPolicy
        {
        public:
            bool allows(Action) const override { return false; }
            QString actor() const override { return QStringLiteral("Kim"); }
        } clerk;
        AuditLog log(*m_scratch->db, *m_clock, clerk);
        AuditDialog dialog(log);
        QCOMPARE(dialog.model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestAuditDialog)
#include "test_auditdialog.moc"
