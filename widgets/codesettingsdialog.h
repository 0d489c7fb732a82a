#pragma once

#include "core/evidence/codemapping.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace gardener {

// Edits the code settings evidence uses (docs/evidence.md): per service, the GitHub repository
// and default branch, and the code mappings from log locations to repository paths. Saved with
// QSaveFile to `path`; a file that cannot be read or written is said in the dialog.
class CodeSettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit CodeSettingsDialog(QString path, QWidget *parent = nullptr);

    QTableWidget *repositories() const { return m_repos; }
    QTableWidget *mappings() const { return m_mappings; }
    // The settings as the tables hold them, or an Error naming the row that is wrong.
    Result<evidence::CodeSettings> settings() const;
    // Validates and writes; false (with the reason shown) when that fails.
    bool save();

private:
    void load();
    void addRepositoryRow(const QString &service, const evidence::CodeRepo &repo);
    void addMappingRow(const evidence::CodeMapping &mapping);

    QString m_path;
    QTableWidget *m_repos = nullptr;
    QTableWidget *m_mappings = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace gardener
