#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QImage>

class ShopSettings;

// The shop's logo for printed cards, slips and sheets. The image itself is kept in the shop's settings (PNG,
// scaled to at most MaxSidePx), so it moves with the database to another computer.
class ShopLogo
{
    Q_DECLARE_TR_FUNCTIONS(ShopLogo)

public:
    static constexpr int MaxSidePx = 600;

    // A null image when the shop has none.
    static QImage image(const ShopSettings& settings);
    // Reads an image file (PNG, JPEG, …) into a logo ready to keep.
    static Result<QImage> read(const QString& path);
    // Keeps `image` as the logo; a null image removes it.
    static Result<void> store(ShopSettings& settings, const QImage& image);
};
