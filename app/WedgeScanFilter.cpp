#include "WedgeScanFilter.h"

#include "ScanDecoder.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QKeyEvent>

#include <algorithm>
#include <string>

namespace {
// Modifier keys come and go around a scanner's capitals; they neither start nor end a burst.
bool isModifierKey(int key)
{
    switch (key) {
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
    case Qt::Key_Meta:
    case Qt::Key_CapsLock:
    case Qt::Key_NumLock:
        return true;
    default:
        return false;
    }
}

bool isTerminator(int key)
{
    return key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab;
}

// Digits of any script count as the digit: an Arabic or Persian layout types ١٢٣ or ۱۲۳ for 123.
QChar typedCharacter(const QKeyEvent* event)
{
    const QString text = event->text();
    if (text.size() != 1 || !text[0].isPrint())
        return {};
    const QChar ch = text[0];
    if (ch.isDigit() && ch.digitValue() >= 0)
        return QChar(char16_t(u'0' + ch.digitValue()));
    return ch;
}

QChar positionalCharacter(const QKeyEvent* event, QChar typed)
{
    const bool shift = event->modifiers().testFlag(Qt::ShiftModifier);
    if (const QChar us = WedgeScanFilter::usLayoutCharacter(event->nativeScanCode(), shift); !us.isNull())
        return us;
    // Without a native key code, Qt's key still names the Latin key for letters and digits on most layouts.
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9)
        return QChar(char16_t(u'0' + (key - Qt::Key_0)));
    if (key >= Qt::Key_A && key <= Qt::Key_Z)
        return QChar(char16_t((shift ? u'A' : u'a') + (key - Qt::Key_A)));
    return typed;
}

bool isPrintableAscii(const QString& text)
{
    return std::all_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7F; });
}
} // namespace

WedgeScanFilter::WedgeScanFilter(const Clock& clock, QObject* parent) : QObject(parent), m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &WedgeScanFilter::endBurst);
}

WedgeScanFilter::~WedgeScanFilter() = default;

void WedgeScanFilter::setAffixes(const QString& prefix, const QString& suffix)
{
    m_prefix = prefix;
    m_suffix = suffix;
}

void WedgeScanFilter::setEnabled(bool enabled)
{
    if (!enabled)
        replayHeld();
    m_enabled = enabled;
}

qint64 WedgeScanFilter::nowMs() const
{
    return m_clock.nowUtc().toMSecsSinceEpoch();
}

QChar WedgeScanFilter::usLayoutCharacter(quint32 code, bool shift)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // X11 and Wayland key codes are Linux evdev codes + 8; rows of a US keyboard, unshifted then shifted.
    struct Row
    {
        quint32 first;
        const char16_t* plain;
        const char16_t* shifted;
    };
    static constexpr Row rows[] = {
        {10, u"1234567890-=", u"!@#$%^&*()_+"},
        {24, u"qwertyuiop[]", u"QWERTYUIOP{}"},
        {38, u"asdfghjkl;'`", u"ASDFGHJKL:\"~"},
        {51, u"\\zxcvbnm,./", u"|ZXCVBNM<>?"},
        {79, u"789-456+1230.", u"789-456+1230."},
        {63, u"*", u"*"},
        {106, u"/", u"/"},
        {65, u" ", u" "},
    };
    for (const Row& row : rows) {
        const auto length = quint32(std::char_traits<char16_t>::length(row.plain));
        if (code >= row.first && code < row.first + length)
            return QChar((shift ? row.shifted : row.plain)[code - row.first]);
    }
#else
    Q_UNUSED(code)
    Q_UNUSED(shift)
#endif
    return {};
}

