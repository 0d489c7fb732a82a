#include "core/clustering/clusterdecisions.h"

#include "core/clustering/clusterset.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace gardener::clustering {

void ClusterDecisions::add(ClusterDecision decision)
{
    if (!decision.madeAt.isValid())
        decision.madeAt = QDateTime::currentDateTimeUtc();
    m_decisions.push_back(std::move(decision));
}

Result<void> ClusterDecisions::merge(const ClusterSet &set, const QStringList &clusterFingerprints,
                                     const QString &note)
{
    ClusterDecision d;
    d.kind = ClusterDecision::Kind::Merge;
    d.note = note;
    int found = 0;
    for (const QString &fp : clusterFingerprints) {
        const int c = set.clusterIndex(fp);
        if (c < 0)
            continue;
        ++found;
        for (quint32 t : set.clusters()[size_t(c)].templates)
            d.templates << set.templates()[t].fingerprint;
    }
    if (found < 2)
        return fail(QStringLiteral("A merge needs at least two clusters of this result; found %1.")
                        .arg(found));
    d.templates.removeDuplicates();
    add(std::move(d));
    return {};
}

Result<void> ClusterDecisions::split(const ClusterSet &set, const QStringList &templateFingerprints,
                                     const QString &note)
{
    ClusterDecision d;
    d.kind = ClusterDecision::Kind::Split;
    d.note = note;
    for (const QString &fp : templateFingerprints) {
        if (set.templateIndex(fp) < 0)
            return fail(QStringLiteral("No template with fingerprint %1 in this result.").arg(fp));
        d.templates << fp;
    }
    if (d.templates.isEmpty())
        return fail(QStringLiteral("A split needs at least one template."));
    d.templates.removeDuplicates();
    add(std::move(d));
    return {};
}

QJsonObject ClusterDecisions::toJson() const
{
    QJsonArray list;
    for (const ClusterDecision &d : m_decisions) {
        QJsonObject o;
        o.insert(QStringLiteral("kind"), d.kind == ClusterDecision::Kind::Merge
                                             ? QStringLiteral("merge")
                                             : QStringLiteral("split"));
        o.insert(QStringLiteral("templates"), QJsonArray::fromStringList(d.templates));
        if (!d.note.isEmpty())
            o.insert(QStringLiteral("note"), d.note);
        o.insert(QStringLiteral("made_at"), d.madeAt.toUTC().toString(Qt::ISODateWithMs));
        list.append(o);
    }
    return QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("decisions"), list}};
}

Result<ClusterDecisions> ClusterDecisions::fromJson(const QJsonObject &json, const QString &file)
{
    if (json.value(QStringLiteral("version")).toInt() != 1)
        return fail(QStringLiteral("Unsupported cluster decisions version (expected 1)."), file);
    const QJsonValue list = json.value(QStringLiteral("decisions"));
    if (!list.isArray())
        return fail(QStringLiteral("\"decisions\" must be a list."), file);
    ClusterDecisions out;
    int i = 0;
    for (const QJsonValue &v : list.toArray()) {
        ++i;
        const QJsonObject o = v.toObject();
        ClusterDecision d;
        const QString kind = o.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("merge"))
            d.kind = ClusterDecision::Kind::Merge;
        else if (kind == QLatin1String("split"))
            d.kind = ClusterDecision::Kind::Split;
        else
            return fail(QStringLiteral("Decision %1: kind must be \"merge\" or \"split\".").arg(i),
                        file);
        for (const QJsonValue &t : o.value(QStringLiteral("templates")).toArray())
            if (t.isString())
                d.templates << t.toString();
        if (d.templates.isEmpty())
            return fail(QStringLiteral("Decision %1: no template fingerprints.").arg(i), file);
        d.note = o.value(QStringLiteral("note")).toString();
        d.madeAt =
            QDateTime::fromString(o.value(QStringLiteral("made_at")).toString(), Qt::ISODateWithMs);
        out.m_decisions.push_back(std::move(d));
    }
    return out;
}

Result<void> ClusterDecisions::save(const QString &path) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("Cannot write: ") + f.errorString(), path);
    f.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return fail(QStringLiteral("Cannot save: ") + f.errorString(), path);
    return {};
}

Result<ClusterDecisions> ClusterDecisions::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("Cannot read: ") + f.errorString(), path);
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError)
        return fail(QStringLiteral("Not valid JSON: ") + err.errorString(), path, -1, err.offset);
    if (!doc.isObject())
        return fail(QStringLiteral("Expected a JSON object."), path);
    return fromJson(doc.object(), path);
}

} // namespace gardener::clustering
