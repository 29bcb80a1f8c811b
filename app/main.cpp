#include "CommandLine.h"
#include "Database.h"
#include "RegularsApplication.h"
#include "TerminalPasswordPrompt.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    Translations::describeApplication();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    CommandLine commandLine(arguments);

    // Commands, --help and --version run without a display; only the window needs a QApplication.
    if (commandLine.runsWithoutWindow()) {
        Database::setPasswordPrompt(&TerminalPasswordPrompt::ask);
        QTextStream out(stdout);
        QTextStream err(stderr);
        if (commandLine.needsGuiApplication()) {
            // Painting PDFs needs fonts and a paint engine, not a screen: default to the offscreen platform.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QGuiApplication app(argc, argv);
            Translations::install(commandLine.language());
            return commandLine.run(out, err);
        }
        QCoreApplication app(argc, argv);
        Translations::install(commandLine.language());
        return commandLine.run(out, err);
    }
    return RegularsApplication::runWindow(argc, argv, commandLine.databasePath(), commandLine.language(),
                                          commandLine.initialSearch());
}
