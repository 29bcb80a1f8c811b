#include "CouponCode.h"
#include "TestSupport.h"
#include "WedgeScanFilter.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

namespace {
constexpr int kTimeoutMs = 10000;

// What a keyboard layout types on the keys of a US keyboard (X11 key codes), unshifted and shifted, by row.
struct Layout
{
    const char16_t* digits; // key codes 10..19: 1 2 … 9 0
    const char16_t* top;    // 24..33: q w e r t y u i o p
    const char16_t* home;   // 38..46: a s d f g h j k l
    const char16_t* bottom; // 52..58: z x c v b n m
    const char16_t* topUpper;
    const char16_t* homeUpper;
    const char16_t* bottomUpper;
};
constexpr Layout kUs = {u"1234567890", u"qwertyuiop", u"asdfghjkl", u"zxcvbnm",
                        u"QWERTYUIOP", u"ASDFGHJKL",  u"ZXCVBNM"};
constexpr Layout kAzerty = {u"&é\"'(-è_çà", u"azertyuiop", u"qsdfghjklm", u"wxcvbn,",
                            u"AZERTYUIOP",  u"QSDFGHJKLM", u"WXCVBN?"};
constexpr Layout kRussian = {u"1234567890", u"йцукенгшщз", u"фывапролд", u"ячсмить",
                             u"ЙЦУКЕНГШЩЗ", u"ФЫВАПРОЛД",  u"ЯЧСМИТЬ"};
constexpr Layout kArabic = {u"١٢٣٤٥٦٧٨٩٠", u"ضصثقفغعهخح", u"شسيبلاتنم", u"ئءؤرلاى",
                            u"َ ًُ ٌلإإ‘÷×",   u"ِ ٍ][لأأـ،",   u"~ْ}{لآآ"};
constexpr Layout kPersian = {u"۱۲۳۴۵۶۷۸۹۰", u"ضصثقفغعهخح", u"شسیبلاتنم",      u"ظطزرذدپ",
                             u"ًٌٍَُِّْ][",         u"ؤئيإأآة»«",  u"كٓژٰ‌ٔء"};

struct Key
{
    quint32 code = 0;
    bool shift = false;
    QString text;
};

// The key a scanner set up for a US keyboard presses for c, and what the layout makes of it.
Key keyFor(QChar c, const Layout& layout)
{
    const auto find = [&](const char16_t* us, quint32 first, const char16_t* typed,
                          bool shift) -> std::optional<Key> {
        const QString row = QString::fromUtf16(us);
        const qsizetype i = row.indexOf(c);
        if (i < 0)
            return std::nullopt;
        const QString out = QString::fromUtf16(typed);
        return Key{first + quint32(i), shift, QString(out.size() > i ? out[i] : QChar(u'?'))};
    };
    if (auto k = find(kUs.digits, 10, layout.digits, false))
        return *k;
    for (auto [us, usUpper, first, typed, typedUpper] :
         {std::tuple{kUs.top, kUs.topUpper, 24u, layout.top, layout.topUpper},
          std::tuple{kUs.home, kUs.homeUpper, 38u, layout.home, layout.homeUpper},
          std::tuple{kUs.bottom, kUs.bottomUpper, 52u, layout.bottom, layout.bottomUpper}}) {
        if (auto k = find(us, first, typed, false))
            return *k;
        if (auto k = find(usUpper, first, typedUpper, true))
            return *k;
    }
    // Punctuation (the ] of an AIM identifier) is typed alike on these layouts' US positions for the test.
    for (quint32 code = 9; code < 120; ++code) {
        for (bool shift : {false, true}) {
            if (WedgeScanFilter::usLayoutCharacter(code, shift) == c)
                return Key{code, shift, QString(c)};
        }
    }
    qFatal("no key for %c", char(c.unicode()));
}
} // namespace

