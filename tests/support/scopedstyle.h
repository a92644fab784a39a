// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The application's style and palette, for a test that shows the widgets in another look (a dark
// Fusion, say); put back when the guard goes out of scope, also when a check returns early.
// Header only: the support library does not link Qt Widgets.

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

class ScopedApplicationStyle
{
public:
    ScopedApplicationStyle()
        : m_style(QApplication::style()->name())
        , m_palette(QApplication::palette())
    {
    }
    ~ScopedApplicationStyle()
    {
        QApplication::setPalette(m_palette);
        QApplication::setStyle(QStyleFactory::create(m_style));
    }
    ScopedApplicationStyle(const ScopedApplicationStyle &) = delete;
    ScopedApplicationStyle &operator=(const ScopedApplicationStyle &) = delete;

private:
    QString m_style;
    QPalette m_palette;
};
