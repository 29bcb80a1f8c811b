#include "ShopLogo.h"

#include "ShopSettings.h"

#include <QBuffer>
#include <QDir>
#include <QImageReader>

ShopLogo::ShopLogo(Database& db) : m_db(db)
{
}

QImage ShopLogo::image() const
{
    const QString stored = ShopSettings(m_db).value(ShopSettings::Key::ShopLogo);
    if (stored.isEmpty())
        return QImage();
    return QImage::fromData(QByteArray::fromBase64(stored.toLatin1()), "PNG");
}

Result<void> ShopLogo::setFromFile(const QString& path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage read = reader.read();
    if (read.isNull())
        return makeError(Error::Kind::Invalid, tr("%1 could not be read as an image: %2")
                                                   .arg(QDir::toNativeSeparators(path), reader.errorString()));
    return setImage(read);
}

Result<void> ShopLogo::setImage(const QImage& image)
{
    if (image.isNull())
        return makeError(Error::Kind::Invalid, tr("The logo is an empty image."));
    // Print size is a few centimetres: 600 pixels is 300 dpi at 5 cm, and keeps the settings row small.
    const QImage scaled = std::max(image.width(), image.height()) > MaxSidePx
                              ? image.scaled(MaxSidePx, MaxSidePx, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                              : image;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!scaled.save(&buffer, "PNG"))
        return makeError(Error::Kind::Failed, tr("The logo could not be stored as PNG."));
    return ShopSettings(m_db).setValue(ShopSettings::Key::ShopLogo, QString::fromLatin1(png.toBase64()));
}

Result<void> ShopLogo::clear()
{
    return ShopSettings(m_db).setValue(ShopSettings::Key::ShopLogo, QString());
}
