// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

// The app's icon: the icon theme's entry for the app id when there is one (an installed package,
// or a theme that restyles it), else the PNG sizes embedded from packaging/linux/icons.
QIcon applicationIcon();
