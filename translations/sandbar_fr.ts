<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Format</name>
    <message>
        <location filename="../ui/format.cpp" line="45" />
        <source>under 5 minutes left</source>
        <translation>moins de 5 minutes restantes</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="46" />
        <source>under 1 minute left</source>
        <translation>moins d’1 minute restante</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="67" />
        <source>creating</source>
        <translation>en création</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="68" />
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="69" />
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="70" />
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="71" />
        <source>terminated</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="72" />
        <source>timed out</source>
        <translation>expirée</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="80" />
        <source>GiB/s</source>
        <translation>Gio/s</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="82" />
        <source>MiB/s</source>
        <translation>Mio/s</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="84" />
        <source>KiB/s</source>
        <translation>Kio/s</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="85" />
        <source>B/s</source>
        <translation>o/s</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::ConnectionProfile</name>
    <message>
        <location filename="../app/core/connectionprofile.cpp" line="38" />
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::ConnectionState</name>
    <message>
        <location filename="../app/core/connectionstate.cpp" line="13" />
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../app/core/connectionstate.cpp" line="14" />
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../app/core/connectionstate.cpp" line="16" />
        <source>Stale since %1, reconnecting…</source>
        <translation>Obsolète depuis %1, reconnexion…</translation>
    </message>
    <message>
        <location filename="../app/core/connectionstate.cpp" line="16" />
        <source>Not connected, retrying…</source>
        <translation>Non connecté, nouvelle tentative…</translation>
    </message>
    <message>
        <location filename="../app/core/connectionstate.cpp" line="19" />
        <source>Stale since %1, reconnecting in %2 s</source>
        <translation>Obsolète depuis %1, reconnexion dans %2 s</translation>
    </message>
    <message>
        <location filename="../app/core/connectionstate.cpp" line="20" />
        <source>Not connected, reconnecting in %1 s</source>
        <translation>Non connecté, reconnexion dans %1 s</translation>
    </message>
    <message>
        <location filename="../app/core/connectionstate.cpp" line="22" />
        <source>The API key was refused: %1</source>
        <translation>La clé d’API a été refusée : %1</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::ProfileStore</name>
    <message>
        <location filename="../app/core/connectionprofile.cpp" line="27" />
        <source>'%1' is not a URL with a host.</source>
        <translation>« %1 » n’est pas une URL avec un hôte.</translation>
    </message>
    <message>
        <location filename="../app/core/connectionprofile.cpp" line="30" />
        <source>The URL must start with https:// or http://.</source>
        <translation>L’URL doit commencer par https:// ou http://.</translation>
    </message>
    <message>
        <location filename="../app/core/connectionprofile.cpp" line="53" />
        <source>SANDBOX_API_URL is set but SANDBOX_API_TOKEN is not.</source>
        <translation>SANDBOX_API_URL est défini mais SANDBOX_API_TOKEN ne l’est pas.</translation>
    </message>
    <message>
        <location filename="../app/core/connectionprofile.cpp" line="109" />
        <source>A profile needs a name.</source>
        <translation>Un profil doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../app/core/connectionprofile.cpp" line="111" />
        <source>Unknown API kind '%1'.</source>
        <translation>Type d’API inconnu « %1 ».</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::SessionController</name>
    <message>
        <location filename="../app/core/sessioncontroller.cpp" line="67" />
        <source>Create a sandbox</source>
        <translation>Créer une sandbox</translation>
    </message>
    <message>
        <location filename="../app/core/sessioncontroller.cpp" line="89" />
        <source>Kill %1</source>
        <translation>Tuer %1</translation>
    </message>
    <message>
        <location filename="../app/core/sessioncontroller.cpp" line="123" />
        <source>Extend %1</source>
        <translation>Prolonger %1</translation>
    </message>
    <message>
        <location filename="../app/core/sessioncontroller.cpp" line="151" />
        <source>Load the templates</source>
        <translation>Charger les modèles</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::SessionListModel</name>
    <message>
        <location filename="../app/core/sessionlistmodel.cpp" line="220" />
        <source>%1 / %2 MiB</source>
        <translation>%1 / %2 Mio</translation>
    </message>
    <message>
        <location filename="../app/core/sessionlistmodel.cpp" line="277" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/core/sessionlistmodel.cpp" line="278" />
        <source>ID</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../app/core/sessionlistmodel.cpp" line="279" />
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../app/core/sessionlistmodel.cpp" line="280" />
        <source>TTL left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <location filename="../app/core/sessionlistmodel.cpp" line="281" />
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../app/core/sessionlistmodel.cpp" line="282" />
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location filename="../app/core/sessionlistmodel.cpp" line="283" />
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location filename="../app/core/sessionlistmodel.cpp" line="284" />
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::CommandPalette</name>
    <message>
        <location filename="../ui/commandpalette.cpp" line="36" />
        <location filename="../ui/commandpalette.cpp" line="38" />
        <source>Search or run</source>
        <translation>Rechercher ou exécuter</translation>
    </message>
    <message>
        <location filename="../ui/commandpalette.cpp" line="37" />
        <source>Type an action or a session's id, template or metadata</source>
        <translation>Saisissez une action, ou l’identifiant, le modèle ou les métadonnées d’une session</translation>
    </message>
    <message>
        <location filename="../ui/commandpalette.cpp" line="73" />
        <source>Session %1 · %2 · %3</source>
        <translation>Session %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::CreateSandboxDialog</name>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="22" />
        <source>Environment variables</source>
        <translation>Variables d’environnement</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="23" />
        <location filename="../ui/createsandboxdialog.cpp" line="44" />
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="23" />
        <source>Network access</source>
        <translation>Accès réseau</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="26" />
        <source>New sandbox</source>
        <translation>Nouvelle sandbox</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="27" />
        <source>Loading templates…</source>
        <translation>Chargement des modèles…</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="31" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="32" />
        <source>The sandbox ends by itself after this time unless extended (at most %1 s).</source>
        <translation>La sandbox s’arrête d’elle-même après ce délai, sauf prolongation (au plus %1 s).</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="33" />
        <source>Off: the sandbox cannot reach any network. On: it can, and its ports get host URLs.</source>
        <translation>Désactivé : la sandbox n’accède à aucun réseau. Activé : elle y accède, et ses ports obtiennent des URL d’hôte.</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="35" />
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="38" />
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="39" />
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="40" />
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="42" />
        <source>Timeout</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="43" />
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="46" />
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="83" />
        <source>The server offers no templates</source>
        <translation>Le serveur ne propose aucun modèle</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="89" />
        <source>Templates could not be loaded</source>
        <translation>Les modèles n’ont pas pu être chargés</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="111" />
        <source>Enter the provider the service expects.</source>
        <translation>Indiquez le fournisseur attendu par le service.</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="113" />
        <source>Enter a region.</source>
        <translation>Indiquez une région.</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="115" />
        <source>Choose a template.</source>
        <translation>Choisissez un modèle.</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="120" />
        <source>"%1" is not a valid environment variable name (letters, digits and _, not starting with a digit).</source>
        <translation>« %1 » n’est pas un nom de variable d’environnement valide (lettres, chiffres et _, sans chiffre au début).</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="131" />
        <source>%1 — %2 vCPU, %3 MB memory, %4 MB disk</source>
        <translation>%1 — %2 vCPU, %3 Mo de mémoire, %4 Mo de disque</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::DetailPane</name>
    <message>
        <location filename="../ui/detailpane.cpp" line="41" />
        <source>Select a session in the list to see its time left, details and metrics.
