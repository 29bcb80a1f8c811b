#include "Clock.h"
#include "CustomerPage.h"
#include "DemoShop.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTimer>

// Every window and dialog the owner can reach, in one language (REGULARS_TEST_LANGUAGE, one CTest entry per
// language): no text left in English, no label or button too narrow for its text, and the layout direction of
// the language. Dialogs are found the way a person finds them: menu items and buttons whose text ends in "…".
namespace {
class SilentPrompts final : public Prompts
{
public:
    bool confirm(QWidget*, const QString&, const QString&, const QString&) override { return false; }
    void warn(QWidget*, const QString&, const QString&) override {}
    void inform(QWidget*, const QString&, const QString&) override {}
    QString askText(QWidget*, const QString&, const QString&) override { return {}; }
};

QString plain(QString text)
{
    if (Qt::mightBeRichText(text))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    // "&&" is a literal ampersand; a single one marks the accelerator.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

bool opensDialog(const QString& text)
{
    return text.trimmed().endsWith(u'…') || text.trimmed().endsWith(QStringLiteral("..."));
}
} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

    QString m_language;
    std::unique_ptr<TestSupport::ScratchDatabase> m_scratch;
    std::unique_ptr<SettableClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
    SilentPrompts m_prompts;
    QStringList m_problems;
    QStringList m_seen;
    bool m_skipData = false;

    // Words a translation keeps in Latin letters: the product, file kinds, barcode names, currency codes.
    bool allowedLatin(const QString& word) const
    {
        static const QStringList kept = {QStringLiteral("Regulars"), QStringLiteral("PDF"), QStringLiteral("CSV"),
                                         QStringLiteral("JSON"),     QStringLiteral("QR"),  QStringLiteral("EAN"),
                                         QStringLiteral("Code"),     QStringLiteral("USB"), QStringLiteral("UTF"),
                                         QStringLiteral("CDNOW"),    QStringLiteral("BG"),  QStringLiteral("NBD"),
                                         QStringLiteral("CR"),       QStringLiteral("LF"),  QStringLiteral("STX"),
                                         QStringLiteral("ETX"),      QStringLiteral("Tab"), QStringLiteral("Enter"),
                                         QStringLiteral("Ctrl"),     QStringLiteral("Shift"), QStringLiteral("Esc"),
                                         QStringLiteral("Alt"),      QStringLiteral("dialout"), QStringLiteral("hex"),
                                         QStringLiteral("AIM"),  QStringLiteral("alive"),
                                         QStringLiteral("PNG"),  QStringLiteral("JPEG"), QStringLiteral("SVG"),
                                         // the citation of the model the at-risk report uses
                                         QStringLiteral("Fader"), QStringLiteral("Hardie"), QStringLiteral("and"),
                                         QStringLiteral("Lee")};
        return kept.contains(word) || QRegularExpression(QStringLiteral("^[A-Z]{3}$")).match(word).hasMatch();
    }

    void checkText(const QString& where, const QString& shown)
    {
        if (m_language == u"en" || m_skipData)
            return;
        const QString text = plain(shown);
        // Paths, addresses, e-mail and codes are data, not words.
        static const QRegularExpression tokens(QStringLiteral("\\S+"));
        static const QRegularExpression latinWord(QStringLiteral("^[^A-Za-z]*([A-Za-z]{3,})[^A-Za-z]*$"));
        for (auto it = tokens.globalMatch(text); it.hasNext();) {
            const QString token = it.next().captured();
            if (token.contains(u'/') || token.contains(u'@') || token.contains(u'.') || token.contains(u'_') ||
                (token.contains(u':') && token.size() > 6))
                continue;
            const auto match = latinWord.match(token);
            if (match.hasMatch() && !allowedLatin(match.captured(1))) {
                m_problems.append(QStringLiteral("%1: untranslated “%2”").arg(where, text.simplified().left(120)));
                return;
            }
        }
    }

