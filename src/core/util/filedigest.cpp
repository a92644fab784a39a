// SPDX-License-Identifier: GPL-3.0-or-later
#include "filedigest.h"

#include "md5digest.h"

#include <QCoreApplication>
#include <QFile>

QString md5OfFile(const QString &path, const std::function<bool(qint64 hashed)> &progress, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return QString();
    }
    Md5Digest hash;
    QByteArray block(1 << 20, Qt::Uninitialized);
    qint64 hashed = 0;
    for (;;) {
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0) {
            *error = file.errorString();
            return QString();
        }
        if (n == 0)
            break;
        hash.addData(QByteArrayView(block.constData(), n));
        hashed += n;
        if (progress && !progress(hashed)) {
            *error = QCoreApplication::translate("md5OfFile", "cancelled");
            return QString();
        }
    }
    error->clear();
    return QString::fromLatin1(hash.result().toHex());
}
