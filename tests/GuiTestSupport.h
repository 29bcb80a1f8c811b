#pragma once

#include "Prompts.h"

#include <QApplication>
#include <QKeyEvent>
#include <QScopeGuard>
#include <QTest>
#include <QTimer>
#include <QWidget>

// Helpers for tests that drive widgets; header-only so tests without widgets do not link them.
namespace GuiTestSupport {
// Answers every question with yes and keeps what was shown, so a test can check the messages.
class AnsweringPrompts final : public Prompts
{
public:
    QStringList shown;
    bool confirm(QWidget*, const QString&, const QString& text, const QString&) override
    {
        shown.append(text);
        return true;
    }
    void warn(QWidget*, const QString&, const QString& text) override { shown.append(text); }
    void inform(QWidget*, const QString&, const QString& text) override { shown.append(text); }
    QString askText(QWidget*, const QString&, const QString&) override { return {}; }
};

// Types any script (QTest::keyClicks only knows Latin-1): one key event per character, as a keyboard layout
// sends.
inline void typeText(QWidget* widget, const QString& text)
{
    for (QChar ch : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &release);
    }
}

// Answers every question with yes and keeps what was shown, so a test can check the message.
class RecordingPrompts final : public Prompts
{
public:
    QStringList shown;
    bool confirm(QWidget*, const QString&, const QString& text, const QString&) override
    {
        shown.append(text);
        return true;
    }
    void warn(QWidget*, const QString&, const QString& text) override { shown.append(text); }
    void inform(QWidget*, const QString&, const QString& text) override { shown.append(text); }
    QString askText(QWidget*, const QString&, const QString&) override { return {}; }
};

// Runs 'step' on the modal dialog that opens next, once it is shown.
template <typename Dialog, typename Step> void whenDialogOpens(Step step)
{
    QTimer::singleShot(0, [step] {
        for (int attempt = 0; attempt < 100; ++attempt) {
            if (auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget())) {
                // A failed check inside the step returns early: close the dialog so the test ends and
                // reports.
                const auto close = qScopeGuard([dialog] {
                    if (dialog->isVisible())
                        dialog->reject();
                });
                step(dialog);
                return;
            }
            QTest::qWait(10);
        }
        QFAIL("the dialog did not open");
    });
}
} // namespace GuiTestSupport