Ctrl+N creates a new sandbox; Ctrl+K finds actions and sessions.</source>
        <translation>Sélectionnez une session dans la liste pour voir son temps restant, ses détails et ses mesures.
Ctrl+N crée une nouvelle sandbox ; Ctrl+K trouve actions et sessions.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="60" />
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="61" />
        <source>+15 min</source>
        <translation>+15 min</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="62" />
        <source>Custom…</source>
        <translation>Autre…</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="63" />
        <source>Kill…</source>
        <translation>Tuer…</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="64" />
        <source>Add 5 minutes to the time left</source>
        <translation>Ajouter 5 minutes au temps restant</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="65" />
        <source>Add 15 minutes to the time left</source>
        <translation>Ajouter 15 minutes au temps restant</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="66" />
        <source>End this sandbox and everything running in it</source>
        <translation>Arrêter cette sandbox et tout ce qui s’y exécute</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="88" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="89" />
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="90" />
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="91" />
        <source>ID</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="92" />
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="93" />
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="94" />
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="95" />
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="105" />
        <location filename="../ui/detailpane.cpp" line="112" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="106" />
        <source>Get host URL</source>
        <translation>Obtenir l’URL d’hôte</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="109" />
        <source>URL on this computer for the port</source>
        <translation>URL sur cet ordinateur pour le port</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="110" />
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="194" />
        <source>Expired: its deadline passed.</source>
        <translation>Expirée : son échéance est passée.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="195" />
        <source>Ended.</source>
        <translation>Terminée.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="197" />
        <location filename="../ui/detailpane.cpp" line="201" />
        <source>%1 left</source>
        <translation>il reste %1</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="198" />
        <source>Warning: %1.</source>
        <translation>Attention : %1.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="218" />
        <source>vCPUs: %1 · memory: %2 MB</source>
        <translation>vCPU : %1 · mémoire : %2 Mo</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="223" />
        <source>still running</source>
        <translation>toujours en cours</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="227" />
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="243" />
        <source>The server refused: %1</source>
        <translation>Le serveur a refusé : %1</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="255" />
        <source>Extend</source>
        <translation>Prolonger</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="256" />
        <source>Minutes to add to the time left (the server allows at most %1 minutes in all):</source>
        <translation>Minutes à ajouter au temps restant (le serveur autorise au plus %1 minutes en tout) :</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::ErrorBanner</name>
    <message>
        <location filename="../ui/errorbanner.cpp" line="27" />
        <location filename="../ui/errorbanner.cpp" line="28" />
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/errorbanner.cpp" line="48" />
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../ui/errorbanner.cpp" line="48" />
        <source>Enter token…</source>
        <translation>Saisir le jeton…</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::KeyValueTable</name>
    <message>
        <location filename="../ui/keyvaluetable.cpp" line="17" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/keyvaluetable.cpp" line="17" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../ui/keyvaluetable.cpp" line="22" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../ui/keyvaluetable.cpp" line="23" />
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/keyvaluetable.cpp" line="24" />
        <source>Add %1</source>
        <translation>Ajouter : %1</translation>
    </message>
    <message>
        <location filename="../ui/keyvaluetable.cpp" line="25" />
        <source>Remove %1</source>
        <translation>Supprimer : %1</translation>
    </message>
    <message>
        <location filename="../ui/keyvaluetable.cpp" line="77" />
        <source>%1: a value has no name.</source>
        <translation>%1 : une valeur n’a pas de nom.</translation>
    </message>
    <message>
        <location filename="../ui/keyvaluetable.cpp" line="79" />
        <source>%1: "%2" is given twice.</source>
        <translation>%1 : « %2 » figure deux fois.</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="64" />
        <location filename="../ui/mainwindow.cpp" line="97" />
        <location filename="../ui/mainwindow.cpp" line="556" />
        <source>Sandbar</source>
        <translation>Sandbar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="124" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="130" />
        <source>&amp;New sandbox…</source>
        <translation>&amp;Nouvelle sandbox…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="130" />
        <source>Create a sandbox</source>
        <translation>Créer une sandbox</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="132" />
        <source>&amp;Kill…</source>
        <translation>&amp;Tuer…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="132" />
        <source>Kill the selected sandboxes</source>
        <translation>Tuer les sandboxes sélectionnées</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134" />
        <source>Extend by &amp;5 minutes</source>
        <translation>Prolonger de &amp;5 minutes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134" />
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="135" />
        <source>Add 5 minutes to the selected sandboxes</source>
        <translation>Ajouter 5 minutes aux sandboxes sélectionnées</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="137" />
        <source>Extend by &amp;15 minutes</source>
        <translation>Prolonger de &amp;15 minutes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="137" />
        <source>Add 15 minutes to the selected sandboxes</source>
        <translation>Ajouter 15 minutes aux sandboxes sélectionnées</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139" />
        <source>Extend by…</source>
        <translation>Prolonger de…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139" />
        <source>Add a chosen time to the selected sandboxes</source>
        <translation>Ajouter une durée choisie aux sandboxes sélectionnées</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="142" />
        <source>Extend</source>
        <translation>Prolonger</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="143" />
        <source>Minutes to add to the time left (at most %1 minutes in all):</source>
        <translation>Minutes à ajouter au temps restant (au plus %1 minutes en tout) :</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149" />
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149" />
        <source>Poll the server now</source>
        <translation>Interroger le serveur maintenant</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="154" />
        <source>&amp;Search sessions</source>
        <translation>&amp;Rechercher des sessions</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="154" />
        <source>Search the session list</source>
        <translation>Rechercher dans la liste des sessions</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161" />
        <source>Search or run…</source>
        <translation>Rechercher ou exécuter…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161" />
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161" />
        <source>Find actions and sessions by name</source>
        <translation>Trouver actions et sessions par leur nom</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="163" />
        <source>&amp;Copy ID</source>
        <translation>&amp;Copier l’identifiant</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="163" />
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="163" />
        <source>Copy the selected sandbox IDs</source>
        <translation>Copier les identifiants des sandboxes sélectionnées</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="165" />
        <source>Enter API &amp;token…</source>
        <translation>Saisir le &amp;jeton d’API…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="165" />
        <source>Connect again with another API token</source>
        <translation>Se reconnecter avec un autre jeton d’API</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167" />
        <source>C&amp;lear ended sessions</source>
        <translation>&amp;Retirer les sessions terminées</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="168" />
        <source>Remove ended sessions from the list (they stay on the server)</source>
        <translation>Retirer les sessions terminées de la liste (elles restent sur le serveur)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="178" />
        <source>Connection &amp;profiles…</source>
        <translation>&amp;Profils de connexion…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="178" />
        <source>Add, edit and remove connection profiles</source>
        <translation>Ajouter, modifier et supprimer des profils de connexion</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="195" />
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226" />
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="240" />
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="245" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="346" />
        <source>Created %1</source>
        <translation>%1 créée</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="349" />
        <source>Killed %1</source>
        <translation>%1 tuée</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="351" />
        <source>%1 now ends at %2</source>
        <translation>%1 se termine maintenant à %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="427" />
        <source>%1 · last poll %2 s ago</source>
        <translation>%1 · dernière interrogation il y a %2 s</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="432" />
        <source>Sessions: %1 · running: %2</source>
        <translation>Sessions : %1 · en cours : %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="445" />
        <source>Cannot reach the sandbox server: %1. The list shows what was known last.</source>
        <translation>Le serveur de sandboxes est injoignable : %1. La liste montre le dernier état connu.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="450" />
        <source>The server refused the API token: %1</source>
        <translation>Le serveur a refusé le jeton d’API : %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="461" />
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="480" />
        <source>API token</source>
        <translation>Jeton d’API</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="481" />
        <source>API token for %1 (used for this run; it is not saved):</source>
        <translation>Jeton d’API pour %1 (utilisé pour cette exécution ; il n’est pas enregistré) :</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="521" />
        <source>Kill sandbox %1? Everything running in it stops and its files are gone.</source>
        <translation>Tuer la sandbox %1 ? Tout ce qui s’y exécute s’arrête et ses fichiers disparaissent.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="522" />
        <source>Kill %n sandboxes? Everything running in them stops.</source>
        <translation>
            <numerusform>Tuer %n sandbox ? Tout ce qui s’y exécute s’arrête.</numerusform><numerusform>Tuer %n sandboxes ? Tout ce qui s’y exécute s’arrête.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="523" />
        <location filename="../ui/mainwindow.cpp" line="525" />
        <source>Kill</source>
        <translation>Tuer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="549" />
        <source>Sandbox %1 has 5 minutes left.</source>
        <translation>Il reste 5 minutes à la sandbox %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="550" />
        <source>Sandbox %1 has 1 minute left.</source>
        <translation>Il reste 1 minute à la sandbox %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="551" />
        <source>Sandbox %1 has expired.</source>
        <translation>La sandbox %1 a expiré.</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::MetricsCharts</name>
    <message>
        <location filename="../ui/metricscharts.cpp" line="32" />
        <source>Window:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="34" />
        <source>1 min</source>
        <translation>1 min</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="35" />
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="36" />
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="37" />
        <source>30 min</source>
        <translation>30 min</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="38" />
        <source>Lifetime</source>
        <translation>Durée de vie</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="50" />
        <location filename="../ui/metricscharts.cpp" line="191" />
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="50" />
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="51" />
        <source>Memory (MiB)</source>
        <translation>Mémoire (Mio)</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="51" />
        <source>used</source>
        <translation>utilisée</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="52" />
        <source>Disk</source>
        <translation>Disque</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="52" />
        <source>read</source>
        <translation>lecture</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="52" />
        <source>write</source>
        <translation>écriture</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="53" />
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="53" />
        <source>rx</source>
        <translation>reçu</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="53" />
        <source>tx</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="184" />
        <source>Memory (MiB used of %1)</source>
        <translation>Mémoire (Mio utilisés sur %1)</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="185" />
        <source>Memory (MiB used)</source>
        <translation>Mémoire (Mio utilisés)</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="187" />
        <source>Disk read/write (%1)</source>
        <translation>Disque lecture/écriture (%1)</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="189" />
        <source>Network rx/tx (%1)</source>
        <translation>Réseau reçu/envoyé (%1)</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="191" />
        <source>CPU % (waiting for samples)</source>
        <translation>CPU % (en attente de mesures)</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="195" />
        <source>MiB</source>
        <translation>Mio</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="216" />
        <source>%1 %2: %3 %4</source>
        <translation>%1 %2 : %3 %4</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::ProfileEditDialog</name>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="23" />
        <source>Add connection profile</source>
        <translation>Ajouter un profil de connexion</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="23" />
        <source>Edit connection profile</source>
        <translation>Modifier le profil de connexion</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="25" />
        <source>Agent Sandboxes API (004)</source>
        <translation>API Agent Sandboxes (004)</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="28" />
        <source>API token (kept in the system keyring)</source>
        <translation>Jeton d’API (conservé dans le trousseau du système)</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="29" />
        <source>Leave empty to keep the saved token</source>
        <translation>Laisser vide pour garder le jeton enregistré</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="32" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="33" />
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="34" />
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="35" />
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="69" />
        <source>A profile named "%1" exists already.</source>
        <translation>Un profil nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="74" />
        <source>Enter the API token.</source>
        <translation>Saisissez le jeton d’API.</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="74" />
        <source>Enter the token again: the keyring keeps it under the profile's name.</source>
        <translation>Saisissez à nouveau le jeton : le trousseau le conserve sous le nom du profil.</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::ProfileSwitcher</name>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="22" />
        <source>Connection profile</source>
        <translation>Profil de connexion</translation>
    </message>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="50" />
        <source>This computer's sandbox server did not start: %1</source>
        <translation>Le serveur de sandboxes de cet ordinateur n’a pas démarré : %1</translation>
    </message>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="53" />
        <source>This computer's sandbox server stopped: %1</source>
        <translation>Le serveur de sandboxes de cet ordinateur s’est arrêté : %1</translation>
    </message>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="60" />
        <source>● %1 (starting…)</source>
        <translation>● %1 (démarrage…)</translation>
    </message>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="71" />
        <source>● %1 (reading token…)</source>
        <translation>● %1 (lecture du jeton…)</translation>
    </message>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="79" />
        <source>No token is saved for "%1".</source>
        <translation>Aucun jeton n’est enregistré pour « %1 ».</translation>
    </message>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="80" />
        <source>The token for "%1" could not be read: %2</source>
        <translation>Le jeton de « %1 » n’a pas pu être lu : %2</translation>
    </message>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="89" />
        <source>Connected to %1; click to switch profiles</source>
        <translation>Connecté à %1 ; cliquez pour changer de profil</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::ProfilesDialog</name>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="23" />
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="24" />
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="26" />
        <source>Connection profiles</source>
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="27" />
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="60" />
        <source>%1 — the bundled sandbar-local</source>
        <translation>%1 — le sandbar-local fourni</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="124" />
        <source>Remove profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="124" />
        <source>Remove the profile "%1" and its saved token?</source>
        <translation>Supprimer le profil « %1 » et son jeton enregistré ?</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="130" />
        <source>The token of "%1" could not be removed from the keyring: %2</source>
        <translation>Le jeton de « %1 » n’a pas pu être retiré du trousseau : %2</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="145" />
        <source>The token for "%1" was not saved: %2. Sandbar will ask for it when connecting.</source>
        <translation>Le jeton de « %1 » n’a pas été enregistré : %2. Sandbar le demandera à la connexion.</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::SessionListPane</name>
    <message>
        <location filename="../ui/sessionlistpane.cpp" line="37" />
        <source>Search id, template, metadata (Ctrl+F)</source>
        <translation>Rechercher identifiant, modèle, métadonnées (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/sessionlistpane.cpp" line="39" />
        <source>Search sessions</source>
        <translation>Rechercher des sessions</translation>
    </message>
    <message>
        <location filename="../ui/sessionlistpane.cpp" line="42" />
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../ui/sessionlistpane.cpp" line="43" />
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../ui/sessionlistpane.cpp" line="44" />
        <source>Ended</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <location filename="../ui/sessionlistpane.cpp" line="45" />
        <source>Status filter</source>
        <translation>Filtre d’état</translation>
    </message>
    <message>
        <location filename="../ui/sessionlistpane.cpp" line="47" />
        <source>All templates</source>
        <translation>Tous les modèles</translation>
    </message>
    <message>
        <location filename="../ui/sessionlistpane.cpp" line="48" />
        <source>Template filter</source>
        <translation>Filtre de modèle</translation>
    </message>
    <message>
        <location filename="../ui/sessionlistpane.cpp" line="61" />
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../ui/sessionlistpane.cpp" line="89" />
        <source>&lt;p&gt;&lt;b&gt;No sandboxes yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Create your first one with &lt;b&gt;New&lt;/b&gt; in the toolbar or Ctrl+N: pick a template and a timeout, and it appears here.&lt;/p&gt;&lt;p&gt;&lt;a href="create"&gt;Create a sandbox…&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucune sandbox pour l’instant.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Créez la première avec &lt;b&gt;Nouvelle sandbox&lt;/b&gt; dans la barre d’outils ou Ctrl+N : choisissez un modèle et un délai, et elle apparaît ici.&lt;/p&gt;&lt;p&gt;&lt;a href="create"&gt;Créer une sandbox…&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
</TS>
