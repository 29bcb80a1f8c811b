#include "ScanDecoder.h"

#include <QStringDecoder>

namespace {
constexpr char kStx = 0x02;
constexpr char kEtx = 0x03;
constexpr char kGroupSeparator = 0x1D; // FNC1 in GS1 codes: part of the data, not noise
constexpr qsizetype kHexShown = 24;

QString hexPreview(QByteArrayView bytes)
{
    QString hex = QString::fromLatin1(bytes.first(qMin(bytes.size(), kHexShown)).toByteArray().toHex(' '));
    if (bytes.size() > kHexShown)
        hex += QStringLiteral(" …");
    return hex;
}

bool isNoiseByte(char byte)
{
    const auto u = static_cast<unsigned char>(byte);
    return (u < 0x20 && byte != kGroupSeparator) || u == 0x7F;
}
} // namespace

ScanDecoder::ScanDecoder() : ScanDecoder(Options{})
{
}

ScanDecoder::ScanDecoder(Options options) : m_options(std::move(options))
{
    m_pending.reserve(64);
}

void ScanDecoder::setOptions(const Options& options)
{
    m_options = options;
    reset();
}

void ScanDecoder::reset()
{
    m_pending.clear();
    m_inStxFrame = false;
    m_skippingOverlong = false;
    m_noiseBytes = 0;
}

bool ScanDecoder::endsFrame(char byte) const
{
    switch (m_options.framing) {
    case Framing::Auto:
        return byte == '\r' || byte == '\n' || byte == '\t' || byte == kEtx;
    case Framing::CR:
        return byte == '\r';
    case Framing::LF:
    case Framing::CRLF:
        return byte == '\n';
    case Framing::Tab:
        return byte == '\t';
    case Framing::StxEtx:
        return byte == kEtx;
    }
    return false;
}

ScanDecoder::Output ScanDecoder::feed(QByteArrayView bytes)
{
    Output output;
    const bool stxFraming = m_options.framing == Framing::StxEtx;
    const bool stxStarts = stxFraming || m_options.framing == Framing::Auto;
    for (const char byte : bytes) {
        if (stxStarts && byte == kStx) {
            // A new frame begins: whatever came before without an end mark was not a whole code.
            if (!m_pending.isEmpty() && !m_skippingOverlong)
                report(output, tr("Incomplete code discarded (no end mark before the next STX): %1")
                                   .arg(hexPreview(m_pending)));
            m_pending.clear();
            m_skippingOverlong = false;
            m_inStxFrame = true;
            continue;
        }
        if (endsFrame(byte)) {
            if (m_skippingOverlong)
                m_skippingOverlong = false;
            else if (!stxFraming || m_inStxFrame)
                finishFrame(output);
            m_pending.clear();
            m_inStxFrame = false;
            continue;
        }
        if (m_skippingOverlong)
            continue;
        if (stxFraming && !m_inStxFrame) {
            // Line ends some scanners add after ETX are harmless; anything else hints at the wrong framing.
            if (byte != '\r' && byte != '\n')
                ++m_noiseBytes;
            continue;
        }
        m_pending.append(byte);
        if (m_pending.size() > m_options.maxFrameLength)
            discardOverlong(output);
    }
    if (m_noiseBytes > 0) {
        report(output, tr("%Ln byte(s) outside STX … ETX ignored; check the framing setting.", nullptr,
                          int(m_noiseBytes)));
        m_noiseBytes = 0;
    }
    if (m_unreported > 0) {
        output.diagnostics.append(tr("… and %Ln more unreadable piece(s).", nullptr, m_unreported));
        m_unreported = 0;
    }
    return output;
}

void ScanDecoder::report(Output& output, const QString& message)
{
    if (output.diagnostics.size() < MaxDiagnosticsPerRead)
        output.diagnostics.append(message);
    else
        ++m_unreported;
}

