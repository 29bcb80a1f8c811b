#include "DigitInputFilter.h"
#include "GuiTestSupport.h"
#include "TestSupport.h"

#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

// Number fields take Latin, Arabic-Indic and Persian digits whatever the language.
class TestDigitInput : public QObject
{
    Q_OBJECT

    DigitInputFilter m_filter;

    static int typedInto(const QLocale& locale, const QString& typed)
    {
        QSpinBox box;
        box.setLocale(locale);
        box.setRange(0, 100000);
        box.show();
        box.setFocus();
        box.selectAll();
        GuiTestSupport::typeText(box.findChild<QLineEdit*>(), typed);
        box.interpretText();
        return box.value();
    }

private Q_SLOTS:
    void initTestCase() { qApp->installEventFilter(&m_filter); }
    void init() { TestSupport::failOnWarnings(); }

    void anyDigitsInAnyLanguage_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("typed");
        const QLocale persian(QLocale::Persian, QLocale::Iran);
        const QLocale arabic(QLocale::Arabic, QLocale::Egypt);
        const QLocale russian(QLocale::Russian, QLocale::Russia);
        QTest::newRow("Persian field, Arabic-Indic digits") << persian << QStringLiteral("١٢٥");
        QTest::newRow("Persian field, Persian digits") << persian << QStringLiteral("۱۲۵");
        QTest::newRow("Persian field, Latin digits") << persian << QStringLiteral("125");
        QTest::newRow("Arabic field, Persian digits") << arabic << QStringLiteral("۱۲۵");
        QTest::newRow("Arabic field, Latin digits") << arabic << QStringLiteral("125");
        QTest::newRow("Russian field, Arabic-Indic digits") << russian << QStringLiteral("١٢٥");
        QTest::newRow("Russian field, Persian digits") << russian << QStringLiteral("۱۲۵");
    }
    void anyDigitsInAnyLanguage()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, typed);
        QCOMPARE(typedInto(locale, typed), 125);
    }

    void otherKeysAreLeftAlone()
    {
        QSpinBox box;
        box.setLocale(QLocale(QLocale::Persian, QLocale::Iran));
        box.setRange(-100, 100);
        box.show();
        box.selectAll();
        GuiTestSupport::typeText(box.findChild<QLineEdit*>(), QStringLiteral("-۷"));
        box.interpretText();
        QCOMPARE(box.value(), -7);
    }
};

QTEST_MAIN(TestDigitInput)
#include "test_digitinput.moc"
