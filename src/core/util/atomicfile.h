// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Writes the whole file or nothing (QSaveFile: a failed or interrupted write leaves what was
// there), creating its folder when missing. On failure *error, when given, says why.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error = nullptr);
