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

// Answers every question the code asks through Prompts, and records what it said: confirmations get
// `answer`, a line of text gets `text`.
class RecordingPrompts final : public Prompts
{
public:
    bool answer = true;
    QString text;
    QStringList shown; // the message, or the question, of every prompt in order
    bool confirm(QWidget*, const QString&, const QString& message, const QString&) override
    {
        shown.append(message);
        return answer;
    }
    void warn(QWidget*, const QString&, const QString& message) override { shown.append(message); }
    void inform(QWidget*, const QString&, const QString& message) override { shown.append(message); }
    QString askText(QWidget*, const QString&, const QString& label) override
    {
        shown.append(label);
        return text;
    }
};
// The same, under the name the coupon and printing tests use.
using AnsweringPrompts = RecordingPrompts;

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
