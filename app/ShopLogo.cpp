#include "ShopLogo.h"

#include "ShopSettings.h"

#include <QBuffer>
#include <QDir>
#include <QImageReader>

QImage ShopLogo::image(const ShopSettings& settings)
{
    const QString stored = settings.value(ShopSettings::Key::ShopLogo);
    if (stored.isEmpty())
        return QImage();
    return QImage::fromData(QByteArray::fromBase64(stored.toLatin1()), "PNG");
}

Result<QImage> ShopLogo::read(const QString& path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage read = reader.read();
    if (read.isNull())
        return makeError(Error::Kind::Invalid,
                         tr("%1 could not be read as an image: %2")
                             .arg(QDir::toNativeSeparators(path), reader.errorString()));
    // Print size is a few centimetres: 600 pixels is 300 dpi at 5 cm, and keeps the settings row small.
    if (std::max(read.width(), read.height()) > MaxSidePx)
        return read.scaled(MaxSidePx, MaxSidePx, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return read;
}

Result<void> ShopLogo::store(ShopSettings& settings, const QImage& image)
{
    if (image.isNull()) // an empty text, not NULL: the settings table keeps no NULL values
        return settings.setValue(ShopSettings::Key::ShopLogo, QStringLiteral(""));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return makeError(Error::Kind::Failed, tr("The logo could not be stored as PNG."));
    return settings.setValue(ShopSettings::Key::ShopLogo, QString::fromLatin1(png.toBase64()));
}