class TestWedgeScanFilter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SettableClock> m_clock;
    std::unique_ptr<WedgeScanFilter> m_filter;
    std::unique_ptr<QWidget> m_window;
    QLineEdit* m_edit = nullptr;
    QStringList m_scans;
    QStringList m_symbologies;

    void press(const Key& key, int afterMs, int qtKey = 0)
    {
        m_clock->set(m_clock->nowUtc().addMSecs(afterMs));
        const Qt::KeyboardModifiers modifiers = key.shift ? Qt::ShiftModifier : Qt::NoModifier;
        // A scanner presses Shift around each capital, as a keyboard would (50: left Shift).
        if (key.shift) {
            QKeyEvent shiftDown(QEvent::KeyPress, Qt::Key_Shift, Qt::ShiftModifier, 50, 0, 0);
            QApplication::sendEvent(m_edit, &shiftDown);
        }
        QKeyEvent down(QEvent::KeyPress, qtKey, modifiers, key.code, 0, 0, key.text);
        QApplication::sendEvent(m_edit, &down);
        QKeyEvent up(QEvent::KeyRelease, qtKey, modifiers, key.code, 0, 0, key.text);
        QApplication::sendEvent(m_edit, &up);
        if (key.shift) {
            QKeyEvent shiftUp(QEvent::KeyRelease, Qt::Key_Shift, Qt::NoModifier, 50, 0, 0);
            QApplication::sendEvent(m_edit, &shiftUp);
        }
    }
    // Types text as a scanner on the given layout would, gapMs apart, then Enter (or nothing).
    void scan(const QString& code, int gapMs, const Layout& layout = kUs, bool enter = true)
    {
        for (qsizetype i = 0; i < code.size(); ++i) {
            const Key key = keyFor(code[i], layout);
            const int qtKey = code[i].isDigit() ? Qt::Key_0 + code[i].digitValue()
                                                : Qt::Key_A + (code[i].toUpper().unicode() - u'A');
            // Qt's key follows the layout's character, so only the native code tells the key apart.
            press(key, i == 0 ? 1000 : gapMs, &layout == &kUs ? qtKey : 0);
        }
        if (enter)
            press({36, false, QStringLiteral("\r")}, gapMs, Qt::Key_Return);
    }
    // A person typing: plain key events without native codes, as QTest::keyClicks would send.
    void type(const QString& text, const QList<int>& gapsMs)
    {
        for (qsizetype i = 0; i < text.size(); ++i)
            press({0, false, QString(text[i])}, int(gapsMs[i % gapsMs.size()]));
    }

