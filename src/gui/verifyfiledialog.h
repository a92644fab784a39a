// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "verifyoutcome.h"
#include "catalog/catalog.h"

#include <QDialog>

class Md5Hasher;
class QDialogButtonBox;
class QLabel;
class QProgressBar;

// File > Verify File…: hashes a local file on a pool thread (Md5Hasher), with progress and
// Cancel, then says what the catalog knows about it (VerifyOutcome).
class VerifyFileDialog : public QDialog
{
    Q_OBJECT

public:
    VerifyFileDialog(CatalogPtr catalog, QWidget *parent = nullptr);
    ~VerifyFileDialog() override;

    // Returns at once. A dialog already checking a file drops it for this one (the window keeps
    // one Verify dialog, not a pile of them).
    void start(const QString &path);
    void setCatalog(CatalogPtr catalog) { m_catalog = std::move(catalog); }
    QString path() const { return m_path; }
    bool isDone() const { return m_done; }
    const VerifyOutcome &outcome() const { return m_outcome; }
    QString resultText() const;  // the headline, or the error
    QProgressBar *progressBar() const { return m_progress; }

Q_SIGNALS:
    void verified(const VerifyOutcome &outcome);
    void failed(const QString &error);

public Q_SLOTS:
    void reject() override; // Cancel stops the hash

private:
    void onProgress(quint64 generation, qint64 bytes);
    void onFinished(quint64 generation, const QString &md5);
    void onFailed(quint64 generation, const QString &error);
    void showResult(const QIcon &icon, const QString &headline, const QString &details);

    CatalogPtr m_catalog;
    Md5Hasher *m_hasher;
    quint64 m_generation = 0;
    QString m_path;
    qint64 m_size = 0;
    bool m_done = false;
    VerifyOutcome m_outcome;
    QLabel *m_fileLabel;
    QProgressBar *m_progress;
    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_details;
    QDialogButtonBox *m_buttons;
};
