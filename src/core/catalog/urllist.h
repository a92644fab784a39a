// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <initializer_list>

// The download links of a ROM file, one per mirror, in page order. The mirrors of a file share
// the same path on different hosts, so the list is stored as host prefixes ("https://bn.d.miui.com/",
// shared between files) plus a path made of two parts ("7.6.8/" and "miui_….zip", which the catalog
// shares with the version and file name): 60,000 files with five mirrors each cost no string
// allocation of their own. Reads like a QStringList of full URLs.
class UrlList
{
public:
    UrlList() = default;
    UrlList(const QStringList &urls); // NOLINT(google-explicit-constructor): a list of URLs is one
    UrlList(std::initializer_list<QString> urls)
        : UrlList(QStringList(urls))
    {
    }
    // Parts are used as given (share them between files to save memory); url i is
    // prefixes[i] + folder + name.
    UrlList(QStringList prefixes, QString folder, QString name)
        : m_prefixes(std::move(prefixes))
        , m_folder(std::move(folder))
        , m_name(std::move(name))
    {
    }

    qsizetype size() const { return m_prefixes.size(); }
    bool isEmpty() const { return m_prefixes.isEmpty(); }
    QString at(qsizetype i) const { return m_prefixes.at(i) + m_folder + m_name; }
    QString operator[](qsizetype i) const { return at(i); }
    QString value(qsizetype i) const { return i >= 0 && i < size() ? at(i) : QString(); }
    QString first() const { return at(0); }
    QString last() const { return at(size() - 1); }
    bool contains(const QString &url) const;
    void append(const QString &url);
    QStringList toStringList() const;
    operator QStringList() const { return toStringList(); } // NOLINT(google-explicit-constructor)

    const QStringList &prefixes() const { return m_prefixes; }

    bool operator==(const UrlList &other) const
    {
        return (m_folder == other.m_folder && m_name == other.m_name && m_prefixes == other.m_prefixes)
            || toStringList() == other.toStringList();
    }
    bool operator!=(const UrlList &other) const { return !(*this == other); }

    class const_iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = QString;
        using difference_type = qsizetype;
        using pointer = void;
        using reference = QString;
        const_iterator(const UrlList *list, qsizetype i)
            : m_list(list)
            , m_i(i)
        {
        }
        QString operator*() const { return m_list->at(m_i); }
        const_iterator &operator++()
        {
            ++m_i;
            return *this;
        }
        bool operator==(const const_iterator &o) const { return m_i == o.m_i; }
        bool operator!=(const const_iterator &o) const { return m_i != o.m_i; }

    private:
        const UrlList *m_list;
        qsizetype m_i;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }

private:
    QStringList m_prefixes;
    QString m_folder;
    QString m_name;
};
