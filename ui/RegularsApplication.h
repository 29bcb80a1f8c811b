#pragma once

#include <QString>

// Starts the window: application object, translations, layout direction, the shop's database and first-run
// setup.
class RegularsApplication
{
public:
    static int runWindow(int& argc, char** argv, const QString& databasePath, const QString& language,
                         const QString& initialSearch = {});
};
