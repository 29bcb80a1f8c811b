#include "Database.h"
#include "GuiTestSupport.h"
#include "ServerPasswordDialog.h"
#include "TestSupport.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using GuiTestSupport::whenDialogOpens;

namespace {
void typeAndPress(ServerPasswordDialog* dialog, const QString& password,
                  QDialogButtonBox::StandardButton which)
{
    GuiTestSupport::typeText(dialog->passwordField(), password);
    dialog->findChild<QDialogButtonBox*>()->button(which)->click();
}
} // namespace

// The window's question for a database server's password: what it shows, and Database asking again after
// a wrong password and giving up on Cancel, against an account of the throwaway server that needs one.
class TestServerPasswordDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        TestSupport::failOnWarnings();
        qunsetenv("PGPASSWORD");
        Database::setPasswordPrompt(&ServerPasswordDialog::ask);
    }
    void cleanup() { Database::setPasswordPrompt({}); }

    void showsTheServerAndHidesThePassword()
    {
        ServerPasswordDialog first(QStringLiteral("postgresql://till@db.example:5432/shop"), QString());
        QVERIFY(
            first.serverLabel()->text().contains(QStringLiteral("postgresql://till@db.example:5432/shop")));
        QVERIFY(first.refusalLabel()->isHidden());
        QCOMPARE(first.passwordField()->echoMode(), QLineEdit::Password);
        QPushButton* ok = first.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        GuiTestSupport::typeText(first.passwordField(), QStringLiteral("s3cret"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(first.password(), QStringLiteral("s3cret"));

        ServerPasswordDialog again(QStringLiteral("postgresql://till@db.example/shop"),
                                   QStringLiteral("password authentication failed for user \"till\""));
        QVERIFY(!again.refusalLabel()->isHidden());
        QVERIFY(again.refusalLabel()->text().contains(QStringLiteral("password authentication failed")));
    }

    void askOnceMoreAfterAWrongPassword()
    {
        if (!TestSupport::PostgresServer::available())
            QSKIP("no PostgreSQL server programs here (package postgresql)");
        const QString url = TestSupport::PostgresServer::shared()->createDatabaseWithPassword(
            QStringLiteral("till"), QStringLiteral("right one"));
        int asked = 0;
        QString secondRefusal;
        whenDialogOpens<ServerPasswordDialog>([&](ServerPasswordDialog* dialog) {
            ++asked;
            QVERIFY(dialog->refusalLabel()->isHidden());
            QVERIFY(!dialog->serverLabel()->text().contains(QStringLiteral("right one")));
            whenDialogOpens<ServerPasswordDialog>([&](ServerPasswordDialog* second) {
                ++asked;
                secondRefusal = second->refusalLabel()->text();
                typeAndPress(second, QStringLiteral("right one"), QDialogButtonBox::Ok);
            });
            typeAndPress(dialog, QStringLiteral("wrong one"), QDialogButtonBox::Ok);
        });
        auto db = Database::open(url);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE(asked, 2);
        QVERIFY2(secondRefusal.contains(QStringLiteral("password authentication failed")),
                 qPrintable(secondRefusal));
        QVERIFY(!db.value()->path().contains(QStringLiteral("right one")));
        // The backup worker's connection and pg_dump use the password given, without asking again.
        QCOMPARE(Database::serverPassword(url), QStringLiteral("right one"));
        QVERIFY(Database::open(url, Database::OpenMode::MustExist).ok());
        QCOMPARE(asked, 2);
    }

    void cancelLeavesWithAClearMessage()
    {
        if (!TestSupport::PostgresServer::available())
            QSKIP("no PostgreSQL server programs here (package postgresql)");
        const QString url = TestSupport::PostgresServer::shared()->createDatabaseWithPassword(
            QStringLiteral("clerk"), QStringLiteral("kept"));
        whenDialogOpens<ServerPasswordDialog>([](ServerPasswordDialog* dialog) {
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click();
        });
        auto db = Database::open(url);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::CannotOpen);
        QVERIFY2(db.error().message.contains(QStringLiteral("No password was given")),
                 qPrintable(db.error().message));
    }
};

QTEST_MAIN(TestServerPasswordDialog)
#include "test_serverpassworddialog.moc"
