#include "AccessPolicy.h"
#include "BackupControls.h"
#include "BackupStore.h"
#include "Backups.h"
#include "Clock.h"
#include "CustomerDirectory.h"
#include "CustomerPage.h"
#include "Database.h"
#include "GuiTestSupport.h"
#include "LapsedCustomersDialog.h"
#include "MainWindow.h"
#include "PersonalDataActions.h"
#include "Prompts.h"
#include "ShopSettings.h"
#include "StartupCheck.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
class AnsweringPrompts final : public Prompts
{
public:
    bool answer = true;
    QStringList shown;
    bool confirm(QWidget*, const QString&, const QString& text, const QString&) override
    {
        shown.append(text);
        return answer;
    }
    void warn(QWidget*, const QString&, const QString& text) override { shown.append(text); }
    void inform(QWidget*, const QString&, const QString& text) override { shown.append(text); }
    QString askText(QWidget*, const QString&, const QString&) override { return {}; }
};

qint64 customerCount(Database& db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM customers")) && q.next() ? q.value(0).toLongLong()
                                                                                : -1;
}

} // namespace

class TestSafetyGui : public QObject
{
    Q_OBJECT

private:
    AnsweringPrompts m_prompts;

private Q_SLOTS:
    void init()
    {
        TestSupport::failOnWarnings();
        m_prompts = AnsweringPrompts();
        Prompts::setInstance(&m_prompts);
    }
    void cleanup() { Prompts::setInstance(nullptr); }

    void damagedDatabaseOffersTheNewestGoodBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.sqlite3"));
        TestSupport::createDemoShop(path, 300);
        SettableClock clock(TestSupport::fixedNow());
        QString backupPath;
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            auto made = Backups(path, clock).backUp(*db.value());
            QVERIFY(made.ok());
            backupPath = made->path;
        }
        TestSupport::damagePagesInTheMiddle(path);
        const QByteArray damaged = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();

        // Declined: nothing changes and the window does not open.
        m_prompts.answer = false;
        QVERIFY(!StartupCheck::openShop(path, {}, clock));
        QVERIFY(m_prompts.shown.value(0).contains(QStringLiteral("is damaged")));
        QVERIFY2(m_prompts.shown.value(0).contains(QDir::toNativeSeparators(backupPath)),
                 qPrintable(m_prompts.shown.value(0)));
        QVERIFY(m_prompts.shown.value(0).contains(QStringLiteral("300 customer")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), damaged);
        f.close();

        // Accepted: the backup comes back and the damaged file is kept.
        m_prompts = AnsweringPrompts();
        clock.advanceSecs(60);
        auto db = StartupCheck::openShop(path, {}, clock);
        QVERIFY(db);
        QCOMPARE(customerCount(*db), 300);
        QVERIFY(BackupStore::quickCheck(*db).isEmpty());
        const QStringList aside =
            QDir(dir.path()).entryList({QStringLiteral("shop.sqlite3.before-restore-*")});
        QCOMPARE(aside.size(), 1);
        QFile kept(dir.filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), damaged);
    }

    void damagedDatabaseWithoutBackupIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.sqlite3"));
        TestSupport::createDemoShop(path, 300);
        TestSupport::damagePagesInTheMiddle(path);
        SettableClock clock(TestSupport::fixedNow());
        QVERIFY(!StartupCheck::openShop(path, {}, clock));
        QCOMPARE(m_prompts.shown.size(), 1);
        QVERIFY(m_prompts.shown.first().contains(QStringLiteral("No good backup")));
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*before-restore*")}).isEmpty());
    }

    void windowBacksUpAndWarnsWhenTheBackupIsOld()
    {
        auto scratch = TestSupport::scratchDatabase();
        SettableClock clock(TestSupport::fixedNow());
        MainWindow window(*scratch->db, clock);
        BackupControls* backups = window.backupControls();
        QVERIFY(backups->statusLabel()->text().contains(QStringLiteral("No backup yet")));
        // The first backup starts with the window, in a worker thread.
        backups->startAutomatic();
        QVERIFY(backups->isRunning());
        backups->waitForBackup();
        QTRY_VERIFY(!backups->isRunning());
        QTRY_VERIFY(backups->statusLabel()->text().startsWith(QStringLiteral("Last backup")));
        QCOMPARE(backups->backups().list().size(), 1);
        clock.advanceSecs(3 * 24 * 3600);
        backups->showStatus();
        QVERIFY(backups->statusLabel()->text().contains(QStringLiteral("⚠")));
        QVERIFY(backups->statusLabel()->text().contains(QStringLiteral("3 day")));
        backups->backUpIfDue();
        backups->waitForBackup();
        QTRY_VERIFY(!backups->statusLabel()->text().contains(QStringLiteral("⚠")));
        QCOMPARE(backups->backups().list().size(), 2);
    }

    void restoreShowsDateAndCountsBeforeAsking()
    {
        auto scratch = TestSupport::scratchDatabase();
        SettableClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC));
        CustomerDirectory directory(*scratch->db, clock);
        QVERIFY(
            directory
                .create(TestSupport::consentingDraft(QStringLiteral("Anna"), QStringLiteral("+79161234567")))
                .ok());
        auto made = Backups(scratch->path(), clock).backUp(*scratch->db);
        QVERIFY(made.ok());
        MainWindow window(*scratch->db, clock);
        window.backupControls()->waitForBackup();
        QSignalSpy requested(&window, &MainWindow::restoreRequested);
        m_prompts.answer = false;
        window.backupControls()->confirmRestore(made->path);
        QCOMPARE(requested.size(), 0);
        const QString question = m_prompts.shown.last();
        QVERIFY(question.contains(Backups::describeTime(made->madeAt)));
        QVERIFY(question.contains(QStringLiteral("1 customer")));
        QVERIFY(question.contains(QStringLiteral("0 sale")));
        QVERIFY(question.contains(QStringLiteral("never deleted")));
        m_prompts.answer = true;
        window.backupControls()->confirmRestore(made->path);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), made->path);
        // A file that is not a backup is refused before any question.
        m_prompts.shown.clear();
        window.backupControls()->confirmRestore(TestSupport::dataFile(QStringLiteral("import_tab.csv")));
        QCOMPARE(requested.size(), 1);
        QVERIFY(m_prompts.shown.value(0).contains(QStringLiteral("is not a Regulars backup")));
    }

    void customerPageAnonymisesAfterConfirmation()
    {
        auto scratch = TestSupport::scratchDatabase();
        SettableClock clock(TestSupport::fixedNow());
        CustomerDirectory directory(*scratch->db, clock);
        const qint64 anna =
            directory
                .create(TestSupport::consentingDraft(QStringLiteral("Anna"), QStringLiteral("+79161234567")))
                .value();
        MainWindow window(*scratch->db, clock);
        window.backupControls()->waitForBackup();
        window.openCustomer(anna);
        m_prompts.answer = false;
        QVERIFY(!window.personalData()->anonymise(anna));
        QCOMPARE(window.customerPage()->nameLabel()->text(), QStringLiteral("Anna"));
        m_prompts.answer = true;
        QVERIFY(window.personalData()->anonymise(anna));
        QVERIFY(m_prompts.shown.last().contains(QStringLiteral("Customer #%1").arg(anna)));
        QVERIFY(
            window.customerPage()->nameLabel()->text().contains(QStringLiteral("Customer #%1").arg(anna)));
        QVERIFY(window.customerPage()->personalDataButton()->menu());
    }

    void lapsedCustomersAreReviewedAndAnonymisedTogether()
    {
        auto scratch = TestSupport::scratchDatabase();
        SettableClock clock(TestSupport::fixedNow());
        CustomerDirectory directory(*scratch->db, clock);
        for (int i = 0; i < 3; ++i)
            QVERIFY(directory
                        .create(TestSupport::consentingDraft(QStringLiteral("Old %1").arg(i),
                                                             QStringLiteral("+7916123456%1").arg(i)))
                        .ok());
        clock.set(TestSupport::fixedNow().addYears(3));
        OwnerEverywhere owner(QStringLiteral("Olga"));
        LapsedCustomersDialog dialog(*scratch->db, clock, owner);
        QCOMPARE(dialog.list()->count(), 0);
        dialog.yearsBox()->setValue(2);
        QCOMPARE(ShopSettings(*scratch->db).value(ShopSettings::Key::RetentionYears), QStringLiteral("2"));
        QCOMPARE(dialog.list()->count(), 3);
        dialog.list()->item(1)->setCheckState(Qt::Unchecked);
        dialog.anonymiseChecked();
        QCOMPARE(dialog.anonymisedCount(), 2);
        QCOMPARE(dialog.list()->count(), 1);
        QCOMPARE(dialog.list()->item(0)->text().left(5), QStringLiteral("Old 1"));
    }
};

QTEST_MAIN(TestSafetyGui)
#include "test_safetygui.moc"
