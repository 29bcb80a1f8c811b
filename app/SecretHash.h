#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

// Passwords and PINs as Argon2id hashes (libsodium's crypto_pwhash_str); the secret itself is never stored.
class SecretHash
{
    Q_DECLARE_TR_FUNCTIONS(SecretHash)

public:
    static Result<QString> hash(const QString& secret);
    static bool verify(const QString& hash, const QString& secret);
};