void ScanDecoder::discardOverlong(Output& output)
{
    report(output, tr("A code longer than %1 bytes without an end mark was discarded; check the "
                      "framing setting. It began with: %2")
                       .arg(m_options.maxFrameLength)
                       .arg(hexPreview(m_pending)));
    m_pending.clear();
    m_inStxFrame = false;
    // The rest of that frame, up to its end mark, is not a code either.
    m_skippingOverlong = true;
}

void ScanDecoder::finishFrame(Output& output)
{
    QByteArrayView bytes(m_pending);
    if (m_options.framing == Framing::CRLF && bytes.endsWith('\r'))
        bytes.chop(1);
    if (bytes.isEmpty())
        return;
    bool ascii = true;
    for (const char byte : bytes) {
        if (isNoiseByte(byte)) {
            report(output, tr("Unreadable bytes discarded: %1").arg(hexPreview(bytes)));
            return;
        }
        ascii = ascii && static_cast<unsigned char>(byte) < 0x80;
    }
    QString text;
    if (ascii) {
        text = QString::fromLatin1(bytes);
    } else {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = utf8.decode(bytes);
        if (utf8.hasError()) {
            report(output,
                   tr("Unreadable bytes discarded (is the baud rate right?): %1").arg(hexPreview(bytes)));
            return;
        }
    }
    Frame frame = splitSymbology(stripAffixes(text.trimmed(), m_options.prefix, m_options.suffix));
    frame.code = frame.code.trimmed();
    if (!frame.code.isEmpty())
        output.frames.append(std::move(frame));
}

QString ScanDecoder::stripAffixes(const QString& code, const QString& prefix, const QString& suffix)
{
    QStringView view(code);
    if (!prefix.isEmpty() && view.startsWith(prefix))
        view = view.mid(prefix.size());
    if (!suffix.isEmpty() && view.endsWith(suffix))
        view.chop(suffix.size());
    return view.size() == code.size() ? code : view.toString();
}

ScanDecoder::Frame ScanDecoder::splitSymbology(const QString& text)
{
    // An AIM identifier is "]", a symbology letter and a modifier character.
    if (text.size() >= 3 && text[0] == u']' && text[1].isLetter() && text[1].unicode() < 0x80 &&
        text[2].isLetterOrNumber() && text[2].unicode() < 0x80)
        return {text.mid(3), text.left(3)};
    return {text, {}};
}

QList<ScanDecoder::Framing> ScanDecoder::allFramings()
{
    return {Framing::Auto, Framing::CR, Framing::LF, Framing::CRLF, Framing::Tab, Framing::StxEtx};
}

QString ScanDecoder::framingKey(Framing framing)
{
    switch (framing) {
    case Framing::Auto:
        return QStringLiteral("auto");
    case Framing::CR:
        return QStringLiteral("cr");
    case Framing::LF:
        return QStringLiteral("lf");
    case Framing::CRLF:
        return QStringLiteral("crlf");
    case Framing::Tab:
        return QStringLiteral("tab");
    case Framing::StxEtx:
        return QStringLiteral("stx-etx");
    }
    return QStringLiteral("auto");
}

std::optional<ScanDecoder::Framing> ScanDecoder::framingFromKey(QStringView key)
{
    for (Framing framing : allFramings()) {
        if (key.compare(framingKey(framing), Qt::CaseInsensitive) == 0)
            return framing;
    }
    return std::nullopt;
}

QString ScanDecoder::framingName(Framing framing)
{
    switch (framing) {
    case Framing::Auto:
        return tr("Automatic (CR, LF, Tab or STX … ETX)");
    case Framing::CR:
        return tr("CR (carriage return)");
    case Framing::LF:
        return tr("LF (line feed)");
    case Framing::CRLF:
        return tr("CR LF");
    case Framing::Tab:
        return tr("Tab");
    case Framing::StxEtx:
        return tr("STX … ETX");
    }
    return {};
}