    void checkWidget(const QString& context, QWidget* widget)
    {
        // A sample in another language (the language dialog's preview) is data, not the program's words.
        m_skipData = widget->property("showsData").toBool();
        const QString where = QStringLiteral("%1 › %2 %3")
                                  .arg(context, QString::fromLatin1(widget->metaObject()->className()),
                                       widget->objectName());
        const Qt::LayoutDirection expected = Translations::locale().textDirection();
        if (widget->isWindow() && widget->layoutDirection() != expected)
            m_problems.append(QStringLiteral("%1: laid out %2").arg(
                where, widget->layoutDirection() == Qt::RightToLeft ? QStringLiteral("right to left")
                                                                     : QStringLiteral("left to right")));
        if (widget->isWindow())
            checkText(where, widget->windowTitle());
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            const QString text = plain(label->text());
            checkText(where, label->text());
            if (!text.isEmpty() && label->textFormat() != Qt::RichText && !Qt::mightBeRichText(label->text())) {
                const QRect room = label->contentsRect();
                if (label->wordWrap()) {
                    if (label->heightForWidth(room.width()) > room.height() + 2)
                        m_problems.append(QStringLiteral("%1: “%2” is cut off at the bottom").arg(where, text.left(60)));
                } else {
                    int widest = 0;
                    for (const QString& line : text.split(u'\n'))
                        widest = std::max(widest, label->fontMetrics().horizontalAdvance(line));
                    if (widest > room.width() + 1)
                        m_problems.append(QStringLiteral("%1: “%2” needs %3 px, has %4")
                                              .arg(where, text.left(60)).arg(widest).arg(room.width()));
                }
            }
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            checkText(where, button->text());
            if (!button->text().isEmpty() && button->sizeHint().width() > button->width() + 1)
                m_problems.append(QStringLiteral("%1: button “%2” needs %3 px, has %4")
                                      .arg(where, plain(button->text()))
                                      .arg(button->sizeHint().width())
                                      .arg(button->width()));
        } else if (auto* box = qobject_cast<QGroupBox*>(widget)) {
            checkText(where, box->title());
        } else if (auto* edit = qobject_cast<QLineEdit*>(widget)) {
            checkText(where, edit->placeholderText());
        } else if (auto* tabs = qobject_cast<QTabWidget*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                checkText(where, tabs->tabText(i));
        } else if (auto* view = qobject_cast<QAbstractItemView*>(widget)) {
            if (QAbstractItemModel* model = view->model()) {
                for (int c = 0; c < model->columnCount(); ++c)
                    checkText(where, model->headerData(c, Qt::Horizontal).toString());
            }
        }
        // Dates in the calendar of the settings: a date field in another calendar, or a Gregorian month named in a
        // Persian window (where the Solar Hijri calendar is the usual one), is a date shown the wrong way.
        if (auto* dateEdit = qobject_cast<QDateEdit*>(widget); dateEdit && dateEdit->calendar().name() != Translations::calendar().name())
            m_problems.append(QStringLiteral("%1: date field in the %2 calendar").arg(where, dateEdit->calendar().name()));
        if (m_language == u"fa" && !m_skipData) {
            static const QStringList gregorianMonths = {
                QStringLiteral("ژانویه"), QStringLiteral("فوریه"), QStringLiteral("مارس"), QStringLiteral("آوریل"),
                QStringLiteral("مه"), QStringLiteral("ژوئن"), QStringLiteral("ژوئیه"), QStringLiteral("اوت"),
                QStringLiteral("سپتامبر"), QStringLiteral("اکتبر"), QStringLiteral("نوامبر"), QStringLiteral("دسامبر")};
            QString text;
            if (auto* label = qobject_cast<QLabel*>(widget))
                text = plain(label->text());
            for (const QString& word : text.split(QRegularExpression(QStringLiteral("[\\s،,]+")), Qt::SkipEmptyParts)) {
                if (gregorianMonths.contains(word))
                    m_problems.append(QStringLiteral("%1: Gregorian month in “%2”").arg(where, text.left(60)));
            }
        }
        if (!widget->toolTip().isEmpty())
            checkText(where + QStringLiteral(" (tooltip)"), widget->toolTip());
    }

    // The window as it is now, then each page of its tab widgets.
    void inspect(const QString& context, QWidget* window)
    {
        QApplication::processEvents();
        const auto walk = [&] {
            checkWidget(context, window);
            for (QWidget* child : window->findChildren<QWidget*>()) {
                if (child->isVisibleTo(window) && !child->isWindow())
                    checkWidget(context, child);
            }
        };
        walk();
        for (QTabWidget* tabs : window->findChildren<QTabWidget*>()) {
            if (!tabs->isVisibleTo(window))
                continue;
            const int was = tabs->currentIndex();
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QApplication::processEvents();
                walk();
            }
            tabs->setCurrentIndex(was);
        }
        m_seen.append(context);
    }

    // Triggers something that may open a modal dialog or a window; inspects what opens and closes it.
    void openAndInspect(const QString& context, const std::function<void()>& trigger)
    {
        const QWidgetList before = QApplication::topLevelWidgets();
        bool inspected = false;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal || inspected)
                return;
            inspected = true;
            // Qt's own dialogs (files, printing) are Qt's to translate.
            if (!qobject_cast<QFileDialog*>(modal) && !QByteArray(modal->metaObject()->className()).startsWith('Q'))
                inspect(context, modal);
            if (auto* dialog = qobject_cast<QDialog*>(modal))
                dialog->reject();
            else
                modal->close();
        });
        poll.start();
        trigger();
        poll.stop();
        QApplication::processEvents();
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if (!before.contains(top) && top->isVisible() && !top->inherits("QMenu")) {
                inspect(context, top);
                top->close();
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_language = qEnvironmentVariable("REGULARS_TEST_LANGUAGE", QStringLiteral("en"));
        Translations::install(m_language);
        QApplication::setLayoutDirection(Translations::locale().textDirection());
        Prompts::setInstance(&m_prompts);
        const QHash<QString, QString> regions = {{QStringLiteral("en"), QStringLiteral("GB")},
                                                 {QStringLiteral("ar"), QStringLiteral("SA")},
                                                 {QStringLiteral("fa"), QStringLiteral("IR")},
                                                 {QStringLiteral("ru"), QStringLiteral("RU")}};
        m_scratch = TestSupport::scratchDatabase(regions.value(m_language));
        m_clock = std::make_unique<SettableClock>(TestSupport::fixedNow());
        DemoShop::Options options;
        options.customers = 40;
        options.region = regions.value(m_language);
        QVERIFY(DemoShop(*m_scratch->db, *m_clock).create(options).ok());
        m_window = std::make_unique<MainWindow>(*m_scratch->db, *m_clock);
        m_window->resize(1100, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_scratch.reset();
        Prompts::setInstance(nullptr);
    }

    void init() { TestSupport::failOnWarnings(); }

    // The checks themselves: a label too narrow for its text, a button squeezed, English left in a dialog.
    void theChecksFindWhatTheyLookFor()
    {
        m_problems.clear();
        QDialog dialog;
        dialog.setLayoutDirection(Translations::locale().textDirection());
        auto* label = new QLabel(QStringLiteral("A sentence nobody translated"), &dialog);
        label->setGeometry(0, 0, 40, 20);
        auto* button = new QPushButton(QStringLiteral("Squeezed"), &dialog);
        button->setGeometry(0, 30, 20, 20);
        dialog.show();
        inspect(QStringLiteral("self-check"), &dialog);
        QVERIFY2(m_problems.filter(QStringLiteral("needs")).size() == 2, qPrintable(m_problems.join(u'\n')));
        if (m_language != u"en")
            QVERIFY2(!m_problems.filter(QStringLiteral("untranslated")).isEmpty(), qPrintable(m_problems.join(u'\n')));
        m_problems.clear();
    }

    void mainWindowAndCustomerPage()
    {
        m_problems.clear();
        inspect(QStringLiteral("main window"), m_window.get());
        for (QMenu* menu : m_window->menuBar()->findChildren<QMenu*>()) {
            for (QAction* action : menu->actions())
                checkText(QStringLiteral("menu"), action->text());
        }
        m_window->openCustomer(1);
        QVERIFY(m_window->customerPage()->isVisible());
        inspect(QStringLiteral("customer page"), m_window.get());
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
    }

    void everyDialogFromTheMenus()
    {
        m_problems.clear();
        m_seen.clear();
        m_window->openCustomer(1);
        for (QAction* top : m_window->menuBar()->actions()) {
            if (!top->menu())
                continue;
            for (QAction* action : top->menu()->actions()) {
                if (action->isSeparator() || action->menu() || !action->isEnabled() || !opensDialog(action->text()))
                    continue;
                openAndInspect(plain(action->text()), [action] { action->trigger(); });
            }
        }
        QVERIFY2(m_seen.size() >= 6, qPrintable(m_seen.join(u", ")));
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
    }

    void everyDialogFromTheCustomerPage()
    {
        m_problems.clear();
        m_seen.clear();
        m_window->openCustomer(1);
        CustomerPage* page = m_window->customerPage();
        QList<QAbstractButton*> buttons;
        for (QAbstractButton* button : page->findChildren<QAbstractButton*>()) {
            if (opensDialog(button->text()))
                buttons.append(button);
        }
        for (QAbstractButton* button : buttons) {
            if (!button->isEnabled())
                continue;
            // The button may sit on a tab that is not shown; a person would open that tab first.
            for (QWidget* w = button; w && w != page; w = w->parentWidget()) {
                if (auto* tabs = qobject_cast<QTabWidget*>(w->parentWidget() ? w->parentWidget()->parentWidget()
                                                                              : nullptr);
                    tabs && tabs->indexOf(w) >= 0)
                    tabs->setCurrentWidget(w);
            }
            openAndInspect(plain(button->text()), [button] { button->click(); });
        }
        QVERIFY2(m_seen.size() >= 3, qPrintable(m_seen.join(u", ")));
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
    }
};

QTEST_MAIN(TestLanguages)
#include "test_languages.moc"
