<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Format</name>
    <message>
        <location filename="../ui/format.cpp" line="54"/>
        <source>under 5 minutes left</source>
        <translation>weniger als 5 Minuten übrig</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="55"/>
        <source>under 1 minute left</source>
        <translation>weniger als 1 Minute übrig</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="80"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="80"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="82"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="82"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="83"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="89"/>
        <source>creating</source>
        <translation>wird erstellt</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="90"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="91"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="92"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="93"/>
        <source>terminated</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="94"/>
        <source>timed out</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="95"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="103"/>
        <source>GiB/s</source>
        <translation>GiB/s</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="105"/>
        <source>MiB/s</source>
        <translation>MiB/s</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="107"/>
        <source>KiB/s</source>
        <translation>KiB/s</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="108"/>
        <source>B/s</source>
        <translation>B/s</translation>
    </message>
</context>
<context>
    <name>Sandbar::Api</name>
    <message>
        <location filename="../app/core/api/roundtabletypes.cpp" line="187"/>
        <source>temperature %1</source>
        <translation>Temperatur %1</translation>
    </message>
    <message>
        <location filename="../app/core/api/roundtabletypes.cpp" line="189"/>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
</context>
<context>
    <name>Sandbar::Api::AgentSandbox</name>
    <message>
        <location filename="../app/core/api/roundtabletypes.cpp" line="92"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../app/core/api/roundtabletypes.cpp" line="94"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../app/core/api/roundtabletypes.cpp" line="96"/>
        <source>Messages sent</source>
        <translation>Gesendete Nachrichten</translation>
    </message>
    <message>
        <location filename="../app/core/api/roundtabletypes.cpp" line="98"/>
        <source>Messages received</source>
        <translation>Empfangene Nachrichten</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core</name>
    <message>
        <location filename="../app/core/providers/providerregistry.cpp" line="26"/>
        <source>Agent Sandboxes API</source>
        <translation>Agent Sandboxes API</translation>
    </message>
    <message>
        <location filename="../app/core/providers/providerregistry.cpp" line="26"/>
        <source>the server&apos;s root, e.g. https://api.example.com</source>
        <translation>die Wurzel des Servers, z. B. https://api.example.com</translation>
    </message>
    <message>
        <location filename="../app/core/providers/providerregistry.cpp" line="27"/>
        <location filename="../app/core/providers/providerregistry.cpp" line="28"/>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../app/core/providers/providerregistry.cpp" line="28"/>
        <source>Sandbox Sessions</source>
        <translation>Sandbox Sessions</translation>
    </message>
    <message>
        <location filename="../app/core/providers/providerregistry.cpp" line="28"/>
        <source>the API URL ending in /v1</source>
        <translation>die API-URL, die auf /v1 endet</translation>
    </message>
    <message>
        <location filename="../app/core/providers/providerregistry.cpp" line="29"/>
        <source>E2B sessions (legacy)</source>
        <translation>E2B-Sitzungen (alt)</translation>
    </message>
    <message>
        <location filename="../app/core/providers/providerregistry.cpp" line="29"/>
        <source>the server&apos;s root, e.g. https://ondevbook.com</source>
        <translation>die Wurzel des Servers, z. B. https://ondevbook.com</translation>
    </message>
    <message>
        <location filename="../app/core/providers/providerregistry.cpp" line="30"/>
        <location filename="../app/core/providers/providerregistry.cpp" line="31"/>
        <location filename="../app/core/providers/providerregistry.cpp" line="32"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/core/providers/providerregistry.cpp" line="31"/>
        <source>Cognitora</source>
        <translation>Cognitora</translation>
    </message>
    <message>
        <location filename="../app/core/providers/providerregistry.cpp" line="31"/>
        <source>the server&apos;s root, e.g. https://api.cognitora.dev</source>
        <translation>die Wurzel des Servers, z. B. https://api.cognitora.dev</translation>
    </message>
    <message>
        <location filename="../app/core/providers/providerregistry.cpp" line="32"/>
        <source>Round Table</source>
        <translation>Round Table</translation>
    </message>
    <message>
        <location filename="../app/core/providers/providerregistry.cpp" line="32"/>
        <source>the API URL ending in /api/v1</source>
        <translation>die API-URL, die auf /api/v1 endet</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::AgentSandboxesProvider</name>
    <message>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="64"/>
        <source>A page holds 1 to %1 sandboxes.</source>
        <translation>Eine Seite enthält 1 bis %1 Sandboxen.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="83"/>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="105"/>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="118"/>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="131"/>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="141"/>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="399"/>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="435"/>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="548"/>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="563"/>
        <source>No sandbox ID given.</source>
        <translation>Keine Sandbox-ID angegeben.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="92"/>
        <source>A provider and a region are required.</source>
        <translation>Anbieter und Region sind erforderlich.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="94"/>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="120"/>
        <source>The timeout must be 1 to 3600 seconds.</source>
        <translation>Die Zeitbegrenzung muss 1 bis 3600 Sekunden betragen.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="96"/>
        <source>This server cannot switch a sandbox&apos;s network on or off.</source>
        <translation>Dieser Server kann das Netzwerk einer Sandbox nicht ein- oder ausschalten.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="143"/>
        <source>Ports are 1 to 65535.</source>
        <translation>Ports liegen zwischen 1 und 65535.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="164"/>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="174"/>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="185"/>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="194"/>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="207"/>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="248"/>
        <source>A sandbox and a path are required.</source>
        <translation>Eine Sandbox und ein Pfad sind erforderlich.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="221"/>
        <source>A sandbox and a file name are required.</source>
        <translation>Eine Sandbox und ein Dateiname sind erforderlich.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="266"/>
        <source>%1 is not a file that can be sent.</source>
        <translation>%1 ist keine Datei, die gesendet werden kann.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="275"/>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="306"/>
        <source>A sandbox, a path and a local file are required.</source>
        <translation>Eine Sandbox, ein Pfad und eine lokale Datei sind erforderlich.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="311"/>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="340"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="353"/>
        <source>Not enough free space for %1: %2 needed, %3 free.</source>
        <translation>Nicht genug freier Speicher für %1: %2 nötig, %3 frei.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="364"/>
        <source>Cannot save the file: %1</source>
        <translation>Die Datei kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="375"/>
        <source>A sandbox and a command are required.</source>
        <translation>Eine Sandbox und ein Befehl sind erforderlich.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="386"/>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="479"/>
        <source>A sandbox and some code are required.</source>
        <translation>Eine Sandbox und Code sind erforderlich.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="412"/>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="420"/>
        <source>A sandbox and a context are required.</source>
        <translation>Eine Sandbox und ein Kontext sind erforderlich.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="577"/>
        <source>A sandbox and a run are required.</source>
        <translation>Eine Sandbox und ein Lauf sind erforderlich.</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::CodeRunController</name>
    <message>
        <location filename="../app/core/workspace/coderuncontroller.cpp" line="51"/>
        <source>Only runs since Sandbar started: this service keeps no run history.</source>
        <translation>Nur Ausführungen seit dem Start von Sandbar: Dieser Dienst führt keinen Ausführungsverlauf.</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/coderuncontroller.cpp" line="54"/>
        <source>Loading earlier runs…</source>
        <translation>Frühere Ausführungen werden geladen…</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/coderuncontroller.cpp" line="62"/>
        <source>Earlier runs could not be loaded: %1</source>
        <translation>Frühere Ausführungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/coderuncontroller.cpp" line="67"/>
        <source>The latest %1 of %2 runs of this sandbox.</source>
        <translation>Die letzten %1 von %2 Ausführungen dieser Sandbox.</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/coderuncontroller.cpp" line="89"/>
        <source>Creating a context…</source>
        <translation>Kontext wird erstellt…</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/coderuncontroller.cpp" line="95"/>
        <source>Could not create a context: %1</source>
        <translation>Der Kontext konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/coderuncontroller.cpp" line="122"/>
        <source>The run&apos;s context %1 has ended; this run uses the default context.</source>
        <translation>Der ursprüngliche Kontext %1 ist beendet; diese Ausführung verwendet den Standardkontext.</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/coderuncontroller.cpp" line="148"/>
        <source>Stopped before it started.</source>
        <translation>Gestoppt, bevor die Ausführung begonnen hat.</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/coderuncontroller.cpp" line="226"/>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/coderuncontroller.cpp" line="248"/>
        <source>Stop failed: %1</source>
        <translation>Stoppen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/coderuncontroller.cpp" line="253"/>
        <source>The run does not stop; it ends at its timeout.</source>
        <translation>Die Ausführung lässt sich nicht anhalten; sie endet mit Ablauf ihres Zeitlimits.</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/coderuncontroller.cpp" line="279"/>
        <source>The output of this run was not kept.</source>
        <translation>Die Ausgabe dieser Ausführung wurde nicht aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/coderuncontroller.cpp" line="290"/>
        <source>Cannot load the output of run %1: %2</source>
        <translation>Ausgabe von Ausführung %1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/coderuncontroller.cpp" line="294"/>
        <source>The service kept no output for this run.</source>
        <translation>Der Dienst hat für diese Ausführung keine Ausgabe aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::CodeRunStream</name>
    <message>
        <location filename="../app/core/providers/coderunstream.cpp" line="40"/>
        <source>The server&apos;s reply was not understood: %1</source>
        <translation>Die Antwort des Servers war nicht verständlich: %1</translation>
    </message>
    <message>
        <location filename="../app/core/providers/coderunstream.cpp" line="128"/>
        <source>[a display of %1 KiB, not kept: a run keeps %2 MiB of them]</source>
        <translation>[eine Anzeige von %1 KiB, nicht behalten: ein Lauf behält %2 MiB davon]</translation>
    </message>
    <message>
        <location filename="../app/core/providers/coderunstream.cpp" line="149"/>
        <source>The run&apos;s event stream ended before its last event.</source>
        <translation>Der Ereignisstrom des Laufs endete vor seinem letzten Ereignis.</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::CognitoraProvider</name>
    <message>
        <location filename="../app/core/providers/cognitoraprovider.cpp" line="114"/>
        <source>%1 CPU cores</source>
        <translation>%1 CPU-Kerne</translation>
    </message>
    <message>
        <location filename="../app/core/providers/cognitoraprovider.cpp" line="116"/>
        <source>%1 MiB memory</source>
        <translation>%1 MiB Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../app/core/providers/cognitoraprovider.cpp" line="118"/>
        <source>%1 GB storage</source>
        <translation>%1 GB Speicherplatz</translation>
    </message>
    <message>
        <location filename="../app/core/providers/cognitoraprovider.cpp" line="120"/>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <location filename="../app/core/providers/cognitoraprovider.cpp" line="154"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/core/providers/cognitoraprovider.cpp" line="162"/>
        <source>the run ended: %1</source>
        <translation>der Lauf endete: %1</translation>
    </message>
    <message>
        <location filename="../app/core/providers/cognitoraprovider.cpp" line="205"/>
        <source>A page holds at least one session.</source>
        <translation>Eine Seite enthält mindestens eine Sitzung.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/cognitoraprovider.cpp" line="231"/>
        <location filename="../app/core/providers/cognitoraprovider.cpp" line="276"/>
        <source>No session ID given.</source>
        <translation>Keine Sitzungs-ID angegeben.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/cognitoraprovider.cpp" line="247"/>
        <source>A session runs %1.</source>
        <translation>Eine Sitzung führt %1 aus.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/cognitoraprovider.cpp" line="250"/>
        <source>The timeout must be %1 to %2 seconds.</source>
        <translation>Die Zeitbegrenzung muss %1 bis %2 Sekunden betragen.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/cognitoraprovider.cpp" line="279"/>
        <source>Session deleted</source>
        <translation>Sitzung gelöscht</translation>
    </message>
    <message>
        <location filename="../app/core/providers/cognitoraprovider.cpp" line="285"/>
        <source>A session and some code are required.</source>
        <translation>Eine Sitzung und etwas Code sind nötig.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/cognitoraprovider.cpp" line="287"/>
        <source>A Cognitora session is its own context.</source>
        <translation>Eine Cognitora-Sitzung ist ihr eigener Kontext.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/cognitoraprovider.cpp" line="406"/>
        <source>A container needs an image and a command.</source>
        <translation>Ein Container braucht ein Image und einen Befehl.</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::ConnectionProfile</name>
    <message>
        <location filename="../app/core/settings/connectionprofile.cpp" line="39"/>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::ConnectionState</name>
    <message>
        <location filename="../app/core/sessions/connectionstate.cpp" line="13"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/connectionstate.cpp" line="14"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/connectionstate.cpp" line="16"/>
        <source>Stale since %1, reconnecting…</source>
        <translation>Veraltet seit %1, verbinde neu…</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/connectionstate.cpp" line="16"/>
        <source>Not connected, retrying…</source>
        <translation>Nicht verbunden, neuer Versuch…</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/connectionstate.cpp" line="19"/>
        <source>Stale since %1, reconnecting in %2 s</source>
        <translation>Veraltet seit %1, neue Verbindung in %2 s</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/connectionstate.cpp" line="20"/>
        <source>Not connected, reconnecting in %1 s</source>
        <translation>Nicht verbunden, neue Verbindung in %1 s</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/connectionstate.cpp" line="22"/>
        <source>The API key was refused: %1</source>
        <translation>Der API-Schlüssel wurde abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::ContainerController</name>
    <message>
        <location filename="../app/core/containers/containercontroller.cpp" line="52"/>
        <source>The list could not be refreshed (%1); it shows what was known last.</source>
        <translation>Die Liste konnte nicht aktualisiert werden (%1); sie zeigt den zuletzt bekannten Stand.</translation>
    </message>
    <message>
        <location filename="../app/core/containers/containercontroller.cpp" line="93"/>
        <source>The logs of %1 could not be read (%2); trying again.</source>
        <translation>Das Protokoll von %1 konnte nicht gelesen werden (%2); neuer Versuch folgt.</translation>
    </message>
    <message>
        <location filename="../app/core/containers/containercontroller.cpp" line="116"/>
        <source>Create container</source>
        <translation>Container erstellen</translation>
    </message>
    <message>
        <location filename="../app/core/containers/containercontroller.cpp" line="129"/>
        <source>Cancel %1</source>
        <translation>%1 abbrechen</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::ContainerListModel</name>
    <message>
        <location filename="../app/core/containers/containerlistmodel.cpp" line="113"/>
        <source>%1 (exit %2)</source>
        <translation>%1 (Exit %2)</translation>
    </message>
    <message>
        <location filename="../app/core/containers/containerlistmodel.cpp" line="118"/>
        <source>%1 credits</source>
        <translation>%1 Credits</translation>
    </message>
    <message>
        <location filename="../app/core/containers/containerlistmodel.cpp" line="130"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/core/containers/containerlistmodel.cpp" line="131"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/core/containers/containerlistmodel.cpp" line="132"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../app/core/containers/containerlistmodel.cpp" line="133"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../app/core/containers/containerlistmodel.cpp" line="134"/>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <location filename="../app/core/containers/containerlistmodel.cpp" line="135"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::E2bSessionsProvider</name>
    <message>
        <location filename="../app/core/providers/e2bsessionsprovider.cpp" line="53"/>
        <source>Edit enabled</source>
        <translation>Bearbeitung erlaubt</translation>
    </message>
    <message>
        <location filename="../app/core/providers/e2bsessionsprovider.cpp" line="53"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/core/providers/e2bsessionsprovider.cpp" line="53"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../app/core/providers/e2bsessionsprovider.cpp" line="54"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../app/core/providers/e2bsessionsprovider.cpp" line="85"/>
        <source>This service lists all sessions at once.</source>
        <translation>Dieser Dienst listet alle Sitzungen auf einmal auf.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/e2bsessionsprovider.cpp" line="97"/>
        <location filename="../app/core/providers/e2bsessionsprovider.cpp" line="127"/>
        <location filename="../app/core/providers/e2bsessionsprovider.cpp" line="138"/>
        <source>No session ID given.</source>
        <translation>Keine Sitzungs-ID angegeben.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/e2bsessionsprovider.cpp" line="109"/>
        <source>Session %1 is not among the service&apos;s sessions.</source>
        <translation>Sitzung %1 gehört nicht zu den Sitzungen des Dienstes.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/e2bsessionsprovider.cpp" line="117"/>
        <source>A code snippet ID is required.</source>
        <translation>Eine Code-Snippet-ID ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/e2bsessionsprovider.cpp" line="131"/>
        <source>Session deleted</source>
        <translation>Sitzung gelöscht</translation>
    </message>
    <message>
        <location filename="../app/core/providers/e2bsessionsprovider.cpp" line="143"/>
        <source>Session refreshed</source>
        <translation>Sitzung aufgefrischt</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::FileTreeModel</name>
    <message>
        <location filename="../app/core/workspace/filetreemodel.cpp" line="254"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/filetreemodel.cpp" line="255"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/filetreemodel.cpp" line="256"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::HttpProvider</name>
    <message>
        <location filename="../app/core/providers/httpprovider.h" line="93"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../app/core/providers/httpprovider.cpp" line="46"/>
        <source>The server&apos;s reply was not understood: %1</source>
        <translation>Die Antwort des Servers war nicht verständlich: %1</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::HttpTransport</name>
    <message>
        <location filename="../app/core/net/httptransport.cpp" line="76"/>
        <source>No complete reply from %1 in time.</source>
        <translation>Keine vollständige Antwort von %1 in der vorgesehenen Zeit.</translation>
    </message>
    <message>
        <location filename="../app/core/net/httptransport.cpp" line="86"/>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../app/core/net/httptransport.cpp" line="96"/>
        <source>%1 — certificate for &quot;%2&quot; issued by &quot;%3&quot;, valid %4 to %5, SHA-256 %6</source>
        <translation>%1 — Zertifikat für „%2“, ausgestellt von „%3“, gültig %4 bis %5, SHA-256 %6</translation>
    </message>
    <message>
        <location filename="../app/core/net/httptransport.cpp" line="189"/>
        <location filename="../app/core/net/httptransport.cpp" line="327"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/core/net/httptransport.cpp" line="356"/>
        <source>The server&apos;s certificate was refused: %1</source>
        <translation>Das Zertifikat des Servers wurde abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::KindDetector</name>
    <message>
        <location filename="../app/core/providers/providerregistry.cpp" line="113"/>
        <source>speaks it</source>
        <translation>spricht sie</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::LocalServerLauncher</name>
    <message>
        <location filename="../app/core/settings/localserverlauncher.cpp" line="21"/>
        <source>sandbar-local did not start listening in time.</source>
        <translation>sandbar-local hat nicht rechtzeitig zu lauschen begonnen.</translation>
    </message>
    <message>
        <location filename="../app/core/settings/localserverlauncher.cpp" line="31"/>
        <source>Cannot run %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/settings/localserverlauncher.cpp" line="34"/>
        <source>sandbar-local ended (%1 %2): %3</source>
        <translation>sandbar-local wurde beendet (%1 %2): %3</translation>
    </message>
    <message>
        <location filename="../app/core/settings/localserverlauncher.cpp" line="35"/>
        <source>exit code</source>
        <translation>Exit-Code</translation>
    </message>
    <message>
        <location filename="../app/core/settings/localserverlauncher.cpp" line="35"/>
        <source>crashed, signal</source>
        <translation>abgestürzt, Signal</translation>
    </message>
    <message>
        <location filename="../app/core/settings/localserverlauncher.cpp" line="70"/>
        <source>The bundled server was not found at %1.</source>
        <translation>Der mitgelieferte Server wurde unter %1 nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../app/core/settings/localserverlauncher.cpp" line="105"/>
        <source>sandbar-local runs, but its token cannot be read from %1: %2</source>
        <translation>sandbar-local läuft, aber sein Token kann nicht aus %1 gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::MessageListModel</name>
    <message>
        <location filename="../app/core/agents/messagelistmodel.cpp" line="113"/>
        <source>broadcast in</source>
        <translation>Rundruf ein</translation>
    </message>
    <message>
        <location filename="../app/core/agents/messagelistmodel.cpp" line="113"/>
        <source>broadcast out</source>
        <translation>Rundruf aus</translation>
    </message>
    <message>
        <location filename="../app/core/agents/messagelistmodel.cpp" line="114"/>
        <source>in</source>
        <translation>ein</translation>
    </message>
    <message>
        <location filename="../app/core/agents/messagelistmodel.cpp" line="114"/>
        <source>out</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../app/core/agents/messagelistmodel.cpp" line="144"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/core/agents/messagelistmodel.cpp" line="145"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../app/core/agents/messagelistmodel.cpp" line="146"/>
        <source>From / to</source>
        <translation>Von / an</translation>
    </message>
    <message>
        <location filename="../app/core/agents/messagelistmodel.cpp" line="147"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/core/agents/messagelistmodel.cpp" line="148"/>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::MessagesController</name>
    <message>
        <location filename="../app/core/agents/messagescontroller.cpp" line="28"/>
        <source>Write the content: a JSON value, e.g. {&quot;type&quot;: &quot;request&quot;}.</source>
        <translation>Schreiben Sie den Inhalt: einen JSON-Wert, z. B. {&quot;type&quot;: &quot;request&quot;}.</translation>
    </message>
    <message>
        <location filename="../app/core/agents/messagescontroller.cpp" line="40"/>
        <source>Not JSON: write one value (an object, a list, a &quot;string&quot;, a number).</source>
        <translation>Kein JSON: schreiben Sie einen Wert (ein Objekt, eine Liste, einen &quot;String&quot;, eine Zahl).</translation>
    </message>
    <message>
        <location filename="../app/core/agents/messagescontroller.cpp" line="42"/>
        <source>Not JSON: %1 at the end (something is not closed).</source>
        <translation>Kein JSON: %1 am Ende (etwas ist nicht geschlossen).</translation>
    </message>
    <message>
        <location filename="../app/core/agents/messagescontroller.cpp" line="47"/>
        <source>Not JSON: %1 at line %2, column %3.</source>
        <translation>Kein JSON: %1 in Zeile %2, Spalte %3.</translation>
    </message>
    <message>
        <location filename="../app/core/agents/messagescontroller.cpp" line="96"/>
        <source>Messages could not be refreshed (%1); the list shows what was known last.</source>
        <translation>Die Nachrichten konnten nicht aktualisiert werden (%1); die Liste zeigt den letzten bekannten Stand.</translation>
    </message>
    <message>
        <location filename="../app/core/agents/messagescontroller.cpp" line="130"/>
        <source>Send a message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <location filename="../app/core/agents/messagescontroller.cpp" line="143"/>
        <source>Broadcast to the workspace</source>
        <translation>Rundruf an den Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::ProfileStore</name>
    <message>
        <location filename="../app/core/settings/connectionprofile.cpp" line="28"/>
        <source>&apos;%1&apos; is not a URL with a host.</source>
        <translation>„%1“ ist keine URL mit einem Host.</translation>
    </message>
    <message>
        <location filename="../app/core/settings/connectionprofile.cpp" line="31"/>
        <source>The URL must start with https:// or http://.</source>
        <translation>Die URL muss mit https:// oder http:// beginnen.</translation>
    </message>
    <message>
        <location filename="../app/core/settings/connectionprofile.cpp" line="68"/>
        <source>SANDBOX_API_URL is set but SANDBOX_API_TOKEN is not.</source>
        <translation>SANDBOX_API_URL ist gesetzt, SANDBOX_API_TOKEN aber nicht.</translation>
    </message>
    <message>
        <location filename="../app/core/settings/connectionprofile.cpp" line="81"/>
        <source>SANDBOX_API_KIND &apos;%1&apos; is not one of %2.</source>
        <translation>SANDBOX_API_KIND „%1“ ist keiner von %2.</translation>
    </message>
    <message>
        <location filename="../app/core/settings/connectionprofile.cpp" line="134"/>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../app/core/settings/connectionprofile.cpp" line="136"/>
        <source>Unknown API kind &apos;%1&apos;.</source>
        <translation>Unbekannte API-Art „%1“.</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::RoundTableProvider</name>
    <message>
        <location filename="../app/core/providers/roundtableprovider.cpp" line="163"/>
        <source>A page holds at least one sandbox.</source>
        <translation>Eine Seite enthält mindestens eine Sandbox.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/roundtableprovider.cpp" line="236"/>
        <location filename="../app/core/providers/roundtableprovider.cpp" line="257"/>
        <source>No sandbox ID given.</source>
        <translation>Keine Sandbox-ID angegeben.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/roundtableprovider.cpp" line="243"/>
        <source>Choose the workspace the sandbox goes in.</source>
        <translation>Wählen Sie den Arbeitsbereich für die Sandbox.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/roundtableprovider.cpp" line="245"/>
        <source>The sandbox needs a name.</source>
        <translation>Die Sandbox braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/roundtableprovider.cpp" line="259"/>
        <source>Sandbox deleted</source>
        <translation>Sandbox gelöscht</translation>
    </message>
    <message>
        <location filename="../app/core/providers/roundtableprovider.cpp" line="284"/>
        <location filename="../app/core/providers/roundtableprovider.cpp" line="294"/>
        <source>The workspace needs a name.</source>
        <translation>Der Arbeitsbereich braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/roundtableprovider.cpp" line="302"/>
        <source>Workspace deleted</source>
        <translation>Arbeitsbereich gelöscht</translation>
    </message>
    <message>
        <location filename="../app/core/providers/roundtableprovider.cpp" line="367"/>
        <source>A message needs a sender and a recipient.</source>
        <translation>Eine Nachricht braucht einen Absender und einen Empfänger.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/roundtableprovider.cpp" line="387"/>
        <source>A collaboration needs a task and at least one participant.</source>
        <translation>Eine Zusammenarbeit braucht eine Aufgabe und mindestens einen Teilnehmer.</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::RunHistoryModel</name>
    <message>
        <location filename="../app/core/workspace/runhistorymodel.cpp" line="155"/>
        <source>timed out</source>
        <translation>Zeitlimit überschritten</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/runhistorymodel.cpp" line="155"/>
        <source>did not finish</source>
        <translation>nicht beendet</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/runhistorymodel.cpp" line="203"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/runhistorymodel.cpp" line="204"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/runhistorymodel.cpp" line="205"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/runhistorymodel.cpp" line="206"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/runhistorymodel.cpp" line="233"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/runhistorymodel.cpp" line="269"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/runhistorymodel.cpp" line="270"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/runhistorymodel.cpp" line="271"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/runhistorymodel.cpp" line="272"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/runhistorymodel.cpp" line="273"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/runhistorymodel.cpp" line="274"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/runhistorymodel.cpp" line="275"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::RunInterrupter</name>
    <message>
        <location filename="../app/core/workspace/runinterrupter.cpp" line="72"/>
        <source>Stop is not available here.</source>
        <translation>Stopp ist hier nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/runinterrupter.cpp" line="81"/>
        <source>The probe run did not finish.</source>
        <translation>Der Probelauf wurde nicht beendet.</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/runinterrupter.cpp" line="93"/>
        <source>Could not learn the interpreter&apos;s process.</source>
        <translation>Der Prozess des Interpreters konnte nicht ermittelt werden.</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/runinterrupter.cpp" line="106"/>
        <location filename="../app/core/workspace/runinterrupter.cpp" line="124"/>
        <source>The stop request did not finish.</source>
        <translation>Die Stopp-Anfrage wurde nicht beendet.</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/runinterrupter.cpp" line="115"/>
        <source>This run cannot be stopped.</source>
        <translation>Dieser Lauf kann nicht gestoppt werden.</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/runinterrupter.cpp" line="131"/>
        <source>The interpreter could not be signalled: %1</source>
        <translation>Dem Interpreter konnte kein Signal gesendet werden: %1</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::SandboxProvider</name>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="22"/>
        <source>This service cannot extend a session.</source>
        <translation>Dieser Dienst kann keine Sitzung verlängern.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="28"/>
        <source>This service does not complete code.</source>
        <translation>Dieser Dienst vervollständigt keinen Code.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="34"/>
        <source>This service does not describe code.</source>
        <translation>Dieser Dienst beschreibt keinen Code.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="39"/>
        <source>This service cannot start a stopped session.</source>
        <translation>Dieser Dienst kann eine gestoppte Sitzung nicht starten.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="44"/>
        <source>This service cannot stop a session and keep it.</source>
        <translation>Dieser Dienst kann eine Sitzung nicht stoppen und behalten.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="49"/>
        <source>This service reports no metrics.</source>
        <translation>Dieser Dienst meldet keine Messwerte.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="54"/>
        <source>This service cannot open a session&apos;s ports to this computer.</source>
        <translation>Dieser Dienst kann die Ports einer Sitzung nicht für diesen Computer öffnen.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="59"/>
        <source>This service has no templates.</source>
        <translation>Dieser Dienst hat keine Vorlagen.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="64"/>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="69"/>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="74"/>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="79"/>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="84"/>
        <source>This service gives no access to a session&apos;s files.</source>
        <translation>Dieser Dienst gibt keinen Zugriff auf die Dateien einer Sitzung.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="90"/>
        <source>This service cannot take uploads.</source>
        <translation>Dieser Dienst nimmt keine Uploads an.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="95"/>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="105"/>
        <source>This service offers no downloads.</source>
        <translation>Dieser Dienst bietet keine Downloads.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="100"/>
        <source>This service offers no uploads.</source>
        <translation>Dieser Dienst bietet keine Uploads.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="110"/>
        <source>This service cannot run commands.</source>
        <translation>Dieser Dienst kann keine Befehle ausführen.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="115"/>
        <source>This service cannot run code.</source>
        <translation>Dieser Dienst kann keinen Code ausführen.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="120"/>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="125"/>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="130"/>
        <source>This service has no code contexts.</source>
        <translation>Dieser Dienst hat keine Code-Kontexte.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="135"/>
        <source>This service cannot list code contexts.</source>
        <translation>Dieser Dienst kann keine Code-Kontexte auflisten.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="140"/>
        <source>This service cannot interrupt runs.</source>
        <translation>Dieser Dienst kann Läufe nicht unterbrechen.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="145"/>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="150"/>
        <source>This service keeps no run history.</source>
        <translation>Dieser Dienst führt keinen Laufverlauf.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="155"/>
        <source>This service keeps sessions without being asked.</source>
        <translation>Dieser Dienst hält Sitzungen, ohne dass man ihn darum bittet.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="160"/>
        <source>This service lists runs per session only.</source>
        <translation>Dieser Dienst listet Läufe nur pro Sitzung.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="165"/>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="170"/>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="175"/>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="180"/>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="185"/>
        <source>This service runs no containers.</source>
        <translation>Dieser Dienst führt keine Container aus.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="190"/>
        <source>This service has no cost estimate.</source>
        <translation>Dieser Dienst hat keine Kostenschätzung.</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::SandboxSessionsProvider</name>
    <message>
        <location filename="../app/core/providers/sandboxsessionsprovider.cpp" line="70"/>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxsessionsprovider.cpp" line="113"/>
        <source>%1 (limit %2 requests; resets at %3)</source>
        <translation>%1 (Grenze %2 Anfragen; zurückgesetzt um %3)</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxsessionsprovider.cpp" line="139"/>
        <source>A page holds 1 to %1 sessions.</source>
        <translation>Eine Seite fasst 1 bis %1 Sitzungen.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxsessionsprovider.cpp" line="149"/>
        <location filename="../app/core/providers/sandboxsessionsprovider.cpp" line="174"/>
        <source>No session ID given.</source>
        <translation>Keine Sitzungs-ID angegeben.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxsessionsprovider.cpp" line="159"/>
        <source>The TTL must be %1 to %2 seconds.</source>
        <translation>Die TTL muss %1 bis %2 Sekunden betragen.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxsessionsprovider.cpp" line="178"/>
        <source>Session deleted</source>
        <translation>Sitzung gelöscht</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxsessionsprovider.cpp" line="185"/>
        <source>A session and some code are required.</source>
        <translation>Eine Sitzung und Code sind erforderlich.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxsessionsprovider.cpp" line="188"/>
        <source>This service runs %1 only.</source>
        <translation>Dieser Dienst führt nur %1 aus.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxsessionsprovider.cpp" line="190"/>
        <source>This service has no code contexts: each run stands alone.</source>
        <translation>Dieser Dienst hat keine Code-Kontexte: Jeder Lauf steht für sich.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxsessionsprovider.cpp" line="193"/>
        <source>The timeout must be 1 to 300 seconds.</source>
        <translation>Das Zeitlimit muss 1 bis 300 Sekunden betragen.</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::SessionController</name>
    <message>
        <location filename="../app/core/sessions/sessioncontroller.cpp" line="55"/>
        <source>Create a sandbox</source>
        <translation>Eine Sandbox erstellen</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/sessioncontroller.cpp" line="90"/>
        <source>Kill %1</source>
        <translation>%1 beenden</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/sessioncontroller.cpp" line="134"/>
        <source>Start %1</source>
        <translation>%1 starten</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/sessioncontroller.cpp" line="134"/>
        <source>Stop %1</source>
        <translation>%1 stoppen</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/sessioncontroller.cpp" line="181"/>
        <source>Extend %1</source>
        <translation>%1 verlängern</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::SessionListModel</name>
    <message>
        <location filename="../app/core/sessions/sessionlistmodel.cpp" line="30"/>
        <source>up %1</source>
        <extracomment>A sandbox&apos;s uptime in the list: &quot;up 14:32&quot;</extracomment>
        <translation>läuft %1</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/sessionlistmodel.cpp" line="308"/>
        <source>kept alive</source>
        <translation>wach gehalten</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/sessionlistmodel.cpp" line="313"/>
        <source>%1 / %2 MiB</source>
        <translation>%1 / %2 MiB</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/sessionlistmodel.cpp" line="408"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/sessionlistmodel.cpp" line="409"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/sessionlistmodel.cpp" line="410"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/sessionlistmodel.cpp" line="411"/>
        <source>TTL left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/sessionlistmodel.cpp" line="412"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/sessionlistmodel.cpp" line="413"/>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/sessionlistmodel.cpp" line="414"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/sessionlistmodel.cpp" line="415"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/sessionlistmodel.cpp" line="416"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/sessionlistmodel.cpp" line="417"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::TerminalChannel</name>
    <message>
        <location filename="../app/core/terminal/terminalchannel.cpp" line="83"/>
        <source>Closed.</source>
        <translation>Geschlossen.</translation>
    </message>
    <message>
        <location filename="../app/core/terminal/terminalchannel.cpp" line="98"/>
        <source>The service refused the API key (HTTP %1).</source>
        <translation>Der Dienst hat den API-Schlüssel abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../app/core/terminal/terminalchannel.cpp" line="99"/>
        <source>The sandbox was not found (HTTP 404).</source>
        <translation>Die Sandbox wurde nicht gefunden (HTTP 404).</translation>
    </message>
    <message>
        <location filename="../app/core/terminal/terminalchannel.cpp" line="100"/>
        <source>The sandbox has ended: no terminal can open in it (HTTP 409).</source>
        <translation>Die Sandbox ist beendet: In ihr kann kein Terminal geöffnet werden (HTTP 409).</translation>
    </message>
    <message>
        <location filename="../app/core/terminal/terminalchannel.cpp" line="101"/>
        <source>Too many terminals are open in this sandbox, or requests come too fast (HTTP 429).</source>
        <translation>In dieser Sandbox sind zu viele Terminals offen, oder Anfragen kommen zu schnell (HTTP 429).</translation>
    </message>
    <message>
        <location filename="../app/core/terminal/terminalchannel.cpp" line="102"/>
        <source>The service refused the terminal (HTTP %1).</source>
        <translation>Der Dienst hat das Terminal abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../app/core/terminal/terminalchannel.cpp" line="130"/>
        <source>The shell exited with status %1.</source>
        <translation>Die Shell wurde mit Status %1 beendet.</translation>
    </message>
    <message>
        <location filename="../app/core/terminal/terminalchannel.cpp" line="138"/>
        <source>The connection to the service was lost.</source>
        <translation>Die Verbindung zum Dienst ist abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/core/terminal/terminalchannel.cpp" line="140"/>
        <source>The connection failed: %1</source>
        <translation>Die Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/core/terminal/terminalchannel.cpp" line="142"/>
        <source>The connection ended.</source>
        <translation>Die Verbindung wurde beendet.</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::TokenStore</name>
    <message>
        <location filename="../app/core/settings/tokenstore.cpp" line="18"/>
        <source>there is no D-Bus session bus, so no Secret Service or KWallet can answer</source>
        <translation>es gibt keinen D-Bus-Sitzungsbus, daher kann weder ein Secret Service noch KWallet antworten</translation>
    </message>
    <message>
        <location filename="../app/core/settings/tokenstore.cpp" line="19"/>
        <source>no Secret Service (GNOME Keyring, KeePassXC) or KWallet answers on the session bus</source>
        <translation>auf dem Sitzungsbus antwortet weder ein Secret Service (GNOME Keyring, KeePassXC) noch KWallet</translation>
    </message>
    <message>
        <location filename="../app/core/settings/tokenstore.cpp" line="29"/>
        <source>The system keyring is not available: %1. Sandbar keeps API tokens only in the keyring and never in plain text: start a keyring service, or pass the token in SANDBOX_API_TOKEN.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar: %1. Sandbar bewahrt API-Token nur im Schlüsselbund auf, nie als Klartext: Starten Sie einen Schlüsselbund-Dienst oder übergeben Sie das Token in SANDBOX_API_TOKEN.</translation>
    </message>
    <message>
        <location filename="../app/core/settings/tokenstore.cpp" line="36"/>
        <source>The keyring refused access to the token (%1).</source>
        <translation>Der Schlüsselbund hat den Zugriff auf das Token verweigert (%1).</translation>
    </message>
    <message>
        <location filename="../app/core/settings/tokenstore.cpp" line="38"/>
        <source>Keyring error: %1</source>
        <translation>Fehler des Schlüsselbunds: %1</translation>
    </message>
    <message>
        <location filename="../app/core/settings/tokenstore.cpp" line="58"/>
        <source>No token is stored for this profile.</source>
        <translation>Für dieses Profil ist kein Token gespeichert.</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::TransferQueue</name>
    <message>
        <location filename="../app/core/workspace/transferqueue.cpp" line="27"/>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/transferqueue.cpp" line="134"/>
        <location filename="../app/core/workspace/transferqueue.cpp" line="153"/>
        <source>The connection to the service has closed.</source>
        <translation>Die Verbindung zum Dienst wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::WorkspaceController</name>
    <message>
        <location filename="../app/core/agents/workspacecontroller.cpp" line="84"/>
        <source>Create workspace %1</source>
        <translation>Arbeitsbereich %1 anlegen</translation>
    </message>
    <message>
        <location filename="../app/core/agents/workspacecontroller.cpp" line="99"/>
        <source>Rename workspace %1</source>
        <translation>Arbeitsbereich %1 umbenennen</translation>
    </message>
    <message>
        <location filename="../app/core/agents/workspacecontroller.cpp" line="117"/>
        <source>Delete workspace %1</source>
        <translation>Arbeitsbereich %1 löschen</translation>
    </message>
    <message>
        <location filename="../app/core/agents/workspacecontroller.cpp" line="159"/>
        <source>unreachable: %1</source>
        <translation>nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../app/core/agents/workspacecontroller.cpp" line="222"/>
        <source>Discover agents</source>
        <translation>Agenten finden</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::AgentSandboxFields</name>
    <message>
        <location filename="../ui/agentsandboxfields.cpp" line="18"/>
        <source>Required, e.g. Research Agent</source>
        <translation>Pflichtfeld, z. B. Research Agent</translation>
    </message>
    <message>
        <location filename="../ui/agentsandboxfields.cpp" line="19"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../ui/agentsandboxfields.cpp" line="20"/>
        <source>Create a workspace first (Workspace ▸ New workspace…)</source>
        <translation>Legen Sie zuerst einen Arbeitsbereich an (Arbeitsbereich ▸ Neuer Arbeitsbereich…)</translation>
    </message>
    <message>
        <location filename="../ui/agentsandboxfields.cpp" line="21"/>
        <source>e.g. researcher, developer</source>
        <translation>z. B. researcher, developer</translation>
    </message>
    <message>
        <location filename="../ui/agentsandboxfields.cpp" line="22"/>
        <source>e.g. gpt-4</source>
        <translation>z. B. gpt-4</translation>
    </message>
    <message>
        <location filename="../ui/agentsandboxfields.cpp" line="27"/>
        <location filename="../ui/agentsandboxfields.cpp" line="31"/>
        <source>service default</source>
        <translation>Vorgabe des Dienstes</translation>
    </message>
    <message>
        <location filename="../ui/agentsandboxfields.cpp" line="34"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/agentsandboxfields.cpp" line="35"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/agentsandboxfields.cpp" line="36"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/agentsandboxfields.cpp" line="37"/>
        <source>Primary agent</source>
        <translation>Hauptagent</translation>
    </message>
    <message>
        <location filename="../ui/agentsandboxfields.cpp" line="38"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/agentsandboxfields.cpp" line="39"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../ui/agentsandboxfields.cpp" line="40"/>
        <source>Max tokens</source>
        <translation>Max. Tokens</translation>
    </message>
    <message>
        <location filename="../ui/agentsandboxfields.cpp" line="84"/>
        <source>Choose the workspace it goes in (create one from the Workspace menu above the list).</source>
        <translation>Wählen Sie den Arbeitsbereich (anlegen über das Menü Arbeitsbereich über der Liste).</translation>
    </message>
    <message>
        <location filename="../ui/agentsandboxfields.cpp" line="86"/>
        <source>Give the sandbox a name.</source>
        <translation>Geben Sie der Sandbox einen Namen.</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::BufferTabs</name>
    <message>
        <location filename="../ui/buffertabs.cpp" line="106"/>
        <source>Buffers could not be saved locally: %1</source>
        <translation>Die Puffer konnten nicht lokal gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/buffertabs.cpp" line="126"/>
        <source>untitled %1</source>
        <translation>unbenannt %1</translation>
    </message>
    <message>
        <location filename="../ui/buffertabs.cpp" line="150"/>
        <source>%1 (unsaved)</source>
        <translation>%1 (nicht gespeichert)</translation>
    </message>
    <message>
        <location filename="../ui/buffertabs.cpp" line="188"/>
        <location filename="../ui/buffertabs.cpp" line="191"/>
        <source>Close %1</source>
        <translation>%1 schließen</translation>
    </message>
    <message>
        <location filename="../ui/buffertabs.cpp" line="189"/>
        <source>%1 has edits that are not saved to the sandbox.</source>
        <translation>%1 enthält Änderungen, die nicht in der Sandbox gespeichert sind.</translation>
    </message>
    <message>
        <location filename="../ui/buffertabs.cpp" line="190"/>
        <source>Save writes them to %1. Discard closes the buffer and loses them.</source>
        <translation>Speichern schreibt sie nach %1. Verwerfen schließt den Puffer, die Änderungen gehen verloren.</translation>
    </message>
    <message>
        <location filename="../ui/buffertabs.cpp" line="191"/>
        <source>%1 holds text that is not saved anywhere else.</source>
        <translation>%1 enthält Text, der nirgends sonst gespeichert ist.</translation>
    </message>
    <message>
        <location filename="../ui/buffertabs.cpp" line="192"/>
        <source>Save writes it to a file in the sandbox. Discard closes the buffer and loses it.</source>
        <translation>Speichern schreibt ihn in eine Datei der Sandbox. Verwerfen schließt den Puffer, der Text geht verloren.</translation>
    </message>
    <message>
        <location filename="../ui/buffertabs.cpp" line="244"/>
        <source>Quit Sandbar</source>
        <translation>Sandbar beenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/buffertabs.cpp" line="245"/>
        <source>%n file(s) have edits that are not saved to the sandbox.</source>
        <translation>
            <numerusform>%n Datei hat Änderungen, die nicht in der Sandbox gespeichert sind.</numerusform>
            <numerusform>%n Dateien haben Änderungen, die nicht in der Sandbox gespeichert sind.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/buffertabs.cpp" line="246"/>
        <source>Save writes them to the sandbox before Sandbar quits. Discard quits and loses them.

