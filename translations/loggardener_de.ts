<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>Log Gardener</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Log Gardener</translation>
    </message>
    <message>
        <source>The history database cannot be used, so trends and past runs are not available this time:
%1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Die Verlaufsdatenbank kann nicht verwendet werden, daher sind Trends und frühere Läufe diesmal nicht verfügbar:
%1</translation>
    </message>
    <message>
        <source>Not connected to GitHub: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Nicht mit GitHub verbunden: %1</translation>
    </message>
    <message>
        <source>Cannot open the cluster link: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Der Cluster-Link kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Default</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Debug</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Info</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Info</translation>
    </message>
    <message>
        <source>Notice</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Critical</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Alert</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Notfall</translation>
    </message>
</context>
<context>
    <name>gardener::ChangesView</name>
    <message>
        <source>Changes compared with the generated draft</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Änderungen gegenüber dem erzeugten Entwurf</translation>
    </message>
    <message>
        <source>No changes: the draft is as it was generated.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Keine Änderungen: Der Entwurf ist so, wie er erzeugt wurde.</translation>
    </message>
    <message>
        <source>⋯ 1 unchanged line ⋯</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>⋯ 1 unveränderte Zeile ⋯</translation>
    </message>
    <message>
        <source>⋯ %1 unchanged lines ⋯</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>⋯ %1 unveränderte Zeilen ⋯</translation>
    </message>
</context>
<context>
    <name>gardener::ClusterDetailView</name>
    <message>
        <source>first</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>erster</translation>
    </message>
    <message>
        <source>last</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>letzter</translation>
    </message>
    <message>
        <source>different</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>abweichend</translation>
    </message>
    <message>
        <source>Cluster details</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Cluster-Details</translation>
    </message>
    <message>
        <source>Select a cluster to see its details.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Wählen Sie einen Cluster aus, um seine Details zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n clusters selected</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%n Cluster ausgewählt</numerusform>
            <numerusform>%n Cluster ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 entries in all. Use Merge to make them one cluster.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Insgesamt %1 Einträge. Mit „Zusammenführen“ werden sie zu einem Cluster.</translation>
    </message>
    <message>
        <source>Fingerprint %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Fingerabdruck %1</translation>
    </message>
    <message>
        <source>shaped by your merge or split</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>durch Ihr Zusammenführen oder Aufteilen geformt</translation>
    </message>
    <message>
        <source>grouped automatically</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>automatisch gruppiert</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Entries</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>First seen</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Severities</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Schweregrade</translation>
    </message>
    <message>
        <source>Services</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Revisionen</translation>
    </message>
    <message>
        <source>Source</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>users</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>IP-Adressen</translation>
    </message>
    <message>
        <source>ids</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>IDs</translation>
    </message>
    <message>
        <source>Distinct values</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Verschiedene Werte</translation>
    </message>
    <message>
        <source>Why these belong together</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Warum diese zusammengehören</translation>
    </message>
    <message>
        <source>Templates (%1)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Vorlagen (%1)</translation>
    </message>
    <message>
        <source>Split out</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Abtrennen</translation>
    </message>
    <message>
        <source>Sample entries</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Beispieleinträge</translation>
    </message>
    <message>
        <source>Samples can be opened when loading has finished.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Beispiele lassen sich öffnen, sobald das Laden abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source> (at the deployed commit %1)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation> (beim ausgelieferten Commit %1)</translation>
    </message>
    <message>
        <source> (at the default branch %1, not the deployed commit)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation> (im Standardbranch %1, nicht beim ausgelieferten Commit)</translation>
    </message>
    <message>
        <source>No link: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Kein Link: %1</translation>
    </message>
    <message>
        <source>Edit code mappings…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Code-Zuordnungen bearbeiten …</translation>
    </message>
    <message>
        <source>code mapping %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Code-Zuordnung %1</translation>
    </message>
    <message>
        <source> (%1 entries)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation> (%1 Einträge)</translation>
    </message>
    <message>
        <source>Error Reporting: </source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Error Reporting: </translation>
    </message>
    <message>
        <source>errorGroups[].id of the entries</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>errorGroups[].id der Einträge</translation>
    </message>
    <message>
        <source>Invisible to Error Reporting: none of its %1 entries carries a stack trace or an error group</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Für Error Reporting unsichtbar: keiner seiner %1 Einträge hat einen Stacktrace oder eine Fehlergruppe</translation>
    </message>
    <message>
        <source>stack traces and errorGroups of the entries</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Stacktraces und errorGroups der Einträge</translation>
    </message>
    <message>
        <source>Started with</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Begann mit</translation>
    </message>
    <message>
        <source>Where</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Suspect commits</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Verdächtige Commits</translation>
    </message>
    <message>
        <source>this cluster&apos;s %1 entries from %2 to %3</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>die %1 Einträge dieses Clusters von %2 bis %3</translation>
    </message>
    <message>
        <source>this cluster&apos;s %1 entries</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>die %1 Einträge dieses Clusters</translation>
    </message>
    <message>
        <source>Different in this cluster</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Anders in diesem Cluster</translation>
    </message>
    <message>
        <source>%1 compared with the other %2 entries of the window</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 verglichen mit den übrigen %2 Einträgen des Zeitraums</translation>
    </message>
    <message>
        <source>Nobody (the file leaves this path unowned)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Niemand (die Datei weist diesem Pfad keinen Besitzer zu)</translation>
    </message>
    <message>
        <source> (line %1, %2)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation> (Zeile %1, %2)</translation>
    </message>
    <message>
        <source>Suggested assignees: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Vorgeschlagene Zuständige: %1</translation>
    </message>
    <message>
        <source>Team label: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Team-Label: %1</translation>
    </message>
    <message>
        <source>Owners</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Verantwortliche</translation>
    </message>
    <message>
        <source>%1 of %2 at %3</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 von %2 um %3</translation>
    </message>
    <message>
        <source>the default branch</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>der Standardbranch</translation>
    </message>
    <message>
        <source>Values at masked positions</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Werte an maskierten Stellen</translation>
    </message>
    <message>
        <source>The words that vary in these messages, and how often each occurs.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Die Wörter, die in diesen Meldungen wechseln, und wie oft jedes vorkommt.</translation>
    </message>
    <message>
        <source>This cluster&apos;s service and text, first to last seen, in the Google Cloud console</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Dienst und Text dieses Clusters, vom ersten bis zum letzten Auftreten, in der Google Cloud Console</translation>
    </message>
    <message>
        <source>Open in Logs Explorer</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Im Log-Explorer öffnen</translation>
    </message>
    <message>
        <source>Copy link to cluster</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Link zum Cluster kopieren</translation>
    </message>
    <message>
        <source>Open trace</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Trace öffnen</translation>
    </message>
    <message>
        <source>1 user</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>1 Benutzer</translation>
    </message>
    <message numerus="yes">
        <source>%n users</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>1 client IP address</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>1 Client-IP-Adresse</translation>
    </message>
    <message numerus="yes">
        <source>%n client IP addresses</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%n Client-IP-Adresse</numerusform>
            <numerusform>%n Client-IP-Adressen</numerusform>
        </translation>
    </message>
    <message>
        <source>IP addresses, not users: no entry names a user, and one address may stand for several users or one user for several addresses</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>IP-Adressen, keine Benutzer: Kein Eintrag nennt einen Benutzer, und eine Adresse kann für mehrere Benutzer stehen oder ein Benutzer für mehrere Adressen</translation>
    </message>
    <message>
        <source>%1 in %2 of %3 entries read (an even sample of %4)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 in %2 von %3 gelesenen Einträgen (eine gleichmäßige Stichprobe aus %4)</translation>
    </message>
    <message>
        <source>%1 in %2 of %3 entries</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 in %2 von %3 Einträgen</translation>
    </message>
    <message>
        <source>Users affected</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Betroffene Benutzer</translation>
    </message>
</context>
<context>
    <name>gardener::ClusterHistoryView</name>
    <message>
        <source>From the triage rules</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Aus den Triage-Regeln</translation>
    </message>
    <message>
        <source>Always P%1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Immer P%1</translation>
    </message>
    <message>
        <source>Force this cluster&apos;s priority in every run, whatever the rules say</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Die Priorität dieses Clusters in jedem Lauf erzwingen, unabhängig von den Regeln</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Priorität:</translation>
    </message>
    <message>
        <source>Expected: mute until its frequency changes by ×</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Erwartet: stummschalten, bis sich die Häufigkeit ändert um ×</translation>
    </message>
    <message>
        <source>A muted cluster is left out of GitHub drafts and marked expected, until its frequency per minute rises or falls by the chosen factor against the frequency it had when you muted it.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Ein stummgeschalteter Cluster wird nicht in GitHub-Entwürfe aufgenommen und als erwartet markiert, bis seine Häufigkeit pro Minute gegenüber der Häufigkeit beim Stummschalten um den gewählten Faktor steigt oder fällt.</translation>
    </message>
    <message>
        <source>Muting factor</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Stummschaltfaktor</translation>
    </message>
    <message>
        <source>How many times more or less frequent the cluster must become to be shown again</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Um welchen Faktor der Cluster häufiger oder seltener werden muss, damit er wieder angezeigt wird</translation>
    </message>
    <message>
        <source>Muting:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Stummschalten:</translation>
    </message>
    <message>
        <source>Select a cluster to see its history.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Wählen Sie einen Cluster aus, um seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>No history database is open, so earlier runs are not known.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Es ist keine Verlaufsdatenbank geöffnet, daher sind frühere Läufe nicht bekannt.</translation>
    </message>
    <message>
        <source>History could not be read: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>New: no earlier run saw this cluster. Now %1 per minute.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Neu: Kein früherer Lauf hat diesen Cluster gesehen. Jetzt %1 pro Minute.</translation>
    </message>
    <message numerus="yes">
        <source>Seen in %n earlier run(s), first on %1.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>In %n früheren Lauf gesehen, zuerst am %1.</numerusform>
            <numerusform>In %n früheren Läufen gesehen, zuerst am %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2 per minute (%3%4%), %5.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 → %2 pro Minute (%3%4 %), %5.</translation>
    </message>
    <message>
        <source>GitHub issue #%1 (%2), last %3.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>GitHub-Issue #%1 (%2), zuletzt %3.</translation>
    </message>
