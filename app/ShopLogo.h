#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QImage>

class Database;

// The shop's logo for printed cards, slips and sheets. The image itself is kept in the shop's settings (PNG,
// scaled to at most MaxSidePx), so it moves with the database to another computer.
class ShopLogo
{
    Q_DECLARE_TR_FUNCTIONS(ShopLogo)

public:
    static constexpr int MaxSidePx = 600;

    explicit ShopLogo(Database& db);

    // A null image when the shop has none.
    QImage image() const;
    // Reads an image file (PNG, JPEG, …) and keeps it as the logo.
    Result<void> setFromFile(const QString& path);
    Result<void> setImage(const QImage& image);
    Result<void> clear();

private:
    Database& m_db;
};
