#include "CustomerDirectory.h"
#include "GuiTestSupport.h"
#include "ImportDialog.h"
#include "Prompts.h"
#include "TestSupport.h"

#include <QComboBox>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

namespace {
const QByteArray kMixed = QByteArrayLiteral("Name;Phone;Card;Loyalty level\n"
                                            "Anna;8 912 345-67-89;;gold\n"
                                            "Boris;8 912 34;;silver\n"
                                            "Vera;+7 926 111 22 33;0420000000014;\n");
} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::ScratchDatabase> m_scratch;
    std::unique_ptr<SettableClock> m_clock;
    std::unique_ptr<CustomerDirectory> m_directory;
    GuiTestSupport::RecordingPrompts m_prompts;

private Q_SLOTS:
    void init()
    {
        TestSupport::failOnWarnings();
        Prompts::setInstance(&m_prompts);
        m_scratch = TestSupport::scratchDatabase(QStringLiteral("RU"));
        m_clock = std::make_unique<SettableClock>(TestSupport::fixedNow());
        m_directory = std::make_unique<CustomerDirectory>(*m_scratch->db, *m_clock);
    }
    void cleanup()
    {
        m_directory.reset();
        m_scratch.reset();
        Prompts::setInstance(nullptr);
    }

    void previewListsEveryBadLineAndWritesNothing()
    {
        ImportDialog dialog(*m_directory, *m_scratch->db);
        dialog.setFileContents(kMixed, QStringLiteral("customers.csv"));
        dialog.show();
        QTableWidget* issues = dialog.issuesTable();
        QVERIFY(issues->rowCount() >= 2);
        QList<int> lines;
        for (int row = 0; row < issues->rowCount(); ++row)
            lines.append(issues->item(row, 0)->data(Qt::DisplayRole).toInt());
        QVERIFY(lines.contains(3));
        QVERIFY(lines.contains(4));
        QVERIFY(!lines.contains(2));
        QVERIFY(!dialog.importAllButton()->isEnabled());
        QVERIFY(dialog.importValidButton()->isEnabled());
        QCOMPARE(m_directory->store().count(), 0);
        // The unknown column is shown, to be mapped or ignored.
        QCOMPARE(dialog.columnsTable()->rowCount(), 4);
        QCOMPARE(dialog.columnsTable()->item(3, 0)->data(Qt::UserRole).toString(),
                 QStringLiteral("Loyalty level"));
    }

    void importOnlyValidLines()
    {
        ImportDialog dialog(*m_directory, *m_scratch->db);
        dialog.setFileContents(kMixed, QStringLiteral("customers.csv"));
        QTest::mouseClick(dialog.importValidButton(), Qt::LeftButton);
        QCOMPARE(dialog.importedCount(), 1);
        QCOMPARE(m_directory->store().count(), 1);
        QCOMPARE(m_directory->find(QStringLiteral("+79123456789")).first().customer.name,
                 QStringLiteral("Anna"));
    }

    void cancellingALongImportLeavesNothing()
    {
        QByteArray csv = QByteArrayLiteral("Name,Phone\n");
        const int count = 4000;
        for (int i = 0; i < count; ++i)
            csv += QStringLiteral("Customer %1,+7912%2\n").arg(i).arg(i, 7, 10, QLatin1Char('0')).toUtf8();
        {
            CustomerDirectory other(*m_scratch->db, *m_clock);
            QVERIFY(other.create(TestSupport::consentingDraft(QStringLiteral("Already here"),
                                                              QStringLiteral("+79269999999")))
                        .ok());
        }
        ImportDialog dialog(*m_directory, *m_scratch->db);
        dialog.setFileContents(csv, QStringLiteral("big.csv"));
        QVERIFY(dialog.importAllButton()->isEnabled());
        // Another till holds the write lock, so the worker waits; it is cancelled meanwhile, then the lock is
        // let go: the worker must stop before writing anything that stays.
        auto otherTill = Database::open(m_scratch->path());
        QVERIFY(otherTill);
        auto holding = std::make_unique<Transaction>(*otherTill.value());
        QVERIFY(holding->begun());
        QTimer::singleShot(50, &dialog, [&dialog, &holding] {
            auto* progress = dialog.findChild<QProgressDialog*>(QStringLiteral("importProgress"));
            QVERIFY(progress);
            auto* cancel = progress->findChild<QPushButton*>();
            QVERIFY(cancel);
            cancel->click();
            holding.reset();
        });
        QTest::mouseClick(dialog.importAllButton(), Qt::LeftButton);
        QCOMPARE(dialog.importedCount(), 0);
        QCOMPARE(m_directory->store().count(), 1);
        QVERIFY(m_prompts.shown.last().contains(QStringLiteral("cancelled")));

        // Not cancelled, the same import writes everyone, with the progress at the end.
        QTest::mouseClick(dialog.importAllButton(), Qt::LeftButton);
        QCOMPARE(dialog.importedCount(), count);
        QCOMPARE(m_directory->store().count(), count + 1);
    }

    void mappingAColumnInThePreviewImportsIt()
    {
        ImportDialog dialog(*m_directory, *m_scratch->db);
        dialog.setFileContents(
            QByteArrayLiteral("Client,Mobile number,Remark\nAnna,89123456789,likes roses\n"),
            QStringLiteral("other.csv"));
        auto* remark = qobject_cast<QComboBox*>(dialog.columnsTable()->cellWidget(2, 2));
        QVERIFY(remark);
        remark->setCurrentIndex(remark->findData(int(CustomerImport::Field::Notes)));
        auto* client = qobject_cast<QComboBox*>(dialog.columnsTable()->cellWidget(0, 2));
        client->setCurrentIndex(client->findData(int(CustomerImport::Field::Name)));
        auto* mobile = qobject_cast<QComboBox*>(dialog.columnsTable()->cellWidget(1, 2));
        mobile->setCurrentIndex(mobile->findData(int(CustomerImport::Field::Phone)));
        QVERIFY(dialog.importAllButton()->isEnabled());
        QTest::mouseClick(dialog.importAllButton(), Qt::LeftButton);
        const auto anna = m_directory->find(QStringLiteral("anna"));
        QCOMPARE(anna.size(), 1);
        QCOMPARE(anna.first().customer.notes, QStringLiteral("likes roses"));
    }

    void choosingTheEncodingRereadsTheFile()
    {
        const QByteArray cp1251 = QByteArrayLiteral("name,phone\n\xc0\xed\xed\xe0,89123456789\n"); // "Анна"
        ImportDialog dialog(*m_directory, *m_scratch->db);
        dialog.setFileContents(cp1251, QStringLiteral("old.csv"));
        dialog.encodingBox()->setCurrentIndex(
            dialog.encodingBox()->findData(QByteArrayLiteral("windows-1251")));
        QTest::mouseClick(dialog.importAllButton(), Qt::LeftButton);
        QCOMPARE(m_directory->find(QStringLiteral("+79123456789")).first().customer.name,
                 QStringLiteral("Анна"));
    }
};

QTEST_MAIN(TestImportDialog)
#include "test_importdialog.moc"