</context>
<context>
    <name>gardener::ClusterTableModel</name>
    <message>
        <source>Not triaged</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Nicht triagiert</translation>
    </message>
    <message>
        <source>P%1 · %2 · %3</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>P%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Expected behaviour</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Erwartetes Verhalten</translation>
    </message>
    <message>
        <source>Entries by severity: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Einträge nach Schweregrad: %1</translation>
    </message>
    <message>
        <source>Active from %1 to %2 UTC</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Aktiv von %1 bis %2 UTC</translation>
    </message>
    <message>
        <source>Triage priority from the rules (hover a cell for why)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Triage-Priorität aus den Regeln (Zelle überfahren für die Begründung)</translation>
    </message>
    <message>
        <source>Entries by severity; sorts by the worst severity</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Einträge nach Schweregrad; sortiert nach dem schwersten</translation>
    </message>
    <message>
        <source>Entries over time; sorts by last activity</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Einträge im Zeitverlauf; sortiert nach der letzten Aktivität</translation>
    </message>
    <message>
        <source>Priority</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Severity</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Issue</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet. The column holds the problem cluster&apos;s name, not a GitHub issue.</translatorcomment>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Count</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <source>First seen (UTC)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Zuerst gesehen (UTC)</translation>
    </message>
    <message>
        <source>Last seen (UTC)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Zuletzt gesehen (UTC)</translation>
    </message>
    <message>
        <source>Source</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Services</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Since the last run: regressed, new, escalating (by how much), steady or decreasing</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Seit dem letzten Lauf: wieder aufgetreten, neu, zunehmend (um wie viel), gleichbleibend oder abnehmend</translation>
    </message>
    <message>
        <source>Trend</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Tendenz</translation>
    </message>
    <message>
        <source>open</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>No GitHub issue is linked to this cluster</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Mit diesem Cluster ist kein GitHub-Issue verknüpft</translation>
    </message>
    <message>
        <source>Issue #%1 (its address is not known)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Issue #%1 (seine Adresse ist nicht bekannt)</translation>
    </message>
    <message>
        <source>Open %1 in the browser (click or Enter)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 im Browser öffnen (Klick oder Eingabetaste)</translation>
    </message>
    <message>
        <source>The GitHub issue linked to the cluster and its state; click to open it</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Das mit dem Cluster verknüpfte GitHub-Issue und sein Status; zum Öffnen klicken</translation>
    </message>
    <message>
        <source>Linked issue</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Verknüpftes Ticket</translation>
    </message>
    <message>
        <source>New</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Steady</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Gleichbleibend</translation>
    </message>
    <message>
        <source>Escalating %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Steigend %1</translation>
    </message>
    <message>
        <source>Decreasing %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Sinkend %1</translation>
    </message>
    <message>
        <source>Not seen</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Nicht gesehen</translation>
    </message>
    <message>
        <source>Regressed</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Wieder aufgetreten</translation>
    </message>
    <message>
        <source>Regressed (#%1 closed %2)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Wieder aufgetreten (#%1, geschlossen %2)</translation>
    </message>
    <message>
        <source>Regressed (#%1)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Wieder aufgetreten (#%1)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>gardener::ClustersPage</name>
    <message>
        <source>Issue clusters</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Issue-Cluster</translation>
    </message>
    <message>
        <source>Priority</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Details</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Details</translation>
    </message>
    <message>
        <source>Entries</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>All entries</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <source>Entries can be listed when loading has finished.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Einträge lassen sich auflisten, sobald das Laden abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Wird geladen …</translation>
    </message>
    <message numerus="yes">
        <source>Merging %n clusters…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%n Cluster wird zusammengeführt …</numerusform>
            <numerusform>%n Cluster werden zusammengeführt …</numerusform>
        </translation>
    </message>
    <message>
        <source>Splitting the cluster…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Cluster wird aufgeteilt …</translation>
    </message>
    <message>
        <source>filtered</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>gefiltert</translation>
    </message>
    <message>
        <source>Entries over time: selected cluster</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Einträge im Zeitverlauf: ausgewählter Cluster</translation>
    </message>
    <message numerus="yes">
        <source>Entries over time: %n selected clusters</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>Einträge im Zeitverlauf: %n ausgewählter Cluster</numerusform>
            <numerusform>Einträge im Zeitverlauf: %n ausgewählte Cluster</numerusform>
        </translation>
    </message>
    <message>
        <source>Entries over time: matching the filter</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Einträge im Zeitverlauf: passend zum Filter</translation>
    </message>
    <message>
        <source>Entries over time: all entries</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Einträge im Zeitverlauf: alle Einträge</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n clusters into one.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%n Cluster zu einem zusammengeführt.</numerusform>
            <numerusform>%n Cluster zu einem zusammengeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Split the cluster.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Der Cluster wurde aufgeteilt.</translation>
    </message>
    <message>
        <source>This data was not opened from files, so a link cannot reopen it. Save the collection as a file first.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Diese Daten wurden nicht aus Dateien geöffnet, daher kann ein Link sie nicht erneut öffnen. Speichern Sie die Sammlung zuerst als Datei.</translation>
    </message>
    <message>
        <source>Copied a link to this cluster; &quot;loggardener LINK&quot; opens it.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Link zu diesem Cluster kopiert; „loggardener LINK“ öffnet ihn.</translation>
    </message>
    <message numerus="yes">
        <source>In the chosen time range and severities: %1 of %Ln entry(s)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>Im gewählten Zeitraum und Schweregrad: %1 von %Ln Eintrag</numerusform>
            <numerusform>Im gewählten Zeitraum und Schweregrad: %1 von %Ln Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>The address of this issue is not known yet.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Die Adresse dieses Issues ist noch nicht bekannt.</translation>
    </message>
    <message>
        <source>Could not open %1 in the browser.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 konnte nicht im Browser geöffnet werden.</translation>
    </message>
    <message>
        <source>Opened %1 in the browser.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 im Browser geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s) of “%1”</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%Ln Eintrag von „%1“</numerusform>
            <numerusform>%Ln Einträge von „%1“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s) of %1 selected clusters</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%Ln Eintrag von %1 ausgewählten Clustern</numerusform>
            <numerusform>%Ln Einträge von %1 ausgewählten Clustern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln entry(s)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%Ln Eintrag insgesamt</numerusform>
            <numerusform>Alle %Ln Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gardener::CodeSettingsDialog</name>
    <message>
        <source>Code Mappings</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Code-Zuordnungen</translation>
    </message>
    <message>
        <source>GitHub repository per service (an empty service applies to every service):</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>GitHub-Repository je Dienst (ein leerer Dienst gilt für alle Dienste):</translation>
    </message>
    <message>
        <source>Service</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Repository (owner/name)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Repository (Besitzer/Name)</translation>
    </message>
    <message>
        <source>Default branch</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Standardbranch</translation>
    </message>
    <message>
        <source>Repositories</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Repositorys</translation>
    </message>
    <message>
        <source>Add &amp;Repository</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Repository hinzufügen</translation>
    </message>
    <message>
        <source>Code mappings, most specific first: a module prefix (netra_backend.app. → netra_backend/app/) or a path prefix (/app/ → nothing):</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Code-Zuordnungen, die genaueste zuerst: ein Modulpräfix (netra_backend.app. → netra_backend/app/) oder ein Pfadpräfix (/app/ → nichts):</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Art</translation>
    </message>
    <message>
        <source>From</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Code mappings</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Code-Zuordnungen</translation>
    </message>
    <message>
        <source>Add &amp;Mapping</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Zuordnung hinzufügen</translation>
    </message>
    <message>
        <source>Could not read the settings: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Die Einstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>path prefix</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Pfadpräfix</translation>
    </message>
    <message>
        <source>module prefix</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Modulpräfix</translation>
    </message>
    <message>
        <source>Repository row %1: &quot;%2&quot; is not owner/name</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Repository-Zeile %1: „%2“ hat nicht die Form Besitzer/Name</translation>
    </message>
    <message>
        <source>Repository row %1: service &quot;%2&quot; is listed twice</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Repository-Zeile %1: Dienst „%2“ steht zweimal in der Liste</translation>
    </message>
    <message>
        <source>Mapping row %1: &quot;From&quot; is empty</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Zuordnungszeile %1: „Von“ ist leer</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>gardener::DraftAutosaver</name>
    <message>
        <source>Could not save the draft to %1: %2</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Der Entwurf konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>gardener::DraftEditor</name>
    <message>
        <source>Issue body (Markdown)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Issue-Text (Markdown)</translation>
    </message>
    <message>
        <source>Allowed: this text will be posted as it is.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Erlaubt: Dieser Text wird unverändert veröffentlicht.</translation>
    </message>
    <message>
        <source>Posting is blocked until you remove it or allow it (right-click).</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Das Veröffentlichen ist gesperrt, bis Sie es entfernen oder erlauben (Rechtsklick).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;%2&lt;br/&gt;&lt;i&gt;%3&lt;/i&gt;</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;%2&lt;br/&gt;&lt;i&gt;%3&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Allow this %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Erlauben: %1</translation>
    </message>
</context>
<context>
    <name>gardener::DraftQueueModel</name>
    <message>
        <source>(untitled)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>%1
Posting failed: %2</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1
Veröffentlichen fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1
Posted: %2</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1
Veröffentlicht: %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>New</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Edited</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Approved</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Posting…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Wird veröffentlicht …</translation>
    </message>
    <message>
        <source>Posted</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Failed</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>gardener::DraftQueueWidget</name>
    <message>
        <source>&amp;Retry</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Draft queue</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Entwurfswarteschlange</translation>
    </message>
    <message>
        <source>Post the selected failed draft again</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Den ausgewählten fehlgeschlagenen Entwurf erneut veröffentlichen</translation>
    </message>