%1</source>
        <translation>Speichern schreibt sie in die Sandbox, bevor Sandbar sich beendet. Verwerfen beendet Sandbar, die Änderungen gehen verloren.

%1</translation>
    </message>
    <message>
        <location filename="../ui/buffertabs.cpp" line="336"/>
        <source>Save to the sandbox</source>
        <translation>In der Sandbox speichern</translation>
    </message>
    <message>
        <location filename="../ui/buffertabs.cpp" line="336"/>
        <source>Path in the sandbox:</source>
        <translation>Pfad in der Sandbox:</translation>
    </message>
    <message>
        <location filename="../ui/buffertabs.cpp" line="348"/>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/buffertabs.cpp" line="354"/>
        <source>Not saved to %1: %2</source>
        <translation>Nicht in %1 gespeichert: %2</translation>
    </message>
    <message>
        <location filename="../ui/buffertabs.cpp" line="362"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::CodeEditorPanel</name>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="63"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="64"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="72"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="73"/>
        <source>JavaScript</source>
        <translation>JavaScript</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="74"/>
        <source>Bash</source>
        <translation>Bash</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="75"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="76"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="80"/>
        <source>⟳</source>
        <translation>⟳</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="81"/>
        <source>List the sandbox&apos;s contexts again</source>
        <translation>Liste der Kontexte der Sandbox aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="84"/>
        <source>timeout </source>
        <translation>Zeitlimit </translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="85"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="419"/>
        <source>Run the selection, or the whole buffer (Ctrl+Enter)</source>
        <translation>Die Auswahl oder den ganzen Puffer ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="87"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="88"/>
        <source>New buffer</source>
        <translation>Neuer Puffer</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="90"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="92"/>
        <source>Save the buffer to its sandbox file (Ctrl+S)</source>
        <translation>Den Puffer in seiner Datei in der Sandbox speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="99"/>
        <source>Context:</source>
        <translation>Kontext:</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="109"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="111"/>
        <source>Whether this run may reach the network</source>
        <translation>Ob dieser Lauf das Netzwerk erreichen darf</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="143"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="144"/>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="147"/>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="149"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="310"/>
        <source>Default context</source>
        <translation>Standardkontext</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="311"/>
        <source>The session (its state persists)</source>
        <translation>Die Sitzung (ihr Zustand bleibt erhalten)</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="312"/>
        <source>Each run stands alone</source>
        <translation>Jeder Lauf steht für sich</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="315"/>
        <source>New context</source>
        <translation>Neuer Kontext</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="317"/>
        <source>Where the code runs: variables and imports persist within a context</source>
        <translation>Wo der Code läuft: Variablen und Importe bleiben innerhalb eines Kontexts erhalten</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="318"/>
        <source>The session is the context: variables and imports persist from one run to the next.</source>
        <translation>Die Sitzung ist der Kontext: Variablen und Importe bleiben von einem Lauf zum nächsten erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="319"/>
        <source>This service has no code contexts: nothing is kept from one run to the next.</source>
        <translation>Dieser Dienst hat keine Code-Kontexte: Von einem Lauf zum nächsten bleibt nichts erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="322"/>
        <source>Select a sandbox to edit and run code in it.</source>
        <translation>Wählen Sie eine Sandbox, um darin Code zu bearbeiten und auszuführen.</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="337"/>
        <source>Could not list contexts: %1</source>
        <translation>Die Kontexte konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="344"/>
        <location filename="../ui/codeeditorpanel.cpp" line="503"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="426"/>
        <source>Interrupt the run (SIGINT to the context&apos;s interpreter; the context keeps its state)</source>
        <translation>Die Ausführung unterbrechen (SIGINT an den Interpreter des Kontexts; der Kontext behält seinen Zustand)</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="427"/>
        <source>This service cannot interrupt runs; a run ends at its timeout.</source>
        <translation>Dieser Dienst kann Ausführungen nicht unterbrechen; eine Ausführung endet erst mit Ablauf ihres Zeitlimits.</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="434"/>
        <source>Nothing to run: open a buffer first.</source>
        <translation>Nichts auszuführen: Öffnen Sie zuerst einen Puffer.</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="439"/>
        <source>Nothing to run: the selection is empty.</source>
        <translation>Nichts auszuführen: Die Auswahl ist leer.</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="448"/>
        <source>Not connected to a sandbox service.</source>
        <translation>Nicht mit einem Sandbox-Dienst verbunden.</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="450"/>
        <source>Select a sandbox to run code in it.</source>
        <translation>Wählen Sie eine Sandbox, um darin Code auszuführen.</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="452"/>
        <source>This service cannot run code.</source>
        <translation>Dieser Dienst kann keinen Code ausführen.</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="454"/>
        <source>The sandbox has ended: code cannot run in it any more.</source>
        <translation>Die Sandbox ist beendet: In ihr kann kein Code mehr laufen.</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="463"/>
        <source>A run is in progress: wait for it or Stop it first.</source>
        <translation>Ein Lauf ist im Gange: Warten Sie auf ihn oder stoppen Sie ihn zuerst.</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="465"/>
        <source>Nothing to run: the buffer is empty.</source>
        <translation>Nichts auszuführen: Der Puffer ist leer.</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="514"/>
        <source>Running in the %1 %2 context…</source>
        <translation>Wird im %2-Kontext „%1“ ausgeführt…</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="514"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="516"/>
        <source>Running %1 in the session…</source>
        <translation>%1 läuft in der Sitzung …</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="517"/>
        <source>Running %1 (each run stands alone)…</source>
        <translation>%1 wird ausgeführt (jeder Lauf steht für sich)…</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="522"/>
        <source>With %1.</source>
        <translation>Mit %1.</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="526"/>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/codeeditorpanel.cpp" line="553"/>
        <source>%n line(s) printed after Stop are not shown here (History → Show output has them)</source>
        <translation>
            <numerusform>%n nach „Stopp“ ausgegebene Zeile wird hier nicht angezeigt (unter Verlauf → Ausgabe anzeigen ist sie zu sehen)</numerusform>
            <numerusform>%n nach „Stopp“ ausgegebene Zeilen werden hier nicht angezeigt (unter Verlauf → Ausgabe anzeigen sind sie zu sehen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="580"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="583"/>
        <location filename="../ui/codeeditorpanel.cpp" line="615"/>
        <source>The run failed: %1</source>
        <translation>Die Ausführung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="584"/>
        <source>✗ request failed after %1</source>
        <translation>✗ Anfrage nach %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="585"/>
        <location filename="../ui/codeeditorpanel.cpp" line="617"/>
        <source>Failed after %1</source>
        <translation>Nach %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="616"/>
        <location filename="../ui/codeeditorpanel.cpp" line="622"/>
        <source>✗ %1 after %2</source>
        <translation>✗ %1 nach %2</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="622"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="623"/>
        <source>Failed (%1) after %2</source>
        <translation>Nach %2 fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="625"/>
        <source>✓ finished in %1</source>
        <translation>✓ in %1 abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="626"/>
        <source>Finished in %1</source>
        <translation>In %1 abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="566"/>
        <source>Output of run %1 again:</source>
        <translation>Erneute Anzeige der Ausgabe von Ausführung %1:</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="637"/>
        <source>Loading the output of run %1…</source>
        <translation>Ausgabe von Ausführung %1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="565"/>
        <source>Output of run %1, %2:</source>
        <translation>Ausgabe von Ausführung %1, %2:</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::CollaborationDialog</name>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="31"/>
        <source>&amp;Start collaboration</source>
        <translation>Zusammenarbeit &amp;starten</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="34"/>
        <source>Collaboration in %1</source>
        <translation>Zusammenarbeit in %1</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="36"/>
        <source>The task, e.g. Analyze Q4 sales data</source>
        <translation>Die Aufgabe, z. B. Umsätze Q4 analysieren</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="37"/>
        <location filename="../ui/collaborationdialog.cpp" line="68"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="39"/>
        <location filename="../ui/collaborationdialog.cpp" line="69"/>
        <source>Participants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="52"/>
        <location filename="../ui/collaborationdialog.cpp" line="70"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="55"/>
        <source>Config (JSON)</source>
        <translation>Konfiguration (JSON)</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="60"/>
        <source>Not started.</source>
        <translation>Nicht gestartet.</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="63"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="63"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="63"/>
        <location filename="../ui/collaborationdialog.cpp" line="75"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="65"/>
        <source>Discovered agents</source>
        <translation>Gefundene Agenten</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="71"/>
        <source>Config</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="79"/>
        <source>Agents the service discovers in this workspace</source>
        <translation>Agenten, die der Dienst in diesem Arbeitsbereich findet</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="82"/>
        <source>&amp;Discover again</source>
        <translation>Erneut &amp;suchen</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="106"/>
        <source>The service answered %1: %2</source>
        <translation>Der Dienst antwortete %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="136"/>
        <source>Describe the task.</source>
        <translation>Beschreiben Sie die Aufgabe.</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="138"/>
        <source>Pick at least one participant (the workspace&apos;s sandboxes).</source>
        <translation>Wählen Sie mindestens einen Teilnehmer (Sandboxes des Arbeitsbereichs).</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="140"/>
        <source>Config: %1</source>
        <translation>Konfiguration: %1</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="142"/>
        <source>Config: write a JSON object, e.g. {&quot;max_rounds&quot;: 10}.</source>
        <translation>Konfiguration: schreiben Sie ein JSON-Objekt, z. B. {&quot;max_rounds&quot;: 10}.</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="166"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="176"/>
        <source>Collaboration %1: %2</source>
        <translation>Zusammenarbeit %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="182"/>
        <source> · %1 %</source>
        <translation> · %1 %</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::CommandPalette</name>
    <message>
        <location filename="../ui/commandpalette.cpp" line="37"/>
        <location filename="../ui/commandpalette.cpp" line="39"/>
        <source>Search or run</source>
        <translation>Suchen oder ausführen</translation>
    </message>
    <message>
        <location filename="../ui/commandpalette.cpp" line="38"/>
        <source>Type an action or a session&apos;s id, template or metadata</source>
        <translation>Aktion oder ID, Vorlage oder Metadaten einer Sitzung eingeben</translation>
    </message>
    <message>
        <location filename="../ui/commandpalette.cpp" line="74"/>
        <source>Session %1 · %2 · %3</source>
        <translation>Sitzung %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::CommandsPane</name>
    <message>
        <location filename="../ui/commandspane.cpp" line="40"/>
        <source>Run command</source>
        <translation>Befehl ausführen</translation>
    </message>
    <message>
        <location filename="../ui/commandspane.cpp" line="44"/>
        <source>Shell command line, e.g. ls -la</source>
        <translation>Shell-Befehlszeile, z. B. ls -la</translation>
    </message>
    <message>
        <location filename="../ui/commandspane.cpp" line="45"/>
        <source>Command:</source>
        <translation>Befehl:</translation>
    </message>
    <message>
        <location filename="../ui/commandspane.cpp" line="46"/>
        <source>/home/user</source>
        <translation>/home/user</translation>
    </message>
    <message>
        <location filename="../ui/commandspane.cpp" line="47"/>
        <source>Working directory:</source>
        <translation>Arbeitsverzeichnis:</translation>
    </message>
    <message>
        <location filename="../ui/commandspane.cpp" line="48"/>
        <source>KEY=value, one per line</source>
        <translation>NAME=Wert, ein Eintrag pro Zeile</translation>
    </message>
    <message>
        <location filename="../ui/commandspane.cpp" line="50"/>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <location filename="../ui/commandspane.cpp" line="53"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/commandspane.cpp" line="54"/>
        <source>Timeout:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../ui/commandspane.cpp" line="81"/>
        <source>Select a sandbox to run commands in it.</source>
        <translation>Wählen Sie eine Sandbox, um darin Befehle auszuführen.</translation>
    </message>
    <message>
        <location filename="../ui/commandspane.cpp" line="83"/>
        <source>This service cannot run commands.</source>
        <translation>Dieser Dienst kann keine Befehle ausführen.</translation>
    </message>
    <message>
        <location filename="../ui/commandspane.cpp" line="97"/>
        <source>Environment line &quot;%1&quot; is not KEY=value.</source>
        <translation>Die Umgebungszeile „%1“ hat nicht die Form NAME=Wert.</translation>
    </message>
    <message>
        <location filename="../ui/commandspane.cpp" line="108"/>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <location filename="../ui/commandspane.cpp" line="120"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/commandspane.cpp" line="133"/>
        <source>Exit code %1 · %2 ms (%3 ms round trip)</source>
        <translation>Exit-Code %1 · %2 ms (%3 ms Round-Trip)</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::ContainerLogView</name>
    <message>
        <location filename="../ui/containerlogview.cpp" line="17"/>
        <source>Container logs</source>
        <translation>Container-Protokoll</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::ContainersPane</name>
    <message>
        <location filename="../ui/containerspane.cpp" line="43"/>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <location filename="../ui/containerspane.cpp" line="48"/>
        <source>New container…</source>
        <translation>Neuer Container …</translation>
    </message>
    <message>
        <location filename="../ui/containerspane.cpp" line="49"/>
        <source>Run an image and a command to completion</source>
        <translation>Ein Image und einen Befehl bis zum Ende ausführen</translation>
    </message>
    <message>
        <location filename="../ui/containerspane.cpp" line="50"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/containerspane.cpp" line="51"/>
        <source>Stop the selected container</source>
        <translation>Den gewählten Container anhalten</translation>
    </message>
    <message>
        <location filename="../ui/containerspane.cpp" line="103"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/containerspane.cpp" line="144"/>
        <source>Select a container for its logs.</source>
        <translation>Einen Container für sein Protokoll wählen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/containerspane.cpp" line="147"/>
        <source>Logs of %1 · %2 · %n line(s)</source>
        <translation>
            <numerusform>Protokoll von %1 · %2 · %n Zeile</numerusform>
            <numerusform>Protokoll von %1 · %2 · %n Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::CreateContainerDialog</name>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="24"/>
        <source>Network access</source>
        <translation>Netzwerkzugang</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="24"/>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="28"/>
        <source>New container</source>
        <translation>Neuer Container</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="30"/>
        <source>e.g. docker.io/library/python:3.11-slim</source>
        <translation>z. B. docker.io/library/python:3.11-slim</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="31"/>
        <source>e.g. python -c &quot;print(&apos;hello&apos;)&quot; (split as a shell would, run without one)</source>
        <translation>z. B. python -c &quot;print(&apos;hello&apos;)&quot; (wie von einer Shell geteilt, ohne eine ausgeführt)</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="36"/>
        <source> cores</source>
        <translation> Kerne</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="40"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="43"/>
        <source>service default</source>
        <translation>Vorgabe des Dienstes</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="44"/>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="47"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="48"/>
        <source>Off (the default): the container cannot reach any network.</source>
        <translation>Aus (Vorgabe): der Container erreicht kein Netzwerk.</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="51"/>
        <source> credits</source>
        <translation> Credits</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="52"/>
        <source>The service refuses the container if its estimate is more than this.</source>
        <translation>Der Dienst lehnt den Container ab, wenn seine Schätzung darüber liegt.</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="55"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="58"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="59"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="60"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="61"/>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="62"/>
        <source>Storage</source>
        <translation>Speicherplatz</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="63"/>
        <source>Timeout</source>
        <translation>Zeitbegrenzung</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="64"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="65"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="66"/>
        <source>At most</source>
        <translation>Höchstens</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="67"/>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="95"/>
        <source>asking the service…</source>
        <translation>frage den Dienst …</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="118"/>
        <source>Enter the image to run.</source>
        <translation>Das auszuführende Image eingeben.</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="120"/>
        <source>Enter the command to run in it.</source>
        <translation>Den darin auszuführenden Befehl eingeben.</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="124"/>
        <source>Waiting for the cost estimate.</source>
        <translation>Warte auf die Kostenschätzung.</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="126"/>
        <source>The estimate, %1 credits, is more than the %2 allowed: raise the limit or ask for less.</source>
        <translation>Die Schätzung, %1 Credits, liegt über den erlaubten %2: die Grenze erhöhen oder weniger anfordern.</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="144"/>
        <source>%1 credits</source>
        <translation>%1 Credits</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="153"/>
        <source>not known: %1</source>
        <translation>nicht bekannt: %1</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::CreateSandboxDialog</name>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="43"/>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="44"/>
        <location filename="../ui/createsandboxdialog.cpp" line="117"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="44"/>
        <source>Network access</source>
        <translation>Netzwerkzugang</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="46"/>
        <source>Others may edit the session&apos;s code</source>
        <translation>Andere dürfen den Code der Sitzung bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="49"/>
        <source>New sandbox</source>
        <translation>Neue Sandbox</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="49"/>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="49"/>
        <source>New agent sandbox</source>
        <translation>Neue Agenten-Sandbox</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="51"/>
        <source>Loading templates…</source>
        <translation>Vorlagen werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="55"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="57"/>
        <source>The sandbox ends by itself after this time unless extended (at most %1 s).</source>
        <translation>Die Sandbox endet nach dieser Zeit von selbst, sofern sie nicht verlängert wird (höchstens %1 s).</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="58"/>
        <source>The session ends by itself after this time: %1 to %2 s (%3 h); it cannot be extended later.</source>
        <translation>Die Sitzung endet nach dieser Zeit von selbst: %1 bis %2 s (%3 h); sie lässt sich später nicht verlängern.</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="60"/>
        <source>Optional, e.g. python:3.11 (the service&apos;s default if empty)</source>
        <translation>Optional, z. B. python:3.11 (leer: die Vorgabe des Dienstes)</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="61"/>
        <source>Optional: ssh-ed25519 AAAA… user@host</source>
        <translation>Optional: ssh-ed25519 AAAA… user@host</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="62"/>
        <source>Required: the code snippet (environment) the session runs</source>
        <translation>Erforderlich: das Code-Snippet (die Umgebung), das die Sitzung ausführt</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="63"/>
        <source>Off: the sandbox cannot reach any network. On: it can, and its ports get host URLs.</source>
        <translation>Aus: Die Sandbox erreicht kein Netzwerk. An: Sie erreicht es, und ihre Ports erhalten Host-URLs.</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="65"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="74"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="75"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="76"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="80"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="81"/>
        <source>JavaScript</source>
        <translation>JavaScript</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="82"/>
        <source>Bash</source>
        <translation>Bash</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="83"/>
        <source>What the session runs; its state persists between runs</source>
        <translation>Was die Sitzung ausführt; ihr Zustand bleibt zwischen Läufen erhalten</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="84"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="92"/>
        <location filename="../ui/createsandboxdialog.cpp" line="97"/>
        <location filename="../ui/createsandboxdialog.cpp" line="101"/>
        <source>service default</source>
        <translation>Vorgabe des Dienstes</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="93"/>
        <source> cores</source>
        <translation> Kerne</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="98"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="102"/>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="103"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="104"/>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="105"/>
        <source>Storage</source>
        <translation>Speicherplatz</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="112"/>
        <source>Code snippet ID</source>
        <translation>Code-Snippet-ID</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="113"/>
        <source>Editing</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="114"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="115"/>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="115"/>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="116"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="118"/>
        <source>SSH public key</source>
        <translation>Öffentlicher SSH-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="119"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="148"/>
        <source>This computer&apos;s own server has this one provider and region.</source>
        <translation>Der eigene Server dieses Computers hat nur diesen einen Anbieter und diese eine Region.</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="165"/>
        <source>The connection the new sandbox is made on; each has its own form.</source>
        <translation>Die Verbindung, auf der die neue Sandbox erstellt wird; jede hat ihr eigenes Formular.</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="166"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="185"/>
        <source>The server offers no templates</source>
        <translation>Der Server bietet keine Vorlagen an</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="191"/>
        <source>Templates could not be loaded</source>
        <translation>Vorlagen konnten nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="236"/>
        <source>Enter the provider the service expects.</source>
        <translation>Geben Sie den Anbieter an, den der Dienst erwartet.</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="238"/>
        <source>Enter a region.</source>
        <translation>Geben Sie eine Region an.</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="240"/>
        <source>Choose a template.</source>
        <translation>Wählen Sie eine Vorlage.</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="242"/>
        <source>Enter the code snippet ID the session is for.</source>
        <translation>Geben Sie die Code-Snippet-ID an, für die die Sitzung ist.</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="249"/>
        <source>The SSH public key should read &quot;ssh-ed25519 AAAA… comment&quot;, as in a .pub file.</source>
        <translation>Der öffentliche SSH-Schlüssel sollte „ssh-ed25519 AAAA… Kommentar“ lauten, wie in einer .pub-Datei.</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="254"/>
        <source>&quot;%1&quot; is not a valid environment variable name (letters, digits and _, not starting with a digit).</source>
        <translation>„%1“ ist kein gültiger Name für eine Umgebungsvariable (Buchstaben, Ziffern und _, nicht mit einer Ziffer am Anfang).</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="265"/>
        <source>%1 — %2 vCPU, %3 MB memory, %4 MB disk</source>
        <translation>%1 — %2 vCPU, %3 MB Arbeitsspeicher, %4 MB Festplatte</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::DetailPane</name>
    <message>
        <location filename="../ui/detailpane.cpp" line="63"/>
        <source>+5 min</source>
        <translation>+5 Min.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="64"/>
        <source>+15 min</source>
        <translation>+15 Min.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="65"/>
        <source>Custom…</source>
        <translation>Eigene…</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="66"/>
        <source>Kill…</source>
        <translation>Beenden…</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="67"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="68"/>
        <source>Run this sandbox&apos;s processes again, on the files it kept</source>
        <translation>Die Prozesse dieser Sandbox erneut ausführen, mit ihren behaltenen Dateien</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="69"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="70"/>
        <source>End this sandbox&apos;s processes and keep its files, to start it again later</source>
        <translation>Die Prozesse dieser Sandbox beenden und ihre Dateien behalten, um sie später erneut zu starten</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="75"/>
        <source>End this sandbox and everything running in it</source>
        <translation>Diese Sandbox und alles, was darin läuft, beenden</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="76"/>
        <source>Keep alive</source>
        <translation>Wach halten</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="78"/>
        <source>The service ends a session nobody refreshes: while this is on, Sandbar refreshes it</source>
        <translation>Der Dienst beendet eine Sitzung, die niemand auffrischt: Solange dies an ist, frischt Sandbar sie auf</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="110"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="111"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="112"/>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="113"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="114"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="115"/>
        <source>Deadline</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="116"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="117"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="118"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="137"/>
        <location filename="../ui/detailpane.cpp" line="144"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="138"/>
        <source>Get host URL</source>
        <translation>Host-URL abrufen</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="141"/>
        <source>URL on this computer for the port</source>
        <translation>URL auf diesem Computer für den Port</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="142"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="221"/>
        <source>reports no metrics</source>
        <translation>meldet keine Messwerte</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="223"/>
        <source>cannot extend a session (its TTL is set when it is created)</source>
        <translation>kann keine Sitzung verlängern (ihre TTL wird beim Erstellen festgelegt)</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="224"/>
        <source>gives sessions no deadline</source>
        <translation>gibt Sitzungen keine Frist</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="226"/>
        <source>gives no access to files</source>
        <translation>gibt keinen Zugriff auf Dateien</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="228"/>
        <source>cannot run code</source>
        <translation>kann keinen Code ausführen</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="230"/>
        <source>%1 %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="257"/>
        <source>Expired: its deadline passed.</source>
        <translation>Abgelaufen: Die Frist ist verstrichen.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="258"/>
        <source>Ended.</source>
        <translation>Beendet.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="260"/>
        <source>Up %1</source>
        <translation>Läuft %1</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="261"/>
        <source>Running since %1.</source>
        <translation>Läuft seit %1.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="263"/>
        <source>Kept alive</source>
        <translation>Wach gehalten</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="263"/>
        <source>No deadline</source>
        <translation>Keine Frist</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="265"/>
        <source>Sandbar refreshes it every %1 s; it ends soon after you let it go.</source>
        <translation>Sandbar frischt sie alle %1 s auf; sie endet bald, nachdem Sie sie loslassen.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="267"/>
        <source>Not kept alive: the service ends it unless a client refreshes it.</source>
        <translation>Nicht wach gehalten: Der Dienst beendet sie, wenn kein Client sie auffrischt.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="269"/>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="270"/>
        <source>Warning: %1.</source>
        <translation>Achtung: %1.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="276"/>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="279"/>
        <source>Not started yet: Start runs it.</source>
        <translation>Noch nicht gestartet: Starten führt sie aus.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="280"/>
        <source>Its processes ended on their own: Start runs it again on its files.</source>
        <translation>Ihre Prozesse endeten von selbst: Starten führt sie erneut auf ihren Dateien aus.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="281"/>
        <source>Ended (killed elsewhere, or past its deadline): it cannot start again.</source>
        <translation>Beendet (anderswo beendet oder nach Ablauf ihrer Frist): sie kann nicht erneut starten.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="282"/>
        <source>Stopped: its files are kept; Start runs it again.</source>
        <translation>Gestoppt: ihre Dateien bleiben erhalten; Starten führt sie erneut aus.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="278"/>
        <source>Paused: its processes are frozen until it is resumed.</source>
        <translation>Pausiert: Ihre Prozesse sind eingefroren, bis sie fortgesetzt wird.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="307"/>
        <source>the API allows at most %1 minutes from now</source>
        <translation>die API erlaubt höchstens %1 Minuten ab jetzt</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="310"/>
        <source>Add %1 to the time left</source>
        <translation>%1 zur verbleibenden Zeit hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="311"/>
        <source>Adds only %1 now: %2</source>
        <translation>Fügt jetzt nur %1 hinzu: %2</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="316"/>
        <source>Add a chosen time (at most %1 now)</source>
        <translation>Eine gewählte Zeit hinzufügen (jetzt höchstens %1)</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="318"/>
        <source>Cannot be extended now: %1.</source>
        <translation>Kann jetzt nicht verlängert werden: %1.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="319"/>
        <source>At most +%1 can be added now: %2.</source>
        <translation>Jetzt können höchstens +%1 hinzugefügt werden: %2.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="326"/>
        <source>vCPUs: %1 · memory: %2 MB</source>
        <translation>vCPUs: %1 · Arbeitsspeicher: %2 MB</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="334"/>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="335"/>
        <source>still running</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="330"/>
        <location filename="../ui/detailpane.cpp" line="340"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="343"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="361"/>
        <source>The server refused: %1</source>
        <translation>Der Server hat abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="376"/>
        <source>Extend</source>
        <translation>Verlängern</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="377"/>
        <source>Minutes to add to the %1 left (at most %2 now: the API allows at most %3 minutes from now):</source>
        <translation>Minuten, die zu den verbleibenden %1 hinzukommen (jetzt höchstens %2: die API erlaubt höchstens %3 Minuten ab jetzt):</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::ErrorBanner</name>
    <message>
        <location filename="../ui/errorbanner.cpp" line="30"/>
        <location filename="../ui/errorbanner.cpp" line="31"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/errorbanner.cpp" line="52"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/errorbanner.cpp" line="52"/>
        <source>Enter token…</source>
        <translation>Token eingeben…</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::ExecutionsDialog</name>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="34"/>
        <source>Runs of every session</source>
        <translation>Läufe aller Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="36"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="37"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="38"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="39"/>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="40"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="40"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="40"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="40"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="40"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="40"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="49"/>
        <source>Choose a run for its output.</source>
        <translation>Einen Lauf für seine Ausgabe wählen.</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="80"/>
        <source>Loading…</source>
        <translation>Lädt …</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="89"/>
        <source>The runs could not be listed: %1</source>
        <translation>Die Läufe konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="97"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="98"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="107"/>
        <source>The newest %1 of %2 runs.</source>
        <translation>Die neuesten %1 von %2 Läufen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/executionsdialog.cpp" line="108"/>
        <source>%n run(s).</source>
        <translation>
            <numerusform>%n Lauf.</numerusform>
            <numerusform>%n Läufe.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="118"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="125"/>
        <source>The service keeps no output for this run.</source>
        <translation>Der Dienst bewahrt für diesen Lauf keine Ausgabe auf.</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="126"/>
        <source>Not available: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="131"/>
        <source># %1</source>
        <translation># %1</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="135"/>
        <source>err │ %1</source>
        <translation>err │ %1</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="137"/>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="139"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::FileBrowserPane</name>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="61"/>
        <source>Download…</source>
        <translation>Herunterladen…</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="69"/>
        <source>Go to path, e.g. /tmp</source>
        <translation>Zu Pfad wechseln, z. B. /tmp</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="70"/>
        <source>Go to path</source>
        <translation>Zu Pfad wechseln</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="72"/>
        <source>Go</source>
        <translation>Los</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="74"/>
        <source>⟳</source>
        <translation>⟳</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="75"/>
        <source>List the selected folder again</source>
        <translation>Den ausgewählten Ordner aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="108"/>
        <source>Sandbox files</source>
        <translation>Sandbox-Dateien</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="115"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="117"/>
        <source>Stop this transfer and drop the ones waiting</source>
        <translation>Diese Übertragung abbrechen und die wartenden verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="128"/>
        <location filename="../ui/filebrowserpane.cpp" line="461"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="127"/>
        <location filename="../ui/filebrowserpane.cpp" line="146"/>
        <location filename="../ui/filebrowserpane.cpp" line="473"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="125"/>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="126"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="157"/>
        <source>Cannot list %1: %2</source>
        <translation>%1 kann nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="199"/>
        <source>This service does not offer file access.</source>
        <translation>Dieser Dienst bietet keinen Dateizugriff.</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="257"/>
        <source>The sandbox has ended: its files cannot change any more.</source>
        <translation>Die Sandbox ist beendet: Ihre Dateien können sich nicht mehr ändern.</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="259"/>
        <source>Make a folder in the selected folder</source>
        <translation>Einen Ordner im gewählten Ordner anlegen</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="261"/>
        <source>Delete the selected file or folder</source>
        <translation>Die gewählte Datei oder den gewählten Ordner löschen</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="264"/>
        <source>Upload files from this computer (or drop them on the tree)</source>
        <translation>Dateien von diesem Computer hochladen (oder auf den Baum ziehen)</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="281"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="288"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="294"/>
        <source>%1 is a binary file; it cannot be edited here.</source>
        <translation>%1 ist eine Binärdatei und kann hier nicht bearbeitet werden.</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="308"/>
        <source>A folder name cannot contain &quot;/&quot;.</source>
        <translation>Ein Ordnername darf kein „/“ enthalten.</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="319"/>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="337"/>
        <source>Cannot delete %1: %2</source>
        <translation>%1 kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="340"/>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="372"/>
        <source>↑ %1</source>
        <translation>↑ %1</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="373"/>
        <source>↓ %1</source>
        <translation>↓ %1</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="375"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="383"/>
        <source>%1 in sandbox %2</source>
        <translation>%1 in Sandbox %2</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="406"/>
        <source>%1 — sent, the sandbox is storing it…</source>
        <translation>%1 — gesendet, die Sandbox speichert die Datei…</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="409"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="433"/>
        <source>Cancelled the upload of %1.</source>
        <translation>Hochladen von %1 abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="434"/>
        <source>Cancelled the download of %1.</source>
        <translation>Herunterladen von %1 abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/filebrowserpane.cpp" line="437"/>
        <source>%n waiting transfer(s) dropped.</source>
        <translation>
            <numerusform>%n wartende Übertragung verworfen.</numerusform>
            <numerusform>%n wartende Übertragungen verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="417"/>
        <source>Cannot download %1: %2</source>
        <translation>%1 kann nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="421"/>
        <source>Downloaded %1 to %2</source>
        <translation>%1 nach %2 heruntergeladen</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="416"/>
        <source>Cannot upload to %1: %2</source>
        <translation>Hochladen nach %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="420"/>
        <source>Uploaded %1</source>
        <translation>%1 hochgeladen</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="450"/>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="450"/>
        <source>Name of the new folder in %1:</source>
        <translation>Name des neuen Ordners in %1:</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="462"/>
        <source>Delete %1 from the sandbox? This cannot be undone.</source>
        <translation>%1 aus der Sandbox löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="480"/>
        <source>Upload to %1</source>
        <translation>Nach %1 hochladen</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::FindBar</name>
    <message>
        <location filename="../ui/findbar.cpp" line="19"/>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="19"/>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="25"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="26"/>
        <source>Next</source>
        <translation>Weitersuchen</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="28"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="38"/>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="39"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="40"/>
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="92"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/findbar.cpp" line="127"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n Vorkommen ersetzt</numerusform>
            <numerusform>%n Vorkommen ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::HistoryPane</name>
    <message>
        <location filename="../ui/historypane.cpp" line="20"/>
        <source>Show output</source>
        <translation>Ausgabe anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/historypane.cpp" line="21"/>
        <source>Run again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <location filename="../ui/historypane.cpp" line="21"/>
        <source>Every session&apos;s runs…</source>
        <translation>Läufe aller Sitzungen …</translation>
    </message>
    <message>
        <location filename="../ui/historypane.cpp" line="23"/>
        <source>The runs of every session, filtered by status</source>
        <translation>Die Läufe aller Sitzungen, nach Status gefiltert</translation>
    </message>
    <message>
        <location filename="../ui/historypane.cpp" line="41"/>
        <source>Run history</source>
        <translation>Ausführungsverlauf</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::KeyValueTable</name>
    <message>
        <location filename="../ui/keyvaluetable.cpp" line="17"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/keyvaluetable.cpp" line="17"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/keyvaluetable.cpp" line="22"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/keyvaluetable.cpp" line="23"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/keyvaluetable.cpp" line="24"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/keyvaluetable.cpp" line="25"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location filename="../ui/keyvaluetable.cpp" line="77"/>
        <source>%1: a value has no name.</source>
        <translation>%1: Ein Wert hat keinen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/keyvaluetable.cpp" line="79"/>
        <source>%1: &quot;%2&quot; is given twice.</source>
        <translation>%1: „%2“ kommt doppelt vor.</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="73"/>
        <location filename="../ui/mainwindow.cpp" line="115"/>
        <location filename="../ui/mainwindow.cpp" line="750"/>
        <source>Sandbar</source>
        <translation>Sandbar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="31"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="37"/>
        <source>&amp;New sandbox…</source>
        <translation>&amp;Neue Sandbox…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="37"/>
        <source>Create a sandbox</source>
        <translation>Eine Sandbox erstellen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="39"/>
        <source>&amp;Kill…</source>
        <translation>&amp;Beenden…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="39"/>
        <source>Kill the selected sandboxes</source>
        <translation>Die ausgewählten Sandboxen beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="41"/>
        <source>St&amp;art</source>
        <translation>St&amp;arten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="41"/>
        <source>Run the selected stopped sandboxes again</source>
        <translation>Die ausgewählten gestoppten Sandboxes erneut ausführen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="43"/>
        <source>Sto&amp;p</source>
        <translation>Sto&amp;ppen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="43"/>
        <source>Stop the selected sandboxes, keeping their files</source>
        <translation>Die ausgewählten Sandboxes stoppen, ihre Dateien bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="47"/>
        <source>Extend by &amp;5 minutes</source>
        <translation>Um &amp;5 Minuten verlängern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="47"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="48"/>
        <source>Add 5 minutes to the selected sandboxes</source>
        <translation>Den ausgewählten Sandboxen 5 Minuten hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="50"/>
        <source>Extend by &amp;15 minutes</source>
        <translation>Um &amp;15 Minuten verlängern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="50"/>
        <source>Add 15 minutes to the selected sandboxes</source>
        <translation>Den ausgewählten Sandboxen 15 Minuten hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="52"/>
        <source>Extend by…</source>
        <translation>Verlängern um…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="52"/>
        <source>Add a chosen time to the selected sandboxes</source>
        <translation>Den ausgewählten Sandboxen eine gewählte Zeit hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="65"/>
        <source>Extend</source>
        <translation>Verlängern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="66"/>
        <source>Minutes to add to the time left (at most %1 minutes in all):</source>
        <translation>Minuten, die zur Restzeit hinzukommen (insgesamt höchstens %1 Minuten):</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="72"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="72"/>
        <source>Poll the server now</source>
        <translation>Den Server jetzt abfragen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="77"/>
        <source>&amp;Search sessions</source>
        <translation>Sitzungen &amp;suchen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="77"/>
        <source>Search the session list</source>
        <translation>Die Sitzungsliste durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="84"/>
        <source>Search or run…</source>
        <translation>Suchen oder ausführen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="84"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="84"/>
        <source>Find actions and sessions by name</source>
        <translation>Aktionen und Sitzungen nach Namen finden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="86"/>
        <source>&amp;Copy ID</source>
        <translation>ID &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="86"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="86"/>
        <source>Copy the selected sandbox IDs</source>
        <translation>Die IDs der ausgewählten Sandboxen kopieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="88"/>
        <source>Enter API &amp;token…</source>
        <translation>API-&amp;Token eingeben…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="88"/>
        <source>Connect again with another API token</source>
        <translation>Mit einem anderen API-Token neu verbinden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="90"/>
        <source>C&amp;lear ended sessions</source>
        <translation>Beendete Sitzungen &amp;ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="91"/>
        <source>Remove ended sessions from the list (they stay on the server)</source>
        <translation>Beendete Sitzungen aus der Liste nehmen (sie bleiben auf dem Server)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="102"/>
        <source>Connection &amp;profiles…</source>
        <translation>Verbindungs&amp;profile…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="102"/>
        <source>Add, edit and remove connection profiles</source>
        <translation>Verbindungsprofile hinzufügen, bearbeiten und entfernen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="173"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="212"/>
        <location filename="../ui/mainwindowagents.cpp" line="41"/>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="236"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="239"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="246"/>
        <source>Not connected yet.</source>
        <translation>Noch nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="331"/>
        <source>Quit Sandbar</source>
        <translation>Sandbar beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="331"/>
        <source>A file transfer is still running. Quit and cancel it?</source>
        <translation>Eine Dateiübertragung läuft noch. Sandbar beenden und die Übertragung abbrechen?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="764"/>
        <source>Session %1 is no longer in the list.</source>
        <translation>Sitzung %1 ist nicht mehr in der Liste.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="185"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="305"/>
        <source>Keep %1 alive</source>
        <translation>%1 wach halten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="318"/>
        <source>Created %1</source>
        <translation>%1 erstellt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowconnections.cpp" line="321"/>
        <source>Started %n sandbox(es)</source>
        <translation>
            <numerusform>%n Sandbox gestartet</numerusform>
            <numerusform>%n Sandboxes gestartet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowconnections.cpp" line="324"/>
        <source>Stopped %n sandbox(es); their files are kept</source>
        <translation>
            <numerusform>%n Sandbox gestoppt; ihre Dateien bleiben erhalten</numerusform>
            <numerusform>%n Sandboxes gestoppt; ihre Dateien bleiben erhalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowconnections.cpp" line="330"/>
        <source>Killed %n sandbox(es): %1</source>
        <translation>
            <numerusform>%n Sandbox beendet: %1</numerusform>
            <numerusform>%n Sandboxen beendet: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="389"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="492"/>
        <source>%1 · last poll %2 s ago</source>
        <translation>%1 · letzte Abfrage vor %2 s</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="510"/>
        <source>Sessions: %1 · running: %2 · %3 cleared</source>
        <translation>Sitzungen: %1 · laufend: %2 · %3 ausgeblendet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="511"/>
        <source>Sessions: %1 · running: %2</source>
        <translation>Sitzungen: %1 · laufend: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="558"/>
        <source>The server could not be reached: %1</source>
        <translation>Der Server war nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="577"/>
        <source>Cannot reach the sandbox server: %1. The list shows what was known last.</source>
        <translation>Der Sandbox-Server ist nicht erreichbar: %1. Die Liste zeigt den letzten bekannten Stand.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="536"/>
        <source>The server refused the API token: %1</source>
        <translation>Der Server hat das API-Token abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="252"/>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="566"/>
        <source>The sandbox server does not answer in time: %1. The list shows what was known last.</source>
        <translation>Der Sandbox-Server antwortet nicht rechtzeitig: %1. Die Liste zeigt den zuletzt bekannten Stand.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="568"/>
        <source>The sandbox server answered, but its reply was not understood: %1. The list shows what was known last.</source>
        <translation>Der Sandbox-Server hat geantwortet, aber seine Antwort war nicht verständlich: %1. Die Liste zeigt den zuletzt bekannten Stand.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="571"/>
        <source>The sandbox server reports an error: %1. The list shows what was known last.</source>
        <translation>Der Sandbox-Server meldet einen Fehler: %1. Die Liste zeigt den zuletzt bekannten Stand.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="573"/>
        <source>The sandbox server&apos;s certificate was refused: %1. The list shows what was known last.</source>
        <translation>Das Zertifikat des Sandbox-Servers wurde abgelehnt: %1. Die Liste zeigt den zuletzt bekannten Stand.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="575"/>
        <source>The sandbox server asks to wait: %1. The list shows what was known last.</source>
        <translation>Der Sandbox-Server bittet zu warten: %1. Die Liste zeigt den zuletzt bekannten Stand.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="585"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="614"/>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="615"/>
        <source>API token for %1 (used until Sandbar quits; it is not saved):</source>
        <translation>API-Token für %1 (gilt bis zum Beenden von Sandbar; es wird nicht gespeichert):</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="692"/>
        <source>Kill sandbox %1? Everything running in it stops and its files are gone.</source>
        <translation>Sandbox %1 beenden? Alles, was darin läuft, stoppt, und ihre Dateien gehen verloren.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="693"/>
        <source>Kill %n sandboxes? Everything running in them stops.</source>
        <translation>
            <numerusform>%n Sandbox beenden? Alles, was darin läuft, stoppt.</numerusform>
            <numerusform>%n Sandboxen beenden? Alles, was darin läuft, stoppt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="694"/>
        <location filename="../ui/mainwindow.cpp" line="696"/>
        <source>Kill</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="716"/>
        <source>%1 +%2 of the +%3 asked, ends at %4</source>
        <translation>%1 +%2 der erbetenen +%3, endet um %4</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="718"/>
        <source>%1 +%2, ends at %3</source>
        <translation>%1 +%2, endet um %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="720"/>
        <source>Extended %n sandbox(es): %1</source>
        <translation>
            <numerusform>%n Sandbox verlängert: %1</numerusform>
            <numerusform>%n Sandboxen verlängert: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="722"/>
        <source>(the API allows at most %1 minutes from now)</source>
        <translation>(die API erlaubt höchstens %1 Minuten ab jetzt)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="743"/>
        <source>Sandbox %1 has 5 minutes left.</source>
        <translation>Sandbox %1 hat noch 5 Minuten.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="744"/>
        <source>Sandbox %1 has 1 minute left.</source>
        <translation>Sandbox %1 hat noch 1 Minute.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="745"/>
        <source>Sandbox %1 has expired.</source>
        <translation>Sandbox %1 ist abgelaufen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowagents.cpp" line="162"/>
        <source>Service: %1</source>
        <translation>Dienst: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowagents.cpp" line="164"/>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowagents.cpp" line="166"/>
        <source>environment %1</source>
        <translation>Umgebung %1</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::MessageCountersChart</name>
    <message>
        <location filename="../ui/messagecounterschart.cpp" line="29"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../ui/messagecounterschart.cpp" line="30"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../ui/messagecounterschart.cpp" line="39"/>
        <source>Messages sent and received over time</source>
        <translation>Gesendete und empfangene Nachrichten im Zeitverlauf</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::MessagesPane</name>
    <message>
        <location filename="../ui/messagespane.cpp" line="35"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location filename="../ui/messagespane.cpp" line="36"/>
        <source>&amp;Broadcast to the workspace</source>
        <translation>&amp;Rundruf an den Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/messagespane.cpp" line="39"/>
        <source>Select an agent sandbox to see its messages.</source>
        <translation>Wählen Sie eine Agenten-Sandbox, um ihre Nachrichten zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/messagespane.cpp" line="55"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/messagespane.cpp" line="63"/>
        <source>The chosen message&apos;s content.</source>
        <translation>Der Inhalt der gewählten Nachricht.</translation>
    </message>
    <message>
        <location filename="../ui/messagespane.cpp" line="64"/>
        <source>Message content</source>
        <translation>Nachrichteninhalt</translation>
    </message>
    <message>
        <location filename="../ui/messagespane.cpp" line="72"/>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <location filename="../ui/messagespane.cpp" line="73"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../ui/messagespane.cpp" line="77"/>
        <source>New message (JSON)</source>
        <translation>Neue Nachricht (JSON)</translation>
    </message>
    <message>
        <location filename="../ui/messagespane.cpp" line="133"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/messagespane.cpp" line="137"/>
        <source>Broadcast to %n sandbox(es), %1 delivered.</source>
        <translation>
            <numerusform>Rundruf an %n Sandbox, %1 zugestellt.</numerusform>
            <numerusform>Rundruf an %n Sandboxes, %1 zugestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/messagespane.cpp" line="139"/>
        <source>Broadcast to %n sandbox(es).</source>
        <translation>
            <numerusform>Rundruf an %n Sandbox.</numerusform>
            <numerusform>Rundruf an %n Sandboxes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/messagespane.cpp" line="219"/>
        <source>No other sandbox in this workspace to write to.</source>
        <translation>Keine andere Sandbox in diesem Arbeitsbereich, an die geschrieben werden kann.</translation>
    </message>
    <message>
        <location filename="../ui/messagespane.cpp" line="223"/>
        <source>Valid JSON.</source>
        <translation>Gültiges JSON.</translation>
    </message>
    <message>
        <location filename="../ui/messagespane.cpp" line="236"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location filename="../ui/messagespane.cpp" line="241"/>
        <source>Sent: %1</source>
        <translation>Gesendet: %1</translation>
    </message>
    <message>
        <location filename="../ui/messagespane.cpp" line="241"/>
        <source>Received: %1</source>
        <translation>Empfangen: %1</translation>
    </message>
    <message>
        <location filename="../ui/messagespane.cpp" line="243"/>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <location filename="../ui/messagespane.cpp" line="257"/>
        <source>Not delivered: %1</source>
        <translation>Nicht zugestellt: %1</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::MetricsCharts</name>
    <message>
        <location filename="../ui/metricscharts.cpp" line="40"/>
        <source>Window:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="42"/>
        <source>1 min</source>
        <translation>1 Min.</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="43"/>
        <source>5 min</source>
        <translation>5 Min.</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="44"/>
        <source>15 min</source>
        <translation>15 Min.</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="45"/>
        <source>30 min</source>
        <translation>30 Min.</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="46"/>
        <source>Lifetime</source>
        <translation>Gesamte Laufzeit</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="58"/>
        <location filename="../ui/metricscharts.cpp" line="226"/>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="58"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="59"/>
        <source>Memory (MiB)</source>
        <translation>Arbeitsspeicher (MiB)</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="59"/>
        <source>used</source>
        <translation>belegt</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="60"/>
        <source>Disk</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="60"/>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="60"/>
        <source>write</source>
        <translation>schreiben</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="61"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="61"/>
        <source>rx</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="61"/>
        <source>tx</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="220"/>
        <source>Memory (MiB used of %1)</source>
        <translation>Arbeitsspeicher (MiB belegt von %1)</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="221"/>
        <source>Memory (MiB used)</source>
        <translation>Arbeitsspeicher (MiB belegt)</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="223"/>
        <source>Disk read/write (%1)</source>
        <translation>Festplatte lesen/schreiben (%1)</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="225"/>
        <source>Network rx/tx (%1)</source>
        <translation>Netzwerk empfangen/gesendet (%1)</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="231"/>
        <source>%1 — collecting samples…</source>
        <translation>%1 — Messwerte werden gesammelt…</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="235"/>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="258"/>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="264"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::OutputView</name>
    <message>
        <location filename="../ui/outputview.cpp" line="31"/>
        <source>Timestamps</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <location filename="../ui/outputview.cpp" line="38"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../ui/outputview.cpp" line="39"/>
        <source>Save output…</source>
        <translation>Ausgabe speichern…</translation>
    </message>
    <message>
        <location filename="../ui/outputview.cpp" line="56"/>
        <source>Run output</source>
        <translation>Ausgabe der Ausführung</translation>
    </message>
    <message>
        <location filename="../ui/outputview.cpp" line="167"/>
        <source>▣ display %1 below (%2)</source>
        <translation>▣ Anzeige %1 unten (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/outputview.cpp" line="208"/>
        <source>… %n line(s) not shown here (Save output keeps them)</source>
        <translation>
            <numerusform>… %n Zeile hier nicht angezeigt (mit „Ausgabe speichern“ bleibt sie erhalten)</numerusform>
            <numerusform>… %n Zeilen hier nicht angezeigt (mit „Ausgabe speichern“ bleiben sie erhalten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/outputview.cpp" line="240"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/outputview.cpp" line="310"/>
        <source>Save output</source>
        <translation>Ausgabe speichern</translation>
    </message>
    <message>
        <location filename="../ui/outputview.cpp" line="311"/>
        <source>Log files (*.log *.txt)</source>
        <translation>Protokolldateien (*.log *.txt)</translation>
    </message>
    <message>
        <location filename="../ui/outputview.cpp" line="316"/>
        <source>Could not save the output: %1</source>
        <translation>Die Ausgabe konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::OverviewPane</name>
    <message>
        <location filename="../ui/overviewpane.cpp" line="56"/>
        <source>Ends in</source>
        <translation>Endet in</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="56"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="56"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="59"/>
        <source>Double-click or press Enter to select the session</source>
        <translation>Doppelklicken oder Eingabe drücken, um die Sitzung auszuwählen</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="73"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="78"/>
        <source>Select a session in the list for its time left, details and metrics; Ctrl+N creates one, Ctrl+K finds actions and sessions.</source>
        <translation>Wählen Sie eine Sitzung in der Liste für ihre Restzeit, Details und Messwerte; Strg+N erstellt eine, Strg+K findet Aktionen und Sitzungen.</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="86"/>
        <source>Ending soonest</source>
        <translation>Enden am frühesten</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="90"/>
        <source>Resources in use</source>
        <translation>Belegte Ressourcen</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="94"/>
        <source>Requests and errors</source>
        <translation>Anfragen und Fehler</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="128"/>
        <source>%1 · %2 at %3</source>
        <translation>%1 · %2 unter %3</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="130"/>
        <source>(sandbar-local, on this computer)</source>
        <translation>(sandbar-local, auf diesem Computer)</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="179"/>
        <source>Sessions: %1 · running: %2 · ended: %3</source>
        <translation>Sitzungen: %1 · laufend: %2 · beendet: %3</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="181"/>
        <source> · paused: %1</source>
        <translation> · pausiert: %1</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="204"/>
        <source>No session runs.</source>
        <translation>Keine Sitzung läuft.</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="205"/>
        <source>No metrics yet: this service reports none, or none has been sampled.</source>
        <translation>Noch keine Messwerte: Dieser Dienst meldet keine, oder es wurden noch keine abgefragt.</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="207"/>
        <source>Sessions with metrics: %1, using %2 % of their %3 vCPUs and %4 of their %5 memory.</source>
        <translation>Sitzungen mit Messwerten: %1, sie nutzen %2 % ihrer %3 vCPUs und %4 ihres Speichers von %5.</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="213"/>
        <source>(of %1 live: the poller samples the selected session and the rows in view)</source>
        <translation>(von %1 lebenden: Abgefragt werden die ausgewählte Sitzung und die sichtbaren Zeilen)</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="224"/>
        <source>Requests: measuring… (polling may send %1 a minute)</source>
        <translation>Anfragen: wird gemessen… (die Abfrage darf %1 pro Minute senden)</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="225"/>
        <source>Requests: %1 a minute lately, of the %2 a minute polling may send; %3 since connecting.</source>
        <translation>Anfragen: zuletzt %1 pro Minute, von %2 pro Minute, die die Abfrage senden darf; %3 seit dem Verbinden.</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="230"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="232"/>
        <source>No errors.</source>
        <translation>Keine Fehler.</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::ProfileEditDialog</name>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="25"/>
        <source>Add connection profile</source>
        <translation>Verbindungsprofil hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="25"/>
        <source>Edit connection profile</source>
        <translation>Verbindungsprofil bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="22"/>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="30"/>
        <source>Ask the URL which API it speaks (one harmless list request per API)</source>
        <translation>Die URL fragen, welche API sie spricht (eine harmlose Listenanfrage je API)</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="38"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="42"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="44"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="45"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="62"/>
        <source>No API answered as documented:
%1</source>
        <translation>Keine API antwortete wie dokumentiert:
%1</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="77"/>
        <source>This URL speaks %1.</source>
        <translation>Diese URL spricht %1.</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="78"/>
        <source>This URL speaks %1; %2 is chosen.</source>
        <translation>Diese URL spricht %1; %2 ist gewählt.</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="90"/>
        <source>Base URL: %1</source>
        <translation>Basis-URL: %1</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="91"/>
        <source>The service&apos;s %1 (kept in the system keyring)</source>
        <translation>%1 des Dienstes (im Schlüsselbund des Systems gespeichert)</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="92"/>
        <source>Leave empty to keep the saved %1</source>
        <translation>Leer lassen, um %1 zu behalten</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="99"/>
        <source>Enter the service&apos;s URL first.</source>
        <translation>Geben Sie zuerst die URL des Dienstes ein.</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="104"/>
        <source>Enter the token first: the services answer only a client with one.</source>
        <translation>Geben Sie zuerst das Token ein: Die Dienste antworten nur einem Client mit Token.</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="109"/>
        <source>Asking %1…</source>
        <translation>Frage %1…</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="133"/>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation>Ein Profil namens „%1“ gibt es schon.</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="138"/>
        <source>Enter the API token.</source>
        <translation>Geben Sie das API-Token ein.</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="138"/>
        <source>Enter the token again: the keyring keeps it under the profile&apos;s name.</source>
        <translation>Geben Sie das Token erneut ein: Der Schlüsselbund speichert es unter dem Profilnamen.</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::ProfileSwitcher</name>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="26"/>
        <source>Connection profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="95"/>
        <source>This computer&apos;s sandbox server did not start: %1</source>
        <translation>Der Sandbox-Server dieses Computers ist nicht gestartet: %1</translation>
    </message>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="98"/>
        <source>This computer&apos;s sandbox server stopped: %1</source>
        <translation>Der Sandbox-Server dieses Computers wurde beendet: %1</translation>
    </message>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="106"/>
        <source>● %1 (starting…)</source>
        <translation>● %1 (startet…)</translation>
    </message>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="130"/>
        <source>● %1 (reading token…)</source>
        <translation>● %1 (lese Token…)</translation>
    </message>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="138"/>
        <source>No token is saved for &quot;%1&quot;.</source>
        <translation>Für „%1“ ist kein Token gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="139"/>
        <source>The token for &quot;%1&quot; could not be read: %2</source>
        <translation>Das Token für „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="153"/>
        <source>Connected to %1 (%2); click to switch profiles</source>
        <translation>Verbunden mit %1 (%2); klicken, um das Profil zu wechseln</translation>
    </message>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="154"/>
        <source>%1 at %2 (%3)</source>
        <translation>%1 unter %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="157"/>
        <source>The list shows %1; click to switch profiles</source>
        <translation>Die Liste zeigt %1; klicken, um das Profil zu wechseln</translation>
    </message>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="176"/>
        <source>Show this profile&apos;s sessions alone</source>
        <translation>Nur die Sitzungen dieses Profils zeigen</translation>
    </message>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="181"/>
        <source>Show together with %1</source>
        <translation>Zusammen mit %1 zeigen</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::ProfilesDialog</name>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="24"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="25"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="27"/>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="28"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="61"/>
        <source>%1 — the bundled sandbar-local</source>
        <translation>%1 — das mitgelieferte sandbar-local</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="125"/>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="125"/>
        <source>Remove the profile &quot;%1&quot; and its saved token?</source>
        <translation>Das Profil „%1“ und sein gespeichertes Token entfernen?</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="131"/>
        <source>The token of &quot;%1&quot; could not be removed from the keyring: %2</source>
        <translation>Das Token von „%1“ konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="147"/>
        <source>The token for &quot;%1&quot; was not saved. %2 Sandbar will ask for it when connecting.</source>
        <translation>Das Token für „%1“ wurde nicht gespeichert. %2 Sandbar fragt beim Verbinden danach.</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::ResultView</name>
    <message numerus="yes">
        <location filename="../ui/resultview.cpp" line="35"/>
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n Schlüssel}</numerusform>
            <numerusform>{%n Schlüssel}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/resultview.cpp" line="40"/>
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/resultview.cpp" line="81"/>
        <source>Save image…</source>
        <translation>Bild speichern…</translation>
    </message>
    <message>
        <location filename="../ui/resultview.cpp" line="82"/>
        <source>Actual size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <location filename="../ui/resultview.cpp" line="84"/>
        <source>Show the image at its own size, with scroll bars, instead of fitted to the pane</source>
        <translation>Das Bild in Originalgröße mit Bildlaufleisten anzeigen, statt es einzupassen</translation>
    </message>
    <message>
        <location filename="../ui/resultview.cpp" line="92"/>
        <source>Result image</source>
        <translation>Ergebnisbild</translation>
    </message>
    <message>
        <location filename="../ui/resultview.cpp" line="96"/>
        <source>Result image at its own size</source>
        <translation>Ergebnisbild in Originalgröße</translation>
    </message>
    <message>
        <location filename="../ui/resultview.cpp" line="105"/>
        <source>Save image</source>
        <translation>Bild speichern</translation>
    </message>
    <message>
        <location filename="../ui/resultview.cpp" line="106"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/resultview.cpp" line="108"/>
        <source>Could not save the image to %1.</source>
        <translation>Das Bild konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../ui/resultview.cpp" line="146"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../ui/resultview.cpp" line="160"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../ui/resultview.cpp" line="160"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../ui/resultview.cpp" line="172"/>
        <source>SVG</source>
        <translation>SVG</translation>
    </message>
    <message>
        <location filename="../ui/resultview.cpp" line="180"/>
        <source>LaTeX</source>
        <translation>LaTeX</translation>
    </message>
    <message>
        <location filename="../ui/resultview.cpp" line="185"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/resultview.cpp" line="185"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/resultview.cpp" line="188"/>
        <source>(root)</source>
        <translation>(Wurzel)</translation>
    </message>
    <message>
        <location filename="../ui/resultview.cpp" line="202"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/resultview.cpp" line="209"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::RichOutputList</name>
    <message>
        <location filename="../ui/richoutputlist.cpp" line="18"/>
        <source>Rich outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <location filename="../ui/richoutputlist.cpp" line="74"/>
        <source>Out [%1]</source>
        <translation>Aus [%1]</translation>
    </message>
    <message>
        <location filename="../ui/richoutputlist.cpp" line="74"/>
        <source>Out</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../ui/richoutputlist.cpp" line="74"/>
        <source>Display %1</source>
        <translation>Anzeige %1</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::RunFilesButton</name>
    <message>
        <location filename="../ui/runfilesbutton.cpp" line="17"/>
        <source>Run with files…</source>
        <translation>Mit Dateien ausführen …</translation>
    </message>
    <message>
        <location filename="../ui/runfilesbutton.cpp" line="18"/>
        <source>Run the buffer with local files beside it (picked, or dropped here): the code finds them by name</source>
        <translation>Den Puffer mit lokalen Dateien daneben ausführen (ausgewählt oder hier abgelegt): der Code findet sie über ihren Namen</translation>
    </message>
    <message>
        <location filename="../ui/runfilesbutton.cpp" line="21"/>
        <source>Files to send with the run</source>
        <translation>Mit dem Lauf zu sendende Dateien</translation>
    </message>
    <message>
        <location filename="../ui/runfilesbutton.cpp" line="35"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/runfilesbutton.cpp" line="35"/>
        <source>not a file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <location filename="../ui/runfilesbutton.cpp" line="40"/>
        <source>The files come to more than %1; a run takes at most that much.</source>
        <translation>Die Dateien sind größer als %1; ein Lauf nimmt höchstens so viel mit.</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::SessionListPane</name>
    <message>
        <location filename="../ui/sessionlistpane.cpp" line="40"/>
        <source>Not connected yet.</source>
        <translation>Noch nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../ui/sessionlistpane.cpp" line="42"/>
        <source>Search id, template, metadata (Ctrl+F)</source>
        <translation>ID, Vorlage, Metadaten suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/sessionlistpane.cpp" line="44"/>
        <source>Search sessions</source>
        <translation>Sitzungen suchen</translation>
    </message>
    <message>
        <location filename="../ui/sessionlistpane.cpp" line="47"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../ui/sessionlistpane.cpp" line="48"/>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <location filename="../ui/sessionlistpane.cpp" line="49"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../ui/sessionlistpane.cpp" line="50"/>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location filename="../ui/sessionlistpane.cpp" line="52"/>
        <source>All templates</source>
        <translation>Alle Vorlagen</translation>
    </message>
    <message>
        <location filename="../ui/sessionlistpane.cpp" line="53"/>
        <source>Template filter</source>
        <translation>Vorlagenfilter</translation>
    </message>
    <message>
        <location filename="../ui/sessionlistpane.cpp" line="66"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/sessionlistpane.cpp" line="156"/>
        <source>&lt;p&gt;&lt;b&gt;The list has not been loaded.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Die Liste wurde nicht geladen.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/sessionlistpane.cpp" line="158"/>
        <source>&lt;p&gt;&lt;b&gt;No sandboxes yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Create your first one with &lt;b&gt;New&lt;/b&gt; in the toolbar or Ctrl+N: pick a template and a timeout, and it appears here.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;create&quot;&gt;Create a sandbox…&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine Sandboxen.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Erstellen Sie die erste mit &lt;b&gt;Neue Sandbox&lt;/b&gt; in der Werkzeugleiste oder Strg+N: Vorlage und Zeitlimit wählen, und sie erscheint hier.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;create&quot;&gt;Eine Sandbox erstellen…&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sessionlistpane.cpp" line="163"/>
        <source>&lt;p&gt;&lt;b&gt;No sessions to show.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%n ended session(s) were cleared from the list; they stay on the server.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;uncleared&quot;&gt;Show them again&lt;/a&gt; · &lt;a href=&quot;create&quot;&gt;Create a sandbox…&lt;/a&gt;&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Keine Sitzungen anzuzeigen.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%n beendete Sitzung ist ausgeblendet; sie bleibt auf dem Server.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;uncleared&quot;&gt;Wieder anzeigen&lt;/a&gt; · &lt;a href=&quot;create&quot;&gt;Sandbox erstellen…&lt;/a&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Keine Sitzungen anzuzeigen.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%n beendete Sitzungen sind ausgeblendet; sie bleiben auf dem Server.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;uncleared&quot;&gt;Wieder anzeigen&lt;/a&gt; · &lt;a href=&quot;create&quot;&gt;Sandbox erstellen…&lt;/a&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sessionlistpane.cpp" line="200"/>
        <source>kept alive</source>
        <translation>wach gehalten</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::TerminalPane</name>
    <message>
        <location filename="../ui/terminalpane.cpp" line="103"/>
        <source>New terminal</source>
        <translation>Neues Terminal</translation>
    </message>
    <message>
        <location filename="../ui/terminalpane.cpp" line="116"/>
        <source>A login shell in the sandbox (copy Ctrl+Shift+C, paste Ctrl+Shift+V, scroll back Shift+PageUp)</source>
        <translation>Eine Login-Shell in der Sandbox (kopieren Strg+Umschalt+C, einfügen Strg+Umschalt+V, zurückblättern Umschalt+Bild auf)</translation>
    </message>
    <message>
        <location filename="../ui/terminalpane.cpp" line="148"/>
        <source>Shell %1</source>
        <translation>Shell %1</translation>
    </message>
    <message>
        <location filename="../ui/terminalpane.cpp" line="197"/>
        <source>Select a running sandbox to open a terminal in it.</source>
        <translation>Wählen Sie eine laufende Sandbox, um darin ein Terminal zu öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/terminalpane.cpp" line="198"/>
        <source>The sandbox is not running: a terminal needs its processes.</source>
        <translation>Die Sandbox läuft nicht: Ein Terminal braucht ihre Prozesse.</translation>
    </message>
    <message>
        <location filename="../ui/terminalpane.cpp" line="201"/>
        <source>No terminal is open in this sandbox: New terminal starts a login shell.</source>
        <translation>In dieser Sandbox ist kein Terminal offen: „Neues Terminal“ startet eine Login-Shell.</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::TerminalTab</name>
    <message>
        <location filename="../ui/terminalpane.cpp" line="25"/>
        <source>Open a new shell</source>
        <translation>Neue Shell öffnen</translation>
    </message>
    <message>
        <location filename="../ui/terminalpane.cpp" line="82"/>
        <source>This service offers no terminal.</source>
        <translation>Dieser Dienst bietet kein Terminal.</translation>
    </message>
    <message>
        <location filename="../ui/terminalpane.cpp" line="88"/>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::TerminalView</name>
    <message>
        <location filename="../ui/terminalview.cpp" line="98"/>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::WorkspaceBar</name>
    <message>
        <location filename="../ui/workspacebar.cpp" line="29"/>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <location filename="../ui/workspacebar.cpp" line="30"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../ui/workspacebar.cpp" line="33"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/workspacebar.cpp" line="34"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/workspacebar.cpp" line="53"/>
        <source>Workspace filter</source>
        <translation>Arbeitsbereichsfilter</translation>
    </message>
    <message>
        <location filename="../ui/workspacebar.cpp" line="56"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/workspacebar.cpp" line="60"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../ui/workspacebar.cpp" line="61"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../ui/workspacebar.cpp" line="62"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/workspacebar.cpp" line="64"/>
        <source>&amp;Collaboration…</source>
        <translation>&amp;Zusammenarbeit…</translation>
    </message>
    <message>
        <location filename="../ui/workspacebar.cpp" line="69"/>
        <source>Workspace:</source>
        <translation>Arbeitsbereich:</translation>
    </message>
    <message>
        <location filename="../ui/workspacebar.cpp" line="119"/>
        <location filename="../ui/workspacebar.cpp" line="134"/>
        <source>All workspaces</source>
        <translation>Alle Arbeitsbereiche</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspacebar.cpp" line="152"/>
        <source>%n workspace(s)</source>
        <translation>
            <numerusform>%n Arbeitsbereich</numerusform>
            <numerusform>%n Arbeitsbereiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspacebar.cpp" line="155"/>
        <source>%n sandbox(es)</source>
        <translation>
            <numerusform>%n Sandbox</numerusform>
            <numerusform>%n Sandboxes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspacebar.cpp" line="157"/>
        <source>%1 running</source>
        <translation>%1 laufen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspacebar.cpp" line="158"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspacebar.cpp" line="168"/>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/workspacebar.cpp" line="183"/>
        <source>Rename workspace</source>
        <translation>Arbeitsbereich umbenennen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspacebar.cpp" line="194"/>
        <source>its %n sandbox(es)</source>
        <translation>
            <numerusform>ihrer %n Sandbox</numerusform>
            <numerusform>ihren %n Sandboxes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspacebar.cpp" line="194"/>
        <source>its sandboxes</source>
        <translation>ihren Sandboxes</translation>
    </message>
    <message>
        <location filename="../ui/workspacebar.cpp" line="195"/>
        <source>Delete workspace</source>
        <translation>Arbeitsbereich löschen</translation>
    </message>
    <message>
        <location filename="../ui/workspacebar.cpp" line="196"/>
        <source>Delete workspace %1 with %2? Their processes end, and the workspace&apos;s messages are deleted too.</source>
        <translation>Arbeitsbereich %1 mit %2 löschen? Ihre Prozesse enden, und die Nachrichten des Arbeitsbereichs werden ebenfalls gelöscht.</translation>
    </message>
</context>
</TS>
