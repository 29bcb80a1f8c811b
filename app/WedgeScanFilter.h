#pragma once

#include "Clock.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

class QKeyEvent;

// Installed on the application, tells a keyboard-wedge scanner from a person by timing: a burst of at least
// minLength characters whose average gap is at most maxAverageGapMs, ended by Enter/Tab or a pause of
// pauseMs, is a scan. A scan's keys never reach the focused field; a person's keys are replayed to it
// untouched (after at most one gap). A scanner typing as if on another layout (AZERTY, Arabic, Persian,
// Russian) is read from the key positions, so the code read is the code printed.
class WedgeScanFilter : public QObject
{
    Q_OBJECT

public:
    struct Thresholds
    {
        int maxAverageGapMs = 40;
        int minLength = 6;
        int pauseMs = 100;
    };
    // Whether text is a code the shop knows the shape of; decides between the text typed and the key
    // positions.
    using Recognizer = std::function<bool(const QString& code)>;

    explicit WedgeScanFilter(const Clock& clock, QObject* parent = nullptr);
    ~WedgeScanFilter() override;

    void setThresholds(const Thresholds& thresholds) { m_thresholds = thresholds; }
    const Thresholds& thresholds() const { return m_thresholds; }
    void setAffixes(const QString& prefix, const QString& suffix);
    void setRecognizer(Recognizer recognizer) { m_recognizer = std::move(recognizer); }
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // Only keys from the keyboard count by default; keys the program sends itself (tests typing into a field,
    // a window forwarding keys) are not a scanner's. Tests of scanning turn this on.
    void setSyntheticKeysAccepted(bool accepted) { m_acceptSynthetic = accepted; }
    // True while keys are held to see whether they are a scan.
    bool isHolding() const { return !m_held.empty(); }
    // Ends the current burst as a pause would: a scan when it qualifies, else the keys go to their field.
    void endBurst();

    // The character printed on the key of a US keyboard at this position (X11/evdev key code), or a null
    // QChar.
    static QChar usLayoutCharacter(quint32 nativeScanCode, bool shift);

Q_SIGNALS:
    void scanned(const QString& code, const QString& symbology);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct HeldKey
    {
        QPointer<QObject> target;
        std::unique_ptr<QKeyEvent> event;
    };
    void hold(QObject* target, const QKeyEvent* event);
    bool qualifiesAsScan() const;
    void finishScan();
    void replayHeld();
    void clearBurst();
    void armTimer(qint64 now);
    qint64 nowMs() const;

    const Clock& m_clock;
    Thresholds m_thresholds;
    QString m_prefix;
    QString m_suffix;
    Recognizer m_recognizer;
    bool m_enabled = true;
    bool m_replaying = false;
    bool m_acceptSynthetic = false;
    std::vector<HeldKey> m_held;
    QString m_typed;      // the characters as the keyboard layout produced them
    QString m_positional; // the characters printed on the keys pressed, on a US keyboard
    qint64 m_firstMs = 0;
    qint64 m_lastMs = 0;
    QSet<int> m_unreleased;      // keys of the burst whose release has not come yet
    QSet<int> m_swallowReleases; // releases that belong to a finished scan
    QTimer m_timer;
};
