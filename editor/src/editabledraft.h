#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace gardener {

// The editable part of a GitHub issue draft, as the review widget holds it and autosaves it.
struct EditableDraft
{
    QString id; // the app's key for the draft (cluster id, file name, ...)
    QString title;
    QStringList labels;
    QString body;          // Markdown
    QString generatedBody; // what the generator produced, the base of the changes view

    bool operator==(const EditableDraft &other) const
    {
        return id == other.id && title == other.title && labels == other.labels &&
               body == other.body && generatedBody == other.generatedBody;
    }
};

// The autosave file format: one JSON object {"id","title","labels","body","generatedBody"}.
QByteArray draftToJson(const EditableDraft &draft);
// Parses draftToJson's output. On failure returns false and says what was wrong in *error
// (with the byte offset for malformed JSON); *out is left untouched.
bool draftFromJson(const QByteArray &json, EditableDraft *out, QString *error);

} // namespace gardener

Q_DECLARE_METATYPE(gardener::EditableDraft)
