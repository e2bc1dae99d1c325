<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Format</name>
    <message>
        <location filename="../ui/format.cpp" line="54"/>
        <source>under 5 minutes left</source>
        <translation>moins de 5 minutes restantes</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="55"/>
        <source>under 1 minute left</source>
        <translation>moins d’1 minute restante</translation>
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
        <translation>en création</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="90"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="91"/>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="92"/>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="93"/>
        <source>terminated</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="94"/>
        <source>timed out</source>
        <translation>expirée</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="95"/>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="103"/>
        <source>GiB/s</source>
        <translation>Gio/s</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="105"/>
        <source>MiB/s</source>
        <translation>Mio/s</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="107"/>
        <source>KiB/s</source>
        <translation>Kio/s</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="108"/>
        <source>B/s</source>
        <translation>o/s</translation>
    </message>
</context>
<context>
    <name>Sandbar::Api</name>
    <message>
        <location filename="../app/core/api/roundtabletypes.cpp" line="187"/>
        <source>temperature %1</source>
        <translation>température %1</translation>
    </message>
    <message>
        <location filename="../app/core/api/roundtabletypes.cpp" line="189"/>
        <source>%1 tokens</source>
        <translation>%1 jetons</translation>
    </message>
</context>
<context>
    <name>Sandbar::Api::AgentSandbox</name>
    <message>
        <location filename="../app/core/api/roundtabletypes.cpp" line="92"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../app/core/api/roundtabletypes.cpp" line="94"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../app/core/api/roundtabletypes.cpp" line="96"/>
        <source>Messages sent</source>
        <translation>Messages envoyés</translation>
    </message>
    <message>
        <location filename="../app/core/api/roundtabletypes.cpp" line="98"/>
        <source>Messages received</source>
        <translation>Messages reçus</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core</name>
    <message>
        <location filename="../app/core/providers/providerregistry.cpp" line="26"/>
        <source>Agent Sandboxes API</source>
        <translation>API Agent Sandboxes</translation>
    </message>
    <message>
        <location filename="../app/core/providers/providerregistry.cpp" line="26"/>
        <source>the server&apos;s root, e.g. https://api.example.com</source>
        <translation>la racine du serveur, p. ex. https://api.example.com</translation>
    </message>
    <message>
        <location filename="../app/core/providers/providerregistry.cpp" line="27"/>
        <location filename="../app/core/providers/providerregistry.cpp" line="28"/>
        <source>token</source>
        <translation>jeton</translation>
    </message>
    <message>
        <location filename="../app/core/providers/providerregistry.cpp" line="28"/>
        <source>Sandbox Sessions</source>
        <translation>Sandbox Sessions</translation>
    </message>
    <message>
        <location filename="../app/core/providers/providerregistry.cpp" line="28"/>
        <source>the API URL ending in /v1</source>
        <translation>l’URL de l’API se terminant par /v1</translation>
    </message>
    <message>
        <location filename="../app/core/providers/providerregistry.cpp" line="29"/>
        <source>E2B sessions (legacy)</source>
        <translation>Sessions E2B (ancienne API)</translation>
    </message>
    <message>
        <location filename="../app/core/providers/providerregistry.cpp" line="29"/>
        <source>the server&apos;s root, e.g. https://ondevbook.com</source>
        <translation>la racine du serveur, p. ex. https://ondevbook.com</translation>
    </message>
    <message>
        <location filename="../app/core/providers/providerregistry.cpp" line="30"/>
        <location filename="../app/core/providers/providerregistry.cpp" line="31"/>
        <location filename="../app/core/providers/providerregistry.cpp" line="32"/>
        <source>API key</source>
        <translation>clé d’API</translation>
    </message>
    <message>
        <location filename="../app/core/providers/providerregistry.cpp" line="31"/>
        <source>Cognitora</source>
        <translation>Cognitora</translation>
    </message>
    <message>
        <location filename="../app/core/providers/providerregistry.cpp" line="31"/>
        <source>the server&apos;s root, e.g. https://api.cognitora.dev</source>
        <translation>la racine du serveur, p. ex. https://api.cognitora.dev</translation>
    </message>
    <message>
        <location filename="../app/core/providers/providerregistry.cpp" line="32"/>
        <source>Round Table</source>
        <translation>Round Table</translation>
    </message>
    <message>
        <location filename="../app/core/providers/providerregistry.cpp" line="32"/>
        <source>the API URL ending in /api/v1</source>
        <translation>l&apos;URL de l&apos;API se terminant par /api/v1</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::AgentSandboxesProvider</name>
    <message>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="64"/>
        <source>A page holds 1 to %1 sandboxes.</source>
        <translation>Une page contient de 1 à %1 sandboxes.</translation>
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
        <translation>Aucun identifiant de sandbox donné.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="92"/>
        <source>A provider and a region are required.</source>
        <translation>Un fournisseur et une région sont requis.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="94"/>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="120"/>
        <source>The timeout must be 1 to 3600 seconds.</source>
        <translation>Le délai doit être de 1 à 3600 secondes.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="96"/>
        <source>This server cannot switch a sandbox&apos;s network on or off.</source>
        <translation>Ce serveur ne peut pas activer ou couper le réseau d’une sandbox.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="143"/>
        <source>Ports are 1 to 65535.</source>
        <translation>Les ports vont de 1 à 65535.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="164"/>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="174"/>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="185"/>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="194"/>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="207"/>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="248"/>
        <source>A sandbox and a path are required.</source>
        <translation>Une sandbox et un chemin sont requis.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="221"/>
        <source>A sandbox and a file name are required.</source>
        <translation>Une sandbox et un nom de fichier sont requis.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="266"/>
        <source>%1 is not a file that can be sent.</source>
        <translation>%1 n’est pas un fichier qui peut être envoyé.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="275"/>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="306"/>
        <source>A sandbox, a path and a local file are required.</source>
        <translation>Un bac à sable, un chemin et un fichier local sont requis.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="311"/>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="340"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="353"/>
        <source>Not enough free space for %1: %2 needed, %3 free.</source>
        <translation>Pas assez d’espace libre pour %1 : %2 nécessaires, %3 libres.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="364"/>
        <source>Cannot save the file: %1</source>
        <translation>Impossible d’enregistrer le fichier : %1</translation>
    </message>
    <message>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="375"/>
        <source>A sandbox and a command are required.</source>
        <translation>Une sandbox et une commande sont requises.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="386"/>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="479"/>
        <source>A sandbox and some code are required.</source>
        <translation>Une sandbox et du code sont requis.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="412"/>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="420"/>
        <source>A sandbox and a context are required.</source>
        <translation>Une sandbox et un contexte sont requis.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/agentsandboxesprovider.cpp" line="577"/>
        <source>A sandbox and a run are required.</source>
        <translation>Une sandbox et une exécution sont requises.</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::CodeRunController</name>
    <message>
        <location filename="../app/core/workspace/coderuncontroller.cpp" line="51"/>
        <source>Only runs since Sandbar started: this service keeps no run history.</source>
        <translation>Uniquement les exécutions depuis le lancement de Sandbar : ce service ne conserve pas d’historique des exécutions.</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/coderuncontroller.cpp" line="54"/>
        <source>Loading earlier runs…</source>
        <translation>Chargement des exécutions précédentes…</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/coderuncontroller.cpp" line="62"/>
        <source>Earlier runs could not be loaded: %1</source>
        <translation>Impossible de charger les exécutions précédentes : %1</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/coderuncontroller.cpp" line="67"/>
        <source>The latest %1 of %2 runs of this sandbox.</source>
        <translation>Les %1 dernières des %2 exécutions de cette sandbox.</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/coderuncontroller.cpp" line="89"/>
        <source>Creating a context…</source>
        <translation>Création d’un contexte…</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/coderuncontroller.cpp" line="95"/>
        <source>Could not create a context: %1</source>
        <translation>Le contexte n’a pas pu être créé : %1</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/coderuncontroller.cpp" line="122"/>
        <source>The run&apos;s context %1 has ended; this run uses the default context.</source>
        <translation>Le contexte d’origine %1 est terminé ; cette exécution utilise le contexte par défaut.</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/coderuncontroller.cpp" line="148"/>
        <source>Stopped before it started.</source>
        <translation>Exécution arrêtée avant d’avoir commencé.</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/coderuncontroller.cpp" line="226"/>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/coderuncontroller.cpp" line="248"/>
        <source>Stop failed: %1</source>
        <translation>Échec de l’arrêt : %1</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/coderuncontroller.cpp" line="253"/>
        <source>The run does not stop; it ends at its timeout.</source>
        <translation>L’exécution ne s’arrête pas ; elle prendra fin à l’expiration de son délai.</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/coderuncontroller.cpp" line="279"/>
        <source>The output of this run was not kept.</source>
        <translation>La sortie de cette exécution n’a pas été conservée.</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/coderuncontroller.cpp" line="290"/>
        <source>Cannot load the output of run %1: %2</source>
        <translation>Impossible de charger la sortie de l’exécution %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/coderuncontroller.cpp" line="294"/>
        <source>The service kept no output for this run.</source>
        <translation>Le service n’a conservé aucune sortie pour cette exécution.</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::CodeRunStream</name>
    <message>
        <location filename="../app/core/providers/coderunstream.cpp" line="40"/>
        <source>The server&apos;s reply was not understood: %1</source>
        <translation>La réponse du serveur n’a pas été comprise : %1</translation>
    </message>
    <message>
        <location filename="../app/core/providers/coderunstream.cpp" line="128"/>
        <source>[a display of %1 KiB, not kept: a run keeps %2 MiB of them]</source>
        <translation>[un affichage de %1 Kio, non gardé : une exécution en garde %2 Mio]</translation>
    </message>
    <message>
        <location filename="../app/core/providers/coderunstream.cpp" line="149"/>
        <source>The run&apos;s event stream ended before its last event.</source>
        <translation>Le flux d’événements de l’exécution s’est arrêté avant son dernier événement.</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::CognitoraProvider</name>
    <message>
        <location filename="../app/core/providers/cognitoraprovider.cpp" line="114"/>
        <source>%1 CPU cores</source>
        <translation>%1 cœurs CPU</translation>
    </message>
    <message>
        <location filename="../app/core/providers/cognitoraprovider.cpp" line="116"/>
        <source>%1 MiB memory</source>
        <translation>%1 Mio de mémoire</translation>
    </message>
    <message>
        <location filename="../app/core/providers/cognitoraprovider.cpp" line="118"/>
        <source>%1 GB storage</source>
        <translation>%1 Go de stockage</translation>
    </message>
    <message>
        <location filename="../app/core/providers/cognitoraprovider.cpp" line="120"/>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="../app/core/providers/cognitoraprovider.cpp" line="154"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../app/core/providers/cognitoraprovider.cpp" line="162"/>
        <source>the run ended: %1</source>
        <translation>l&apos;exécution s&apos;est terminée : %1</translation>
    </message>
    <message>
        <location filename="../app/core/providers/cognitoraprovider.cpp" line="205"/>
        <source>A page holds at least one session.</source>
        <translation>Une page contient au moins une session.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/cognitoraprovider.cpp" line="231"/>
        <location filename="../app/core/providers/cognitoraprovider.cpp" line="276"/>
        <source>No session ID given.</source>
        <translation>Aucun ID de session donné.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/cognitoraprovider.cpp" line="247"/>
        <source>A session runs %1.</source>
        <translation>Une session exécute %1.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/cognitoraprovider.cpp" line="250"/>
        <source>The timeout must be %1 to %2 seconds.</source>
        <translation>Le délai doit être de %1 à %2 secondes.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/cognitoraprovider.cpp" line="279"/>
        <source>Session deleted</source>
        <translation>Session supprimée</translation>
    </message>
    <message>
        <location filename="../app/core/providers/cognitoraprovider.cpp" line="285"/>
        <source>A session and some code are required.</source>
        <translation>Une session et du code sont nécessaires.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/cognitoraprovider.cpp" line="287"/>
        <source>A Cognitora session is its own context.</source>
        <translation>Une session Cognitora est son propre contexte.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/cognitoraprovider.cpp" line="406"/>
        <source>A container needs an image and a command.</source>
        <translation>Un conteneur a besoin d&apos;une image et d&apos;une commande.</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::ConnectionProfile</name>
    <message>
        <location filename="../app/core/settings/connectionprofile.cpp" line="39"/>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::ConnectionState</name>
    <message>
        <location filename="../app/core/sessions/connectionstate.cpp" line="13"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/connectionstate.cpp" line="14"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/connectionstate.cpp" line="16"/>
        <source>Stale since %1, reconnecting…</source>
        <translation>Obsolète depuis %1, reconnexion…</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/connectionstate.cpp" line="16"/>
        <source>Not connected, retrying…</source>
        <translation>Non connecté, nouvelle tentative…</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/connectionstate.cpp" line="19"/>
        <source>Stale since %1, reconnecting in %2 s</source>
        <translation>Obsolète depuis %1, reconnexion dans %2 s</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/connectionstate.cpp" line="20"/>
        <source>Not connected, reconnecting in %1 s</source>
        <translation>Non connecté, reconnexion dans %1 s</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/connectionstate.cpp" line="22"/>
        <source>The API key was refused: %1</source>
        <translation>La clé d’API a été refusée : %1</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::ContainerController</name>
    <message>
        <location filename="../app/core/containers/containercontroller.cpp" line="52"/>
        <source>The list could not be refreshed (%1); it shows what was known last.</source>
        <translation>La liste n&apos;a pas pu être actualisée (%1) ; elle montre le dernier état connu.</translation>
    </message>
    <message>
        <location filename="../app/core/containers/containercontroller.cpp" line="93"/>
        <source>The logs of %1 could not be read (%2); trying again.</source>
        <translation>Le journal de %1 n&apos;a pas pu être lu (%2) ; nouvelle tentative.</translation>
    </message>
    <message>
        <location filename="../app/core/containers/containercontroller.cpp" line="116"/>
        <source>Create container</source>
        <translation>Créer le conteneur</translation>
    </message>
    <message>
        <location filename="../app/core/containers/containercontroller.cpp" line="129"/>
        <source>Cancel %1</source>
        <translation>Annuler %1</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::ContainerListModel</name>
    <message>
        <location filename="../app/core/containers/containerlistmodel.cpp" line="113"/>
        <source>%1 (exit %2)</source>
        <translation>%1 (sortie %2)</translation>
    </message>
    <message>
        <location filename="../app/core/containers/containerlistmodel.cpp" line="118"/>
        <source>%1 credits</source>
        <translation>%1 crédits</translation>
    </message>
    <message>
        <location filename="../app/core/containers/containerlistmodel.cpp" line="130"/>
        <source>Status</source>
        <translation>État</translation>
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
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../app/core/containers/containerlistmodel.cpp" line="134"/>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <location filename="../app/core/containers/containerlistmodel.cpp" line="135"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::E2bSessionsProvider</name>
    <message>
        <location filename="../app/core/providers/e2bsessionsprovider.cpp" line="53"/>
        <source>Edit enabled</source>
        <translation>Modification permise</translation>
    </message>
    <message>
        <location filename="../app/core/providers/e2bsessionsprovider.cpp" line="53"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../app/core/providers/e2bsessionsprovider.cpp" line="53"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../app/core/providers/e2bsessionsprovider.cpp" line="54"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../app/core/providers/e2bsessionsprovider.cpp" line="85"/>
        <source>This service lists all sessions at once.</source>
        <translation>Ce service liste toutes les sessions d’un coup.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/e2bsessionsprovider.cpp" line="97"/>
        <location filename="../app/core/providers/e2bsessionsprovider.cpp" line="127"/>
        <location filename="../app/core/providers/e2bsessionsprovider.cpp" line="138"/>
        <source>No session ID given.</source>
        <translation>Aucun identifiant de session donné.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/e2bsessionsprovider.cpp" line="109"/>
        <source>Session %1 is not among the service&apos;s sessions.</source>
        <translation>La session %1 ne fait pas partie des sessions du service.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/e2bsessionsprovider.cpp" line="117"/>
        <source>A code snippet ID is required.</source>
        <translation>Un identifiant d’extrait de code est requis.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/e2bsessionsprovider.cpp" line="131"/>
        <source>Session deleted</source>
        <translation>Session supprimée</translation>
    </message>
    <message>
        <location filename="../app/core/providers/e2bsessionsprovider.cpp" line="143"/>
        <source>Session refreshed</source>
        <translation>Session rafraîchie</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::FileTreeModel</name>
    <message>
        <location filename="../app/core/workspace/filetreemodel.cpp" line="254"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/filetreemodel.cpp" line="255"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/filetreemodel.cpp" line="256"/>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::HttpProvider</name>
    <message>
        <location filename="../app/core/providers/httpprovider.h" line="93"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../app/core/providers/httpprovider.cpp" line="46"/>
        <source>The server&apos;s reply was not understood: %1</source>
        <translation>La réponse du serveur n’a pas été comprise : %1</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::HttpTransport</name>
    <message>
        <location filename="../app/core/net/httptransport.cpp" line="76"/>
        <source>No complete reply from %1 in time.</source>
        <translation>Pas de réponse complète de %1 dans le délai.</translation>
    </message>
    <message>
        <location filename="../app/core/net/httptransport.cpp" line="86"/>
        <source>Cannot reach %1: %2</source>
        <translation>Impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/core/net/httptransport.cpp" line="96"/>
        <source>%1 — certificate for &quot;%2&quot; issued by &quot;%3&quot;, valid %4 to %5, SHA-256 %6</source>
        <translation>%1 — certificat pour « %2 » émis par « %3 », valide du %4 au %5, SHA-256 %6</translation>
    </message>
    <message>
        <location filename="../app/core/net/httptransport.cpp" line="189"/>
        <location filename="../app/core/net/httptransport.cpp" line="327"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../app/core/net/httptransport.cpp" line="356"/>
        <source>The server&apos;s certificate was refused: %1</source>
        <translation>Le certificat du serveur a été refusé : %1</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::KindDetector</name>
    <message>
        <location filename="../app/core/providers/providerregistry.cpp" line="113"/>
        <source>speaks it</source>
        <translation>la parle</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::LocalServerLauncher</name>
    <message>
        <location filename="../app/core/settings/localserverlauncher.cpp" line="21"/>
        <source>sandbar-local did not start listening in time.</source>
        <translation>sandbar-local ne s’est pas mis à l’écoute à temps.</translation>
    </message>
    <message>
        <location filename="../app/core/settings/localserverlauncher.cpp" line="31"/>
        <source>Cannot run %1: %2</source>
        <translation>Impossible d’exécuter %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/core/settings/localserverlauncher.cpp" line="34"/>
        <source>sandbar-local ended (%1 %2): %3</source>
        <translation>sandbar-local s’est arrêté (%1 %2) : %3</translation>
    </message>
    <message>
        <location filename="../app/core/settings/localserverlauncher.cpp" line="35"/>
        <source>exit code</source>
        <translation>code de sortie</translation>
    </message>
    <message>
        <location filename="../app/core/settings/localserverlauncher.cpp" line="35"/>
        <source>crashed, signal</source>
        <translation>planté, signal</translation>
    </message>
    <message>
        <location filename="../app/core/settings/localserverlauncher.cpp" line="70"/>
        <source>The bundled server was not found at %1.</source>
        <translation>Le serveur fourni est introuvable à %1.</translation>
    </message>
    <message>
        <location filename="../app/core/settings/localserverlauncher.cpp" line="105"/>
        <source>sandbar-local runs, but its token cannot be read from %1: %2</source>
        <translation>sandbar-local tourne, mais son jeton ne peut pas être lu depuis %1 : %2</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::MessageListModel</name>
    <message>
        <location filename="../app/core/agents/messagelistmodel.cpp" line="113"/>
        <source>broadcast in</source>
        <translation>diffusion reçue</translation>
    </message>
    <message>
        <location filename="../app/core/agents/messagelistmodel.cpp" line="113"/>
        <source>broadcast out</source>
        <translation>diffusion envoyée</translation>
    </message>
    <message>
        <location filename="../app/core/agents/messagelistmodel.cpp" line="114"/>
        <source>in</source>
        <translation>reçu</translation>
    </message>
    <message>
        <location filename="../app/core/agents/messagelistmodel.cpp" line="114"/>
        <source>out</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location filename="../app/core/agents/messagelistmodel.cpp" line="144"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../app/core/agents/messagelistmodel.cpp" line="145"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../app/core/agents/messagelistmodel.cpp" line="146"/>
        <source>From / to</source>
        <translation>De / à</translation>
    </message>
    <message>
        <location filename="../app/core/agents/messagelistmodel.cpp" line="147"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/core/agents/messagelistmodel.cpp" line="148"/>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::MessagesController</name>
    <message>
        <location filename="../app/core/agents/messagescontroller.cpp" line="28"/>
        <source>Write the content: a JSON value, e.g. {&quot;type&quot;: &quot;request&quot;}.</source>
        <translation>Écrivez le contenu : une valeur JSON, p. ex. {&quot;type&quot;: &quot;request&quot;}.</translation>
    </message>
    <message>
        <location filename="../app/core/agents/messagescontroller.cpp" line="40"/>
        <source>Not JSON: write one value (an object, a list, a &quot;string&quot;, a number).</source>
        <translation>Pas du JSON : écrivez une valeur (un objet, une liste, une &quot;chaîne&quot;, un nombre).</translation>
    </message>
    <message>
        <location filename="../app/core/agents/messagescontroller.cpp" line="42"/>
        <source>Not JSON: %1 at the end (something is not closed).</source>
        <translation>Pas du JSON : %1 à la fin (quelque chose n&apos;est pas fermé).</translation>
    </message>
    <message>
        <location filename="../app/core/agents/messagescontroller.cpp" line="47"/>
        <source>Not JSON: %1 at line %2, column %3.</source>
        <translation>Pas du JSON : %1 ligne %2, colonne %3.</translation>
    </message>
    <message>
        <location filename="../app/core/agents/messagescontroller.cpp" line="96"/>
        <source>Messages could not be refreshed (%1); the list shows what was known last.</source>
        <translation>Les messages n&apos;ont pas pu être actualisés (%1) ; la liste montre le dernier état connu.</translation>
    </message>
    <message>
        <location filename="../app/core/agents/messagescontroller.cpp" line="130"/>
        <source>Send a message</source>
        <translation>Envoyer un message</translation>
    </message>
    <message>
        <location filename="../app/core/agents/messagescontroller.cpp" line="143"/>
        <source>Broadcast to the workspace</source>
        <translation>Diffuser à l&apos;espace de travail</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::ProfileStore</name>
    <message>
        <location filename="../app/core/settings/connectionprofile.cpp" line="28"/>
        <source>&apos;%1&apos; is not a URL with a host.</source>
        <translation>« %1 » n’est pas une URL avec un hôte.</translation>
    </message>
    <message>
        <location filename="../app/core/settings/connectionprofile.cpp" line="31"/>
        <source>The URL must start with https:// or http://.</source>
        <translation>L’URL doit commencer par https:// ou http://.</translation>
    </message>
    <message>
        <location filename="../app/core/settings/connectionprofile.cpp" line="68"/>
        <source>SANDBOX_API_URL is set but SANDBOX_API_TOKEN is not.</source>
        <translation>SANDBOX_API_URL est défini mais SANDBOX_API_TOKEN ne l’est pas.</translation>
    </message>
    <message>
        <location filename="../app/core/settings/connectionprofile.cpp" line="81"/>
        <source>SANDBOX_API_KIND &apos;%1&apos; is not one of %2.</source>
        <translation>SANDBOX_API_KIND « %1 » n’est pas l’un de %2.</translation>
    </message>
    <message>
        <location filename="../app/core/settings/connectionprofile.cpp" line="134"/>
        <source>A profile needs a name.</source>
        <translation>Un profil doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../app/core/settings/connectionprofile.cpp" line="136"/>
        <source>Unknown API kind &apos;%1&apos;.</source>
        <translation>Type d’API inconnu « %1 ».</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::RoundTableProvider</name>
    <message>
        <location filename="../app/core/providers/roundtableprovider.cpp" line="163"/>
        <source>A page holds at least one sandbox.</source>
        <translation>Une page contient au moins une sandbox.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/roundtableprovider.cpp" line="236"/>
        <location filename="../app/core/providers/roundtableprovider.cpp" line="257"/>
        <source>No sandbox ID given.</source>
        <translation>Aucun ID de sandbox donné.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/roundtableprovider.cpp" line="243"/>
        <source>Choose the workspace the sandbox goes in.</source>
        <translation>Choisissez l&apos;espace de travail de la sandbox.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/roundtableprovider.cpp" line="245"/>
        <source>The sandbox needs a name.</source>
        <translation>La sandbox a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/roundtableprovider.cpp" line="259"/>
        <source>Sandbox deleted</source>
        <translation>Sandbox supprimée</translation>
    </message>
    <message>
        <location filename="../app/core/providers/roundtableprovider.cpp" line="284"/>
        <location filename="../app/core/providers/roundtableprovider.cpp" line="294"/>
        <source>The workspace needs a name.</source>
        <translation>L&apos;espace de travail a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/roundtableprovider.cpp" line="302"/>
        <source>Workspace deleted</source>
        <translation>Espace de travail supprimé</translation>
    </message>
    <message>
        <location filename="../app/core/providers/roundtableprovider.cpp" line="367"/>
        <source>A message needs a sender and a recipient.</source>
        <translation>Un message a besoin d&apos;un expéditeur et d&apos;un destinataire.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/roundtableprovider.cpp" line="387"/>
        <source>A collaboration needs a task and at least one participant.</source>
        <translation>Une collaboration a besoin d&apos;une tâche et d&apos;au moins un participant.</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::RunHistoryModel</name>
    <message>
        <location filename="../app/core/workspace/runhistorymodel.cpp" line="155"/>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/runhistorymodel.cpp" line="155"/>
        <source>did not finish</source>
        <translation>non terminée</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/runhistorymodel.cpp" line="203"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/runhistorymodel.cpp" line="204"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/runhistorymodel.cpp" line="205"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/runhistorymodel.cpp" line="206"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/runhistorymodel.cpp" line="233"/>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/runhistorymodel.cpp" line="269"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/runhistorymodel.cpp" line="270"/>
        <source>Language</source>
        <translation>Langage</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/runhistorymodel.cpp" line="271"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/runhistorymodel.cpp" line="272"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/runhistorymodel.cpp" line="273"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/runhistorymodel.cpp" line="274"/>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/runhistorymodel.cpp" line="275"/>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::RunInterrupter</name>
    <message>
        <location filename="../app/core/workspace/runinterrupter.cpp" line="72"/>
        <source>Stop is not available here.</source>
        <translation>Arrêter n’est pas disponible ici.</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/runinterrupter.cpp" line="81"/>
        <source>The probe run did not finish.</source>
        <translation>L’exécution de sondage ne s’est pas terminée.</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/runinterrupter.cpp" line="93"/>
        <source>Could not learn the interpreter&apos;s process.</source>
        <translation>Impossible de connaître le processus de l’interpréteur.</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/runinterrupter.cpp" line="106"/>
        <location filename="../app/core/workspace/runinterrupter.cpp" line="124"/>
        <source>The stop request did not finish.</source>
        <translation>La demande d’arrêt ne s’est pas terminée.</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/runinterrupter.cpp" line="115"/>
        <source>This run cannot be stopped.</source>
        <translation>Cette exécution ne peut pas être arrêtée.</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/runinterrupter.cpp" line="131"/>
        <source>The interpreter could not be signalled: %1</source>
        <translation>Impossible d’envoyer un signal à l’interpréteur : %1</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::SandboxProvider</name>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="22"/>
        <source>This service cannot extend a session.</source>
        <translation>Ce service ne peut pas prolonger une session.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="28"/>
        <source>This service does not complete code.</source>
        <translation>Ce service ne complète pas le code.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="34"/>
        <source>This service does not describe code.</source>
        <translation>Ce service ne décrit pas le code.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="39"/>
        <source>This service cannot start a stopped session.</source>
        <translation>Ce service ne peut pas démarrer une session arrêtée.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="44"/>
        <source>This service cannot stop a session and keep it.</source>
        <translation>Ce service ne peut pas arrêter une session en la gardant.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="49"/>
        <source>This service reports no metrics.</source>
        <translation>Ce service ne fournit aucune mesure.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="54"/>
        <source>This service cannot open a session&apos;s ports to this computer.</source>
        <translation>Ce service ne peut pas ouvrir les ports d’une session à cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="59"/>
        <source>This service has no templates.</source>
        <translation>Ce service n’a pas de modèles.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="64"/>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="69"/>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="74"/>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="79"/>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="84"/>
        <source>This service gives no access to a session&apos;s files.</source>
        <translation>Ce service ne donne pas accès aux fichiers d’une session.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="90"/>
        <source>This service cannot take uploads.</source>
        <translation>Ce service n’accepte pas de téléversements.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="95"/>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="105"/>
        <source>This service offers no downloads.</source>
        <translation>Ce service n’offre pas de téléchargements.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="100"/>
        <source>This service offers no uploads.</source>
        <translation>Ce service n’offre pas d’envoi de fichiers.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="110"/>
        <source>This service cannot run commands.</source>
        <translation>Ce service ne peut pas exécuter de commandes.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="115"/>
        <source>This service cannot run code.</source>
        <translation>Ce service ne peut pas exécuter de code.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="120"/>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="125"/>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="130"/>
        <source>This service has no code contexts.</source>
        <translation>Ce service n’a pas de contextes de code.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="135"/>
        <source>This service cannot list code contexts.</source>
        <translation>Ce service ne peut pas lister les contextes de code.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="140"/>
        <source>This service cannot interrupt runs.</source>
        <translation>Ce service ne peut pas interrompre les exécutions.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="145"/>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="150"/>
        <source>This service keeps no run history.</source>
        <translation>Ce service ne garde pas d’historique des exécutions.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="155"/>
        <source>This service keeps sessions without being asked.</source>
        <translation>Ce service garde les sessions sans qu’on le lui demande.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="160"/>
        <source>This service lists runs per session only.</source>
        <translation>Ce service ne liste les exécutions que par session.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="165"/>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="170"/>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="175"/>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="180"/>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="185"/>
        <source>This service runs no containers.</source>
        <translation>Ce service n&apos;exécute pas de conteneurs.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxprovider.cpp" line="190"/>
        <source>This service has no cost estimate.</source>
        <translation>Ce service n&apos;a pas d&apos;estimation de coût.</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::SandboxSessionsProvider</name>
    <message>
        <location filename="../app/core/providers/sandboxsessionsprovider.cpp" line="70"/>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxsessionsprovider.cpp" line="113"/>
        <source>%1 (limit %2 requests; resets at %3)</source>
        <translation>%1 (limite de %2 requêtes ; remise à zéro à %3)</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxsessionsprovider.cpp" line="139"/>
        <source>A page holds 1 to %1 sessions.</source>
        <translation>Une page contient de 1 à %1 sessions.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxsessionsprovider.cpp" line="149"/>
        <location filename="../app/core/providers/sandboxsessionsprovider.cpp" line="174"/>
        <source>No session ID given.</source>
        <translation>Aucun identifiant de session donné.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxsessionsprovider.cpp" line="159"/>
        <source>The TTL must be %1 to %2 seconds.</source>
        <translation>La durée de vie doit être de %1 à %2 secondes.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxsessionsprovider.cpp" line="178"/>
        <source>Session deleted</source>
        <translation>Session supprimée</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxsessionsprovider.cpp" line="185"/>
        <source>A session and some code are required.</source>
        <translation>Une session et du code sont requis.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxsessionsprovider.cpp" line="188"/>
        <source>This service runs %1 only.</source>
        <translation>Ce service n’exécute que %1.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxsessionsprovider.cpp" line="190"/>
        <source>This service has no code contexts: each run stands alone.</source>
        <translation>Ce service n’a pas de contextes de code : chaque exécution est indépendante.</translation>
    </message>
    <message>
        <location filename="../app/core/providers/sandboxsessionsprovider.cpp" line="193"/>
        <source>The timeout must be 1 to 300 seconds.</source>
        <translation>Le délai doit être de 1 à 300 secondes.</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::SessionController</name>
    <message>
        <location filename="../app/core/sessions/sessioncontroller.cpp" line="55"/>
        <source>Create a sandbox</source>
        <translation>Créer une sandbox</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/sessioncontroller.cpp" line="90"/>
        <source>Kill %1</source>
        <translation>Tuer %1</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/sessioncontroller.cpp" line="134"/>
        <source>Start %1</source>
        <translation>Démarrer %1</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/sessioncontroller.cpp" line="134"/>
        <source>Stop %1</source>
        <translation>Arrêter %1</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/sessioncontroller.cpp" line="181"/>
        <source>Extend %1</source>
        <translation>Prolonger %1</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::SessionListModel</name>
    <message>
        <location filename="../app/core/sessions/sessionlistmodel.cpp" line="30"/>
        <source>up %1</source>
        <extracomment>A sandbox&apos;s uptime in the list: &quot;up 14:32&quot;</extracomment>
        <translation>actif %1</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/sessionlistmodel.cpp" line="308"/>
        <source>kept alive</source>
        <translation>maintenue</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/sessionlistmodel.cpp" line="313"/>
        <source>%1 / %2 MiB</source>
        <translation>%1 / %2 Mio</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/sessionlistmodel.cpp" line="408"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/sessionlistmodel.cpp" line="409"/>
        <source>ID</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/sessionlistmodel.cpp" line="410"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/sessionlistmodel.cpp" line="411"/>
        <source>TTL left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/sessionlistmodel.cpp" line="412"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/sessionlistmodel.cpp" line="413"/>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/sessionlistmodel.cpp" line="414"/>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/sessionlistmodel.cpp" line="415"/>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/sessionlistmodel.cpp" line="416"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../app/core/sessions/sessionlistmodel.cpp" line="417"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::TerminalChannel</name>
    <message>
        <location filename="../app/core/terminal/terminalchannel.cpp" line="83"/>
        <source>Closed.</source>
        <translation>Fermé.</translation>
    </message>
    <message>
        <location filename="../app/core/terminal/terminalchannel.cpp" line="98"/>
        <source>The service refused the API key (HTTP %1).</source>
        <translation>Le service a refusé la clé d’API (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../app/core/terminal/terminalchannel.cpp" line="99"/>
        <source>The sandbox was not found (HTTP 404).</source>
        <translation>Le bac à sable est introuvable (HTTP 404).</translation>
    </message>
    <message>
        <location filename="../app/core/terminal/terminalchannel.cpp" line="100"/>
        <source>The sandbox has ended: no terminal can open in it (HTTP 409).</source>
        <translation>Le bac à sable est terminé : aucun terminal ne peut s’y ouvrir (HTTP 409).</translation>
    </message>
    <message>
        <location filename="../app/core/terminal/terminalchannel.cpp" line="101"/>
        <source>Too many terminals are open in this sandbox, or requests come too fast (HTTP 429).</source>
        <translation>Trop de terminaux sont ouverts dans ce bac à sable, ou les requêtes arrivent trop vite (HTTP 429).</translation>
    </message>
    <message>
        <location filename="../app/core/terminal/terminalchannel.cpp" line="102"/>
        <source>The service refused the terminal (HTTP %1).</source>
        <translation>Le service a refusé le terminal (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../app/core/terminal/terminalchannel.cpp" line="130"/>
        <source>The shell exited with status %1.</source>
        <translation>Le shell s’est terminé avec le code %1.</translation>
    </message>
    <message>
        <location filename="../app/core/terminal/terminalchannel.cpp" line="138"/>
        <source>The connection to the service was lost.</source>
        <translation>La connexion au service a été perdue.</translation>
    </message>
    <message>
        <location filename="../app/core/terminal/terminalchannel.cpp" line="140"/>
        <source>The connection failed: %1</source>
        <translation>La connexion a échoué : %1</translation>
    </message>
    <message>
        <location filename="../app/core/terminal/terminalchannel.cpp" line="142"/>
        <source>The connection ended.</source>
        <translation>La connexion s’est terminée.</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::TokenStore</name>
    <message>
        <location filename="../app/core/settings/tokenstore.cpp" line="18"/>
        <source>there is no D-Bus session bus, so no Secret Service or KWallet can answer</source>
        <translation>il n’y a pas de bus de session D-Bus, donc ni Secret Service ni KWallet ne peuvent répondre</translation>
    </message>
    <message>
        <location filename="../app/core/settings/tokenstore.cpp" line="19"/>
        <source>no Secret Service (GNOME Keyring, KeePassXC) or KWallet answers on the session bus</source>
        <translation>ni Secret Service (GNOME Keyring, KeePassXC) ni KWallet ne répond sur le bus de session</translation>
    </message>
    <message>
        <location filename="../app/core/settings/tokenstore.cpp" line="29"/>
        <source>The system keyring is not available: %1. Sandbar keeps API tokens only in the keyring and never in plain text: start a keyring service, or pass the token in SANDBOX_API_TOKEN.</source>
        <translation>Le trousseau du système n’est pas disponible : %1. Sandbar ne garde les jetons d’API que dans le trousseau, jamais en clair : démarrez un service de trousseau, ou passez le jeton dans SANDBOX_API_TOKEN.</translation>
    </message>
    <message>
        <location filename="../app/core/settings/tokenstore.cpp" line="36"/>
        <source>The keyring refused access to the token (%1).</source>
        <translation>Le trousseau a refusé l’accès au jeton (%1).</translation>
    </message>
    <message>
        <location filename="../app/core/settings/tokenstore.cpp" line="38"/>
        <source>Keyring error: %1</source>
        <translation>Erreur du trousseau : %1</translation>
    </message>
    <message>
        <location filename="../app/core/settings/tokenstore.cpp" line="58"/>
        <source>No token is stored for this profile.</source>
        <translation>Aucun jeton n’est enregistré pour ce profil.</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::TransferQueue</name>
    <message>
        <location filename="../app/core/workspace/transferqueue.cpp" line="27"/>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/transferqueue.cpp" line="134"/>
        <location filename="../app/core/workspace/transferqueue.cpp" line="153"/>
        <source>The connection to the service has closed.</source>
        <translation>La connexion au service a été fermée.</translation>
    </message>
</context>
<context>
    <name>Sandbar::Core::WorkspaceController</name>
    <message>
        <location filename="../app/core/agents/workspacecontroller.cpp" line="84"/>
        <source>Create workspace %1</source>
        <translation>Créer l&apos;espace de travail %1</translation>
    </message>
    <message>
        <location filename="../app/core/agents/workspacecontroller.cpp" line="99"/>
        <source>Rename workspace %1</source>
        <translation>Renommer l&apos;espace de travail %1</translation>
    </message>
    <message>
        <location filename="../app/core/agents/workspacecontroller.cpp" line="117"/>
        <source>Delete workspace %1</source>
        <translation>Supprimer l&apos;espace de travail %1</translation>
    </message>
    <message>
        <location filename="../app/core/agents/workspacecontroller.cpp" line="159"/>
        <source>unreachable: %1</source>
        <translation>injoignable : %1</translation>
    </message>
    <message>
        <location filename="../app/core/agents/workspacecontroller.cpp" line="222"/>
        <source>Discover agents</source>
        <translation>Découvrir les agents</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::AgentSandboxFields</name>
    <message>
        <location filename="../ui/agentsandboxfields.cpp" line="18"/>
        <source>Required, e.g. Research Agent</source>
        <translation>Obligatoire, p. ex. Research Agent</translation>
    </message>
    <message>
        <location filename="../ui/agentsandboxfields.cpp" line="19"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location filename="../ui/agentsandboxfields.cpp" line="20"/>
        <source>Create a workspace first (Workspace ▸ New workspace…)</source>
        <translation>Créez d&apos;abord un espace de travail (Espace de travail ▸ Nouvel espace de travail…)</translation>
    </message>
    <message>
        <location filename="../ui/agentsandboxfields.cpp" line="21"/>
        <source>e.g. researcher, developer</source>
        <translation>p. ex. researcher, developer</translation>
    </message>
    <message>
        <location filename="../ui/agentsandboxfields.cpp" line="22"/>
        <source>e.g. gpt-4</source>
        <translation>p. ex. gpt-4</translation>
    </message>
    <message>
        <location filename="../ui/agentsandboxfields.cpp" line="27"/>
        <location filename="../ui/agentsandboxfields.cpp" line="31"/>
        <source>service default</source>
        <translation>valeur du service</translation>
    </message>
    <message>
        <location filename="../ui/agentsandboxfields.cpp" line="34"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/agentsandboxfields.cpp" line="35"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/agentsandboxfields.cpp" line="36"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/agentsandboxfields.cpp" line="37"/>
        <source>Primary agent</source>
        <translation>Agent principal</translation>
    </message>
    <message>
        <location filename="../ui/agentsandboxfields.cpp" line="38"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/agentsandboxfields.cpp" line="39"/>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <location filename="../ui/agentsandboxfields.cpp" line="40"/>
        <source>Max tokens</source>
        <translation>Jetons max.</translation>
    </message>
    <message>
        <location filename="../ui/agentsandboxfields.cpp" line="84"/>
        <source>Choose the workspace it goes in (create one from the Workspace menu above the list).</source>
        <translation>Choisissez son espace de travail (créez-en un depuis le menu Espace de travail au-dessus de la liste).</translation>
    </message>
    <message>
        <location filename="../ui/agentsandboxfields.cpp" line="86"/>
        <source>Give the sandbox a name.</source>
        <translation>Donnez un nom à la sandbox.</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::BufferTabs</name>
    <message>
        <location filename="../ui/buffertabs.cpp" line="106"/>
        <source>Buffers could not be saved locally: %1</source>
        <translation>Les tampons n’ont pas pu être enregistrés localement : %1</translation>
    </message>
    <message>
        <location filename="../ui/buffertabs.cpp" line="126"/>
        <source>untitled %1</source>
        <translation>sans titre %1</translation>
    </message>
    <message>
        <location filename="../ui/buffertabs.cpp" line="150"/>
        <source>%1 (unsaved)</source>
        <translation>%1 (non enregistré)</translation>
    </message>
    <message>
        <location filename="../ui/buffertabs.cpp" line="188"/>
        <location filename="../ui/buffertabs.cpp" line="191"/>
        <source>Close %1</source>
        <translation>Fermer %1</translation>
    </message>
    <message>
        <location filename="../ui/buffertabs.cpp" line="189"/>
        <source>%1 has edits that are not saved to the sandbox.</source>
        <translation>%1 contient des modifications non enregistrées dans la sandbox.</translation>
    </message>
    <message>
        <location filename="../ui/buffertabs.cpp" line="190"/>
        <source>Save writes them to %1. Discard closes the buffer and loses them.</source>
        <translation>Enregistrer les écrit dans %1. Abandonner ferme le tampon et les perd.</translation>
    </message>
    <message>
        <location filename="../ui/buffertabs.cpp" line="191"/>
        <source>%1 holds text that is not saved anywhere else.</source>
        <translation>%1 contient du texte enregistré nulle part ailleurs.</translation>
    </message>
    <message>
        <location filename="../ui/buffertabs.cpp" line="192"/>
        <source>Save writes it to a file in the sandbox. Discard closes the buffer and loses it.</source>
        <translation>Enregistrer l’écrit dans un fichier de la sandbox. Abandonner ferme le tampon et le perd.</translation>
    </message>
    <message>
        <location filename="../ui/buffertabs.cpp" line="244"/>
        <source>Quit Sandbar</source>
        <translation>Quitter Sandbar</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/buffertabs.cpp" line="245"/>
        <source>%n file(s) have edits that are not saved to the sandbox.</source>
        <translation>
            <numerusform>%n fichier contient des modifications non enregistrées dans la sandbox.</numerusform>
            <numerusform>%n fichiers contiennent des modifications non enregistrées dans la sandbox.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/buffertabs.cpp" line="246"/>
        <source>Save writes them to the sandbox before Sandbar quits. Discard quits and loses them.

%1</source>
        <translation>Enregistrer les écrit dans la sandbox avant que Sandbar ne quitte. Abandonner quitte et les perd.

%1</translation>
    </message>
    <message>
        <location filename="../ui/buffertabs.cpp" line="336"/>
        <source>Save to the sandbox</source>
        <translation>Enregistrer dans la sandbox</translation>
    </message>
    <message>
        <location filename="../ui/buffertabs.cpp" line="336"/>
        <source>Path in the sandbox:</source>
        <translation>Chemin dans la sandbox :</translation>
    </message>
    <message>
        <location filename="../ui/buffertabs.cpp" line="348"/>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <location filename="../ui/buffertabs.cpp" line="354"/>
        <source>Not saved to %1: %2</source>
        <translation>Non enregistré dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/buffertabs.cpp" line="362"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::CodeEditorPanel</name>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="63"/>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="64"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
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
        <translation>Langage</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="76"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="80"/>
        <source>⟳</source>
        <translation>⟳</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="81"/>
        <source>List the sandbox&apos;s contexts again</source>
        <translation>Actualiser la liste des contextes de la sandbox</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="84"/>
        <source>timeout </source>
        <translation>délai </translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="85"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="419"/>
        <source>Run the selection, or the whole buffer (Ctrl+Enter)</source>
        <translation>Exécuter la sélection, ou tout le tampon (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="87"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="88"/>
        <source>New buffer</source>
        <translation>Nouveau tampon</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="90"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="92"/>
        <source>Save the buffer to its sandbox file (Ctrl+S)</source>
        <translation>Enregistrer le tampon dans son fichier de la sandbox (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="99"/>
        <source>Context:</source>
        <translation>Contexte :</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="109"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="111"/>
        <source>Whether this run may reach the network</source>
        <translation>Si cette exécution peut atteindre le réseau</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="143"/>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="144"/>
        <source>Commands</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="147"/>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="149"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="310"/>
        <source>Default context</source>
        <translation>Contexte par défaut</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="311"/>
        <source>The session (its state persists)</source>
        <translation>La session (son état est conservé)</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="312"/>
        <source>Each run stands alone</source>
        <translation>Chaque exécution est indépendante</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="315"/>
        <source>New context</source>
        <translation>Nouveau contexte</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="317"/>
        <source>Where the code runs: variables and imports persist within a context</source>
        <translation>Où le code s’exécute : variables et imports persistent dans un contexte</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="318"/>
        <source>The session is the context: variables and imports persist from one run to the next.</source>
        <translation>La session est le contexte : variables et imports sont conservés d&apos;une exécution à l&apos;autre.</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="319"/>
        <source>This service has no code contexts: nothing is kept from one run to the next.</source>
        <translation>Ce service n’a pas de contextes de code : rien n’est gardé d’une exécution à l’autre.</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="322"/>
        <source>Select a sandbox to edit and run code in it.</source>
        <translation>Sélectionnez une sandbox pour y modifier et exécuter du code.</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="337"/>
        <source>Could not list contexts: %1</source>
        <translation>Les contextes n’ont pas pu être listés : %1</translation>
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
        <translation>Interrompre l’exécution (SIGINT à l’interpréteur du contexte ; le contexte conserve son état)</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="427"/>
        <source>This service cannot interrupt runs; a run ends at its timeout.</source>
        <translation>Ce service ne peut pas interrompre les exécutions ; une exécution se termine à l’expiration de son délai.</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="434"/>
        <source>Nothing to run: open a buffer first.</source>
        <translation>Rien à exécuter : ouvrez d’abord un tampon.</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="439"/>
        <source>Nothing to run: the selection is empty.</source>
        <translation>Rien à exécuter : la sélection est vide.</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="448"/>
        <source>Not connected to a sandbox service.</source>
        <translation>Pas connecté à un service de sandboxes.</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="450"/>
        <source>Select a sandbox to run code in it.</source>
        <translation>Sélectionnez une sandbox pour y exécuter du code.</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="452"/>
        <source>This service cannot run code.</source>
        <translation>Ce service ne peut pas exécuter de code.</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="454"/>
        <source>The sandbox has ended: code cannot run in it any more.</source>
        <translation>La sandbox est terminée : aucun code ne peut plus y tourner.</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="463"/>
        <source>A run is in progress: wait for it or Stop it first.</source>
        <translation>Une exécution est en cours : attendez-la ou arrêtez-la d’abord.</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="465"/>
        <source>Nothing to run: the buffer is empty.</source>
        <translation>Rien à exécuter : le tampon est vide.</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="514"/>
        <source>Running in the %1 %2 context…</source>
        <translation>Exécution dans le contexte %1 (%2)…</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="514"/>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="516"/>
        <source>Running %1 in the session…</source>
        <translation>Exécution de %1 dans la session…</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="517"/>
        <source>Running %1 (each run stands alone)…</source>
        <translation>Exécution de %1 (chaque exécution est indépendante)…</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="522"/>
        <source>With %1.</source>
        <translation>Avec %1.</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="526"/>
        <source>Running…</source>
        <translation>Exécution en cours…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/codeeditorpanel.cpp" line="553"/>
        <source>%n line(s) printed after Stop are not shown here (History → Show output has them)</source>
        <translation>
            <numerusform>%n ligne écrite après « Arrêter » n’apparaît pas ici (Historique → Afficher la sortie la contient)</numerusform>
            <numerusform>%n lignes écrites après « Arrêter » n’apparaissent pas ici (Historique → Afficher la sortie les contient)</numerusform>
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
        <translation>L’exécution a échoué : %1</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="584"/>
        <source>✗ request failed after %1</source>
        <translation>✗ échec de la requête après %1</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="585"/>
        <location filename="../ui/codeeditorpanel.cpp" line="617"/>
        <source>Failed after %1</source>
        <translation>Échec après %1</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="616"/>
        <location filename="../ui/codeeditorpanel.cpp" line="622"/>
        <source>✗ %1 after %2</source>
        <translation>✗ %1 après %2</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="622"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="623"/>
        <source>Failed (%1) after %2</source>
        <translation>Échec (%1) après %2</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="625"/>
        <source>✓ finished in %1</source>
        <translation>✓ exécution terminée en %1</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="626"/>
        <source>Finished in %1</source>
        <translation>Exécution terminée en %1</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="566"/>
        <source>Output of run %1 again:</source>
        <translation>Nouvel affichage de la sortie de l’exécution %1 :</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="637"/>
        <source>Loading the output of run %1…</source>
        <translation>Chargement de la sortie de l’exécution %1…</translation>
    </message>
    <message>
        <location filename="../ui/codeeditorpanel.cpp" line="565"/>
        <source>Output of run %1, %2:</source>
        <translation>Sortie de l’exécution %1, %2 :</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::CollaborationDialog</name>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="31"/>
        <source>&amp;Start collaboration</source>
        <translation>&amp;Démarrer la collaboration</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="34"/>
        <source>Collaboration in %1</source>
        <translation>Collaboration dans %1</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="36"/>
        <source>The task, e.g. Analyze Q4 sales data</source>
        <translation>La tâche, p. ex. Analyser les ventes du T4</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="37"/>
        <location filename="../ui/collaborationdialog.cpp" line="68"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="39"/>
        <location filename="../ui/collaborationdialog.cpp" line="69"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="52"/>
        <location filename="../ui/collaborationdialog.cpp" line="70"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="55"/>
        <source>Config (JSON)</source>
        <translation>Configuration (JSON)</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="60"/>
        <source>Not started.</source>
        <translation>Pas démarrée.</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="63"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="63"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="63"/>
        <location filename="../ui/collaborationdialog.cpp" line="75"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="65"/>
        <source>Discovered agents</source>
        <translation>Agents découverts</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="71"/>
        <source>Config</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="79"/>
        <source>Agents the service discovers in this workspace</source>
        <translation>Agents que le service découvre dans cet espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="82"/>
        <source>&amp;Discover again</source>
        <translation>&amp;Redécouvrir</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="106"/>
        <source>The service answered %1: %2</source>
        <translation>Le service a répondu %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="136"/>
        <source>Describe the task.</source>
        <translation>Décrivez la tâche.</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="138"/>
        <source>Pick at least one participant (the workspace&apos;s sandboxes).</source>
        <translation>Choisissez au moins un participant (les sandboxes de l&apos;espace de travail).</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="140"/>
        <source>Config: %1</source>
        <translation>Configuration : %1</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="142"/>
        <source>Config: write a JSON object, e.g. {&quot;max_rounds&quot;: 10}.</source>
        <translation>Configuration : écrivez un objet JSON, p. ex. {&quot;max_rounds&quot;: 10}.</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="166"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../ui/collaborationdialog.cpp" line="176"/>
        <source>Collaboration %1: %2</source>
        <translation>Collaboration %1 : %2</translation>
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
        <translation>Rechercher ou exécuter</translation>
    </message>
    <message>
        <location filename="../ui/commandpalette.cpp" line="38"/>
        <source>Type an action or a session&apos;s id, template or metadata</source>
        <translation>Saisissez une action, ou l’identifiant, le modèle ou les métadonnées d’une session</translation>
    </message>
    <message>
        <location filename="../ui/commandpalette.cpp" line="74"/>
        <source>Session %1 · %2 · %3</source>
        <translation>Session %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::CommandsPane</name>
    <message>
        <location filename="../ui/commandspane.cpp" line="40"/>
        <source>Run command</source>
        <translation>Exécuter la commande</translation>
    </message>
    <message>
        <location filename="../ui/commandspane.cpp" line="44"/>
        <source>Shell command line, e.g. ls -la</source>
        <translation>Ligne de commande shell, p. ex. ls -la</translation>
    </message>
    <message>
        <location filename="../ui/commandspane.cpp" line="45"/>
        <source>Command:</source>
        <translation>Commande :</translation>
    </message>
    <message>
        <location filename="../ui/commandspane.cpp" line="46"/>
        <source>/home/user</source>
        <translation>/home/user</translation>
    </message>
    <message>
        <location filename="../ui/commandspane.cpp" line="47"/>
        <source>Working directory:</source>
        <translation>Répertoire de travail :</translation>
    </message>
    <message>
        <location filename="../ui/commandspane.cpp" line="48"/>
        <source>KEY=value, one per line</source>
        <translation>NOM=valeur, une entrée par ligne</translation>
    </message>
    <message>
        <location filename="../ui/commandspane.cpp" line="50"/>
        <source>Environment:</source>
        <translation>Environnement :</translation>
    </message>
    <message>
        <location filename="../ui/commandspane.cpp" line="53"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/commandspane.cpp" line="54"/>
        <source>Timeout:</source>
        <translation>Délai :</translation>
    </message>
    <message>
        <location filename="../ui/commandspane.cpp" line="81"/>
        <source>Select a sandbox to run commands in it.</source>
        <translation>Sélectionnez une sandbox pour y exécuter des commandes.</translation>
    </message>
    <message>
        <location filename="../ui/commandspane.cpp" line="83"/>
        <source>This service cannot run commands.</source>
        <translation>Ce service ne peut pas exécuter de commandes.</translation>
    </message>
    <message>
        <location filename="../ui/commandspane.cpp" line="97"/>
        <source>Environment line &quot;%1&quot; is not KEY=value.</source>
        <translation>La ligne d’environnement « %1 » n’est pas de la forme NOM=valeur.</translation>
    </message>
    <message>
        <location filename="../ui/commandspane.cpp" line="108"/>
        <source>Running…</source>
        <translation>Exécution en cours…</translation>
    </message>
    <message>
        <location filename="../ui/commandspane.cpp" line="120"/>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <location filename="../ui/commandspane.cpp" line="133"/>
        <source>Exit code %1 · %2 ms (%3 ms round trip)</source>
        <translation>Code de sortie %1 · %2 ms (%3 ms aller-retour)</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::ContainerLogView</name>
    <message>
        <location filename="../ui/containerlogview.cpp" line="17"/>
        <source>Container logs</source>
        <translation>Journal du conteneur</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::ContainersPane</name>
    <message>
        <location filename="../ui/containerspane.cpp" line="43"/>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <location filename="../ui/containerspane.cpp" line="48"/>
        <source>New container…</source>
        <translation>Nouveau conteneur…</translation>
    </message>
    <message>
        <location filename="../ui/containerspane.cpp" line="49"/>
        <source>Run an image and a command to completion</source>
        <translation>Exécuter une image et une commande jusqu&apos;au bout</translation>
    </message>
    <message>
        <location filename="../ui/containerspane.cpp" line="50"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/containerspane.cpp" line="51"/>
        <source>Stop the selected container</source>
        <translation>Arrêter le conteneur choisi</translation>
    </message>
    <message>
        <location filename="../ui/containerspane.cpp" line="103"/>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <location filename="../ui/containerspane.cpp" line="144"/>
        <source>Select a container for its logs.</source>
        <translation>Choisir un conteneur pour son journal.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/containerspane.cpp" line="147"/>
        <source>Logs of %1 · %2 · %n line(s)</source>
        <translation>
            <numerusform>Journal de %1 · %2 · %n ligne</numerusform>
            <numerusform>Journal de %1 · %2 · %n lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::CreateContainerDialog</name>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="24"/>
        <source>Network access</source>
        <translation>Accès réseau</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="24"/>
        <source>Environment variables</source>
        <translation>Variables d&apos;environnement</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="28"/>
        <source>New container</source>
        <translation>Nouveau conteneur</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="30"/>
        <source>e.g. docker.io/library/python:3.11-slim</source>
        <translation>p. ex. docker.io/library/python:3.11-slim</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="31"/>
        <source>e.g. python -c &quot;print(&apos;hello&apos;)&quot; (split as a shell would, run without one)</source>
        <translation>p. ex. python -c &quot;print(&apos;hello&apos;)&quot; (découpé comme le ferait un shell, exécuté sans)</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="36"/>
        <source> cores</source>
        <translation> cœurs</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="40"/>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="43"/>
        <source>service default</source>
        <translation>valeur du service</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="44"/>
        <source> GB</source>
        <translation> Go</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="47"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="48"/>
        <source>Off (the default): the container cannot reach any network.</source>
        <translation>Désactivé (par défaut) : le conteneur n&apos;atteint aucun réseau.</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="51"/>
        <source> credits</source>
        <translation> crédits</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="52"/>
        <source>The service refuses the container if its estimate is more than this.</source>
        <translation>Le service refuse le conteneur si son estimation dépasse ceci.</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="55"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="58"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="59"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="60"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="61"/>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="62"/>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="63"/>
        <source>Timeout</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="64"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="65"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="66"/>
        <source>At most</source>
        <translation>Au plus</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="67"/>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="95"/>
        <source>asking the service…</source>
        <translation>demande au service…</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="118"/>
        <source>Enter the image to run.</source>
        <translation>Saisir l&apos;image à exécuter.</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="120"/>
        <source>Enter the command to run in it.</source>
        <translation>Saisir la commande à y exécuter.</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="124"/>
        <source>Waiting for the cost estimate.</source>
        <translation>En attente de l&apos;estimation du coût.</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="126"/>
        <source>The estimate, %1 credits, is more than the %2 allowed: raise the limit or ask for less.</source>
        <translation>L&apos;estimation, %1 crédits, dépasse les %2 permis : relever la limite ou demander moins.</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="144"/>
        <source>%1 credits</source>
        <translation>%1 crédits</translation>
    </message>
    <message>
        <location filename="../ui/createcontainerdialog.cpp" line="153"/>
        <source>not known: %1</source>
        <translation>inconnue : %1</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::CreateSandboxDialog</name>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="43"/>
        <source>Environment variables</source>
        <translation>Variables d’environnement</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="44"/>
        <location filename="../ui/createsandboxdialog.cpp" line="117"/>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="44"/>
        <source>Network access</source>
        <translation>Accès réseau</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="46"/>
        <source>Others may edit the session&apos;s code</source>
        <translation>D’autres peuvent modifier le code de la session</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="49"/>
        <source>New sandbox</source>
        <translation>Nouvelle sandbox</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="49"/>
        <source>New session</source>
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="49"/>
        <source>New agent sandbox</source>
        <translation>Nouvelle sandbox d&apos;agent</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="51"/>
        <source>Loading templates…</source>
        <translation>Chargement des modèles…</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="55"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="57"/>
        <source>The sandbox ends by itself after this time unless extended (at most %1 s).</source>
        <translation>La sandbox s’arrête d’elle-même après ce délai, sauf prolongation (au plus %1 s).</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="58"/>
        <source>The session ends by itself after this time: %1 to %2 s (%3 h); it cannot be extended later.</source>
        <translation>La session se termine d’elle-même après ce délai : de %1 à %2 s (%3 h) ; elle ne peut pas être prolongée ensuite.</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="60"/>
        <source>Optional, e.g. python:3.11 (the service&apos;s default if empty)</source>
        <translation>Facultatif, p. ex. python:3.11 (vide : la valeur par défaut du service)</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="61"/>
        <source>Optional: ssh-ed25519 AAAA… user@host</source>
        <translation>Facultatif : ssh-ed25519 AAAA… user@host</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="62"/>
        <source>Required: the code snippet (environment) the session runs</source>
        <translation>Requis : l’extrait de code (l’environnement) que la session exécute</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="63"/>
        <source>Off: the sandbox cannot reach any network. On: it can, and its ports get host URLs.</source>
        <translation>Désactivé : la sandbox n’accède à aucun réseau. Activé : elle y accède, et ses ports obtiennent des URL d’hôte.</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="65"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="74"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="75"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="76"/>
        <source>Template</source>
        <translation>Modèle</translation>
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
        <translation>Ce que la session exécute ; son état est conservé entre les exécutions</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="84"/>
        <source>Language</source>
        <translation>Langage</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="92"/>
        <location filename="../ui/createsandboxdialog.cpp" line="97"/>
        <location filename="../ui/createsandboxdialog.cpp" line="101"/>
        <source>service default</source>
        <translation>valeur du service</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="93"/>
        <source> cores</source>
        <translation> cœurs</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="98"/>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="102"/>
        <source> GB</source>
        <translation> Go</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="103"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="104"/>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="105"/>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="112"/>
        <source>Code snippet ID</source>
        <translation>Identifiant d’extrait de code</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="113"/>
        <source>Editing</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="114"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="115"/>
        <source>Timeout</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="115"/>
        <source>TTL</source>
        <translation>Durée de vie</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="116"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="118"/>
        <source>SSH public key</source>
        <translation>Clé publique SSH</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="119"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="148"/>
        <source>This computer&apos;s own server has this one provider and region.</source>
        <translation>Le serveur propre à cet ordinateur n’a que ce fournisseur et cette région.</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="165"/>
        <source>The connection the new sandbox is made on; each has its own form.</source>
        <translation>La connexion sur laquelle la nouvelle sandbox est créée ; chacune a son propre formulaire.</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="166"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="185"/>
        <source>The server offers no templates</source>
        <translation>Le serveur ne propose aucun modèle</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="191"/>
        <source>Templates could not be loaded</source>
        <translation>Les modèles n’ont pas pu être chargés</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="236"/>
        <source>Enter the provider the service expects.</source>
        <translation>Indiquez le fournisseur attendu par le service.</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="238"/>
        <source>Enter a region.</source>
        <translation>Indiquez une région.</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="240"/>
        <source>Choose a template.</source>
        <translation>Choisissez un modèle.</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="242"/>
        <source>Enter the code snippet ID the session is for.</source>
        <translation>Saisissez l’identifiant de l’extrait de code de la session.</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="249"/>
        <source>The SSH public key should read &quot;ssh-ed25519 AAAA… comment&quot;, as in a .pub file.</source>
        <translation>La clé publique SSH doit se lire « ssh-ed25519 AAAA… commentaire », comme dans un fichier .pub.</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="254"/>
        <source>&quot;%1&quot; is not a valid environment variable name (letters, digits and _, not starting with a digit).</source>
        <translation>« %1 » n’est pas un nom de variable d’environnement valide (lettres, chiffres et _, sans chiffre au début).</translation>
    </message>
    <message>
        <location filename="../ui/createsandboxdialog.cpp" line="265"/>
        <source>%1 — %2 vCPU, %3 MB memory, %4 MB disk</source>
        <translation>%1 — %2 vCPU, %3 Mo de mémoire, %4 Mo de disque</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::DetailPane</name>
    <message>
        <location filename="../ui/detailpane.cpp" line="63"/>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="64"/>
        <source>+15 min</source>
        <translation>+15 min</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="65"/>
        <source>Custom…</source>
        <translation>Autre…</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="66"/>
        <source>Kill…</source>
        <translation>Tuer…</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="67"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="68"/>
        <source>Run this sandbox&apos;s processes again, on the files it kept</source>
        <translation>Relancer les processus de cette sandbox, sur les fichiers qu&apos;elle a gardés</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="69"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="70"/>
        <source>End this sandbox&apos;s processes and keep its files, to start it again later</source>
        <translation>Terminer les processus de cette sandbox en gardant ses fichiers, pour la redémarrer plus tard</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="75"/>
        <source>End this sandbox and everything running in it</source>
        <translation>Arrêter cette sandbox et tout ce qui s’y exécute</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="76"/>
        <source>Keep alive</source>
        <translation>Maintenir</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="78"/>
        <source>The service ends a session nobody refreshes: while this is on, Sandbar refreshes it</source>
        <translation>Le service termine une session que personne ne rafraîchit : tant que ceci est activé, Sandbar la rafraîchit</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="110"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="111"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="112"/>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="113"/>
        <source>ID</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="114"/>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="115"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="116"/>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="117"/>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="118"/>
        <source>Details</source>
        <translation>Détails</translation>
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
        <translation>Obtenir l’URL d’hôte</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="141"/>
        <source>URL on this computer for the port</source>
        <translation>URL sur cet ordinateur pour le port</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="142"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="221"/>
        <source>reports no metrics</source>
        <translation>ne fournit aucune mesure</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="223"/>
        <source>cannot extend a session (its TTL is set when it is created)</source>
        <translation>ne peut pas prolonger une session (sa durée de vie est fixée à sa création)</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="224"/>
        <source>gives sessions no deadline</source>
        <translation>ne donne pas d’échéance aux sessions</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="226"/>
        <source>gives no access to files</source>
        <translation>ne donne pas accès aux fichiers</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="228"/>
        <source>cannot run code</source>
        <translation>ne peut pas exécuter de code</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="230"/>
        <source>%1 %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="257"/>
        <source>Expired: its deadline passed.</source>
        <translation>Expirée : son échéance est passée.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="258"/>
        <source>Ended.</source>
        <translation>Terminée.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="260"/>
        <source>Up %1</source>
        <translation>Active depuis %1</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="261"/>
        <source>Running since %1.</source>
        <translation>En marche depuis %1.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="263"/>
        <source>Kept alive</source>
        <translation>Maintenue</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="263"/>
        <source>No deadline</source>
        <translation>Sans échéance</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="265"/>
        <source>Sandbar refreshes it every %1 s; it ends soon after you let it go.</source>
        <translation>Sandbar la rafraîchit toutes les %1 s ; elle se termine peu après que vous la relâchez.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="267"/>
        <source>Not kept alive: the service ends it unless a client refreshes it.</source>
        <translation>Non maintenue : le service la termine si aucun client ne la rafraîchit.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="269"/>
        <source>%1 left</source>
        <translation>il reste %1</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="270"/>
        <source>Warning: %1.</source>
        <translation>Attention : %1.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="276"/>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="279"/>
        <source>Not started yet: Start runs it.</source>
        <translation>Pas encore démarrée : Démarrer la lance.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="280"/>
        <source>Its processes ended on their own: Start runs it again on its files.</source>
        <translation>Ses processus se sont arrêtés d&apos;eux-mêmes : Démarrer la relance sur ses fichiers.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="281"/>
        <source>Ended (killed elsewhere, or past its deadline): it cannot start again.</source>
        <translation>Terminée (arrêtée ailleurs, ou son échéance passée) : elle ne peut pas redémarrer.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="282"/>
        <source>Stopped: its files are kept; Start runs it again.</source>
        <translation>Arrêtée : ses fichiers sont gardés ; Démarrer la relance.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="278"/>
        <source>Paused: its processes are frozen until it is resumed.</source>
        <translation>En pause : ses processus sont gelés jusqu’à sa reprise.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="307"/>
        <source>the API allows at most %1 minutes from now</source>
        <translation>l’API autorise au plus %1 minutes à partir de maintenant</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="310"/>
        <source>Add %1 to the time left</source>
        <translation>Ajouter %1 au temps restant</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="311"/>
        <source>Adds only %1 now: %2</source>
        <translation>N’ajoute que %1 maintenant : %2</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="316"/>
        <source>Add a chosen time (at most %1 now)</source>
        <translation>Ajouter une durée choisie (au plus %1 maintenant)</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="318"/>
        <source>Cannot be extended now: %1.</source>
        <translation>Ne peut pas être prolongée maintenant : %1.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="319"/>
        <source>At most +%1 can be added now: %2.</source>
        <translation>Au plus +%1 peuvent être ajoutés maintenant : %2.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="326"/>
        <source>vCPUs: %1 · memory: %2 MB</source>
        <translation>vCPU : %1 · mémoire : %2 Mo</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="334"/>
        <source>not running</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="335"/>
        <source>still running</source>
        <translation>toujours en cours</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="330"/>
        <location filename="../ui/detailpane.cpp" line="340"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="343"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="361"/>
        <source>The server refused: %1</source>
        <translation>Le serveur a refusé : %1</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="376"/>
        <source>Extend</source>
        <translation>Prolonger</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="377"/>
        <source>Minutes to add to the %1 left (at most %2 now: the API allows at most %3 minutes from now):</source>
        <translation>Minutes à ajouter aux %1 restantes (au plus %2 maintenant : l’API autorise au plus %3 minutes à partir de maintenant) :</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::ErrorBanner</name>
    <message>
        <location filename="../ui/errorbanner.cpp" line="30"/>
        <location filename="../ui/errorbanner.cpp" line="31"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/errorbanner.cpp" line="52"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../ui/errorbanner.cpp" line="52"/>
        <source>Enter token…</source>
        <translation>Saisir le jeton…</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::ExecutionsDialog</name>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="34"/>
        <source>Runs of every session</source>
        <translation>Exécutions de toutes les sessions</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="36"/>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="37"/>
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="38"/>
        <source>Failed</source>
        <translation>Échouées</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="39"/>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="40"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="40"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="40"/>
        <source>Language</source>
        <translation>Langage</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="40"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="40"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="40"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="49"/>
        <source>Choose a run for its output.</source>
        <translation>Choisir une exécution pour sa sortie.</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="80"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="89"/>
        <source>The runs could not be listed: %1</source>
        <translation>Les exécutions n&apos;ont pas pu être listées : %1</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="97"/>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="98"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="107"/>
        <source>The newest %1 of %2 runs.</source>
        <translation>Les %1 plus récentes de %2 exécutions.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/executionsdialog.cpp" line="108"/>
        <source>%n run(s).</source>
        <translation>
            <numerusform>%n exécution.</numerusform>
            <numerusform>%n exécutions.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="118"/>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="125"/>
        <source>The service keeps no output for this run.</source>
        <translation>Le service ne garde pas de sortie pour cette exécution.</translation>
    </message>
    <message>
        <location filename="../ui/executionsdialog.cpp" line="126"/>
        <source>Not available: %1</source>
        <translation>Indisponible : %1</translation>
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
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::FileBrowserPane</name>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="61"/>
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="69"/>
        <source>Go to path, e.g. /tmp</source>
        <translation>Aller au chemin, p. ex. /tmp</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="70"/>
        <source>Go to path</source>
        <translation>Aller au chemin</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="72"/>
        <source>Go</source>
        <translation>Aller</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="74"/>
        <source>⟳</source>
        <translation>⟳</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="75"/>
        <source>List the selected folder again</source>
        <translation>Actualiser le dossier sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="108"/>
        <source>Sandbox files</source>
        <translation>Fichiers de la sandbox</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="115"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="117"/>
        <source>Stop this transfer and drop the ones waiting</source>
        <translation>Arrêter ce transfert et abandonner ceux en attente</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="128"/>
        <location filename="../ui/filebrowserpane.cpp" line="461"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="127"/>
        <location filename="../ui/filebrowserpane.cpp" line="146"/>
        <location filename="../ui/filebrowserpane.cpp" line="473"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="125"/>
        <source>Upload</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="126"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="157"/>
        <source>Cannot list %1: %2</source>
        <translation>Impossible de lister %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="199"/>
        <source>This service does not offer file access.</source>
        <translation>Ce service n’offre pas d’accès aux fichiers.</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="257"/>
        <source>The sandbox has ended: its files cannot change any more.</source>
        <translation>La sandbox est terminée : ses fichiers ne peuvent plus changer.</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="259"/>
        <source>Make a folder in the selected folder</source>
        <translation>Créer un dossier dans le dossier sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="261"/>
        <source>Delete the selected file or folder</source>
        <translation>Supprimer le fichier ou le dossier sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="264"/>
        <source>Upload files from this computer (or drop them on the tree)</source>
        <translation>Envoyer des fichiers de cet ordinateur (ou les déposer sur l’arbre)</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="281"/>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="288"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="294"/>
        <source>%1 is a binary file; it cannot be edited here.</source>
        <translation>%1 est un fichier binaire ; il ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="308"/>
        <source>A folder name cannot contain &quot;/&quot;.</source>
        <translation>Un nom de dossier ne peut pas contenir « / ».</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="319"/>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="337"/>
        <source>Cannot delete %1: %2</source>
        <translation>Impossible de supprimer %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="340"/>
        <source>Deleted %1</source>
        <translation>%1 supprimé</translation>
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
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="383"/>
        <source>%1 in sandbox %2</source>
        <translation>%1 dans la sandbox %2</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="406"/>
        <source>%1 — sent, the sandbox is storing it…</source>
        <translation>%1 — envoyé, la sandbox l’enregistre…</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="409"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="433"/>
        <source>Cancelled the upload of %1.</source>
        <translation>Téléversement de %1 annulé.</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="434"/>
        <source>Cancelled the download of %1.</source>
        <translation>Téléchargement de %1 annulé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/filebrowserpane.cpp" line="437"/>
        <source>%n waiting transfer(s) dropped.</source>
        <translation>
            <numerusform>%n transfert en attente abandonné.</numerusform>
            <numerusform>%n transferts en attente abandonnés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="417"/>
        <source>Cannot download %1: %2</source>
        <translation>Impossible de télécharger %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="421"/>
        <source>Downloaded %1 to %2</source>
        <translation>%1 téléchargé vers %2</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="416"/>
        <source>Cannot upload to %1: %2</source>
        <translation>Impossible de téléverser vers %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="420"/>
        <source>Uploaded %1</source>
        <translation>%1 téléversé</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="450"/>
        <source>New folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="450"/>
        <source>Name of the new folder in %1:</source>
        <translation>Nom du nouveau dossier dans %1 :</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="462"/>
        <source>Delete %1 from the sandbox? This cannot be undone.</source>
        <translation>Supprimer %1 de la sandbox ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../ui/filebrowserpane.cpp" line="480"/>
        <source>Upload to %1</source>
        <translation>Téléverser vers %1</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::FindBar</name>
    <message>
        <location filename="../ui/findbar.cpp" line="19"/>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="19"/>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="25"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="26"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="28"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="38"/>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="39"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="40"/>
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="92"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/findbar.cpp" line="127"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n occurrence remplacée</numerusform>
            <numerusform>%n occurrences remplacées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::HistoryPane</name>
    <message>
        <location filename="../ui/historypane.cpp" line="20"/>
        <source>Show output</source>
        <translation>Afficher la sortie</translation>
    </message>
    <message>
        <location filename="../ui/historypane.cpp" line="21"/>
        <source>Run again</source>
        <translation>Exécuter à nouveau</translation>
    </message>
    <message>
        <location filename="../ui/historypane.cpp" line="21"/>
        <source>Every session&apos;s runs…</source>
        <translation>Exécutions de toutes les sessions…</translation>
    </message>
    <message>
        <location filename="../ui/historypane.cpp" line="23"/>
        <source>The runs of every session, filtered by status</source>
        <translation>Les exécutions de toutes les sessions, filtrées par état</translation>
    </message>
    <message>
        <location filename="../ui/historypane.cpp" line="41"/>
        <source>Run history</source>
        <translation>Historique des exécutions</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::KeyValueTable</name>
    <message>
        <location filename="../ui/keyvaluetable.cpp" line="17"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/keyvaluetable.cpp" line="17"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../ui/keyvaluetable.cpp" line="22"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../ui/keyvaluetable.cpp" line="23"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/keyvaluetable.cpp" line="24"/>
        <source>Add %1</source>
        <translation>Ajouter : %1</translation>
    </message>
    <message>
        <location filename="../ui/keyvaluetable.cpp" line="25"/>
        <source>Remove %1</source>
        <translation>Supprimer : %1</translation>
    </message>
    <message>
        <location filename="../ui/keyvaluetable.cpp" line="77"/>
        <source>%1: a value has no name.</source>
        <translation>%1 : une valeur n’a pas de nom.</translation>
    </message>
    <message>
        <location filename="../ui/keyvaluetable.cpp" line="79"/>
        <source>%1: &quot;%2&quot; is given twice.</source>
        <translation>%1 : « %2 » figure deux fois.</translation>
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
        <translation>&amp;Nouvelle sandbox…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="37"/>
        <source>Create a sandbox</source>
        <translation>Créer une sandbox</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="39"/>
        <source>&amp;Kill…</source>
        <translation>&amp;Tuer…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="39"/>
        <source>Kill the selected sandboxes</source>
        <translation>Tuer les sandboxes sélectionnées</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="41"/>
        <source>St&amp;art</source>
        <translation>Dém&amp;arrer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="41"/>
        <source>Run the selected stopped sandboxes again</source>
        <translation>Relancer les sandboxes arrêtées sélectionnées</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="43"/>
        <source>Sto&amp;p</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="43"/>
        <source>Stop the selected sandboxes, keeping their files</source>
        <translation>Arrêter les sandboxes sélectionnées en gardant leurs fichiers</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="47"/>
        <source>Extend by &amp;5 minutes</source>
        <translation>Prolonger de &amp;5 minutes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="47"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="48"/>
        <source>Add 5 minutes to the selected sandboxes</source>
        <translation>Ajouter 5 minutes aux sandboxes sélectionnées</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="50"/>
        <source>Extend by &amp;15 minutes</source>
        <translation>Prolonger de &amp;15 minutes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="50"/>
        <source>Add 15 minutes to the selected sandboxes</source>
        <translation>Ajouter 15 minutes aux sandboxes sélectionnées</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="52"/>
        <source>Extend by…</source>
        <translation>Prolonger de…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="52"/>
        <source>Add a chosen time to the selected sandboxes</source>
        <translation>Ajouter une durée choisie aux sandboxes sélectionnées</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="65"/>
        <source>Extend</source>
        <translation>Prolonger</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="66"/>
        <source>Minutes to add to the time left (at most %1 minutes in all):</source>
        <translation>Minutes à ajouter au temps restant (au plus %1 minutes en tout) :</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="72"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="72"/>
        <source>Poll the server now</source>
        <translation>Interroger le serveur maintenant</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="77"/>
        <source>&amp;Search sessions</source>
        <translation>&amp;Rechercher des sessions</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="77"/>
        <source>Search the session list</source>
        <translation>Rechercher dans la liste des sessions</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="84"/>
        <source>Search or run…</source>
        <translation>Rechercher ou exécuter…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="84"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="84"/>
        <source>Find actions and sessions by name</source>
        <translation>Trouver actions et sessions par leur nom</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="86"/>
        <source>&amp;Copy ID</source>
        <translation>&amp;Copier l’identifiant</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="86"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="86"/>
        <source>Copy the selected sandbox IDs</source>
        <translation>Copier les identifiants des sandboxes sélectionnées</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="88"/>
        <source>Enter API &amp;token…</source>
        <translation>Saisir le &amp;jeton d’API…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="88"/>
        <source>Connect again with another API token</source>
        <translation>Se reconnecter avec un autre jeton d’API</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="90"/>
        <source>C&amp;lear ended sessions</source>
        <translation>&amp;Retirer les sessions terminées</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="91"/>
        <source>Remove ended sessions from the list (they stay on the server)</source>
        <translation>Retirer les sessions terminées de la liste (elles restent sur le serveur)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="102"/>
        <source>Connection &amp;profiles…</source>
        <translation>&amp;Profils de connexion…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="102"/>
        <source>Add, edit and remove connection profiles</source>
        <translation>Ajouter, modifier et supprimer des profils de connexion</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="173"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="212"/>
        <location filename="../ui/mainwindowagents.cpp" line="41"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="236"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="239"/>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="246"/>
        <source>Not connected yet.</source>
        <translation>Pas encore connecté.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="331"/>
        <source>Quit Sandbar</source>
        <translation>Quitter Sandbar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="331"/>
        <source>A file transfer is still running. Quit and cancel it?</source>
        <translation>Un transfert de fichier est encore en cours. Quitter et l’annuler ?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="764"/>
        <source>Session %1 is no longer in the list.</source>
        <translation>La session %1 n’est plus dans la liste.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="185"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="305"/>
        <source>Keep %1 alive</source>
        <translation>Maintenir %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="318"/>
        <source>Created %1</source>
        <translation>%1 créée</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowconnections.cpp" line="321"/>
        <source>Started %n sandbox(es)</source>
        <translation>
            <numerusform>%n sandbox démarrée</numerusform>
            <numerusform>%n sandboxes démarrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowconnections.cpp" line="324"/>
        <source>Stopped %n sandbox(es); their files are kept</source>
        <translation>
            <numerusform>%n sandbox arrêtée ; ses fichiers sont gardés</numerusform>
            <numerusform>%n sandboxes arrêtées ; leurs fichiers sont gardés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowconnections.cpp" line="330"/>
        <source>Killed %n sandbox(es): %1</source>
        <translation>
            <numerusform>%n sandbox tuée : %1</numerusform>
            <numerusform>%n sandboxes tuées : %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="389"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="492"/>
        <source>%1 · last poll %2 s ago</source>
        <translation>%1 · dernière interrogation il y a %2 s</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="510"/>
        <source>Sessions: %1 · running: %2 · %3 cleared</source>
        <translation>Sessions : %1 · en cours : %2 · %3 retirées</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="511"/>
        <source>Sessions: %1 · running: %2</source>
        <translation>Sessions : %1 · en cours : %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="558"/>
        <source>The server could not be reached: %1</source>
        <translation>Le serveur n’a pas pu être joint : %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="577"/>
        <source>Cannot reach the sandbox server: %1. The list shows what was known last.</source>
        <translation>Le serveur de sandboxes est injoignable : %1. La liste montre le dernier état connu.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="536"/>
        <source>The server refused the API token: %1</source>
        <translation>Le serveur a refusé le jeton d’API : %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="252"/>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="566"/>
        <source>The sandbox server does not answer in time: %1. The list shows what was known last.</source>
        <translation>Le serveur de sandboxes ne répond pas à temps : %1. La liste montre le dernier état connu.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="568"/>
        <source>The sandbox server answered, but its reply was not understood: %1. The list shows what was known last.</source>
        <translation>Le serveur de sandboxes a répondu, mais sa réponse n’a pas été comprise : %1. La liste montre le dernier état connu.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="571"/>
        <source>The sandbox server reports an error: %1. The list shows what was known last.</source>
        <translation>Le serveur de sandboxes signale une erreur : %1. La liste montre le dernier état connu.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="573"/>
        <source>The sandbox server&apos;s certificate was refused: %1. The list shows what was known last.</source>
        <translation>Le certificat du serveur de sandboxes a été refusé : %1. La liste montre le dernier état connu.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="575"/>
        <source>The sandbox server asks to wait: %1. The list shows what was known last.</source>
        <translation>Le serveur de sandboxes demande d’attendre : %1. La liste montre le dernier état connu.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="585"/>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="614"/>
        <source>API token</source>
        <translation>Jeton d’API</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="615"/>
        <source>API token for %1 (used until Sandbar quits; it is not saved):</source>
        <translation>Jeton d’API pour %1 (utilisé jusqu’à la fermeture de Sandbar ; il n’est pas enregistré) :</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="692"/>
        <source>Kill sandbox %1? Everything running in it stops and its files are gone.</source>
        <translation>Tuer la sandbox %1 ? Tout ce qui s’y exécute s’arrête et ses fichiers disparaissent.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="693"/>
        <source>Kill %n sandboxes? Everything running in them stops.</source>
        <translation>
            <numerusform>Tuer %n sandbox ? Tout ce qui s’y exécute s’arrête.</numerusform>
            <numerusform>Tuer %n sandboxes ? Tout ce qui s’y exécute s’arrête.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="694"/>
        <location filename="../ui/mainwindow.cpp" line="696"/>
        <source>Kill</source>
        <translation>Tuer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="716"/>
        <source>%1 +%2 of the +%3 asked, ends at %4</source>
        <translation>%1 +%2 sur les +%3 demandées, se termine à %4</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="718"/>
        <source>%1 +%2, ends at %3</source>
        <translation>%1 +%2, se termine à %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="720"/>
        <source>Extended %n sandbox(es): %1</source>
        <translation>
            <numerusform>%n sandbox prolongée : %1</numerusform>
            <numerusform>%n sandboxes prolongées : %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="722"/>
        <source>(the API allows at most %1 minutes from now)</source>
        <translation>(l’API autorise au plus %1 minutes à partir de maintenant)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="743"/>
        <source>Sandbox %1 has 5 minutes left.</source>
        <translation>Il reste 5 minutes à la sandbox %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="744"/>
        <source>Sandbox %1 has 1 minute left.</source>
        <translation>Il reste 1 minute à la sandbox %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="745"/>
        <source>Sandbox %1 has expired.</source>
        <translation>La sandbox %1 a expiré.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowagents.cpp" line="162"/>
        <source>Service: %1</source>
        <translation>Service : %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowagents.cpp" line="164"/>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowagents.cpp" line="166"/>
        <source>environment %1</source>
        <translation>environnement %1</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::MessageCountersChart</name>
    <message>
        <location filename="../ui/messagecounterschart.cpp" line="29"/>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <location filename="../ui/messagecounterschart.cpp" line="30"/>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <location filename="../ui/messagecounterschart.cpp" line="39"/>
        <source>Messages sent and received over time</source>
        <translation>Messages envoyés et reçus dans le temps</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::MessagesPane</name>
    <message>
        <location filename="../ui/messagespane.cpp" line="35"/>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location filename="../ui/messagespane.cpp" line="36"/>
        <source>&amp;Broadcast to the workspace</source>
        <translation>&amp;Diffuser à l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/messagespane.cpp" line="39"/>
        <source>Select an agent sandbox to see its messages.</source>
        <translation>Sélectionnez une sandbox d&apos;agent pour voir ses messages.</translation>
    </message>
    <message>
        <location filename="../ui/messagespane.cpp" line="55"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../ui/messagespane.cpp" line="63"/>
        <source>The chosen message&apos;s content.</source>
        <translation>Le contenu du message choisi.</translation>
    </message>
    <message>
        <location filename="../ui/messagespane.cpp" line="64"/>
        <source>Message content</source>
        <translation>Contenu du message</translation>
    </message>
    <message>
        <location filename="../ui/messagespane.cpp" line="72"/>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <location filename="../ui/messagespane.cpp" line="73"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../ui/messagespane.cpp" line="77"/>
        <source>New message (JSON)</source>
        <translation>Nouveau message (JSON)</translation>
    </message>
    <message>
        <location filename="../ui/messagespane.cpp" line="133"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/messagespane.cpp" line="137"/>
        <source>Broadcast to %n sandbox(es), %1 delivered.</source>
        <translation>
            <numerusform>Diffusé à %n sandbox, %1 remis.</numerusform>
            <numerusform>Diffusé à %n sandboxes, %1 remis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/messagespane.cpp" line="139"/>
        <source>Broadcast to %n sandbox(es).</source>
        <translation>
            <numerusform>Diffusé à %n sandbox.</numerusform>
            <numerusform>Diffusé à %n sandboxes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/messagespane.cpp" line="219"/>
        <source>No other sandbox in this workspace to write to.</source>
        <translation>Aucune autre sandbox dans cet espace de travail à qui écrire.</translation>
    </message>
    <message>
        <location filename="../ui/messagespane.cpp" line="223"/>
        <source>Valid JSON.</source>
        <translation>JSON valide.</translation>
    </message>
    <message>
        <location filename="../ui/messagespane.cpp" line="236"/>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <location filename="../ui/messagespane.cpp" line="241"/>
        <source>Sent: %1</source>
        <translation>Envoyés : %1</translation>
    </message>
    <message>
        <location filename="../ui/messagespane.cpp" line="241"/>
        <source>Received: %1</source>
        <translation>Reçus : %1</translation>
    </message>
    <message>
        <location filename="../ui/messagespane.cpp" line="243"/>
        <source>not running</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <location filename="../ui/messagespane.cpp" line="257"/>
        <source>Not delivered: %1</source>
        <translation>Non remis : %1</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::MetricsCharts</name>
    <message>
        <location filename="../ui/metricscharts.cpp" line="40"/>
        <source>Window:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="42"/>
        <source>1 min</source>
        <translation>1 min</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="43"/>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="44"/>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="45"/>
        <source>30 min</source>
        <translation>30 min</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="46"/>
        <source>Lifetime</source>
        <translation>Durée de vie</translation>
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
        <translation>Mémoire (Mio)</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="59"/>
        <source>used</source>
        <translation>utilisée</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="60"/>
        <source>Disk</source>
        <translation>Disque</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="60"/>
        <source>read</source>
        <translation>lecture</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="60"/>
        <source>write</source>
        <translation>écriture</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="61"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="61"/>
        <source>rx</source>
        <translation>reçu</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="61"/>
        <source>tx</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="220"/>
        <source>Memory (MiB used of %1)</source>
        <translation>Mémoire (Mio utilisés sur %1)</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="221"/>
        <source>Memory (MiB used)</source>
        <translation>Mémoire (Mio utilisés)</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="223"/>
        <source>Disk read/write (%1)</source>
        <translation>Disque lecture/écriture (%1)</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="225"/>
        <source>Network rx/tx (%1)</source>
        <translation>Réseau reçu/envoyé (%1)</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="231"/>
        <source>%1 — collecting samples…</source>
        <translation>%1 — collecte des mesures…</translation>
    </message>
    <message>
        <location filename="../ui/metricscharts.cpp" line="235"/>
        <source>MiB</source>
        <translation>Mio</translation>
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
        <translation>Horodatage</translation>
    </message>
    <message>
        <location filename="../ui/outputview.cpp" line="38"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../ui/outputview.cpp" line="39"/>
        <source>Save output…</source>
        <translation>Enregistrer la sortie…</translation>
    </message>
    <message>
        <location filename="../ui/outputview.cpp" line="56"/>
        <source>Run output</source>
        <translation>Sortie de l’exécution</translation>
    </message>
    <message>
        <location filename="../ui/outputview.cpp" line="167"/>
        <source>▣ display %1 below (%2)</source>
        <translation>▣ affichage %1 ci-dessous (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/outputview.cpp" line="208"/>
        <source>… %n line(s) not shown here (Save output keeps them)</source>
        <translation>
            <numerusform>… %n ligne non affichée ici (« Enregistrer la sortie » la conserve)</numerusform>
            <numerusform>… %n lignes non affichées ici (« Enregistrer la sortie » les conserve)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/outputview.cpp" line="240"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/outputview.cpp" line="310"/>
        <source>Save output</source>
        <translation>Enregistrer la sortie</translation>
    </message>
    <message>
        <location filename="../ui/outputview.cpp" line="311"/>
        <source>Log files (*.log *.txt)</source>
        <translation>Fichiers journaux (*.log *.txt)</translation>
    </message>
    <message>
        <location filename="../ui/outputview.cpp" line="316"/>
        <source>Could not save the output: %1</source>
        <translation>La sortie n’a pas pu être enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::OverviewPane</name>
    <message>
        <location filename="../ui/overviewpane.cpp" line="56"/>
        <source>Ends in</source>
        <translation>Se termine dans</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="56"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="56"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="59"/>
        <source>Double-click or press Enter to select the session</source>
        <translation>Double-cliquer ou appuyer sur Entrée pour sélectionner la session</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="73"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="78"/>
        <source>Select a session in the list for its time left, details and metrics; Ctrl+N creates one, Ctrl+K finds actions and sessions.</source>
        <translation>Sélectionnez une session dans la liste pour son temps restant, ses détails et ses mesures ; Ctrl+N en crée une, Ctrl+K trouve actions et sessions.</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="86"/>
        <source>Ending soonest</source>
        <translation>Se terminent bientôt</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="90"/>
        <source>Resources in use</source>
        <translation>Ressources utilisées</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="94"/>
        <source>Requests and errors</source>
        <translation>Requêtes et erreurs</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="128"/>
        <source>%1 · %2 at %3</source>
        <translation>%1 · %2 à %3</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="130"/>
        <source>(sandbar-local, on this computer)</source>
        <translation>(sandbar-local, sur cet ordinateur)</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="179"/>
        <source>Sessions: %1 · running: %2 · ended: %3</source>
        <translation>Sessions : %1 · en cours : %2 · terminées : %3</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="181"/>
        <source> · paused: %1</source>
        <translation> · en pause : %1</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="204"/>
        <source>No session runs.</source>
        <translation>Aucune session ne tourne.</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="205"/>
        <source>No metrics yet: this service reports none, or none has been sampled.</source>
        <translation>Pas encore de mesures : ce service n’en fournit pas, ou aucune n’a encore été relevée.</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="207"/>
        <source>Sessions with metrics: %1, using %2 % of their %3 vCPUs and %4 of their %5 memory.</source>
        <translation>Sessions avec mesures : %1, utilisant %2 % de leurs %3 vCPU et %4 de leurs %5 de mémoire.</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="213"/>
        <source>(of %1 live: the poller samples the selected session and the rows in view)</source>
        <translation>(sur %1 actives : sont relevées la session sélectionnée et les lignes visibles)</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="224"/>
        <source>Requests: measuring… (polling may send %1 a minute)</source>
        <translation>Requêtes : mesure en cours… (le relevé peut en envoyer %1 par minute)</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="225"/>
        <source>Requests: %1 a minute lately, of the %2 a minute polling may send; %3 since connecting.</source>
        <translation>Requêtes : %1 par minute récemment, sur les %2 par minute que le relevé peut envoyer ; %3 depuis la connexion.</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="230"/>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <location filename="../ui/overviewpane.cpp" line="232"/>
        <source>No errors.</source>
        <translation>Aucune erreur.</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::ProfileEditDialog</name>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="25"/>
        <source>Add connection profile</source>
        <translation>Ajouter un profil de connexion</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="25"/>
        <source>Edit connection profile</source>
        <translation>Modifier le profil de connexion</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="22"/>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="30"/>
        <source>Ask the URL which API it speaks (one harmless list request per API)</source>
        <translation>Demander à l’URL quelle API elle parle (une requête de liste inoffensive par API)</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="38"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="42"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="44"/>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="45"/>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="62"/>
        <source>No API answered as documented:
%1</source>
        <translation>Aucune API n’a répondu comme documenté :
%1</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="77"/>
        <source>This URL speaks %1.</source>
        <translation>Cette URL parle %1.</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="78"/>
        <source>This URL speaks %1; %2 is chosen.</source>
        <translation>Cette URL parle %1 ; %2 est choisie.</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="90"/>
        <source>Base URL: %1</source>
        <translation>URL de base : %1</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="91"/>
        <source>The service&apos;s %1 (kept in the system keyring)</source>
        <translation>%1 du service (gardé dans le trousseau du système)</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="92"/>
        <source>Leave empty to keep the saved %1</source>
        <translation>Laisser vide pour garder %1 enregistré</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="99"/>
        <source>Enter the service&apos;s URL first.</source>
        <translation>Saisissez d’abord l’URL du service.</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="104"/>
        <source>Enter the token first: the services answer only a client with one.</source>
        <translation>Saisissez d’abord le jeton : les services ne répondent qu’à un client qui en a un.</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="109"/>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="133"/>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation>Un profil nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="138"/>
        <source>Enter the API token.</source>
        <translation>Saisissez le jeton d’API.</translation>
    </message>
    <message>
        <location filename="../ui/profileeditdialog.cpp" line="138"/>
        <source>Enter the token again: the keyring keeps it under the profile&apos;s name.</source>
        <translation>Saisissez à nouveau le jeton : le trousseau le conserve sous le nom du profil.</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::ProfileSwitcher</name>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="26"/>
        <source>Connection profile</source>
        <translation>Profil de connexion</translation>
    </message>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="95"/>
        <source>This computer&apos;s sandbox server did not start: %1</source>
        <translation>Le serveur de sandboxes de cet ordinateur n’a pas démarré : %1</translation>
    </message>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="98"/>
        <source>This computer&apos;s sandbox server stopped: %1</source>
        <translation>Le serveur de sandboxes de cet ordinateur s’est arrêté : %1</translation>
    </message>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="106"/>
        <source>● %1 (starting…)</source>
        <translation>● %1 (démarrage…)</translation>
    </message>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="130"/>
        <source>● %1 (reading token…)</source>
        <translation>● %1 (lecture du jeton…)</translation>
    </message>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="138"/>
        <source>No token is saved for &quot;%1&quot;.</source>
        <translation>Aucun jeton n’est enregistré pour « %1 ».</translation>
    </message>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="139"/>
        <source>The token for &quot;%1&quot; could not be read: %2</source>
        <translation>Le jeton de « %1 » n’a pas pu être lu : %2</translation>
    </message>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="153"/>
        <source>Connected to %1 (%2); click to switch profiles</source>
        <translation>Connecté à %1 (%2) ; cliquer pour changer de profil</translation>
    </message>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="154"/>
        <source>%1 at %2 (%3)</source>
        <translation>%1 sur %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="157"/>
        <source>The list shows %1; click to switch profiles</source>
        <translation>La liste affiche %1 ; cliquer pour changer de profil</translation>
    </message>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="176"/>
        <source>Show this profile&apos;s sessions alone</source>
        <translation>Afficher seulement les sessions de ce profil</translation>
    </message>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="181"/>
        <source>Show together with %1</source>
        <translation>Afficher avec %1</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::ProfilesDialog</name>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="24"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="25"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="27"/>
        <source>Connection profiles</source>
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="28"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="61"/>
        <source>%1 — the bundled sandbar-local</source>
        <translation>%1 — le sandbar-local fourni</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="125"/>
        <source>Remove profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="125"/>
        <source>Remove the profile &quot;%1&quot; and its saved token?</source>
        <translation>Supprimer le profil « %1 » et son jeton enregistré ?</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="131"/>
        <source>The token of &quot;%1&quot; could not be removed from the keyring: %2</source>
        <translation>Le jeton de « %1 » n’a pas pu être retiré du trousseau : %2</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="147"/>
        <source>The token for &quot;%1&quot; was not saved. %2 Sandbar will ask for it when connecting.</source>
        <translation>Le jeton de « %1 » n’a pas été enregistré. %2 Sandbar le demandera à la connexion.</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::ResultView</name>
    <message numerus="yes">
        <location filename="../ui/resultview.cpp" line="35"/>
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n clé}</numerusform>
            <numerusform>{%n clés}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/resultview.cpp" line="40"/>
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n élément]</numerusform>
            <numerusform>[%n éléments]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/resultview.cpp" line="81"/>
        <source>Save image…</source>
        <translation>Enregistrer l’image…</translation>
    </message>
    <message>
        <location filename="../ui/resultview.cpp" line="82"/>
        <source>Actual size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <location filename="../ui/resultview.cpp" line="84"/>
        <source>Show the image at its own size, with scroll bars, instead of fitted to the pane</source>
        <translation>Afficher l’image à sa taille réelle, avec des barres de défilement, au lieu de l’ajuster</translation>
    </message>
    <message>
        <location filename="../ui/resultview.cpp" line="92"/>
        <source>Result image</source>
        <translation>Image du résultat</translation>
    </message>
    <message>
        <location filename="../ui/resultview.cpp" line="96"/>
        <source>Result image at its own size</source>
        <translation>Image du résultat à sa taille réelle</translation>
    </message>
    <message>
        <location filename="../ui/resultview.cpp" line="105"/>
        <source>Save image</source>
        <translation>Enregistrer l’image</translation>
    </message>
    <message>
        <location filename="../ui/resultview.cpp" line="106"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/resultview.cpp" line="108"/>
        <source>Could not save the image to %1.</source>
        <translation>L’image n’a pas pu être enregistrée dans %1.</translation>
    </message>
    <message>
        <location filename="../ui/resultview.cpp" line="146"/>
        <source>Image</source>
        <translation>Image</translation>
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
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../ui/resultview.cpp" line="185"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../ui/resultview.cpp" line="188"/>
        <source>(root)</source>
        <translation>(racine)</translation>
    </message>
    <message>
        <location filename="../ui/resultview.cpp" line="202"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/resultview.cpp" line="209"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::RichOutputList</name>
    <message>
        <location filename="../ui/richoutputlist.cpp" line="18"/>
        <source>Rich outputs</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <location filename="../ui/richoutputlist.cpp" line="74"/>
        <source>Out [%1]</source>
        <translation>Sortie [%1]</translation>
    </message>
    <message>
        <location filename="../ui/richoutputlist.cpp" line="74"/>
        <source>Out</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../ui/richoutputlist.cpp" line="74"/>
        <source>Display %1</source>
        <translation>Affichage %1</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::RunFilesButton</name>
    <message>
        <location filename="../ui/runfilesbutton.cpp" line="17"/>
        <source>Run with files…</source>
        <translation>Exécuter avec des fichiers…</translation>
    </message>
    <message>
        <location filename="../ui/runfilesbutton.cpp" line="18"/>
        <source>Run the buffer with local files beside it (picked, or dropped here): the code finds them by name</source>
        <translation>Exécuter le tampon avec des fichiers locaux à côté (choisis, ou déposés ici) : le code les trouve par leur nom</translation>
    </message>
    <message>
        <location filename="../ui/runfilesbutton.cpp" line="21"/>
        <source>Files to send with the run</source>
        <translation>Fichiers à envoyer avec l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../ui/runfilesbutton.cpp" line="35"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <location filename="../ui/runfilesbutton.cpp" line="35"/>
        <source>not a file</source>
        <translation>ce n&apos;est pas un fichier</translation>
    </message>
    <message>
        <location filename="../ui/runfilesbutton.cpp" line="40"/>
        <source>The files come to more than %1; a run takes at most that much.</source>
        <translation>Les fichiers dépassent %1 ; une exécution en prend au plus autant.</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::SessionListPane</name>
    <message>
        <location filename="../ui/sessionlistpane.cpp" line="40"/>
        <source>Not connected yet.</source>
        <translation>Pas encore connecté.</translation>
    </message>
    <message>
        <location filename="../ui/sessionlistpane.cpp" line="42"/>
        <source>Search id, template, metadata (Ctrl+F)</source>
        <translation>Rechercher identifiant, modèle, métadonnées (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/sessionlistpane.cpp" line="44"/>
        <source>Search sessions</source>
        <translation>Rechercher des sessions</translation>
    </message>
    <message>
        <location filename="../ui/sessionlistpane.cpp" line="47"/>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../ui/sessionlistpane.cpp" line="48"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../ui/sessionlistpane.cpp" line="49"/>
        <source>Ended</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <location filename="../ui/sessionlistpane.cpp" line="50"/>
        <source>Status filter</source>
        <translation>Filtre d’état</translation>
    </message>
    <message>
        <location filename="../ui/sessionlistpane.cpp" line="52"/>
        <source>All templates</source>
        <translation>Tous les modèles</translation>
    </message>
    <message>
        <location filename="../ui/sessionlistpane.cpp" line="53"/>
        <source>Template filter</source>
        <translation>Filtre de modèle</translation>
    </message>
    <message>
        <location filename="../ui/sessionlistpane.cpp" line="66"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../ui/sessionlistpane.cpp" line="156"/>
        <source>&lt;p&gt;&lt;b&gt;The list has not been loaded.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;La liste n’a pas été chargée.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/sessionlistpane.cpp" line="158"/>
        <source>&lt;p&gt;&lt;b&gt;No sandboxes yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Create your first one with &lt;b&gt;New&lt;/b&gt; in the toolbar or Ctrl+N: pick a template and a timeout, and it appears here.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;create&quot;&gt;Create a sandbox…&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucune sandbox pour l’instant.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Créez la première avec &lt;b&gt;Nouvelle sandbox&lt;/b&gt; dans la barre d’outils ou Ctrl+N : choisissez un modèle et un délai, et elle apparaît ici.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;create&quot;&gt;Créer une sandbox…&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sessionlistpane.cpp" line="163"/>
        <source>&lt;p&gt;&lt;b&gt;No sessions to show.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%n ended session(s) were cleared from the list; they stay on the server.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;uncleared&quot;&gt;Show them again&lt;/a&gt; · &lt;a href=&quot;create&quot;&gt;Create a sandbox…&lt;/a&gt;&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Aucune session à afficher.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%n session terminée a été retirée de la liste ; elle reste sur le serveur.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;uncleared&quot;&gt;Les afficher de nouveau&lt;/a&gt; · &lt;a href=&quot;create&quot;&gt;Créer une sandbox…&lt;/a&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Aucune session à afficher.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%n sessions terminées ont été retirées de la liste ; elles restent sur le serveur.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;uncleared&quot;&gt;Les afficher de nouveau&lt;/a&gt; · &lt;a href=&quot;create&quot;&gt;Créer une sandbox…&lt;/a&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sessionlistpane.cpp" line="200"/>
        <source>kept alive</source>
        <translation>maintenue</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::TerminalPane</name>
    <message>
        <location filename="../ui/terminalpane.cpp" line="103"/>
        <source>New terminal</source>
        <translation>Nouveau terminal</translation>
    </message>
    <message>
        <location filename="../ui/terminalpane.cpp" line="116"/>
        <source>A login shell in the sandbox (copy Ctrl+Shift+C, paste Ctrl+Shift+V, scroll back Shift+PageUp)</source>
        <translation>Un shell de connexion dans le bac à sable (copier Ctrl+Maj+C, coller Ctrl+Maj+V, remonter Maj+Page préc.)</translation>
    </message>
    <message>
        <location filename="../ui/terminalpane.cpp" line="148"/>
        <source>Shell %1</source>
        <translation>Shell %1</translation>
    </message>
    <message>
        <location filename="../ui/terminalpane.cpp" line="197"/>
        <source>Select a running sandbox to open a terminal in it.</source>
        <translation>Sélectionnez un bac à sable en cours d’exécution pour y ouvrir un terminal.</translation>
    </message>
    <message>
        <location filename="../ui/terminalpane.cpp" line="198"/>
        <source>The sandbox is not running: a terminal needs its processes.</source>
        <translation>Le bac à sable ne tourne pas : un terminal a besoin de ses processus.</translation>
    </message>
    <message>
        <location filename="../ui/terminalpane.cpp" line="201"/>
        <source>No terminal is open in this sandbox: New terminal starts a login shell.</source>
        <translation>Aucun terminal n’est ouvert dans ce bac à sable : « Nouveau terminal » lance un shell de connexion.</translation>
    </message>
</context>
<context>
    <name>Sandbar::Ui::TerminalTab</name>
    <message>
        <location filename="../ui/terminalpane.cpp" line="25"/>
        <source>Open a new shell</source>
        <translation>Ouvrir un nouveau shell</translation>
    </message>
    <message>
        <location filename="../ui/terminalpane.cpp" line="82"/>
        <source>This service offers no terminal.</source>
        <translation>Ce service n’offre pas de terminal.</translation>
    </message>
    <message>
        <location filename="../ui/terminalpane.cpp" line="88"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
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
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location filename="../ui/workspacebar.cpp" line="30"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location filename="../ui/workspacebar.cpp" line="33"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/workspacebar.cpp" line="34"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/workspacebar.cpp" line="53"/>
        <source>Workspace filter</source>
        <translation>Filtre d&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/workspacebar.cpp" line="56"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/workspacebar.cpp" line="60"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <location filename="../ui/workspacebar.cpp" line="61"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <location filename="../ui/workspacebar.cpp" line="62"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/workspacebar.cpp" line="64"/>
        <source>&amp;Collaboration…</source>
        <translation>&amp;Collaboration…</translation>
    </message>
    <message>
        <location filename="../ui/workspacebar.cpp" line="69"/>
        <source>Workspace:</source>
        <translation>Espace de travail :</translation>
    </message>
    <message>
        <location filename="../ui/workspacebar.cpp" line="119"/>
        <location filename="../ui/workspacebar.cpp" line="134"/>
        <source>All workspaces</source>
        <translation>Tous les espaces de travail</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspacebar.cpp" line="152"/>
        <source>%n workspace(s)</source>
        <translation>
            <numerusform>%n espace de travail</numerusform>
            <numerusform>%n espaces de travail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspacebar.cpp" line="155"/>
        <source>%n sandbox(es)</source>
        <translation>
            <numerusform>%n sandbox</numerusform>
            <numerusform>%n sandboxes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspacebar.cpp" line="157"/>
        <source>%1 running</source>
        <translation>%1 en marche</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspacebar.cpp" line="158"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspacebar.cpp" line="168"/>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/workspacebar.cpp" line="183"/>
        <source>Rename workspace</source>
        <translation>Renommer l&apos;espace de travail</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspacebar.cpp" line="194"/>
        <source>its %n sandbox(es)</source>
        <translation>
            <numerusform>sa %n sandbox</numerusform>
            <numerusform>ses %n sandboxes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspacebar.cpp" line="194"/>
        <source>its sandboxes</source>
        <translation>ses sandboxes</translation>
    </message>
    <message>
        <location filename="../ui/workspacebar.cpp" line="195"/>
        <source>Delete workspace</source>
        <translation>Supprimer l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/workspacebar.cpp" line="196"/>
        <source>Delete workspace %1 with %2? Their processes end, and the workspace&apos;s messages are deleted too.</source>
        <translation>Supprimer l&apos;espace de travail %1 avec %2 ? Leurs processus se terminent et les messages de l&apos;espace de travail sont supprimés aussi.</translation>
    </message>
</context>
</TS>
