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
