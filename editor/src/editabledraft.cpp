#include "editor/src/editabledraft.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gardener {

QByteArray draftToJson(const EditableDraft &draft)
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), draft.id);
    object.insert(QStringLiteral("title"), draft.title);
    object.insert(QStringLiteral("labels"), QJsonArray::fromStringList(draft.labels));
    object.insert(QStringLiteral("body"), draft.body);
    object.insert(QStringLiteral("generatedBody"), draft.generatedBody);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

bool draftFromJson(const QByteArray &json, EditableDraft *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = QStringLiteral("draft JSON, byte %1: %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        return false;
    }
    if (!document.isObject()) {
        if (error)
            *error = QStringLiteral("draft JSON: the top level is not an object");
        return false;
    }
    const QJsonObject object = document.object();
    const QJsonValue body = object.value(QStringLiteral("body"));
    if (!body.isString()) {
        if (error)
            *error = QStringLiteral("draft JSON: \"body\" is missing or not a string");
        return false;
    }
    EditableDraft draft;
    draft.id = object.value(QStringLiteral("id")).toString();
    draft.title = object.value(QStringLiteral("title")).toString();
    const QJsonArray labels = object.value(QStringLiteral("labels")).toArray();
    for (const QJsonValue &label : labels)
        if (label.isString())
            draft.labels.append(label.toString());
    draft.body = body.toString();
    draft.generatedBody = object.value(QStringLiteral("generatedBody")).toString();
    *out = draft;
    return true;
}

} // namespace gardener
