#include "core/search/savedviews.h"

#include "core/search/searchquery.h"

#include <QCoreApplication>
#include <QSettings>

namespace gardener::search {

namespace {
const QString kGroup = QStringLiteral("clustersPage/views");
}

SavedViews::SavedViews(QSettings &settings) : m_settings(settings) {}

QList<SavedView> SavedViews::views() const
{
    QList<SavedView> out;
    const int n = m_settings.beginReadArray(kGroup);
    for (int i = 0; i < n; ++i) {
        m_settings.setArrayIndex(i);
        SavedView v{m_settings.value(QStringLiteral("name")).toString(),
                    m_settings.value(QStringLiteral("query")).toString()};
        if (!v.name.isEmpty())
            out << v;
    }
    m_settings.endArray();
    return out;
}

void SavedViews::write(const QList<SavedView> &views)
{
    m_settings.remove(kGroup);
    m_settings.beginWriteArray(kGroup, int(views.size()));
    for (int i = 0; i < views.size(); ++i) {
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("name"), views.at(i).name);
        m_settings.setValue(QStringLiteral("query"), views.at(i).query);
    }
    m_settings.endArray();
}

Result<void> SavedViews::save(const QString &name, const QString &query)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return fail(QCoreApplication::translate("gardener::search::SavedViews",
                                                "A saved view needs a name."));
    if (auto parsed = parseSearch(query); !parsed)
        return fail(QCoreApplication::translate("gardener::search::SavedViews",
                                                "The view “%1” was not saved: %2")
                        .arg(clean, parsed.error().what));
    QList<SavedView> all = views();
    const auto same =
        std::find_if(all.begin(), all.end(), [&](const SavedView &v) { return v.name == clean; });
    if (same != all.end())
        same->query = query.trimmed();
    else
        all << SavedView{clean, query.trimmed()};
    write(all);
    return {};
}

bool SavedViews::remove(const QString &name)
{
    QList<SavedView> all = views();
    const auto removed = all.removeIf([&](const SavedView &v) { return v.name == name; });
    if (removed == 0)
        return false;
    write(all);
    return true;
}

QString SavedViews::query(const QString &name) const
{
    for (const SavedView &v : views())
        if (v.name == name)
            return v.query;
    return {};
}

} // namespace gardener::search
