#pragma once

#include "core/util/error.h"

#include <QList>
#include <QString>

class QSettings;

namespace gardener::search {

// A named filter: the filter box's query (see searchquery.h), severity and service included.
struct SavedView
{
    QString name;
    QString query;
    bool operator==(const SavedView &o) const = default;
};

// Saved views kept in QSettings under "clustersPage/views", in the order they were saved.
class SavedViews
{
public:
    explicit SavedViews(QSettings &settings);

    QList<SavedView> views() const;
    // Saves (or replaces the view of the same name). Refuses an empty name or a query that
    // does not parse, saying why.
    Result<void> save(const QString &name, const QString &query);
    bool remove(const QString &name);
    // The query of a view, empty when there is none of that name.
    QString query(const QString &name) const;

private:
    void write(const QList<SavedView> &views);
    QSettings &m_settings;
};

} // namespace gardener::search