private Q_SLOTS:
    void init()
    {
        TestSupport::failOnWarnings();
        m_clock = std::make_unique<SettableClock>(TestSupport::fixedNow());
        m_filter = std::make_unique<WedgeScanFilter>(*m_clock);
        m_filter->setSyntheticKeysAccepted(true);
        m_scans.clear();
        m_symbologies.clear();
        connect(m_filter.get(), &WedgeScanFilter::scanned, this,
                [this](const QString& code, const QString& symbology) {
                    m_scans.append(code);
                    m_symbologies.append(symbology);
                });
        m_window = std::make_unique<QWidget>();
        auto* layout = new QVBoxLayout(m_window.get());
        m_edit = new QLineEdit(m_window.get());
        layout->addWidget(m_edit);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_edit->setFocus();
        QTRY_VERIFY(m_edit->hasFocus());
        qApp->installEventFilter(m_filter.get());
    }
    void cleanup()
    {
        qApp->removeEventFilter(m_filter.get());
        m_window.reset();
        m_filter.reset();
    }

    void aScanEndedByEnterNeverLandsInTheField()
    {
        QSignalSpy returnPressed(m_edit, &QLineEdit::returnPressed);
        scan(QStringLiteral("0420000000013"), 8);
        QCOMPARE(m_scans, QStringList{QStringLiteral("0420000000013")});
        QCOMPARE(m_edit->text(), QString());
        QCOMPARE(returnPressed.size(), 0);
        QVERIFY(!m_filter->isHolding());
    }

    void aScanEndedByAPauseIsTakenToo()
    {
        scan(QStringLiteral("]E00420000000013"), 5, kUs, false);
        QTRY_COMPARE_WITH_TIMEOUT(m_scans.size(), 1, kTimeoutMs);
        QCOMPARE(m_scans.first(), QStringLiteral("0420000000013"));
        QCOMPARE(m_symbologies.first(), QStringLiteral("]E0"));
        QCOMPARE(m_edit->text(), QString());
    }

    void aSlowScannerIsStillAScanButNotSlowerThanTheLimit()
    {
        scan(QStringLiteral("0420000000013"), 38);
        QCOMPARE(m_scans.size(), 1);
        QCOMPARE(m_edit->text(), QString());
        scan(QStringLiteral("0420000000020"), 55);
        QCOMPARE(m_scans.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_edit->text(), QStringLiteral("0420000000020"), kTimeoutMs);
    }

    void fastHumanTypingGoesToTheFieldUntouched()
    {
        QSignalSpy returnPressed(m_edit, &QLineEdit::returnPressed);
        // A fast typist: some rolls under 40 ms, but the average well above it.
        type(QStringLiteral("Anna Petrova"), {95, 30, 140, 25, 110, 70});
        press({36, false, QStringLiteral("\r")}, 120, Qt::Key_Return);
        QCOMPARE(m_edit->text(), QStringLiteral("Anna Petrova"));
        QCOMPARE(returnPressed.size(), 1);
        // Five keys in a fast roll are fewer than a scan has: they arrive once the pause shows it.
        m_edit->clear();
        type(QStringLiteral("89123"), {10});
        QTRY_COMPARE_WITH_TIMEOUT(m_edit->text(), QStringLiteral("89123"), kTimeoutMs);
        QVERIFY(m_scans.isEmpty());
    }

    void shortcutsAndEditingKeysEndABurst()
    {
        type(QStringLiteral("abc"), {10});
        QTest::keyClick(m_edit, Qt::Key_Backspace);
        QCOMPARE(m_edit->text(), QStringLiteral("ab"));
        QVERIFY(m_scans.isEmpty());
    }

    void wrongLayoutsAreReadFromTheKeys_data()
    {
        QTest::addColumn<int>("layout");
        QTest::newRow("azerty") << 0;
        QTest::newRow("russian") << 1;
        QTest::newRow("arabic") << 2;
        QTest::newRow("persian") << 3;
    }
    void wrongLayoutsAreReadFromTheKeys()
    {
        QFETCH(int, layout);
        const Layout* layouts[] = {&kAzerty, &kRussian, &kArabic, &kPersian};
        // As the main window does: a card or coupon shape is what the scanner meant.
        m_filter->setRecognizer(
            [](const QString& code) { return CouponCode::normalize(code).ok() || code.startsWith(u"042"); });
        scan(QStringLiteral("0420000000013"), 6, *layouts[layout]);
        const QString code = QStringLiteral("ABCDEFGHJK") + CouponCode::checkCharacter(u"ABCDEFGHJK");
        scan(code, 6, *layouts[layout]);
        scan(QStringLiteral("Order4711x"), 6, *layouts[layout]);
        QCOMPARE(m_scans, QStringList({QStringLiteral("0420000000013"), code, QStringLiteral("Order4711x")}));
        QCOMPARE(m_edit->text(), QString());
    }

    void aScannerSetUpForTheLayoutIsReadAsTyped()
    {
        // An AZERTY scanner on an AZERTY keyboard types the right text with other keys; the shop's code
        // shapes settle which reading is meant.
        m_filter->setRecognizer([](const QString& code) { return CouponCode::normalize(code).ok(); });
        const QString code = QStringLiteral("QAZWSXMN12") + CouponCode::checkCharacter(u"QAZWSXMN12");
        for (qsizetype i = 0; i < code.size(); ++i) {
            // On AZERTY, Q is on the US A key, A on Q, Z on W, W on Z, M on the ; key, and digits need Shift.
            static const QHash<QChar, Key> azerty = {{u'Q', {38, true, QStringLiteral("Q")}},
                                                     {u'A', {24, true, QStringLiteral("A")}},
                                                     {u'Z', {25, true, QStringLiteral("Z")}},
                                                     {u'W', {52, true, QStringLiteral("W")}},
                                                     {u'M', {47, true, QStringLiteral("M")}}};
            const QChar c = code[i];
            Key key = azerty.value(c);
            if (key.code == 0) {
                key = keyFor(c, kUs);
                key.shift = true; // Shift on AZERTY digits and letters alike
                key.text = QString(c);
            }
            press(key, i == 0 ? 1000 : 7);
        }
        press({36, false, QStringLiteral("\r")}, 7, Qt::Key_Return);
        QCOMPARE(m_scans, QStringList{code});
    }

    void prefixAndSuffixAreStripped()
    {
        m_filter->setAffixes(QStringLiteral("x"), QStringLiteral("z"));
        scan(QStringLiteral("x0420000000013z"), 8);
        QCOMPARE(m_scans, QStringList{QStringLiteral("0420000000013")});
    }

    void disabledItLetsEverythingThrough()
    {
        m_filter->setEnabled(false);
        scan(QStringLiteral("0420000000013"), 8, kUs, false);
        QCOMPARE(m_edit->text(), QStringLiteral("0420000000013"));
        QVERIFY(m_scans.isEmpty());
    }

    void keysTheProgramSendsItselfAreLeftAlone()
    {
        m_filter->setSyntheticKeysAccepted(false);
        scan(QStringLiteral("0420000000013"), 8);
        QCOMPARE(m_edit->text(), QStringLiteral("0420000000013"));
        QVERIFY(m_scans.isEmpty());
    }

    void usLayoutTable()
    {
        QCOMPARE(WedgeScanFilter::usLayoutCharacter(10, false), QChar(u'1'));
        QCOMPARE(WedgeScanFilter::usLayoutCharacter(19, false), QChar(u'0'));
        QCOMPARE(WedgeScanFilter::usLayoutCharacter(38, true), QChar(u'A'));
        QCOMPARE(WedgeScanFilter::usLayoutCharacter(58, false), QChar(u'm'));
        QCOMPARE(WedgeScanFilter::usLayoutCharacter(90, false), QChar(u'0')); // keypad
        QVERIFY(WedgeScanFilter::usLayoutCharacter(0, false).isNull());
    }
};

QTEST_MAIN(TestWedgeScanFilter)
#include "test_wedgescanfilter.moc"