</context>
<context>
    <name>gardener::DraftReviewWidget</name>
    <message>
        <source>&amp;Approve</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>&amp;Post to GitHub</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Auf GitHub &amp;veröffentlichen</translation>
    </message>
    <message>
        <source>Issue title</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Issue-Titel</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Changes</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Mark this draft ready to post (Ctrl+Return)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Diesen Entwurf zum Veröffentlichen freigeben (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Post this draft as a GitHub issue (Ctrl+Shift+Return)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Diesen Entwurf als GitHub-Issue veröffentlichen (Strg+Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Changes (+%1 −%2)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Änderungen (+%1 −%2)</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Entwurf um %1 gespeichert</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Blocked: %1 possible secret(s) in the body. Remove or allow them first.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Gesperrt: %1 mögliche(s) Geheimnis(se) im Text. Entfernen oder erlauben Sie sie zuerst.</translation>
    </message>
    <message>
        <source>%1 is blocked: %2 possible secret(s) remain. Remove them or allow them.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 ist gesperrt: %2 mögliche(s) Geheimnis(se) verbleiben. Entfernen oder erlauben Sie sie.</translation>
    </message>
    <message>
        <source>Approving</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Freigegeben.</translation>
    </message>
    <message>
        <source>Posting</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Posting…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Wird veröffentlicht …</translation>
    </message>
</context>
<context>
    <name>gardener::DraftsPage</name>
    <message>
        <source>Some drafts could not be read: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Einige Entwürfe konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Comment on #%1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Kommentar zu #%1</translation>
    </message>
    <message>
        <source>Your edits could not be saved to the drafts folder: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Ihre Änderungen konnten nicht im Entwurfsordner gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Posting needs a GitHub sign-in. Your edits are saved; sign in to GitHub, then post from here or with loggardener run --post.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Zum Veröffentlichen ist eine GitHub-Anmeldung nötig. Ihre Änderungen sind gespeichert; melden Sie sich bei GitHub an und veröffentlichen Sie dann von hier oder mit loggardener run --post.</translation>
    </message>
    <message>
        <source>Posting needs a GitHub sign-in.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Zum Veröffentlichen ist eine GitHub-Anmeldung nötig.</translation>
    </message>
    <message>
        <source>Posted, but GitHub did not apply these labels: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Veröffentlicht, aber GitHub hat diese Labels nicht übernommen: %1</translation>
    </message>
    <message>
        <source>No drafts waiting. Runs without --post leave their GitHub drafts in %1.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Keine wartenden Entwürfe. Läufe ohne --post legen ihre GitHub-Entwürfe in %1 ab.</translation>
    </message>
    <message>
        <source>Not signed in to GitHub: you can review and edit drafts here, but posting them needs a GitHub sign-in.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Nicht bei GitHub angemeldet: Sie können Entwürfe hier prüfen und bearbeiten, zum Veröffentlichen ist aber eine GitHub-Anmeldung nötig.</translation>
    </message>
    <message>
        <source>The GitHub sign-in changed while posting.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Die GitHub-Anmeldung hat sich während des Veröffentlichens geändert.</translation>
    </message>
    <message>
        <source>Reopen #%1 with a comment</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>#%1 mit einem Kommentar wieder öffnen</translation>
    </message>
    <message>
        <source>Still posting this draft…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Dieser Entwurf wird noch gesendet …</translation>
    </message>
    <message>
        <source>Already posted as %1: a draft is posted once.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Bereits als %1 veröffentlicht: Ein Entwurf wird nur einmal veröffentlicht.</translation>
    </message>
    <message>
        <source>Posted as %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Veröffentlicht als %1</translation>
    </message>
    <message>
        <source>Not posted: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Nicht veröffentlicht: %1</translation>
    </message>
    <message>
        <source>Reading the drafts folder…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Entwurfsordner wird gelesen…</translation>
    </message>
</context>
<context>
    <name>gardener::EntriesView</name>
    <message>
        <source>Log entries</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Logeinträge</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open an entry</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Eingabetaste oder Doppelklick öffnet einen Eintrag</translation>
    </message>
    <message numerus="yes">
        <source>the first %Ln shown, more as you scroll to the end</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>der erste %Ln angezeigt, mehr beim Scrollen ans Ende</numerusform>
            <numerusform>die ersten %Ln angezeigt, mehr beim Scrollen ans Ende</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gardener::EntryDialog</name>
    <message>
        <source>Log entry</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Logeintrag</translation>
    </message>
    <message>
        <source>Entry as JSON</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Eintrag als JSON</translation>
    </message>
    <message>
        <source>&amp;Copy as JSON</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Als JSON &amp;kopieren</translation>
    </message>
    <message>
        <source>Note:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>The entry is not valid JSON (%1 at byte %2); shown as read.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Der Eintrag ist kein gültiges JSON (%1 bei Byte %2); er wird so angezeigt, wie er gelesen wurde.</translation>
    </message>
    <message>
        <source>Time:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Zeit:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Schweregrad:</translation>
    </message>
    <message>
        <source>Resource:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Ressource:</translation>
    </message>
    <message>
        <source>Resource labels:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Ressourcen-Labels:</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Labels:</translation>
    </message>
    <message>
        <source>HTTP request:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>HTTP-Anfrage:</translation>
    </message>
    <message>
        <source>Trace:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Trace:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Insert id:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Insert-ID:</translation>
    </message>
    <message>
        <source>Open &amp;Trace</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Trace öffnen</translation>
    </message>
    <message>
        <source>Open this request&apos;s trace in Cloud Trace</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Den Trace dieser Anfrage in Cloud Trace öffnen</translation>
    </message>
</context>
<context>
    <name>gardener::EntryTableModel</name>
    <message>
        <source>Time (UTC)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Service</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Message</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Source</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Error Reporting group %1: click to open it in the console</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Error-Reporting-Gruppe %1: klicken, um sie in der Konsole zu öffnen</translation>
    </message>
    <message>
        <source>Error Reporting</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Error Reporting</translation>
    </message>
</context>
<context>
    <name>gardener::FilterBar</name>
    <message>
        <source>Search</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Suche</translation>
    </message>
    <message>
        <source>All severities</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 und höher</translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Mindest-Schweregrad</translation>
    </message>
    <message>
        <source>Show only clusters with entries of this severity or worse</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Nur Cluster mit Einträgen dieses oder eines schwereren Schweregrads zeigen</translation>
    </message>
    <message>
        <source>All services</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <source>Service</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Show only clusters with entries from this service</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Nur Cluster mit Einträgen dieses Dienstes zeigen</translation>
    </message>
    <message>
        <source>Show all times</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Alle Zeiten zeigen</translation>
    </message>
    <message>
        <source>%1 – %2 UTC</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 – %2 UTC</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%n Cluster</numerusform>
            <numerusform>%n Cluster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n cluster(s)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%1 von %n Cluster</numerusform>
            <numerusform>%1 von %n Clustern</numerusform>
        </translation>
    </message>
    <message>
        <source>Search: words, -word, &quot;a phrase&quot;, severity&gt;=ERROR, service:api, revision:00645</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Suche: Wörter, -Wort, &quot;eine Phrase&quot;, severity&gt;=ERROR, service:api, revision:00645</translation>
    </message>
    <message>
        <source>Shows only the clusters whose name, message templates or messages contain these words (not case-sensitive). -word leaves out clusters that contain it; quotes take a phrase as it is (&quot;-v2&quot;); severity&gt;=ERROR (also &gt;, &lt;=, &lt;, =, !=), service:api and revision:00645 filter by field, and -service:api leaves a service out.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Zeigt nur die Cluster, deren Name, Nachrichtenvorlagen oder Nachrichten diese Wörter enthalten (ohne Beachtung der Groß-/Kleinschreibung). -Wort lässt Cluster weg, die es enthalten; Anführungszeichen nehmen eine Phrase wörtlich (&quot;-v2&quot;); severity&gt;=ERROR (auch &gt;, &lt;=, &lt;, =, !=), service:api und revision:00645 filtern nach Feld, und -service:api lässt einen Dienst weg.</translation>
    </message>
    <message>
        <source>Views</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Save the current filter as a view, apply or delete saved views</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Den aktuellen Filter als Ansicht speichern, gespeicherte Ansichten anwenden oder löschen</translation>
    </message>
    <message>
        <source>Muted and expected clusters are greyed and listed last; click to hide or show them</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Stummgeschaltete und erwartete Cluster sind ausgegraut und stehen am Ende; zum Aus- oder Einblenden klicken</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln entry(s)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%1 von %Ln Eintrag</numerusform>
            <numerusform>%1 von %Ln Einträgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hide %n muted</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%n stummgeschalteten ausblenden</numerusform>
            <numerusform>%n stummgeschaltete ausblenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n muted</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%n stummgeschalteten zeigen</numerusform>
            <numerusform>%n stummgeschaltete zeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save Current View…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Aktuelle Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <source>Save View</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Name der Ansicht:</translation>
    </message>
    <message>
        <source>&amp;Delete View</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Ansicht &amp;löschen</translation>
    </message>
</context>
<context>
    <name>gardener::FindBar</name>
    <message>
        <source>Match case</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Find</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Previous</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Vorherige</translation>
    </message>
    <message>
        <source>Next</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Nächste</translation>
    </message>
    <message>
        <source>Replace</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Find previous (Shift+F3)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Vorherige suchen (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Find next (F3)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Nächste suchen (F3)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gardener::FindingsPanel</name>
    <message>
        <source>Allo&amp;w this one</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Dies &amp;erlauben</translation>
    </message>
    <message>
        <source>Redaction findings</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Funde der Schwärzung</translation>
    </message>
    <message>
        <source>Post this text as it is: you checked it is not sensitive</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Diesen Text unverändert veröffentlichen: Sie haben geprüft, dass er nicht vertraulich ist</translation>
    </message>
    <message>
        <source>allowed</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>blocks posting</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>sperrt das Veröffentlichen</translation>
    </message>
    <message>
        <source>%1 “%2” – %3 (%4)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 „%2“ – %3 (%4)</translation>
    </message>
    <message>
        <source>1 possible secret blocks posting. Remove it, or allow it if you checked it.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>1 mögliches Geheimnis sperrt das Veröffentlichen. Entfernen Sie es oder erlauben Sie es, wenn Sie es geprüft haben.</translation>
    </message>
    <message>
        <source>%1 possible secrets block posting. Remove them, or allow the ones you checked.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 mögliche Geheimnisse sperren das Veröffentlichen. Entfernen Sie sie oder erlauben Sie die geprüften.</translation>
    </message>
    <message>
        <source>All findings allowed: posting is not blocked.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Alle Funde erlaubt: Das Veröffentlichen ist nicht gesperrt.</translation>
    </message>
</context>
<context>
    <name>gardener::GitHubActions</name>
    <message>
        <source>&amp;Connect to GitHub…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Mit GitHub &amp;verbinden …</translation>
    </message>
    <message>
        <source>Choose the repository and sign in to GitHub</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Repository wählen und bei GitHub anmelden</translation>
    </message>
    <message>
        <source>&amp;Find Selected Clusters on GitHub…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Ausgewählte Cluster auf GitHub &amp;suchen …</translation>
    </message>
    <message>
        <source>Look for the selected clusters&apos; issues and draft a comment or a new issue</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Issues zu den ausgewählten Clustern suchen und einen Kommentar oder ein neues Issue entwerfen</translation>
    </message>
    <message>
        <source>Sign &amp;Out of GitHub</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Von GitHub &amp;abmelden</translation>
    </message>
    <message>
        <source>Signed out of GitHub: the token was removed from the keychain.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Von GitHub abgemeldet: Das Token wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Signed out of GitHub, but the token could not be removed from the keychain: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Von GitHub abgemeldet, aber das Token konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>GitHub connection</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>GitHub-Verbindung</translation>
    </message>
    <message>
        <source>GitHub: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>GitHub: %1</translation>
    </message>
    <message>
        <source>Connected to %1 on %2</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Verbunden mit %1 auf %2</translation>
    </message>
    <message>
        <source>GitHub: not connected</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>GitHub: nicht verbunden</translation>
    </message>
    <message>
        <source>GitHub &gt; Connect to GitHub… to find issues and post drafts</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>GitHub &gt; Mit GitHub verbinden …, um Issues zu finden und Entwürfe zu veröffentlichen</translation>
    </message>
    <message>
        <source>Connected to %1 on %2.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Verbunden mit %1 auf %2.</translation>
    </message>
    <message>
        <source>Connect to GitHub first: GitHub &gt; Connect to GitHub…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Verbinden Sie sich zuerst mit GitHub: GitHub &gt; Mit GitHub verbinden …</translation>
    </message>
    <message>
        <source>Select one or more clusters first, then look for them on GitHub.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Wählen Sie zuerst einen oder mehrere Cluster aus und suchen Sie sie dann auf GitHub.</translation>
    </message>
    <message>
        <source>Find on GitHub</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Auf GitHub suchen</translation>
    </message>
    <message>
        <source>Draft saved: review it on the Drafts page, then post it.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Entwurf gespeichert: Prüfen Sie ihn auf der Seite „Entwürfe“ und veröffentlichen Sie ihn dann.</translation>
    </message>
    <message>
        <source>GitH&amp;ub</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>GitH&amp;ub</translation>
    </message>
</context>
<context>
    <name>gardener::GitHubConnectDialog</name>
    <message>
        <source>Connect to GitHub</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Mit GitHub verbinden</translation>
    </message>
    <message>
        <source>github.com or https://github.example.com/api/v3</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>github.com oder https://github.example.com/api/v3</translation>
    </message>
    <message>
        <source>github.com, or the API address of a GitHub Enterprise Server (https://HOST/api/v3).</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>github.com oder die API-Adresse eines GitHub Enterprise Servers (https://HOST/api/v3).</translation>
    </message>
    <message>
        <source>GitHub host</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>GitHub-Host</translation>
    </message>
    <message>
        <source>owner/name</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>besitzer/name</translation>
    </message>
    <message>
        <source>The repository where issues for your clusters are found and filed.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Das Repository, in dem Issues zu Ihren Clustern gesucht und angelegt werden.</translation>
    </message>
    <message>
        <source>Repository</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Repository</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Repository:</translation>
    </message>
    <message>
        <source>e.g. Iv1.0123456789abcdef</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>z. B. Iv1.0123456789abcdef</translation>
    </message>
    <message>
        <source>The client ID of an OAuth App with device flow enabled (GitHub settings, Developer settings, OAuth Apps). It is not a secret.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Die Client-ID einer OAuth-App mit aktiviertem Device Flow (GitHub-Einstellungen, Developer settings, OAuth Apps). Sie ist nicht geheim.</translation>
    </message>
    <message>
        <source>OAuth App client ID</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Client-ID der OAuth-App</translation>
    </message>
    <message>
        <source>&amp;Sign In in the Browser</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Im Browser an&amp;melden</translation>
    </message>
    <message>
        <source>Code to enter on GitHub</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Auf GitHub einzugebender Code</translation>
    </message>
    <message>
        <source>&amp;Copy Code</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Code &amp;kopieren</translation>
    </message>
    <message>
        <source>Open &amp;GitHub</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;GitHub öffnen</translation>
    </message>
    <message>
        <source>GitHub shows a page where you enter a code and approve access for Log Gardener.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>GitHub zeigt eine Seite, auf der Sie einen Code eingeben und den Zugriff für Log Gardener genehmigen.</translation>
    </message>
    <message>
        <source>OAuth App client &amp;ID:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Client-&amp;ID der OAuth-App:</translation>
    </message>
    <message>
        <source>ghp_… or github_pat_…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ghp_… oder github_pat_…</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Persönliches Zugriffstoken</translation>
    </message>
    <message>
        <source>A classic token with the repo scope, or a fine-grained token for this repository with Issues: read and write. Setting labels also needs push access.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Ein klassisches Token mit dem Scope „repo“ oder ein fein abgestuftes Token für dieses Repository mit „Issues: Read and write“. Zum Setzen von Labels ist außerdem Push-Zugriff nötig.</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Im &amp;Browser anmelden</translation>
    </message>
    <message>
        <source>&amp;Personal access token</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Persönliches Zugriffstoken</translation>
    </message>
    <message>
        <source>What the token may do</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Was das Token darf</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Removes the saved token from the keychain.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Entfernt das gespeicherte Token aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>Connected to %1 on %2 (token from %3).</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Verbunden mit %1 auf %2 (Token aus %3).</translation>
    </message>
    <message>
        <source>Code copied. Paste it on the GitHub page.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Code kopiert. Fügen Sie ihn auf der GitHub-Seite ein.</translation>
    </message>
    <message>
        <source>Waiting for you to approve on GitHub; checking every %1 s.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Warten auf Ihre Genehmigung auf GitHub; Prüfung alle %1 s.</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Host: %1</translation>
    </message>
    <message>
        <source>Repository: enter it as owner/name, for example octo-org/backend.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Repository: Geben Sie es als besitzer/name ein, zum Beispiel octo-org/backend.</translation>
    </message>
    <message>
        <source>The host, repository or token changed: check the token again.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Host, Repository oder Token haben sich geändert: Prüfen Sie das Token erneut.</translation>
    </message>
    <message>
        <source>Enter the client ID of your OAuth App first (or use a personal access token).</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Geben Sie zuerst die Client-ID Ihrer OAuth-App ein (oder verwenden Sie ein persönliches Zugriffstoken).</translation>
    </message>
    <message>
        <source>Asking %1 for a code…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Code wird bei %1 angefordert …</translation>
    </message>
    <message>
        <source>GitHub did not give a code: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>GitHub hat keinen Code geliefert: %1</translation>
    </message>
    <message>
        <source>Open %1, enter the code above and approve. The code is valid for %2 minutes.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Öffnen Sie %1, geben Sie den Code oben ein und genehmigen Sie den Zugriff. Der Code ist %2 Minuten gültig.</translation>
    </message>
    <message>
        <source>Sign-in did not complete: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Anmeldung nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Signed in. Checking what the token may do…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Angemeldet. Es wird geprüft, was das Token darf …</translation>
    </message>
    <message>
        <source>Paste a personal access token first.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Fügen Sie zuerst ein persönliches Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>Checking %1 on %2…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 auf %2 wird geprüft …</translation>
    </message>
    <message>
        <source>This token cannot be used with %1: %2</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Dieses Token kann nicht mit %1 verwendet werden: %2</translation>
    </message>
    <message>
        <source>✔ Can read %1.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>✔ Kann %1 lesen.</translation>
    </message>
    <message>
        <source>✘ Cannot read %1.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>✘ Kann %1 nicht lesen.</translation>
    </message>
    <message>
        <source>✔ Can write issues and comments.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>✔ Kann Issues und Kommentare schreiben.</translation>
    </message>
    <message>
        <source>✘ Cannot write issues: the repository is archived.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>✘ Kann keine Issues schreiben: Das Repository ist archiviert.</translation>
    </message>
    <message>
        <source>✘ Cannot write issues: issues are turned off for this repository.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>✘ Kann keine Issues schreiben: Issues sind für dieses Repository deaktiviert.</translation>
    </message>
    <message>
        <source>✘ Cannot write issues.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>✘ Kann keine Issues schreiben.</translation>
    </message>
    <message>
        <source>✔ Can set labels.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>✔ Kann Labels setzen.</translation>
    </message>
    <message>
        <source>⚠ Labels will be dropped: no push access. Issues are filed without labels; the app still finds them by their hidden marker.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>⚠ Labels werden weggelassen: kein Push-Zugriff. Issues werden ohne Labels angelegt; die App findet sie trotzdem an ihrer versteckten Markierung.</translation>
    </message>
    <message>
        <source>Saving the token…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Token wird gespeichert …</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Connected. No keychain is available, so the token is kept for this session only and you will need to sign in again next time. %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Verbunden. Es ist kein Schlüsselbund verfügbar, daher wird das Token nur für diese Sitzung behalten, und Sie müssen sich beim nächsten Mal erneut anmelden. %1</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Signed out, but the token could not be removed from the keychain: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Abgemeldet, aber das Token konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>Signed out: the token was removed from the keychain.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Abgemeldet: Das Token wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Asks GitHub for a one-time code that you enter on its web page.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Fordert bei GitHub einen Einmalcode an, den Sie auf dessen Webseite eingeben.</translation>
    </message>
    <message>
        <source>Copies the code to the clipboard.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Kopiert den Code in die Zwischenablage.</translation>
    </message>
    <message>
        <source>Chec&amp;k Token</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Tok&amp;en prüfen</translation>
    </message>
</context>
<context>
    <name>gardener::LabelsEdit</name>
    <message>
        <source>Labels, separated by commas</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Labels, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Labels</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Labels</translation>
    </message>
</context>
<context>
    <name>gardener::LoadingBar</name>
    <message>
        <source>Loading</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop opening the export</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Öffnen des Exports abbrechen</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>noch etwa %n Sekunde</numerusform>
            <numerusform>noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>noch etwa %n Minute</numerusform>
            <numerusform>noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1: %2, %3</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 wird gelesen: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cluster(s)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%Ln Cluster</numerusform>
            <numerusform>%Ln Cluster</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gardener::MainWindow</name>
    <message>
        <source>Log Gardener</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Log Gardener</translation>
    </message>
    <message>
        <source>Open an export first: there are no clusters to write a worklog about.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Öffnen Sie zuerst einen Export: Es gibt keine Cluster, über die ein Arbeitsprotokoll geschrieben werden kann.</translation>
    </message>
    <message>
        <source>Write worklog</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Arbeitsprotokoll schreiben</translation>
    </message>
    <message>
        <source>Worklog written to %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Arbeitsprotokoll nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Write &amp;Worklog</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Arbeitsprotokoll schreiben</translation>
    </message>
    <message>
        <source>Write a Markdown worklog of the open clusters and record them in the history</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Ein Markdown-Arbeitsprotokoll der geöffneten Cluster schreiben und sie im Verlauf festhalten</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Clusters</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Entwürfe</translation>
    </message>
    <message>
        <source>&amp;Past Worklogs</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Frühere Arbeitsprotokolle</translation>
    </message>
    <message>
        <source>Triage &amp;Rules</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Triage-&amp;Regeln</translation>
    </message>
    <message>
        <source>&amp;Drafts (%1)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Entwürfe (%1)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Export…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Export ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Demo Data</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>De&amp;modaten öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;Merge Selected Clusters</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Ausgewählte Cluster &amp;zusammenführen</translation>
    </message>
    <message>
        <source>Merge clusters</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Cluster zusammenführen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Cluster &amp;Details</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Cluster-&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Entries</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Einträge</translation>
    </message>
    <message>
        <source>Open Cloud Logging Export</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Cloud-Logging-Export öffnen</translation>
    </message>
    <message>
        <source>Log exports (*.json *.jsonl *.ndjson *.json.gz *.jsonl.gz *.gz);;All files (*)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Log-Exporte (*.json *.jsonl *.ndjson *.json.gz *.jsonl.gz *.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open %1: no such file.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 kann nicht geöffnet werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>This build has no demo data.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Dieser Build enthält keine Demodaten.</translation>
    </message>
    <message>
        <source>demo data</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>%1 — Log Gardener</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 — Log Gardener</translation>
    </message>
    <message numerus="yes">
        <source>%1 entries in %n cluster(s), read in %2 s</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%1 Einträge in %n Cluster, gelesen in %2 s</numerusform>
            <numerusform>%1 Einträge in %n Clustern, gelesen in %2 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) could not be read</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%n Eintrag konnte nicht gelesen werden</numerusform>
            <numerusform>%n Einträge konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open the export</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Der Export konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Laden abgebrochen.</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Collect from &amp;Google Cloud…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Aus &amp;Google Cloud abrufen …</translation>
    </message>
    <message>
        <source>Download recent log entries of a project with the Cloud Logging API</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Aktuelle Logeinträge eines Projekts über die Cloud Logging API herunterladen</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>E&amp;xport Clusters as CSV…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Cluster als CSV e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Save the clusters the table shows, as it shows them, for a spreadsheet</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Die Cluster der Tabelle so, wie sie angezeigt werden, für eine Tabellenkalkulation speichern</translation>
    </message>
    <message>
        <source>&amp;Copy Selected as Markdown</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Auswahl als Markdown &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected clusters as a Markdown table (secrets redacted)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Die ausgewählten Cluster als Markdown-Tabelle kopieren (Geheimnisse geschwärzt)</translation>
    </message>
    <message>
        <source>Export clusters as CSV</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Cluster als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n cluster(s) to %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%n Cluster nach %1 exportiert</numerusform>
            <numerusform>%n Cluster nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the clusters to copy first.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Wählen Sie zuerst die zu kopierenden Cluster aus.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n cluster(s) as Markdown.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%n Cluster als Markdown kopiert.</numerusform>
            <numerusform>%n Cluster als Markdown kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The issue link could not be saved: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Die Issue-Verknüpfung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The linked cluster %1 is not in this data (it may have been merged into another).</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Der verlinkte Cluster %1 ist nicht in diesen Daten (er wurde eventuell mit einem anderen zusammengeführt).</translation>
    </message>
    <message>
        <source>Google Cloud is not available in this window.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Google Cloud ist in diesem Fenster nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>gardener::MarkdownPreview</name>
    <message>
        <source>Rendered preview</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Gerenderte Vorschau</translation>
    </message>
</context>
<context>
    <name>gardener::MatchChooserDialog</name>
    <message>
        <source>marker (app label)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Markierung (App-Label)</translation>
    </message>
    <message>
        <source>local record of posts</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>lokale Aufzeichnung der Veröffentlichungen</translation>
    </message>
    <message>
        <source>search</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Find on GitHub</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Auf GitHub suchen</translation>
    </message>
    <message>
        <source>Issues found</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Gefundene Issues</translation>
    </message>
    <message>
        <source>Issue</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Issue</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Labels</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Updated</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Found by</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Gefunden über</translation>
    </message>
    <message>
        <source>&amp;New issue</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Neues Issue</translation>
    </message>
    <message>
        <source>Create &amp;Draft</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Entwurf erstellen</translation>
    </message>
    <message>
        <source>Saves the draft for review on the Drafts page. Nothing is posted yet.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Speichert den Entwurf zur Prüfung auf der Seite „Entwürfe“. Noch wird nichts veröffentlicht.</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Search &amp;Again</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Erneut &amp;suchen</translation>
    </message>
    <message>
        <source>Cluster %1 of %2: %3</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Cluster %1 von %2: %3</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Cluster: %1</translation>
    </message>
    <message>
        <source>&amp;Skip and Close</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Ü&amp;berspringen und schließen</translation>
    </message>
    <message>
        <source>Not connected to GitHub: connect first (GitHub &gt; Connect to GitHub…).</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Nicht mit GitHub verbunden: Verbinden Sie sich zuerst (GitHub &gt; Mit GitHub verbinden …).</translation>
    </message>
    <message>
        <source>Looking for this cluster&apos;s issues in %1…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Issues zu diesem Cluster werden in %1 gesucht …</translation>
    </message>
    <message>
        <source>An open issue carries this cluster&apos;s marker: add a comment to it.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Ein offenes Issue trägt die Markierung dieses Clusters: Fügen Sie ihm einen Kommentar hinzu.</translation>
    </message>
    <message>
        <source>Only closed issues carry this cluster&apos;s marker: it came back (a regression). Reopen the old issue, or file a new one that links it.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Nur geschlossene Issues tragen die Markierung dieses Clusters: Er ist zurückgekehrt (eine Regression). Öffnen Sie das alte Issue wieder oder legen Sie ein neues an, das darauf verweist.</translation>
    </message>
    <message>
        <source>No issue carries this cluster&apos;s marker, but search found similar issues. Pick one to comment on, or file a new issue.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Kein Issue trägt die Markierung dieses Clusters, aber die Suche hat ähnliche Issues gefunden. Wählen Sie eines zum Kommentieren aus oder legen Sie ein neues Issue an.</translation>
    </message>
    <message>
        <source>No issue in %1 carries this cluster&apos;s marker: file a new issue.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Kein Issue in %1 trägt die Markierung dieses Clusters: Legen Sie ein neues Issue an.</translation>
    </message>
    <message>
        <source>Cannot tell whether this cluster has an issue: listing the issues failed (%1). A new issue is not offered, so nothing is filed twice; search again later.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Es lässt sich nicht feststellen, ob es zu diesem Cluster ein Issue gibt: Das Auflisten der Issues ist fehlgeschlagen (%1). Ein neues Issue wird nicht angeboten, damit nichts doppelt angelegt wird; suchen Sie später erneut.</translation>
    </message>
    <message>
        <source>open</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>Search may lag behind recently created issues, so an issue filed minutes ago may be missing from the search results; marked issues are found without search.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Die Suche kann neu angelegten Issues hinterherhinken, daher fehlt ein vor wenigen Minuten angelegtes Issue womöglich in den Suchergebnissen; markierte Issues werden ohne Suche gefunden.</translation>
    </message>
    <message>
        <source>Search failed (%1); the marked issues above are complete.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Suche fehlgeschlagen (%1); die markierten Issues oben sind vollständig.</translation>
    </message>
    <message>
        <source>&amp;Comment on #%1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>#%1 &amp;kommentieren</translation>
    </message>
    <message>
        <source>&amp;Comment on the selected open issue</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Ausgewähltes offenes Issue &amp;kommentieren</translation>
    </message>
    <message>
        <source>&amp;Reopen #%1 with a comment</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>#%1 mit Kommentar &amp;wieder öffnen</translation>
    </message>
    <message>
        <source>&amp;Reopen the selected closed issue with a comment</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Ausgewähltes geschlossenes Issue mit Kommentar &amp;wieder öffnen</translation>
    </message>
    <message>
        <source>New issue &amp;linking #%1 (regression)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Neues Issue mit &amp;Verweis auf #%1 (Regression)</translation>
    </message>
    <message>
        <source>New issue &amp;linking the selected closed issue (regression)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Neues Issue mit &amp;Verweis auf das ausgewählte geschlossene Issue (Regression)</translation>
    </message>
    <message>
        <source>No draft was made: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Es wurde kein Entwurf erstellt: %1</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>gardener::PastWorklogsPage</name>
    <message>
        <source>Re&amp;load</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Worklogs</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Arbeitsprotokolle</translation>
    </message>
    <message>
        <source>Worklog text</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Text des Arbeitsprotokolls</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Priority</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Count</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Category</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Clusters in the worklog</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Cluster im Arbeitsprotokoll</translation>
    </message>
    <message>
        <source>Issue</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Action</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Priority change</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Prioritätsänderung</translation>
    </message>
    <message>
        <source>Link</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Link</translation>
    </message>
    <message>
        <source>GitHub actions in the worklog</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>GitHub-Aktionen im Arbeitsprotokoll</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Here</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Previous</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Vorherige</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Comparison with the previous worklog</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Vergleich mit dem vorherigen Arbeitsprotokoll</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>GitHub actions</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>GitHub-Aktionen</translation>
    </message>
    <message>
        <source>Compare with previous</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Mit vorherigem vergleichen</translation>
    </message>
    <message>
        <source>&amp;Import into history</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>In den Verlauf &amp;importieren</translation>
    </message>
    <message>
        <source>No history is open, so worklogs cannot be imported.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Es ist kein Verlauf geöffnet, daher können keine Arbeitsprotokolle importiert werden.</translation>
    </message>
    <message>
        <source>Choose worklog folder</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Ordner der Arbeitsprotokolle wählen</translation>
    </message>
    <message>
        <source>No worklogs in this folder.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Keine Arbeitsprotokolle in diesem Ordner.</translation>
    </message>
    <message numerus="yes">
        <source>%n worklog(s).</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%n Arbeitsprotokoll.</numerusform>
            <numerusform>%n Arbeitsprotokolle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%n Datei konnte nicht gelesen werden.</numerusform>
            <numerusform>%n Dateien konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n cluster(s)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%1: %n Cluster</numerusform>
            <numerusform>%1: %n Cluster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n reader warning(s), first: %2</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%1: %n Lesewarnung, erste: %2</numerusform>
            <numerusform>%1: %n Lesewarnungen, erste: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>neu</translation>
    </message>
    <message>
        <source>gone</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>verschwunden</translation>
    </message>
    <message>
        <source>same</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>gleich</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Nichts zu importieren.</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Import fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>This worklog was imported before (run %1).</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Dieses Arbeitsprotokoll wurde bereits importiert (Lauf %1).</translation>
    </message>
    <message numerus="yes">
        <source>Imported as run %1: %2 of %n cluster(s) joined clusters history already knew.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>Als Lauf %1 importiert: %2 von %n Cluster wurde einem bereits im Verlauf bekannten Cluster zugeordnet.</numerusform>
            <numerusform>Als Lauf %1 importiert: %2 von %n Clustern wurden bereits im Verlauf bekannten Clustern zugeordnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ch&amp;oose folder…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Ordner &amp;wählen …</translation>
    </message>
    <message>
        <source>&amp;Worklog folder:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Ordner der Arbeitsprotokolle:</translation>
    </message>
    <message>
        <source>Record the selected worklog as a past run, so trends and “new” take it into account</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Das ausgewählte Arbeitsprotokoll als früheren Lauf erfassen, damit Trends und „neu“ es berücksichtigen</translation>
    </message>
    <message>
        <source>Type or paste a folder and press Enter</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Ordner eingeben oder einfügen und Eingabe drücken</translation>
    </message>
    <message>
        <source>No such folder: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Ordner nicht gefunden: %1</translation>
    </message>
    <message>
        <source>?</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>?</translation>
    </message>
    <message>
        <source>The worklog states no count for this cluster.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Das Arbeitsprotokoll nennt für diesen Cluster keine Anzahl.</translation>
    </message>
    <message>
        <source>count unknown</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Anzahl unbekannt</translation>
    </message>
    <message>
        <source>An import is still running.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Ein Import läuft noch.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 wird importiert…</translation>
    </message>
</context>
<context>
    <name>gardener::RunBars</name>
    <message>
        <source>Frequency per run</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Häufigkeit pro Lauf</translation>
    </message>
    <message>
        <source>No history yet</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Noch kein Verlauf</translation>
    </message>
    <message>
        <source>Per minute in each run, oldest first: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Pro Minute in jedem Lauf, älteste zuerst: %1</translation>
    </message>
</context>
<context>
    <name>gardener::Session</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%1 und %n weitere Datei</numerusform>
            <numerusform>%1 und %n weitere Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>The BigQuery rows (%1) do not match the representative entries (%2).</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Die BigQuery-Zeilen (%1) passen nicht zu den stellvertretenden Einträgen (%2).</translation>
    </message>
    <message>
        <source>Clusters can be merged once loading has finished.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Cluster können zusammengeführt werden, sobald das Laden abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Clusters can be split once loading has finished.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Cluster können aufgeteilt werden, sobald das Laden abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>gardener::StackTraceView</name>
    <message>
        <source>Stack trace</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Stacktrace</translation>
    </message>
    <message>
        <source>Most recent call first.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Letzter Aufruf zuerst.</translation>
    </message>
    <message>
        <source>Most recent call last.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Letzter Aufruf zuletzt.</translation>
    </message>
    <message>
        <source>▸ 1 library frame</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>▸ 1 Bibliotheks-Frame</translation>
    </message>
    <message numerus="yes">
        <source>▸ %n library frames</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>▸ %n Bibliotheks-Frame</numerusform>
            <numerusform>▸ %n Bibliotheks-Frames</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gardener::StartPage</name>
    <message>
        <source>Log Gardener logo</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Log-Gardener-Logo</translation>
    </message>
    <message>
        <source>Log Gardener</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Log Gardener</translation>
    </message>
    <message>
        <source>Open a Google Cloud Logging export (JSON or JSON lines, optionally gzip-compressed) to group its entries into issue clusters. You can also drop files onto this window.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Öffnen Sie einen Google-Cloud-Logging-Export (JSON oder JSON Lines, optional gzip-komprimiert), um seine Einträge zu Issue-Clustern zu gruppieren. Sie können Dateien auch auf dieses Fenster ziehen.</translation>
    </message>
    <message>
        <source>&amp;Open export…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Export ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;demo data</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>De&amp;modaten öffnen</translation>
    </message>
    <message>
        <source>Choose a Cloud Logging export file (%1)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Eine Cloud-Logging-Exportdatei wählen (%1)</translation>
    </message>
    <message>
        <source>Explore the app with the bundled sample export</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Die App mit dem mitgelieferten Beispielexport erkunden</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Zuletzt geöffnete Dateien</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Clear recent files</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Liste der zuletzt geöffneten Dateien leeren</translation>
    </message>
    <message>
        <source>Forget the recent files (the files stay where they are)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Die Liste vergessen (die Dateien selbst bleiben, wo sie sind)</translation>
    </message>
    <message>
        <source>Downloads a service&apos;s recent log entries with the Cloud Logging API.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Lädt die aktuellen Logeinträge eines Dienstes über die Cloud Logging API herunter.</translation>
    </message>
    <message>
        <source>Collec&amp;t from Google Cloud…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Aus Google Cloud ab&amp;rufen …</translation>
    </message>
</context>
<context>
    <name>gardener::TimelineChartView</name>
    <message>
        <source>Entries over time</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Einträge im Zeitverlauf</translation>
    </message>
    <message>
        <source>Stacked chart of the entries per time interval, one colour per severity.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Gestapeltes Diagramm der Einträge pro Zeitintervall, eine Farbe je Schweregrad.</translation>
    </message>
    <message>
        <source>%1 – %2 UTC</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 – %2 UTC</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <source>Entries over time, stacked by severity. Drag across the chart to zoom to that time range and count only its entries in the table; Reset zoom or a click shows all times again. Hover a bar for its numbers. With the keyboard: Left and Right select an interval, Shift+Left and Shift+Right change its end, Esc shows all times.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Einträge im Zeitverlauf, nach Schweregrad gestapelt. Über das Diagramm ziehen, um auf diesen Zeitraum zu zoomen und in der Tabelle nur seine Einträge zu zählen; „Zoom zurücksetzen“ oder ein Klick zeigt wieder alle Zeiten. Für die Zahlen mit der Maus über einen Balken fahren. Mit der Tastatur: Links und Rechts wählen ein Intervall, Umschalt+Links und Umschalt+Rechts ändern sein Ende, Esc zeigt alle Zeiten.</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Show all times again (Esc)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Wieder alle Zeiten zeigen (Esc)</translation>
    </message>
</context>
<context>
    <name>gardener::TriageRulesPage</name>
    <message>
        <source>Triage rules decide priority and category of each cluster. Rules are tried top to bottom; see the user guide for the format.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Triage-Regeln bestimmen Priorität und Kategorie jedes Clusters. Die Regeln werden von oben nach unten geprüft; das Format beschreibt das Benutzerhandbuch.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Triage rules</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Triage-Regeln</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Standard &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Reload from file</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Aus Datei &amp;neu laden</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%n Regel</numerusform>
            <numerusform>%n Regeln</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>No rules file is configured.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Es ist keine Regeldatei eingerichtet.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved. %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Gespeichert. %1</translation>
    </message>
    <message>
        <source>Put the built-in rules into the editor; the file changes only when you save</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Die eingebauten Regeln in den Editor übernehmen; die Datei ändert sich erst beim Speichern</translation>
    </message>
    <message>
        <source>Drop the edits and show the rules file as it is saved</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Änderungen verwerfen und die Regeldatei so zeigen, wie sie gespeichert ist</translation>
    </message>
    <message>
        <source>Reading the rules file…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Regeldatei wird gelesen…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>gardener::WorklogBrowserModel</name>
    <message>
        <source>Generated</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Service</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Entries</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Actions</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>File</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>gardener::gcp::BigQueryPanel</name>
    <message>
        <source>Engine</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Download the entries</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Einträge herunterladen</translation>
    </message>
    <message>
        <source>Analyze in BigQuery (large windows)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>In BigQuery auswerten (große Zeiträume)</translation>
    </message>
    <message>
        <source>BigQuery groups the window&apos;s entries on Google&apos;s side through a log bucket linked to a BigQuery dataset; only the grouped rows are downloaded.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>BigQuery gruppiert die Einträge des Zeitraums bei Google über einen mit einem BigQuery-Dataset verknüpften Log-Bucket; nur die gruppierten Zeilen werden heruntergeladen.</translation>
    </message>
    <message>
        <source>Linked BigQuery dataset</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Verknüpftes BigQuery-Dataset</translation>
    </message>
    <message>
        <source>PROJECT.LINK_ID</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>PROJEKT.LINK_ID</translation>
    </message>
    <message>
        <source>Lists the BigQuery datasets linked to the project&apos;s log buckets.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Listet die BigQuery-Datasets auf, die mit den Log-Buckets des Projekts verknüpft sind.</translation>
    </message>
    <message>
        <source>Most bytes billed</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Höchstens abgerechnete Bytes</translation>
    </message>
    <message>
        <source>BigQuery fails the query rather than bill more (500MB, 10GiB, 1TB).</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>BigQuery bricht die Abfrage ab, statt mehr abzurechnen (500MB, 10GiB, 1TB).</translation>
    </message>
    <message>
        <source>Asks BigQuery what the query would scan and cost, without running it.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Fragt BigQuery, was die Abfrage lesen und kosten würde, ohne sie auszuführen.</translation>
    </message>
    <message>
        <source>Dry run estimate</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Schätzung des Probelaufs</translation>
    </message>
    <message>
        <source>Ho&amp;w to collect:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Vor&amp;gehen:</translation>
    </message>
    <message>
        <source>Loo&amp;k Up Datasets</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Datasets suc&amp;hen</translation>
    </message>
    <message>
        <source>Big&amp;Query dataset:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Big&amp;Query-Dataset:</translation>
    </message>
    <message>
        <source>&amp;Check Cost</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Kosten prüfen</translation>
    </message>
    <message>
        <source>Most bil&amp;led:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Höchstens a&amp;bgerechnet:</translation>
    </message>
</context>
<context>
    <name>gardener::gcp::CollectDialog</name>
    <message>
        <source>Google account in the browser</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Google-Konto im Browser</translation>
    </message>
    <message>
        <source>gcloud Application Default Credentials</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>gcloud Application Default Credentials</translation>
    </message>
    <message>
        <source>service-account key file</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Schlüsseldatei eines Dienstkontos</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Collect from Google Cloud</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Aus Google Cloud abrufen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Co&amp;nnect…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Verbinden …</translation>
    </message>
    <message>
        <source>Adds a profile: a project and a way to sign in.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Fügt ein Profil hinzu: ein Projekt und eine Anmeldeart.</translation>
    </message>
    <message>
        <source>Si&amp;gn In Again…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Erneut an&amp;melden …</translation>
    </message>
    <message>
        <source>Signs the selected profile in again, or changes how it signs in.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Meldet das ausgewählte Profil erneut an oder ändert seine Anmeldeart.</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Angemeldet als:</translation>
    </message>
    <message>
        <source>Google Cloud project ID</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Google-Cloud-Projekt-ID</translation>
    </message>
    <message>
        <source>Pro&amp;ject ID:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Pro&amp;jekt-ID:</translation>
    </message>
    <message>
        <source>Query</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Fortse&amp;tzen</translation>
    </message>
    <message>
        <source>Continues the interrupted collection from its last page.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Setzt den unterbrochenen Abruf ab seiner letzten Seite fort.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Ver&amp;werfen</translation>
    </message>
    <message>
        <source>Collection progress</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Fortschritt des Abrufs</translation>
    </message>
    <message>
        <source>C&amp;ollect</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Abrufen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>St&amp;oppen</translation>
    </message>
    <message>
        <source>Stops collecting; what arrived stays open and can be resumed later.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Beendet den Abruf; was bereits angekommen ist, bleibt geöffnet und kann später fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Sign &amp;In Again…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Erne&amp;ut anmelden …</translation>
    </message>
    <message>
        <source>Sa&amp;ve as Export…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Als Export spei&amp;chern …</translation>
    </message>
    <message>
        <source>Saves the collected entries as a JSON export that Log Gardener opens again.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Speichert die abgerufenen Einträge als JSON-Export, den Log Gardener wieder öffnen kann.</translation>
    </message>
    <message>
        <source>Save Collected Entries</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Abgerufene Einträge speichern</translation>
    </message>
    <message>
        <source>JSON export (*.json)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>JSON-Export (*.json)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Google asked to slow down or did not answer (%1); trying again in %2.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Google hat um langsamere Anfragen gebeten oder nicht geantwortet (%1); neuer Versuch in %2.</translation>
    </message>
    <message>
        <source>No profile yet: use Connect…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Noch kein Profil: Verwenden Sie „Verbinden …“</translation>
    </message>
    <message>
        <source>not connected</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>An interrupted collection of %1 (%2 entries, saved %3) is older than 24 hours: its page token has expired. Discard it and collect again.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Ein unterbrochener Abruf von %1 (%2 Einträge, gespeichert %3) ist älter als 24 Stunden: Sein Seitentoken ist abgelaufen. Verwerfen Sie ihn und rufen Sie erneut ab.</translation>
    </message>
    <message>
        <source>An interrupted collection of %1 (%2 entries, saved %3) can be resumed where it stopped.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Ein unterbrochener Abruf von %1 (%2 Einträge, gespeichert %3) kann dort fortgesetzt werden, wo er angehalten wurde.</translation>
    </message>
    <message>
        <source>Connect a profile first.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Verbinden Sie zuerst ein Profil.</translation>
    </message>
    <message>
        <source>Enter the ID of the Google Cloud project to collect from.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Geben Sie die ID des Google-Cloud-Projekts ein, aus dem abgerufen werden soll.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; of this collection no longer exists.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Das Profil „%1“ dieses Abrufs existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Collecting from %1…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Abruf aus %1 …</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Anmeldung …</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 · %n entry(s)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>Seite %1 · %n Eintrag</numerusform>
            <numerusform>Seite %1 · %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · from %2 to %3</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 · von %2 bis %3</translation>
    </message>
    <message>
        <source>%1 · about %2 left</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 · noch etwa %2</translation>
    </message>
    <message numerus="yes">
        <source>Collected %n entry(s)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%n Eintrag abgerufen</numerusform>
            <numerusform>%n Einträge abgerufen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 von %2 bis %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 (resumed; %n repeated entry(s) dropped)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%1 (fortgesetzt; %n doppelter Eintrag verworfen)</numerusform>
            <numerusform>%1 (fortgesetzt; %n doppelte Einträge verworfen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (resumed)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 (fortgesetzt)</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is ready.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Profil „%1“ ist bereit.</translation>
    </message>
    <message>
        <source>Forgets the selected profile and removes its sign-in from the keychain.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Vergisst das ausgewählte Profil und entfernt seine Anmeldung aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>Deletes the interrupted collection and the entries it saved so far.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Löscht den unterbrochenen Abruf und die bisher gespeicherten Einträge.</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>the collection summary as a sentence</comment>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Saving to %1…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Wird unter %1 gespeichert…</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Fetching sample entries by insertId: %1 of %2</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Beispieleinträge per insertId abrufen: %1 von %2</translation>
    </message>
    <message>
        <source>BigQuery asked to slow down or did not answer (%1); trying again in %2.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>BigQuery bat um Verlangsamung oder antwortete nicht (%1); neuer Versuch in %2.</translation>
    </message>
    <message>
        <source>Do a dry run first: it shows what the query scans and costs.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Zuerst einen Probelauf machen: Er zeigt, was die Abfrage liest und kostet.</translation>
    </message>
    <message>
        <source>BigQuery applies the resource type, service, minimum severity and window only: clear the free text and the advanced filter, or download the entries instead.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>BigQuery berücksichtigt nur Ressourcentyp, Dienst, Mindestschweregrad und Zeitraum: Freitext und erweiterten Filter leeren oder stattdessen die Einträge herunterladen.</translation>
    </message>
    <message>
        <source>Enter the ID of the Google Cloud project to analyse.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Die ID des auszuwertenden Google-Cloud-Projekts eingeben.</translation>
    </message>
    <message>
        <source>The dataset is PROJECT.LINK_ID: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Das Dataset hat die Form PROJEKT.LINK_ID: %1</translation>
    </message>
    <message>
        <source>The most bytes billed is a size such as 500MB, 10GiB or 1TB.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Die höchstens abgerechneten Bytes sind eine Größe wie 500MB, 10GiB oder 1TB.</translation>
    </message>
    <message>
        <source>Looking for the datasets linked to the log buckets of %1…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Suche die mit den Log-Buckets von %1 verknüpften Datasets…</translation>
    </message>
    <message>
        <source>Found the linked dataset %1.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Verknüpftes Dataset %1 gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n linked dataset(s): choose one.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%n verknüpftes Dataset gefunden: eines wählen.</numerusform>
            <numerusform>%n verknüpfte Datasets gefunden: eines wählen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking BigQuery what the query would cost…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Frage BigQuery, was die Abfrage kosten würde…</translation>
    </message>
    <message>
        <source>Analysing %1 in BigQuery…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 wird in BigQuery ausgewertet…</translation>
    </message>
    <message>
        <source>The query scans %1 of %2; BigQuery bills %3, about US$%4 on demand (US$%5 per TiB, the first TiB each month is free). Cap: %6.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Die Abfrage liest %1 von %2; BigQuery rechnet %3 ab, etwa US$%4 bei On-Demand-Preisen (US$%5 pro TiB, das erste TiB jedes Monats ist kostenlos). Obergrenze: %6.</translation>
    </message>
    <message>
        <source>%1 That is over the cap: raise it or shorten the window.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 Das liegt über der Obergrenze: sie erhöhen oder den Zeitraum verkürzen.</translation>
    </message>
    <message numerus="yes">
        <source>BigQuery job %1 running (%n check(s))</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>BigQuery-Job %1 läuft (%n Abfrage)</numerusform>
            <numerusform>BigQuery-Job %1 läuft (%n Abfragen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows %1 of %2</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Zeilen: %1 von %2</translation>
    </message>
    <message>
        <source>Stopped: the BigQuery job was cancelled.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Angehalten: Der BigQuery-Job wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Dry run done: nothing was billed. Analyze in BigQuery runs the query.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Probelauf fertig: Nichts wurde abgerechnet. „In BigQuery auswerten“ führt die Abfrage aus.</translation>
    </message>
    <message>
        <source>Analysed in BigQuery (%1): %2 rows standing for %3 entries, %4 billed; %5 real sample entries.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>In BigQuery ausgewertet (%1): %2 Zeilen für %3 Einträge, %4 abgerechnet; %5 echte Beispieleinträge.</translation>
    </message>
    <message>
        <source>%1 (BigQuery)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 (BigQuery)</translation>
    </message>
    <message>
        <source>Analy&amp;ze in BigQuery</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;In BigQuery auswerten</translation>
    </message>
</context>
<context>
    <name>gardener::gcp::ConnectDialog</name>
    <message>
        <source>Connect Google Cloud</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Google Cloud verbinden</translation>
    </message>
    <message>
        <source>A profile is a Google Cloud project and a way to sign in, for example &quot;staging&quot; and &quot;production&quot;. Log Gardener only reads logs (scope logging.read).</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Ein Profil ist ein Google-Cloud-Projekt zusammen mit einer Anmeldeart, zum Beispiel „staging“ und „production“. Log Gardener liest nur Logs (Scope logging.read).</translation>
    </message>
    <message>
        <source>staging</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>staging</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>my-project-id</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>meine-projekt-id</translation>
    </message>
    <message>
        <source>Google Cloud project ID</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Google-Cloud-Projekt-ID</translation>
    </message>
    <message>
        <source>The ID of the project whose logs are read (not its display name).</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Die ID des Projekts, dessen Logs gelesen werden (nicht sein Anzeigename).</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Projekt-ID:</translation>
    </message>
    <message>
        <source>Way to sign in</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Anmeldeart</translation>
    </message>
    <message>
        <source>Google &amp;account</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Google-&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;gcloud credentials</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;gcloud-Anmeldedaten</translation>
    </message>
    <message>
        <source>Service-account &amp;key</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Dienstkonto-Schlüssel</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Account label</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Kontobezeichnung</translation>
    </message>
    <message>
        <source>A label for people, shown with the profile; not a secret.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Eine Bezeichnung für Menschen, die mit dem Profil angezeigt wird; nicht geheim.</translation>
    </message>
    <message>
        <source>Acc&amp;ount label:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Kon&amp;tobezeichnung:</translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Profil &amp;speichern</translation>
    </message>
    <message>
        <source>Sign in with your Google account in your usual browser. You need an OAuth client of type &quot;Desktop app&quot; from your own project (see the Google Cloud guide in the documentation).</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Melden Sie sich in Ihrem gewohnten Browser mit Ihrem Google-Konto an. Dazu brauchen Sie einen OAuth-Client vom Typ „Desktop-App“ aus Ihrem eigenen Projekt (siehe die Google-Cloud-Anleitung in der Dokumentation).</translation>
    </message>
    <message>
        <source>123-abc.apps.googleusercontent.com</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>123-abc.apps.googleusercontent.com</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>OAuth-Client-ID</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>OAuth-Clientschlüssel</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a file.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Wird im Schlüsselbund des Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Clientschlüss&amp;el:</translation>
    </message>
    <message>
        <source>Sign &amp;in with Google…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Mit Google &amp;anmelden …</translation>
    </message>
    <message>
        <source>Opens the Google sign-in page in your browser.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Öffnet die Google-Anmeldeseite in Ihrem Browser.</translation>
    </message>
    <message>
        <source>Stop &amp;Waiting</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Warten beenden</translation>
    </message>
    <message>
        <source>Stops waiting for the browser.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Beendet das Warten auf den Browser.</translation>
    </message>
    <message>
        <source>Use the credentials of &quot;gcloud auth application-default login&quot;. The file is read where it is each time; its refresh token is not copied anywhere.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Verwendet die Anmeldedaten von „gcloud auth application-default login“. Die Datei wird jedes Mal an ihrem Ort gelesen; ihr Refresh-Token wird nirgendwohin kopiert.</translation>
    </message>
    <message>
        <source>Application Default Credentials file</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Datei der Application Default Credentials</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Prü&amp;fen</translation>
    </message>
    <message>
        <source>Reads the file and shows what it holds (no secret is shown).</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Liest die Datei und zeigt, was sie enthält (Geheimnisse werden nicht angezeigt).</translation>
    </message>
    <message>
        <source>A JSON key of a service account with the Logs Viewer role. Only its path is kept; protect the file like any key.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Ein JSON-Schlüssel eines Dienstkontos mit der Rolle „Logs Viewer“. Nur sein Pfad wird gespeichert; schützen Sie die Datei wie jeden Schlüssel.</translation>
    </message>
    <message>
        <source>Service-account key file</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Schlüsseldatei des Dienstkontos</translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Datei &amp;wählen …</translation>
    </message>
    <message>
        <source>Choose a Service-Account Key</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Dienstkonto-Schlüssel wählen</translation>
    </message>
    <message>
        <source>JSON key files (*.json);;All files (*)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>JSON-Schlüsseldateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Waiting for the browser… Finish signing in there; this dialog continues by itself.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Warten auf den Browser … Schließen Sie die Anmeldung dort ab; dieser Dialog macht dann von selbst weiter.</translation>
    </message>
    <message>
        <source>The browser could not be opened. Open this address in a browser on this computer:
%1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Der Browser konnte nicht geöffnet werden. Öffnen Sie diese Adresse in einem Browser auf diesem Computer:
%1</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Nicht angemeldet: %1</translation>
    </message>
    <message>
        <source>Google account</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Google-Konto</translation>
    </message>
    <message>
        <source>Signed in. Google granted read access to Cloud Logging for the client %1. Save the profile to keep the sign-in in the system keychain.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Angemeldet. Google hat dem Client %1 Lesezugriff auf Cloud Logging gewährt. Speichern Sie das Profil, um die Anmeldung im Schlüsselbund des Systems aufzubewahren.</translation>
    </message>
    <message>
        <source>No Application Default Credentials at %1. Run &quot;gcloud auth application-default login&quot; first, or choose another way.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Keine Application Default Credentials unter %1. Führen Sie zuerst „gcloud auth application-default login“ aus oder wählen Sie eine andere Anmeldeart.</translation>
    </message>
    <message>
        <source>Found the gcloud sign-in of a Google account (client %1).</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Gefunden: die gcloud-Anmeldung eines Google-Kontos (Client %1).</translation>
    </message>
    <message>
        <source>Found a service account: %1.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Dienstkonto gefunden: %1.</translation>
    </message>
    <message>
        <source>The file names no project.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Die Datei nennt kein Projekt.</translation>
    </message>
    <message>
        <source>Project in the file: %1.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Projekt in der Datei: %1.</translation>
    </message>
    <message>
        <source>Application Default Credentials</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Application Default Credentials</translation>
    </message>
    <message>
        <source>Choose the JSON key file of a service account.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Wählen Sie die JSON-Schlüsseldatei eines Dienstkontos.</translation>
    </message>
    <message>
        <source>%1 is not a service-account key; use the gcloud credentials tab for it.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 ist kein Dienstkonto-Schlüssel; verwenden Sie dafür den Tab „gcloud-Anmeldedaten“.</translation>
    </message>
    <message>
        <source>Service account: %1
Project: %2</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Dienstkonto: %1
Projekt: %2</translation>
    </message>
    <message>
        <source>Give the profile a name without slashes, such as &quot;staging&quot;.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Geben Sie dem Profil einen Namen ohne Schrägstriche, etwa „staging“.</translation>
    </message>
    <message>
        <source>Enter the ID of the Google Cloud project whose logs you want to read.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Geben Sie die ID des Google-Cloud-Projekts ein, dessen Logs Sie lesen möchten.</translation>
    </message>
    <message>
        <source>Sign in with Google first (the button above), then save.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Melden Sie sich zuerst bei Google an (Schaltfläche oben) und speichern Sie dann.</translation>
    </message>
    <message>
        <source>The sign-in could not be saved in the keychain: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Die Anmeldung konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Weite&amp;r</translation>
    </message>
    <message>
        <source>%1
The sign-in is kept for this session only; you will be asked to sign in again next time.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1
Die Anmeldung wird nur für diese Sitzung behalten; beim nächsten Mal werden Sie erneut zur Anmeldung aufgefordert.</translation>
    </message>
    <message>
        <source>%1 is not a service-account key.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 ist kein Dienstkonto-Schlüssel.</translation>
    </message>
    <message>
        <source>Checking the credentials with Google…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Anmeldedaten werden bei Google geprüft …</translation>
    </message>
    <message>
        <source>Google no longer accepts these credentials; sign in again (for gcloud: &quot;gcloud auth application-default login&quot;).
%1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Google akzeptiert diese Anmeldedaten nicht mehr; melden Sie sich erneut an (für gcloud: „gcloud auth application-default login“).
%1</translation>
    </message>
    <message>
        <source>The credentials could not be checked: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Die Anmeldedaten konnten nicht geprüft werden: %1</translation>
    </message>
</context>
<context>
    <name>gardener::gcp::QueryForm</name>
    <message>
        <source>Resource type</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Ressourcentyp</translation>
    </message>
    <message>
        <source>Cloud Run revision</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Cloud Run-Revision</translation>
    </message>
    <message>
        <source>GKE container</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>GKE-Container</translation>
    </message>
    <message>
        <source>Cloud Functions</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Cloud Functions</translation>
    </message>
    <message>
        <source>App Engine</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>App Engine</translation>
    </message>
    <message>
        <source>Any resource</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Beliebige Ressource</translation>
    </message>
    <message>
        <source>&amp;Resource type:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Ressourcentyp:</translation>
    </message>
    <message>
        <source>Service name</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Dienstname</translation>
    </message>
    <message>
        <source>every service</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>alle Dienste</translation>
    </message>
    <message>
        <source>The Cloud Run service, GKE container, function or App Engine module.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Der Cloud Run-Dienst, GKE-Container, die Funktion oder das App Engine-Modul.</translation>
    </message>
    <message>
        <source>S&amp;ervice:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Mindest-Schweregrad</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Beliebiger Schweregrad</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 und höher</translation>
    </message>
    <message>
        <source>Minimum severit&amp;y:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Mindest-&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>Time window</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 2 days</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Letzte 2 Tage</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Von (UTC)</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Bis (UTC)</translation>
    </message>
    <message>
        <source>Times are in UTC, as Cloud Logging stores them.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Zeiten sind in UTC angegeben, wie Cloud Logging sie speichert.</translation>
    </message>
    <message>
        <source>from</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Time window:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Free text</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Freitext</translation>
    </message>
    <message>
        <source>Entries that contain this text in any field.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Einträge, die diesen Text in einem beliebigen Feld enthalten.</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Advanced filter</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Erweiterter Filter</translation>
    </message>
    <message>
        <source>A Cloud Logging filter ANDed to the rest; recent ones are in the list.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Ein Cloud Logging-Filter, der mit den übrigen Angaben UND-verknüpft wird; zuletzt verwendete stehen in der Liste.</translation>
    </message>
    <message>
        <source>e.g. jsonPayload.status&gt;=500</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>z. B. jsonPayload.status&gt;=500</translation>
    </message>
    <message>
        <source>&amp;Advanced filter:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Erweiterter Fi&amp;lter:</translation>
    </message>
    <message>
        <source>Filter sent to Cloud Logging</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>An Cloud Logging gesendeter Filter</translation>
    </message>
    <message>
        <source>The exact filter that is sent. You may edit it by hand.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Der genaue Filter, der gesendet wird. Sie können ihn von Hand bearbeiten.</translation>
    </message>
    <message>
        <source>Re&amp;build from Form</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Aus Formular &amp;neu erstellen</translation>
    </message>
    <message>
        <source>Drops hand edits and builds the filter from the fields above.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Verwirft Änderungen von Hand und erstellt den Filter aus den Feldern oben.</translation>
    </message>
    <message>
        <source>&amp;Filter sent:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Gesendeter &amp;Filter:</translation>
    </message>
    <message>
        <source>Edited by hand; the filter is valid.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Von Hand bearbeitet; der Filter ist gültig.</translation>
    </message>
    <message>
        <source>Not sent: %1 (at character %2)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Nicht gesendet: %1 (bei Zeichen %2)</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>gardener::search::SavedViews</name>
    <message>
        <source>A saved view needs a name.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Eine gespeicherte Ansicht braucht einen Namen.</translation>
    </message>
    <message>
        <source>The view “%1” was not saved: %2</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Die Ansicht „%1“ wurde nicht gespeichert: %2</translation>
    </message>
</context>
<context>
    <name>gardener::search::SearchQuery</name>
    <message>
        <source>The quote at character %1 is not closed: add a &quot; after the phrase.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Das Anführungszeichen bei Zeichen %1 ist nicht geschlossen: ein &quot; nach der Phrase ergänzen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at character %2 needs a value after %3, as in %4.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&quot;%1&quot; bei Zeichen %2 braucht einen Wert nach %3, wie in %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at character %2: &quot;%3&quot; is not a severity; use one of %4 (or its number).</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&quot;%1&quot; bei Zeichen %2: &quot;%3&quot; ist kein Schweregrad; einen von %4 (oder seine Zahl) verwenden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at character %2 leaves no severity to show together with the terms before it.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&quot;%1&quot; bei Zeichen %2 lässt zusammen mit den Begriffen davor keinen Schweregrad übrig.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at character %2: %3 compares severities only; write %4:%5.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&quot;%1&quot; bei Zeichen %2: %3 vergleicht nur Schweregrade; %4:%5 schreiben.</translation>
    </message>
    <message>
        <source>The &quot;-&quot; at character %1 needs a word after it, as in -timeout (to search for a dash itself, put it in quotes: &quot;-&quot;).</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Das &quot;-&quot; bei Zeichen %1 braucht ein Wort dahinter, wie in -timeout (um nach dem Strich selbst zu suchen, ihn in Anführungszeichen setzen: &quot;-&quot;).</translation>
    </message>
</context>
<context>
    <name>gardener::secrets::SecretStore</name>
    <message>
        <source>Waiting for the keyring… The desktop is asking to create or unlock a keyring: answer its prompt to go on.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Warte auf den Schlüsselbund … Der Desktop möchte einen Schlüsselbund anlegen oder entsperren: Beantworten Sie seine Abfrage, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>gardener::triage::TriageBinder</name>
    <message>
        <source>The cluster name could not be saved: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Der Clustername konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the triage rules %1: %2; using the built-in rules.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Die Triage-Regeln %1 können nicht gelesen werden: %2; die eingebauten Regeln werden verwendet.</translation>
    </message>
    <message>
        <source>The triage rules have a mistake (%1); using the built-in rules.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Die Triage-Regeln enthalten einen Fehler (%1); die eingebauten Regeln werden verwendet.</translation>
    </message>
    <message>
        <source>Triage failed: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Triage fehlgeschlagen: %1</translation>
    </message>
</context>
</TS>
