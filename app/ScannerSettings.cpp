#include "ScannerSettings.h"

#include "UserSettings.h"

namespace {
template <typename Enum> struct Named
{
    Enum value;
    const char16_t* key;
};
constexpr Named<QSerialPort::Parity> kParities[] = {{QSerialPort::NoParity, u"none"},
                                                    {QSerialPort::EvenParity, u"even"},
                                                    {QSerialPort::OddParity, u"odd"},
                                                    {QSerialPort::SpaceParity, u"space"},
                                                    {QSerialPort::MarkParity, u"mark"}};
constexpr Named<QSerialPort::StopBits> kStopBits[] = {
    {QSerialPort::OneStop, u"1"}, {QSerialPort::OneAndHalfStop, u"1.5"}, {QSerialPort::TwoStop, u"2"}};
constexpr Named<QSerialPort::FlowControl> kFlows[] = {{QSerialPort::NoFlowControl, u"none"},
                                                      {QSerialPort::HardwareControl, u"rts-cts"},
                                                      {QSerialPort::SoftwareControl, u"xon-xoff"}};

template <typename Enum, size_t N> QString keyOf(const Named<Enum> (&table)[N], Enum value)
{
    for (const auto& entry : table) {
        if (entry.value == value)
            return QString::fromUtf16(entry.key);
    }
    return QString::fromUtf16(table[0].key);
}

template <typename Enum, size_t N> std::optional<Enum> valueOf(const Named<Enum> (&table)[N], QStringView key)
{
    for (const auto& entry : table) {
        if (key.compare(QStringView(entry.key), Qt::CaseInsensitive) == 0)
            return entry.value;
    }
    return std::nullopt;
}

int boundedInt(UserSettings::Key key, int low, int high, int fallback)
{
    bool ok = false;
    const int value = UserSettings::value(key).toInt(&ok);
    return ok && value >= low && value <= high ? value : fallback;
}
} // namespace

QString ScannerSettings::parityKey(QSerialPort::Parity parity)
{
    return keyOf(kParities, parity);
}
std::optional<QSerialPort::Parity> ScannerSettings::parityFromKey(QStringView key)
{
    return valueOf(kParities, key);
}
QString ScannerSettings::stopBitsKey(QSerialPort::StopBits stopBits)
{
    return keyOf(kStopBits, stopBits);
}
std::optional<QSerialPort::StopBits> ScannerSettings::stopBitsFromKey(QStringView key)
{
    return valueOf(kStopBits, key);
}
QString ScannerSettings::flowControlKey(QSerialPort::FlowControl flow)
{
    return keyOf(kFlows, flow);
}
std::optional<QSerialPort::FlowControl> ScannerSettings::flowControlFromKey(QStringView key)
{
    return valueOf(kFlows, key);
}

QList<qint32> ScannerSettings::standardBaudRates()
{
    return {1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200};
}

ScannerSettings ScannerSettings::load()
{
    using Key = UserSettings::Key;
    ScannerSettings s;
    s.port.path = UserSettings::value(Key::ScannerPort).toString();
    s.port.baudRate = boundedInt(Key::ScannerBaudRate, 50, 4000000, 9600);
    s.port.dataBits = QSerialPort::DataBits(boundedInt(Key::ScannerDataBits, 5, 8, 8));
    s.port.parity =
        parityFromKey(UserSettings::value(Key::ScannerParity).toString()).value_or(QSerialPort::NoParity);
    s.port.stopBits =
        stopBitsFromKey(UserSettings::value(Key::ScannerStopBits).toString()).value_or(QSerialPort::OneStop);
    s.port.flowControl = flowControlFromKey(UserSettings::value(Key::ScannerFlowControl).toString())
                             .value_or(QSerialPort::NoFlowControl);
    s.decoder.framing = ScanDecoder::framingFromKey(UserSettings::value(Key::ScannerFraming).toString())
                            .value_or(ScanDecoder::Framing::Auto);
    s.decoder.prefix = UserSettings::value(Key::ScannerPrefix).toString();
    s.decoder.suffix = UserSettings::value(Key::ScannerSuffix).toString();
    s.wedgeEnabled = UserSettings::value(Key::WedgeEnabled).toBool();
    s.wedge.maxAverageGapMs = boundedInt(Key::WedgeMaxGapMs, 5, 500, 40);
    s.wedge.minLength = boundedInt(Key::WedgeMinLength, 2, 100, 6);
    s.wedge.pauseMs = boundedInt(Key::WedgePauseMs, 20, 2000, 100);
    return s;
}

void ScannerSettings::save() const
{
    using Key = UserSettings::Key;
    UserSettings::setValue(Key::ScannerPort, port.path.trimmed());
    UserSettings::setValue(Key::ScannerBaudRate, port.baudRate);
    UserSettings::setValue(Key::ScannerDataBits, int(port.dataBits));
    UserSettings::setValue(Key::ScannerParity, parityKey(port.parity));
    UserSettings::setValue(Key::ScannerStopBits, stopBitsKey(port.stopBits));
    UserSettings::setValue(Key::ScannerFlowControl, flowControlKey(port.flowControl));
    UserSettings::setValue(Key::ScannerFraming, ScanDecoder::framingKey(decoder.framing));
    UserSettings::setValue(Key::ScannerPrefix, decoder.prefix);
    UserSettings::setValue(Key::ScannerSuffix, decoder.suffix);
    UserSettings::setValue(Key::WedgeEnabled, wedgeEnabled);
    UserSettings::setValue(Key::WedgeMaxGapMs, wedge.maxAverageGapMs);
    UserSettings::setValue(Key::WedgeMinLength, wedge.minLength);
    UserSettings::setValue(Key::WedgePauseMs, wedge.pauseMs);
}
