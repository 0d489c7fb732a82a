#pragma once

class QSettings;

namespace gardener {

// Settings that name hosts, projects, accounts and key files are the person's business: after
// writing them, their file is made owner-only (0600), and the folder the app keeps them in
// (the one named after the organization) owner-only too (0700). Folders of other programs,
// such as ~/.config itself, are left as they are.
void keepSettingsPrivate(QSettings &settings);

} // namespace gardener