bool WedgeScanFilter::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if ((type != QEvent::KeyPress && type != QEvent::KeyRelease) || !m_enabled || m_replaying ||
        (!event->spontaneous() && !m_acceptSynthetic))
        return false;
    // Only the first delivery, to the focused object; the same event then travels up to its parents.
    // (QWidget's "focus" property, read without a widget header: this library has none.)
    const bool focused = watched->isWidgetType() ? watched->property("focus").toBool()
                                                 : watched == QGuiApplication::focusObject();
    if (!focused)
        return false;
    auto* key = static_cast<QKeyEvent*>(event);
    if (isModifierKey(key->key()))
        return false;
    if (type == QEvent::KeyRelease) {
        if (key->isAutoRepeat())
            return false;
        if (m_swallowReleases.remove(key->key()))
            return true;
        if (!m_held.empty()) {
            m_unreleased.remove(key->key());
            hold(watched, key);
            return true;
        }
        return false;
    }

    const qint64 now = nowMs();
    if (!m_held.empty() && now - m_lastMs > m_thresholds.pauseMs)
        endBurst();
    const Qt::KeyboardModifiers other = key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    const bool terminator = isTerminator(key->key());
    QChar typed = terminator ? QChar() : typedCharacter(key);
    // A layout may make an invisible mark or a dead key of a scanner's key; its position still says which.
    if (typed.isNull() && !terminator) {
        const QChar us =
            usLayoutCharacter(key->nativeScanCode(), key->modifiers().testFlag(Qt::ShiftModifier));
        if (!us.isNull())
            typed = key->text().isEmpty() ? QChar(u'\uFFFD') : key->text()[0];
    }
    if (other != Qt::NoModifier || key->isAutoRepeat() || (!terminator && typed.isNull())) {
        // Shortcuts, arrows, Backspace and held-down keys are a person's.
        replayHeld();
        return false;
    }
    if (terminator) {
        if (m_held.empty())
            return false;
        if (qualifiesAsScan()) {
            m_swallowReleases.insert(key->key());
            finishScan();
            return true;
        }
        replayHeld();
        return false;
    }
    // A gap that pushes the average over the limit means a person is typing: their keys go on now.
    if (!m_held.empty() && now - m_firstMs > qint64(m_thresholds.maxAverageGapMs) * m_typed.size())
        replayHeld();
    if (m_held.empty())
        m_firstMs = now;
    m_lastMs = now;
    m_typed.append(typed);
    m_positional.append(positionalCharacter(key, typed));
    m_unreleased.insert(key->key());
    hold(watched, key);
    armTimer(now);
    return true;
}

void WedgeScanFilter::armTimer(qint64 now)
{
    // Short of the minimum length, the next key must come before the average is exceeded; after it, a pause
    // ends the scan.
    qint64 wait = m_thresholds.pauseMs;
    if (m_typed.size() < m_thresholds.minLength)
        wait = qMax<qint64>(1, m_firstMs + qint64(m_thresholds.maxAverageGapMs) * m_typed.size() - now);
    m_timer.start(int(qMin<qint64>(wait, m_thresholds.pauseMs)));
}

void WedgeScanFilter::hold(QObject* target, const QKeyEvent* event)
{
    m_held.push_back({target, std::unique_ptr<QKeyEvent>(static_cast<QKeyEvent*>(event->clone()))});
}

bool WedgeScanFilter::qualifiesAsScan() const
{
    const qsizetype count = m_typed.size();
    return count >= m_thresholds.minLength &&
           m_lastMs - m_firstMs <= qint64(m_thresholds.maxAverageGapMs) * (count - 1);
}

void WedgeScanFilter::endBurst()
{
    m_timer.stop();
    if (m_held.empty())
        return;
    if (qualifiesAsScan())
        finishScan();
    else
        replayHeld();
}

void WedgeScanFilter::finishScan()
{
    m_timer.stop();
    QString code = m_typed;
    if (m_positional != m_typed) {
        // The layout that typed the code decides which reading is right; the shop's code shapes settle it.
        const auto recognized = [this](const QString& candidate) {
            return m_recognizer && m_recognizer(ScanDecoder::splitSymbology(
                                                    ScanDecoder::stripAffixes(candidate, m_prefix, m_suffix))
                                                    .code);
        };
        if (recognized(m_typed))
            code = m_typed;
        else if (recognized(m_positional) || !isPrintableAscii(m_typed))
            code = m_positional;
    }
    m_swallowReleases.unite(m_unreleased);
    clearBurst();
    const ScanDecoder::Frame frame =
        ScanDecoder::splitSymbology(ScanDecoder::stripAffixes(code, m_prefix, m_suffix));
    if (!frame.code.trimmed().isEmpty())
        Q_EMIT scanned(frame.code.trimmed(), frame.symbology);
}

void WedgeScanFilter::replayHeld()
{
    m_timer.stop();
    std::vector<HeldKey> held = std::move(m_held);
    clearBurst();
    m_replaying = true;
    for (HeldKey& key : held) {
        if (key.target)
            QCoreApplication::sendEvent(key.target, key.event.get());
    }
    m_replaying = false;
}

void WedgeScanFilter::clearBurst()
{
    m_held.clear();
    m_typed.clear();
    m_positional.clear();
    m_unreleased.clear();
}
