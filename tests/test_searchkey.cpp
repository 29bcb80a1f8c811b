#include "SearchKey.h"
#include "TestSupport.h"

#include <QTest>

class TestSearchKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { TestSupport::failOnWarnings(); }

    void foldsCaseAndDiacritics_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored");
        QTest::newRow("latin case") << QStringLiteral("ANNA") << QStringLiteral("anna");
        QTest::newRow("latin accents") << QStringLiteral("Zoë Müller") << QStringLiteral("zoe muller");
        QTest::newRow("cyrillic yo") << QStringLiteral("ЁЛКИН") << QStringLiteral("елкин");
        QTest::newRow("arabic yeh vs persian yeh") << QStringLiteral("علي") << QStringLiteral("علی");
        QTest::newRow("alef maksura") << QStringLiteral("مصطفى") << QStringLiteral("مصطفی");
        QTest::newRow("arabic kaf vs keheh") << QStringLiteral("كريم") << QStringLiteral("کریم");
        QTest::newRow("teh marbuta vs heh") << QStringLiteral("فاطمة") << QStringLiteral("فاطمه");
        QTest::newRow("hamza above") << QStringLiteral("أحمد") << QStringLiteral("احمد");
        QTest::newRow("hamza below") << QStringLiteral("إبراهيم") << QStringLiteral("ابراهیم");
        QTest::newRow("madda") << QStringLiteral("آمنة") << QStringLiteral("امنه");
        QTest::newRow("harakat and tatweel") << QStringLiteral("مُحَمَّـد") << QStringLiteral("محمد");
        QTest::newRow("zwnj") << QStringLiteral("مهر\u200Cناز") << QStringLiteral("مهرناز");
        QTest::newRow("persian digits") << QStringLiteral("۱۲۳") << QStringLiteral("123");
        QTest::newRow("arabic-indic digits") << QStringLiteral("٤٥٦") << QStringLiteral("456");
    }
    void foldsCaseAndDiacritics()
    {
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        QCOMPARE(SearchKey::fold(typed), SearchKey::fold(stored));
    }

    void termsAreTheWordsOfNameAndNickname()
    {
        const QStringList terms =
            SearchKey::terms(QStringLiteral("Anna-Maria  SMITH"), QStringLiteral("Ann"));
        QCOMPARE(terms, (QStringList{QStringLiteral("anna"), QStringLiteral("maria"), QStringLiteral("smith"),
                                     QStringLiteral("ann")}));
        QCOMPARE(SearchKey::terms(QStringLiteral("Anna Anna")).size(), 1);
    }

    void prefixEndBoundsEveryExtension()
    {
        const QString prefix = QStringLiteral("ann");
        const QString end = SearchKey::prefixEnd(prefix);
        for (const QString& s : {QStringLiteral("ann"), QStringLiteral("anna"), QStringLiteral("ann\uFFEE")})
            QVERIFY(s >= prefix && s < end);
        QVERIFY(!(QStringLiteral("ano") < end));
    }

    void reversedDigitsReadsFromTheEnd()
    {
        QCOMPARE(SearchKey::reversedDigits(u"+79123456789"), QStringLiteral("98765432197"));
    }
};

QTEST_GUILESS_MAIN(TestSearchKey)
#include "test_searchkey.moc"
