#include "SecretHash.h"

#include <sodium.h>

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

Result<QString> SecretHash::hash(const QString& secret)
{
    if (!sodiumReady())
        return makeError(Error::Kind::Failed, tr("The password library could not start."));
    const QByteArray bytes = secret.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, bytes.constData(), quint64(bytes.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return makeError(Error::Kind::Failed, tr("Not enough memory to protect the password."));
    return QString::fromLatin1(out);
}

bool SecretHash::verify(const QString& hash, const QString& secret)
{
    if (!sodiumReady())
        return false;
    const QByteArray stored = hash.toLatin1();
    const QByteArray bytes = secret.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), bytes.constData(), quint64(bytes.size())) == 0;
}
