#include "UserSettings.h"

#include <QSettings>

namespace {
struct Definition
{
    UserSettings::Key key;
    const char* name;
    QVariant defaultValue;
};

const Definition& definition(UserSettings::Key key)
{
    // One table of every user setting, its stored name and its default.
    static const Definition definitions[] = {
        {UserSettings::Key::OperatorName, "operator/name", QVariant(QString())},
        {UserSettings::Key::MainWindowGeometry, "window/geometry", QVariant(QByteArray())},
        {UserSettings::Key::MainWindowSplitter, "window/splitter", QVariant(QByteArray())},
        {UserSettings::Key::LastImportFolder, "import/folder", QVariant(QString())},
        {UserSettings::Key::TillId, "till/id", QVariant(QStringLiteral("1"))},
        {UserSettings::Key::LastExportFolder, "export/folder", QVariant(QString())},
        {UserSettings::Key::ScannerPort, "scanner/port", QVariant(QString())},
        {UserSettings::Key::ScannerBaudRate, "scanner/baud", QVariant(9600)},
        {UserSettings::Key::ScannerDataBits, "scanner/dataBits", QVariant(8)},
        {UserSettings::Key::ScannerParity, "scanner/parity", QVariant(QStringLiteral("none"))},
        {UserSettings::Key::ScannerStopBits, "scanner/stopBits", QVariant(QStringLiteral("1"))},
        {UserSettings::Key::ScannerFlowControl, "scanner/flowControl", QVariant(QStringLiteral("none"))},
        {UserSettings::Key::ScannerFraming, "scanner/framing", QVariant(QStringLiteral("auto"))},
        {UserSettings::Key::ScannerPrefix, "scanner/prefix", QVariant(QString())},
        {UserSettings::Key::ScannerSuffix, "scanner/suffix", QVariant(QString())},
        {UserSettings::Key::WedgeEnabled, "wedge/enabled", QVariant(true)},
        {UserSettings::Key::WedgeMaxGapMs, "wedge/maxGapMs", QVariant(40)},
        {UserSettings::Key::WedgeMinLength, "wedge/minLength", QVariant(6)},
        {UserSettings::Key::WedgePauseMs, "wedge/pauseMs", QVariant(100)},
        {UserSettings::Key::CouponPaper, "coupons/paper", QVariant(QStringLiteral("a4"))},
        {UserSettings::Key::CouponGrid, "coupons/grid", QVariant(QStringLiteral("3x7"))},
        {UserSettings::Key::RecentCustomers, "home/recentCustomers", QVariant(QVariantMap())},
        {UserSettings::Key::ReportsWindowGeometry, "reports/geometry", QVariant(QByteArray())},
        {UserSettings::Key::HelpWindowGeometry, "help/geometry", QVariant(QByteArray())},
        {UserSettings::Key::Language, "region/language", QVariant(QString())},
        {UserSettings::Key::CalendarName, "region/calendar", QVariant(QString())},
        {UserSettings::Key::NativeDigits, "region/nativeDigits", QVariant(true)},
        {UserSettings::Key::CardLayout, "printing/card_layout", QVariant(QStringLiteral("a4"))},
        {UserSettings::Key::SlipWidth, "printing/slip_width", QVariant(QStringLiteral("80"))},
        {UserSettings::Key::PrintSlipAfterSale, "printing/slip_after_sale", QVariant(false)},
        {UserSettings::Key::BackupFolder, "backup/folder", QVariant(QString())},
    };
    for (const Definition& d : definitions) {
        if (d.key == key)
            return d;
    }
    return definitions[0];
}
} // namespace

QVariant UserSettings::value(Key key)
{
    const Definition& d = definition(key);
    return QSettings().value(QString::fromLatin1(d.name), d.defaultValue);
}

void UserSettings::setValue(Key key, const QVariant& value)
{
    QSettings().setValue(QString::fromLatin1(definition(key).name), value);
}

QString UserSettings::operatorName()
{
    QString saved = value(Key::OperatorName).toString().trimmed();
    if (!saved.isEmpty())
        return saved;
    const QString account = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return account.isEmpty() ? QStringLiteral("owner") : account;
}
