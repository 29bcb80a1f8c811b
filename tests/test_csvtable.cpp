#include "CsvTable.h"
#include "TestSupport.h"

#include <QFile>
#include <QStringEncoder>
#include <QTest>

namespace {
QByteArray encoded(const QString& text, const char* encoding)
{
    QStringEncoder encoder(encoding);
    QByteArray bytes = encoder.encode(text);
    if (encoder.hasError())
        qFatal("cannot encode the sample in %s", encoding);
    return bytes;
}

CsvTable parsed(const QByteArray& bytes, const CsvTable::Options& options = {})
{
    auto table = CsvTable::parse(bytes, options);
    if (!table)
        qFatal("parse failed: %s", qPrintable(table.error().message));
    return table.value();
}
} // namespace

class TestCsvTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { TestSupport::failOnWarnings(); }

    void detectsEncodingOfFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<QString>("firstHeader");
        QTest::newRow("windows-1251, Russian")
            << QStringLiteral("import_cp1251.csv") << QByteArray("windows-1251") << QChar(u';')
            << QStringLiteral("Имя");
        QTest::newRow("windows-1256, Arabic")
            << QStringLiteral("import_cp1256.csv") << QByteArray("windows-1256") << QChar(u',')
            << QStringLiteral("الاسم");
        QTest::newRow("UTF-8 with BOM") << QStringLiteral("import_utf8_bom_semicolon.csv")
                                        << QByteArray("UTF-8") << QChar(u';') << QStringLiteral("نام");
        QTest::newRow("UTF-8 without BOM, tabs") << QStringLiteral("import_tab.csv") << QByteArray("UTF-8")
                                                 << QChar(u'\t') << QStringLiteral("Full name");
        QTest::newRow("UTF-8 without BOM, commas")
            << QStringLiteral("import_errors.csv") << QByteArray("UTF-8") << QChar(u',')
            << QStringLiteral("name");
    }
    void detectsEncodingOfFixtures()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, encoding);
        QFETCH(QChar, delimiter);
        QFETCH(QString, firstHeader);
        const QByteArray bytes = TestSupport::readDataFile(file);
        QCOMPARE(CsvTable::detectEncoding(bytes), encoding);
        const CsvTable table = parsed(bytes);
        QCOMPARE(table.encoding(), encoding);
        QCOMPARE(table.delimiter(), delimiter);
        QCOMPARE(table.header().value(0), firstHeader);
        QCOMPARE(table.headerLine(), 1);
    }

    void decodesLegacyCodePages()
    {
        const CsvTable russian = parsed(TestSupport::readDataFile(QStringLiteral("import_cp1251.csv")));
        QCOMPARE(russian.rows().size(), 3);
        QCOMPARE(russian.rows()[0].cells.value(0), QStringLiteral("Иван Петров"));
        QCOMPARE(russian.rows()[1].cells.value(4), QStringLiteral("Любит кофе; без сахара"));
        QCOMPARE(russian.rows()[2].cells.value(0), QStringLiteral("Ёлкин Сергей Юрьевич"));

        const CsvTable arabic = parsed(TestSupport::readDataFile(QStringLiteral("import_cp1256.csv")));
        QCOMPARE(arabic.rows().size(), 3);
        QCOMPARE(arabic.rows()[0].cells.value(0), QStringLiteral("محمد علي"));
        QCOMPARE(arabic.rows()[1].cells.value(3), QStringLiteral("تحب القهوة، بدون سكر"));
    }

    void detectsEncodingOfShortTexts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("encoding");
        QTest::newRow("russian names")
            << QStringLiteral("name,phone\nАнна Кузнецова,89123456789\n") << QByteArray("windows-1251");
        QTest::newRow("russian lowercase note")
            << QStringLiteral("заметка: любит чай") << QByteArray("windows-1251");
        QTest::newRow("arabic names")
            << QStringLiteral("name\nعلي حسن\nأحمد محمود\n") << QByteArray("windows-1256");
        // Windows wrote Persian with the Arabic yeh: code page 1256 has no Farsi yeh.
        QTest::newRow("persian names")
            << QStringLiteral("name\nمريم کريمي\nپرويز\n") << QByteArray("windows-1256");
        QTest::newRow("arabic one word") << QStringLiteral("محمد") << QByteArray("windows-1256");
    }
    void detectsEncodingOfShortTexts()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, encoding);
        QCOMPARE(CsvTable::detectEncoding(encoded(text, encoding.constData())), encoding);
    }

    void validUtf8WinsAndBomIsDropped()
    {
        const QString text = QStringLiteral("name;phone\nАнна;+79123456789\n");
        QCOMPARE(CsvTable::detectEncoding(text.toUtf8()), QByteArray("UTF-8"));
        QCOMPARE(CsvTable::detectEncoding("name,phone\nAnn,1\n"), QByteArray("UTF-8"));
        const CsvTable withBom = parsed(QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8());
        QCOMPARE(withBom.encoding(), QByteArray("UTF-8"));
        QCOMPARE(withBom.header(), (QStringList{QStringLiteral("name"), QStringLiteral("phone")}));
        QCOMPARE(withBom.rows().first().cells.first(), QStringLiteral("Анна"));
    }

    void readsExcelUnicodeText()
    {
        const QString text = QStringLiteral("name\tphone\nМария\t+79123456789\n");
        QByteArray bytes = QByteArrayLiteral("\xFF\xFE");
        bytes += QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        const CsvTable table = parsed(bytes);
        QCOMPARE(table.encoding(), QByteArray("UTF-16"));
        QCOMPARE(table.delimiter(), QChar(u'\t'));
        QCOMPARE(table.rows().first().cells,
                 (QStringList{QStringLiteral("Мария"), QStringLiteral("+79123456789")}));
    }

    void chosenEncodingWins()
    {
        const QByteArray bytes = encoded(QStringLiteral("name\nعلي\n"), "windows-1256");
        CsvTable::Options options;
        options.encoding = "cp1251";
        const CsvTable table = parsed(bytes, options);
        QCOMPARE(table.encoding(), QByteArray("windows-1251"));
        QCOMPARE(table.rows().first().cells.first(), QStringLiteral("Ъбн"));
        QCOMPARE(CsvTable::canonicalEncoding("UTF8"), QByteArray("UTF-8"));
        QCOMPARE(CsvTable::canonicalEncoding("Windows-1256"), QByteArray("windows-1256"));
        QVERIFY(CsvTable::canonicalEncoding("latin1").isEmpty());
    }

    void refusesUnknownEncodingAndBrokenUtf8()
    {
        CsvTable::Options options;
        options.encoding = "koi8-r";
        auto unknown = CsvTable::parse("a,b\n", options);
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains(QStringLiteral("koi8-r")));
        QVERIFY(unknown.error().message.contains(QStringLiteral("windows-1251")));

        options.encoding = "UTF-8";
        auto broken = CsvTable::parse(encoded(QStringLiteral("имя\nАнна\n"), "windows-1251"), options);
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().kind, Error::Kind::Invalid);
    }

    void detectsDelimiter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("comma") << QStringLiteral("name,phone,card\nAnn,1,2\nBob,3,4\n") << QChar(u',');
        QTest::newRow("semicolon") << QStringLiteral("name;phone;card\nAnn;1;2\nBob;3;4\n") << QChar(u';');
        QTest::newRow("tab") << QStringLiteral("name\tphone\tcard\nAnn\t1\t2\n") << QChar(u'\t');
        QTest::newRow("semicolon with commas in cells")
            << QStringLiteral("name;phone;notes\nPetrov, Ivan;1;a, b, c\nAnn;2;x\n") << QChar(u';');
        QTest::newRow("comma with quoted semicolons")
            << QStringLiteral("name,phone,notes\n\"a;b;c;d\",1,\"x;y\"\nAnn,2,z\n") << QChar(u',');
        QTest::newRow("tab with commas and semicolons")
            << QStringLiteral("name\tnotes\nAnn\tone, two; three\nBob\tfour, five\n") << QChar(u'\t');
        QTest::newRow("one column") << QStringLiteral("phone\n+79123456789\n") << QChar(u',');
    }
    void detectsDelimiter()
    {
        QFETCH(QString, text);
        QFETCH(QChar, delimiter);
        QCOMPARE(CsvTable::detectDelimiter(text), delimiter);
        QCOMPARE(parsed(text.toUtf8()).delimiter(), delimiter);
    }

    void chosenDelimiterWins()
    {
        CsvTable::Options options;
        options.delimiter = u';';
        const CsvTable table = parsed("a,b;c\n1,2;3\n", options);
        QCOMPARE(table.header(), (QStringList{QStringLiteral("a,b"), QStringLiteral("c")}));
    }

    void quotedCellsHoldDelimitersQuotesAndLineBreaks()
    {
        const QByteArray bytes = "name,notes,phone\r\n"
                                 "\"Petrov, Ivan\",\"He said \"\"hi\"\"\r\nand left\",1\r\n"
                                 "\r\n"
                                 "Ann,\"line one\nline two\nline three\",2\n"
                                 "   \n"
                                 ",,\n"
                                 "Bob,plain \"quote\" inside,3";
        const CsvTable table = parsed(bytes);
        QCOMPARE(table.rows().size(), 3);
        QCOMPARE(table.rows()[0].line, 2);
        QCOMPARE(table.rows()[0].cells,
                 (QStringList{QStringLiteral("Petrov, Ivan"), QStringLiteral("He said \"hi\"\nand left"),
                              QStringLiteral("1")}));
        QCOMPARE(table.rows()[1].line, 5);
        QCOMPARE(table.rows()[1].cells.value(1), QStringLiteral("line one\nline two\nline three"));
        QCOMPARE(table.rows()[2].line, 10);
        QCOMPARE(table.rows()[2].cells,
                 (QStringList{QStringLiteral("Bob"), QStringLiteral("plain \"quote\" inside"),
                              QStringLiteral("3")}));
    }

    void countsLinesAcrossLineEndings()
    {
        const CsvTable table = parsed("h1,h2\r\na,1\rb,2\n\nc,3\r\n");
        QCOMPARE(table.rows().size(), 3);
        QCOMPARE(table.rows()[0].line, 2);
        QCOMPARE(table.rows()[1].line, 3);
        QCOMPARE(table.rows()[2].line, 5);
    }

    void headerAfterBlankLinesAndTrimmed()
    {
        const CsvTable table = parsed("\n\n name , phone \nAnn,1\n");
        QCOMPARE(table.headerLine(), 3);
        QCOMPARE(table.header(), (QStringList{QStringLiteral("name"), QStringLiteral("phone")}));
        QCOMPARE(table.rows().first().line, 4);
    }

    void emptyFileHasNoHeader()
    {
        const CsvTable table = parsed("");
        QVERIFY(table.header().isEmpty());
        QVERIFY(table.rows().isEmpty());
        QCOMPARE(table.headerLine(), 0);
    }

    void refusesUnclosedQuoteNamingItsLine()
    {
        auto table = CsvTable::parse("name,notes\nAnn,ok\nBob,\"never closed\nCid,x\n");
        QVERIFY(!table.ok());
        QVERIFY2(table.error().message.contains(QStringLiteral("line 3")), qPrintable(table.error().message));
    }

    void escapesFormulasAndSpecialCharacters_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << QStringLiteral("Anna") << QStringLiteral("Anna");
        QTest::newRow("equals") << QStringLiteral("=SUM(1)") << QStringLiteral("'=SUM(1)");
        QTest::newRow("plus command")
            << QStringLiteral("+cmd|' /C calc'!A0") << QStringLiteral("'+cmd|' /C calc'!A0");
        QTest::newRow("minus formula") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab first") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("carriage return first") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
        QTest::newRow("lone plus") << QStringLiteral("+") << QStringLiteral("'+");
        QTest::newRow("e164 phone is a number")
            << QStringLiteral("+79123456789") << QStringLiteral("+79123456789");
        QTest::newRow("negative number") << QStringLiteral("-5") << QStringLiteral("-5");
        QTest::newRow("comma") << QStringLiteral("Petrov, Ivan") << QStringLiteral("\"Petrov, Ivan\"");
        QTest::newRow("quotes") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("line break") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("formula with comma") << QStringLiteral("=A1,B1") << QStringLiteral("\"'=A1,B1\"");
        QTest::newRow("apostrophe kept") << QStringLiteral("O'Brien") << QStringLiteral("O'Brien");
    }
    void escapesFormulasAndSpecialCharacters()
    {
        QFETCH(QString, cell);
        QFETCH(QString, escaped);
        QCOMPARE(CsvTable::escapeCell(cell), escaped);
    }

    void escapeUsesTheGivenDelimiter()
    {
        QCOMPARE(CsvTable::escapeCell(QStringLiteral("a,b"), u';'), QStringLiteral("a,b"));
        QCOMPARE(CsvTable::escapeCell(QStringLiteral("a;b"), u';'), QStringLiteral("\"a;b\""));
        QCOMPARE(CsvTable::joinRow({QStringLiteral("a;b"), QStringLiteral("c")}, u';'),
                 QStringLiteral("\"a;b\";c"));
    }

    void joinedRowsParseBack()
    {
        const QStringList cells = {QStringLiteral("=SUM(1)"),    QStringLiteral("Petrov, \"Vanya\""),
                                   QStringLiteral("two\nlines"), QStringLiteral("@home"),
                                   QStringLiteral("-x"),         QStringLiteral("+79123456789"),
                                   QStringLiteral("O'Brien"),    QString()};
        const QString text =
            CsvTable::joinRow({QStringLiteral("h")}) + u'\n' + CsvTable::joinRow(cells) + u'\n';
        const CsvTable table = parsed(text.toUtf8());
        QCOMPARE(table.rows().size(), 1);
        QStringList back;
        for (const QString& cell : table.rows().first().cells)
            back.append(CsvTable::withoutFormulaGuard(cell));
        QCOMPARE(back, cells);
    }

    void formulaGuardIsRemovedOnlyWhereItWasAdded()
    {
        QCOMPARE(CsvTable::withoutFormulaGuard(QStringLiteral("'=1")), QStringLiteral("=1"));
        QCOMPARE(CsvTable::withoutFormulaGuard(QStringLiteral("'+7 912")), QStringLiteral("+7 912"));
        QCOMPARE(CsvTable::withoutFormulaGuard(QStringLiteral("'-x")), QStringLiteral("-x"));
        QCOMPARE(CsvTable::withoutFormulaGuard(QStringLiteral("'@x")), QStringLiteral("@x"));
        QCOMPARE(CsvTable::withoutFormulaGuard(QStringLiteral("'quoted'")), QStringLiteral("'quoted'"));
        QCOMPARE(CsvTable::withoutFormulaGuard(QStringLiteral("'")), QStringLiteral("'"));
    }
};

QTEST_GUILESS_MAIN(TestCsvTable)
#include "test_csvtable.moc"
