#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Cuts the byte stream of a serial scanner into codes: frames end with CR, LF, CR LF or Tab, or come wrapped
// in STX…ETX; partial reads are joined, an over-long frame is discarded, configured prefix/suffix characters
// and AIM symbology identifiers (]E0, ]C1, ]Q1 …) are removed, the identifier kept as the symbology.
class ScanDecoder
{
    Q_DECLARE_TR_FUNCTIONS(ScanDecoder)

public:
    enum class Framing
    {
        Auto, // any of CR, LF, Tab or ETX ends a code; STX starts one
        CR,
        LF,
        CRLF,
        Tab,
        StxEtx
    };
    struct Options
    {
        Framing framing = Framing::Auto;
        QString prefix; // characters the scanner is set to send before every code
        QString suffix; // … and after it, before the end mark
        int maxFrameLength = 512;
    };
    struct Frame
    {
        QString code;
        QString symbology; // the AIM identifier, e.g. "]E0"; empty when the scanner sends none
    };
    struct Output
    {
        QList<Frame> frames;
        QStringList diagnostics; // for the person setting up the scanner: what was thrown away and why
    };

    // More problems in one read are summed up in one line, so noise cannot flood the log.
    static constexpr int MaxDiagnosticsPerRead = 4;

    ScanDecoder();
    explicit ScanDecoder(Options options);

    const Options& options() const { return m_options; }
    // Changes the framing or affixes; forgets a partial frame.
    void setOptions(const Options& options);
    // Takes the bytes of one read and returns the codes they complete.
    Output feed(QByteArrayView bytes);
    // Forgets a partial frame, e.g. after the port was reopened.
    void reset();
    qsizetype pendingBytes() const { return m_pending.size(); }

    static QString framingKey(Framing framing);
    static std::optional<Framing> framingFromKey(QStringView key);
    static QList<Framing> allFramings();
    // Names the framing for a person ("CR LF", "STX … ETX", "Automatic").
    static QString framingName(Framing framing);
    // "]E00421…" → {"0421…", "]E0"}; text without an identifier is returned unchanged.
    static Frame splitSymbology(const QString& text);
    // Removes the configured prefix and suffix when the code carries them.
    static QString stripAffixes(const QString& code, const QString& prefix, const QString& suffix);

private:
    bool endsFrame(char byte) const;
    void report(Output& output, const QString& message);
    void finishFrame(Output& output);
    void discardOverlong(Output& output);

    Options m_options;
    QByteArray m_pending;
    bool m_inStxFrame = false;
    bool m_skippingOverlong = false;
    qsizetype m_noiseBytes = 0; // bytes outside STX…ETX since the last report
    int m_unreported = 0;       // problems in this read beyond MaxDiagnosticsPerRead
};
