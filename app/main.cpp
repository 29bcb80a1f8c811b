#include "CommandLine.h"
#include "RegularsApplication.h"
#include "Translations.h"

#include <QCoreApplication>
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
        QCoreApplication app(argc, argv);
        Translations::install(commandLine.language());
        QTextStream out(stdout);
        QTextStream err(stderr);
        return commandLine.run(out, err);
    }
    return RegularsApplication::runWindow(argc, argv, commandLine.databasePath(), commandLine.language(),
                                          commandLine.initialSearch());
}
